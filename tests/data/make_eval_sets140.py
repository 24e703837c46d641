#!/usr/bin/env python3
"""Write the blind evaluation set holdout140 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets140.py
Theme: remittances, finance and the private sector (banks, money-transfer companies, fintech, chambers of
commerce, diaspora investors, microfinance; Gulf, Egypt, Jordan, Lebanon, Morocco, Tunisia, Sudan).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout140")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h140-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def pdf_att(name, lines, quoted=True, extra=None, disp="attachment"):
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", q)],
                disp='%s; filename=%s' % (disp, q), extra=extra)


def docx_att(name, paras, quoted=True):
    q = '"%s"' % name if quoted else name
    return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", q)], disp="attachment; filename=%s" % q)


def gmail_alt(text, boundary, dir_=None):
    inner = text2html(text)
    html = ('<div dir="%s">' % (dir_ or "ltr")) + inner + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")], boundary)


def m01():
    when = at("2021-01-27 11:14:05")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear GCM Regional Review Team,

Good morning. We received the invitation letter for the Regional Review of the Global Compact for Migration through the Kuwait Chamber's mailing list and we have a question before we start any work on it.

We are a licensed money exchange and remittance company (private sector, not an NGO). Roughly 70% of our transactions are outward remittances of migrant workers to South Asia, Egypt and Sudan, so we feel we have relevant data on the cost of remittances and on access to formal channels.

Could you kindly clarify:
1. Are private sector companies eligible to submit a voluntary GCM review report, or is this limited to governments, UN entities and civil society?
2. If yes, should it be submitted by us alone, or preferably jointly with a business association?
3. Is there a template or a maximum length?

We may also be interested in the speaking opportunities at a later stage, but first we would like to understand the above.

Thank you in advance for your guidance.

Best regards,

Priya Menon
Compliance & Regulatory Affairs Manager
Gulf Link Exchange Co. W.L.L.
Sharq, Kuwait City | T +965 2200 0000
"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">' +
                     text2html(text).replace("<p>", '<p class="MsoNormal">') + "</p></div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_KW1PR02MB4471C2E0A9F3B2D7AB1F6C3EB1A9KW1PR02MB4471_")
    rows = std_rows(when, "mail.gulflinkexchange.example.com.kw", "91.140.22.9", "4DQ7hB2vR1z3",
                    "Priya Menon <priya.menon@gulflinkexchange.example.com.kw>",
                    "Query - eligibility of private sector companies for voluntary GCM review report",
                    rfcdate(tz(sent, 3)),
                    "<KW1PR02MB4471C2E0A9F3B2D7AB1F6C3EB1A9@KW1PR02MB4471.apcprd02.prod.outlook.example.com>",
                    ret="priya.menon@gulflinkexchange.example.com.kw")
    rows += [("Thread-Topic", "Query - eligibility of private sector companies for voluntary GCM review report"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("Accept-Language", "en-US")]
    m = top(body, rows)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question: may a private remittance company submit a voluntary report? No report attached, "
              "no speaker proposed ('may also be interested in the speaking opportunities at a later stage' is "
              "not a request); mentions reports/eligibility/template vocabulary throughout; Date in +0300."))


def m02():
    when = at("2021-01-31 10:22:10")
    sent = when - dt.timedelta(seconds=37)
    inner = """<p>السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;المحترمين</p>
<p>تحية طيبة وبعد،،</p>
<p>يهدي مكتب المراسم والعلاقات الدولية بغرفة تجارة وصناعة الشارقة أطيب تحياته إلى الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة، وبالإشارة إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يتشرف المكتب بإفادتكم بترشيح سعادة/ خالد بن سعيد الكعبي، نائب رئيس مجلس الإدارة ورئيس لجنة الخدمات المالية والمصرفية وعضو المجلس الاستشاري لأصحاب الأعمال بالغرفة، لإلقاء كلمة الغرفة ضمن مداخلات الجلسة العامة للمؤتمر المنعقد يومي 24 و25 فبراير 2021.</p>
<p>وسيتناول سعادته في مداخلته دور القطاع الخاص في خفض تكاليف التحويلات المالية للعمالة الوافدة وتعزيز الشمول المالي.</p>
<p>وللتنسيق في كافة الأمور البروتوكولية يرجى التواصل مع السيدة/ ميثاء راشد السويدي، رئيس قسم المراسم، على الهاتف 0000 530 6 971+.</p>
<p>وتفضلوا بقبول فائق الاحترام والتقدير،،،</p>
<p><b>مكتب المراسم والعلاقات الدولية</b><br>
غرفة تجارة وصناعة الشارقة<br>
ص.ب: 580 – الشارقة – الإمارات العربية المتحدة</p>
<p style="color:#808080;font-size:8pt">تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه.</p>"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">' + inner + "</div>", "rtl")
    body = leaf("text/html", html, "utf-8", "base64")
    rows = std_rows(when, "mail.sharjahchamber.example.ae", "94.200.12.70", "4DT9wZ3kq5z2",
                    addr("مكتب المراسم - غرفة الشارقة", "protocol@sharjahchamber.example.ae"),
                    hdr("ترشيح سعادة نائب رئيس مجلس الإدارة للمشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة"),
                    rfcdate(tz(sent, 4)), "<DB9P193MB1520A6E3F1C2C0D8E44B9A7FC2B59@DB9P193MB1520.EURP193.PROD.OUTLOOK.example.com>",
                    ret="protocol@sharjahchamber.example.ae")
    rows += [("Content-Language", "ar-AE"), ("X-MS-Has-Attach", ""), ("Importance", "high")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن سعيد الكعبي",
           "نائب رئيس مجلس الإدارة ورئيس لجنة الخدمات المالية والمصرفية وعضو المجلس الاستشاري لأصحاب الأعمال",
           "غرفة تجارة وصناعة الشارقة", ["plenary"])],
        notes="HTML-only base64 Outlook mail from a chamber's protocol office (no personal sender name); long Arabic "
              "title chain with 'بالغرفة' at its end referring back to the chamber (left out of the title); honorific "
              "'سعادة/' not part of the name; a protocol contact (السيدة/ ميثاء راشد السويدي، رئيس قسم المراسم) is "
              "not a speaker; 'الجلسة العامة' = plenary; signature gives a P.O. box and city after the chamber."))


def m03():
    when = at("2021-02-01 19:40:33")
    sent = when - dt.timedelta(seconds=2)
    text = """Hi team \U0001F44B

Hope you're all doing well! I'm Lina, founder of Tahweel Labs - we're a Cairo-based fintech building low-cost cross-border transfers for Egyptian workers in the Gulf \U0001F1EA\U0001F1EC\u27A1\uFE0F\U0001F1F8\U0001F1E6

Saw the call for speakers for the GCM regional review and I'd genuinely love to contribute. Would it be possible for me to take the floor in Roundtable 3? (if remittances/financial inclusion sit somewhere else, happy to go wherever makes more sense \U0001F64F)

Stuff we could bring to the table:
- real corridor data KSA\u2192EGY (we're at ~2.1% all-in cost vs ~6.5% market avg)
- why e-KYC still locks out workers whose iqama expired
- what regulators in the region could copy from sandboxes in Bahrain & Jordan

Let me know if you need a bio / headshot, I can send right away \U0001F680

Thanks so much!!
Lina

--
Lina Abdelmalek
CEO & Co-founder | Tahweel Labs | ex-Careem Pay
\U0001F4CD Cairo \u00B7 Dubai
linkedin.com/in/lina-abdelmalek
"""
    body = gmail_alt(text, "0000000000004e7b2c05ba4d1f88")
    rows = std_rows(when, "mail-ej1-f51.google.example.com", "209.85.218.51", "4DV1nK6bT2z8",
                    "Lina Abdelmalek <lina@tahweel-labs.example.com>",
                    hdr("Speaking at the GCM regional review? \U0001F64B\u200D\u2640\uFE0F (Tahweel Labs)"),
                    rfcdate(sent), "<CAJx7Lq3mV0pZ8tR2wE5yU1iO9aS4dF6gH3jK7lQ0zX2cV5bN8m@mail.gmail.example.com>",
                    ret="lina@tahweel-labs.example.com")
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lina Abdelmalek", "CEO & Co-founder", "Tahweel Labs", ["roundtable"], 3)],
        notes="informal fintech founder with emoji (also in the RFC 2047 subject, incl. ZWJ sequence); request is a "
              "question ('Would it be possible for me to take the floor in Roundtable 3?') with a hedge; LinkedIn-style "
              "signature 'CEO & Co-founder | Tahweel Labs | ex-Careem Pay': the former employer is not the affiliation; "
              "first name only in the body."))


def m04():
    when = at("2021-02-02 09:05:12")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour,

Suite à la lettre d'invitation reçue par notre Direction, je vous confirme mon souhait de prendre la parole lors d'une session plénière de la Conférence des 24 et 25 février, au sujet de la mobilisation de l'épargne des Marocains résidant à l'étranger et de la baisse du coût des transferts.

Je reste à votre entière disposition pour tout complément d'information.

Bien cordialement,

-- 
EL AMRANI Youssef
Banque Al Massira, Direction des Marocains du Monde, Directeur
101, boulevard Zerktouni - 20050 Casablanca
Tél. : +212 (0)5 22 00 00 00
"""
    body = leaf("text/plain", flowed(text), "ISO-8859-1", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset="ISO-8859-1"; format=flowed')
    rows = std_rows(when, "smtp.almassira-bank.example.ma", "196.200.131.40", "4DW0fR8yM3z1",
                    "Youssef EL AMRANI <y.elamrani@almassira-bank.example.ma>",
                    hdr("Demande d'intervention - Revue régionale du Pacte mondial sur les migrations", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<6b0f2e1a-93c4-4d7e-b5a2-1f8e0c7d9a34@almassira-bank.example.ma>",
                    ret="y.elamrani@almassira-bank.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Youssef El Amrani", "Directeur", "Banque Al Massira, Direction des Marocains du Monde", ["plenary"])],
        notes="the speaker is the sender, known only from the Thunderbird signature (format=flowed, ISO-8859-1 QP); "
              "name written SURNAME first in capitals ('EL AMRANI Youssef'); the post comes after the organisation "
              "and its department ('Banque ..., Direction des Marocains du Monde, Directeur'); street address "
              "and city after it are not part of the affiliation."))


def m05():
    when = at("2021-02-02 13:30:44")
    sent = when - dt.timedelta(seconds=3)
    text = """مساء الخير يا جماعة،

أنا شريف من شركة النيل للتحويلات المالية. إحنا حابين نشارك في المراجعة الإقليمية للاتفاق العالمي، وعندنا اتنين ممكن يتكلموا:

١- أ. منى فؤاد الشاذلي - مديرة إدارة الامتثال ومكافحة غسل الأموال - عايزة تتكلم في الطاولة المستديرة الأولى
٢- م. حازم عبد الرحيم - رئيس قطاع التحول الرقمي - ياريت في النقاش المفتوح بتاع يوم ٢٣

لو محتاجين أي بيانات تانية أو سي في قولولي وأنا أبعتها على طول.

شكراً جداً ليكم

شريف جمال
مسؤول العلاقات المؤسسية
شركة النيل للتحويلات المالية
مدينة نصر - القاهرة
"""
    body = gmail_alt(text, "000000000000a8f1d905ba5b2c17", "rtl")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DW8cP1rL6z5",
                    addr("Sherif Gamal", "sherif.gamal@niletransfers.example.com.eg"),
                    hdr("مشاركة شركة النيل للتحويلات - متحدثين"),
                    rfcdate(sent), "<CAN4sG8vQ2wE6rT0yU3iO7pA1sD5fG9hJ2kL6zX0cV4bN8mQ3w@mail.gmail.example.com>",
                    ret="sherif.gamal@niletransfers.example.com.eg")
    m = top(body, rows)
    aff = "شركة النيل للتحويلات المالية"
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى فؤاد الشاذلي", "مديرة إدارة الامتثال ومكافحة غسل الأموال", aff, ["roundtable"], 1),
        sp("حازم عبد الرحيم", "رئيس قطاع التحول الرقمي", aff, ["open_discussion"])],
        notes="Egyptian colloquial; the sender (not a speaker) lists two colleagues with Eastern Arabic numerals; "
              "honorifics 'أ.' and 'م.' dropped; 'النقاش المفتوح بتاع يوم ٢٣' = open discussion; affiliation only in "
              "the intro sentence and signature (Latin display name in From)."))


def m06():
    when = at("2021-02-03 16:10:27")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au sujet de la conférence régionale du 24-25 février.
SVP est ce qu'elle aura lieu en présentiel à Beyrouth ou en ligne seulement ? et est-ce qu'il y'aura une interprétation simultanée vers le français, car plusieurs de nos adhérents (banques, sociétés de leasing, bureaux de change) ne maitrisent pas bien l'anglais.

Aussi, faut-il s'inscrire individuellement pour suivre les travaux en tant qu'observateur ? on ne souhaite pas intervenir pour le moment.

Merci d'avance pour votre retour.
Cordialement

Hatem Ben Slimane
Chargé des relations internationales
Chambre de Commerce et d'Industrie du Sud-Est (CCISE) - Sfax
"""
    body = gmail_alt(text, "000000000000c5e7a105ba6f0a3d")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DWq8T0mV2z9",
                    "Hatem Ben Slimane <hatem.benslimane.ccise@gmail.example.com>",
                    hdr("conférence 24-25 février : présentiel ou en ligne ?", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<CAE2tH5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7i@mail.gmail.example.com>",
                    ret="hatem.benslimane.ccise@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (in person or online, interpretation, registration as observer) from a Tunisian "
              "chamber of commerce; explicitly does not want to speak ('on ne souhaite pas intervenir'); "
              "Gmail address, Date in +0100."))


MID07 = "<VI1PR08MB5327B3A1E0D94C6F2B8E7A41D9B40@VI1PR08MB5327.eurprd08.prod.outlook.example.com>"
MID05 = "<CAN4sG8vQ2wE6rT0yU3iO7pA1sD5fG9hJ2kL6zX0cV4bN8mQ3w@mail.gmail.example.com>"


def m07():
    when = at("2021-02-03 17:45:50")
    sent = when - dt.timedelta(seconds=11)
    name = "Joint VNR - Remittances & Microfinance (Ruwad-AlNahda-Amal) FINAL.pdf"
    text = """Dear Colleagues,

Please find attached the joint voluntary GCM review report prepared collectively by three microfinance institutions working with migrant and remittance-receiving households:

- Ruwad Microfinance Company (Jordan)
- Al Nahda Microfinance Institution (Sudan)
- Association Amal Micro-Crédit (Morocco)

The report covers GCM Objectives 19 and 20 (diaspora contributions and cheaper, safer and faster remittances), with case studies from Irbid, Omdurman and Beni Mellal. It has been endorsed by the boards of the three organisations.

We would be grateful if you could confirm receipt.

Kind regards,

Dana Qaqish
Research & Impact Manager
Ruwad Microfinance Company
Amman | Jordan
[logo]
"""
    html_inner = text2html(text).replace("[logo]", '<img src="cid:image001.png@01D6FA3B.6E1C2A40" width="120" height="40" alt="Ruwad">')
    html = html_wrap('<div class="WordSection1" style="font-family:Calibri">' + html_inner + "</div>", None, "windows-1252")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"), leaf("text/html", html, "windows-1252", "quoted-printable")],
                "_000_VI1PR08MB5327B3A1E0D94C6F2B8E7A41D9B40VI1PR08MB5327eurp_")
    img = leaf("image/png", make_png(12, 4, (200, 80, 20)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FA3B.6E1C2A40>")])
    rel = multi("related", [alt, img], "_004_VI1PR08MB5327B3A1E0D94C6F2B8E7A41D9B40VI1PR08MB5327eurp_",
                params=[("type", '"multipart/alternative"')])
    att = pdf_att(name, ["Joint Voluntary GCM Review Report - February 2021",
                         "Ruwad Microfinance Company (Jordan) | Al Nahda Microfinance Institution (Sudan) |",
                         "Association Amal Micro-Credit (Morocco)",
                         "Remittances, microfinance and migrant households: GCM Objectives 19 and 20"])
    body = multi("mixed", [rel, att], "_005_VI1PR08MB5327B3A1E0D94C6F2B8E7A41D9B40VI1PR08MB5327eurp_")
    rows = std_rows(when, "mail-eopbgr80070.outbound.protection.outlook.example.com", "40.107.8.70", "4DX0gH5qN8z3",
                    "Dana Qaqish <d.qaqish@ruwad-mf.example.jo>",
                    "Joint voluntary GCM review report - 3 microfinance institutions (JO/SD/MA)",
                    rfcdate(sent), MID07, ret="d.qaqish@ruwad-mf.example.jo")
    rows.insert(5, ("Cc", "Osman Elfaki <o.elfaki@alnahda-mfi.example.sd>, \"Amal Micro-Credit\" <contact@amal-mc.example.ma>"))
    rows += [("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(7, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report of three microfinance institutions in one PDF (file name with spaces, '&', parentheses); "
              "Outlook multipart/mixed[related[alternative, inline logo image001.png], PDF]: the inline logo is not "
              "part of the report; partners in Cc; no speaker request."))


def m08():
    when = at("2021-02-04 12:02:09")
    sent = when - dt.timedelta(seconds=2)
    text = """تحديث بسيط لو سمحتم:
م. حازم مش هيقدر يحضر يوم ٢٣ عشان عنده سفر، وهيحل مكانه أ. كريم السيد منصور، مدير تطوير الأعمال عندنا، لنفس النقاش المفتوح.
أ. منى زي ما هي في الطاولة الأولى.

متشكرين جداً وآسفين على اللخبطة
شريف

في الثلاثاء، ٢ فبراير ٢٠٢١ في ١:٣٠ م تمت كتابة ما يلي بواسطة Sherif Gamal <sherif.gamal@niletransfers.example.com.eg>:

> مساء الخير يا جماعة،
>
> أنا شريف من شركة النيل للتحويلات المالية. إحنا حابين نشارك في المراجعة الإقليمية للاتفاق العالمي، وعندنا اتنين ممكن يتكلموا:
>
> ١- أ. منى فؤاد الشاذلي - مديرة إدارة الامتثال ومكافحة غسل الأموال - عايزة تتكلم في الطاولة المستديرة الأولى
> ٢- م. حازم عبد الرحيم - رئيس قطاع التحول الرقمي - ياريت في النقاش المفتوح بتاع يوم ٢٣
>
> لو محتاجين أي بيانات تانية أو سي في قولولي وأنا أبعتها على طول.
>
> شكراً جداً ليكم
>
> شريف جمال
> مسؤول العلاقات المؤسسية
> شركة النيل للتحويلات المالية
> مدينة نصر - القاهرة
"""
    body = gmail_alt(text, "000000000000f3a2b105ba70c4e1", "rtl")
    rows = std_rows(when, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DXS2f7kM1z6",
                    addr("Sherif Gamal", "sherif.gamal@niletransfers.example.com.eg"),
                    re_hdr("Re: ", "مشاركة شركة النيل للتحويلات - متحدثين"),
                    rfcdate(sent), "<CAN4sG8tY1uI5oP9aS3dF7gH1jK5lZ9xC3vB7nM1qW5eR9tY3u@mail.gmail.example.com>",
                    ret="sherif.gamal@niletransfers.example.com.eg",
                    extra=[])
    rows += [("In-Reply-To", MID05), ("References", MID05)]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of="h140-05.eml",
        speakers=[sp("كريم السيد منصور", "مدير تطوير الأعمال", "شركة النيل للتحويلات المالية", ["open_discussion"])],
        notes="follow-up replacing one speaker of h140-05 (Gmail reply, '>' quoting of the first message with the "
              "old speakers); 'السيد' inside 'كريم السيد منصور' is the father's name, not the honorific; affiliation "
              "given as 'عندنا' (ours) and only in the quoted signature; Mona's nomination stands from h140-05 "
              "('زي ما هي') and is not restated as a new proposal."))


def m09():
    when = at("2021-02-04 18:20:05")
    sent = when - dt.timedelta(seconds=14)
    name = "Rapport CIDL - Pacte mondial migrations 2021.docx"
    text = """Madame, Monsieur,

Nous vous prions de trouver ci-joint la contribution du Club des Investisseurs de la Diaspora Libanaise (CIDL) à la revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières, sous forme de rapport volontaire.

Par ailleurs, notre Président, M. Fouad Naccache, serait ravi de prendre la parole lors de la table ronde n° 4 le 24 ou le 25 février, afin de partager l'expérience de nos membres dans l'investissement productif au Liban malgré la crise bancaire actuelle.

Nous restons à votre disposition, et merci de nous revenir pour la suite.

Bien à vous,

Rita Azar
Chargée de projets
CIDL - Achrafieh, Beyrouth
+961 1 000 000
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                leaf("text/html", html, "iso-8859-1", "quoted-printable")],
                "_000_PR3P195MB0810E2F7C6A1B3D94F2E8C7AA6B10PR3P195MB0810EURP_")
    att = leaf(DOCX, make_docx(["Club des Investisseurs de la Diaspora Libanaise (CIDL)",
                                "Rapport volontaire - Revue régionale du Pacte mondial sur les migrations",
                                "Investissement de la diaspora et transferts de fonds au Liban, 2019-2020"]),
               cte="base64", params=[("name", '"%s"' % name)], disp='attachment; filename="%s"; size=4012' % name)
    body = multi("mixed", [alt, att], "_004_PR3P195MB0810E2F7C6A1B3D94F2E8C7AA6B10PR3P195MB0810EURP_")
    rows = std_rows(when, "mail-vi1eur05on2090.outbound.protection.outlook.example.com", "40.107.21.90", "4DXc5V2pW9z4",
                    "Rita Azar <rita.azar@cidl-liban.example.org>",
                    "CIDL : rapport volontaire + demande d'intervention (table ronde 4)",
                    rfcdate(sent), "<PR3P195MB0810E2F7C6A1B3D94F2E8C7AA6B10@PR3P195MB0810.EURP195.PROD.OUTLOOK.example.com>",
                    ret="rita.azar@cidl-liban.example.org")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fouad Naccache", "Président", "Club des Investisseurs de la Diaspora Libanaise (CIDL)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="report (DOCX, name with spaces) and a speaker request for someone else in one Outlook message; title "
              "'notre Président' before the honorific 'M.'; full organisation name with acronym in the first "
              "paragraph, only the acronym plus district/city in the signature; 'table ronde n° 4'."))


def m10():
    when = at("2021-02-05 14:10:18")
    sent = when - dt.timedelta(seconds=6)
    name = "SDIF voluntary review GCM Feb2021.pdf"
    text = """Dear Sir / Madam,

On behalf of the Sudanese Diaspora Investment Forum (SDIF), a network of Sudanese business owners and investors in the UK, the Gulf and Egypt, I am pleased to submit our voluntary GCM review report (attached).

We would also like to propose our Chairperson, Dr. Amna Osman Babiker, as rapporteur to deliver the stakeholders' key messages, should the organisers find this appropriate. Dr. Babiker chaired the SDIF consultations that fed into the attached report.

Yours faithfully,

Tariq Hassan Elamin
Secretary, SDIF
London, United Kingdom
"""
    txt = leaf("text/plain", text, "us-ascii", "7bit")
    att = pdf_att(name, ["Sudanese Diaspora Investment Forum (SDIF)", "Voluntary GCM Review Report - February 2021",
                         "Diaspora investment and remittances to Sudan after the 2020 reforms"],
                  extra=[("Content-Description", name)])
    body = multi("mixed", [txt, att], "----=_Part_118024_1947382216.1612527018000")
    rows = std_rows(when, "smtp.sdif-uk.example.org.uk", "81.2.69.160", "4DXt9C6nB3z0",
                    "\"Tariq H. Elamin\" <secretary@sdif-uk.example.org.uk>",
                    "Voluntary GCM report and proposed rapporteur - SDIF",
                    rfcdate(tz(sent, 0)), "<1839204711.118025.1612527018000@smtp.sdif-uk.example.org.uk>",
                    ret="secretary@sdif-uk.example.org.uk")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Amna Osman Babiker", "Chairperson", "Sudanese Diaspora Investment Forum (SDIF)", ["rapporteur"])],
        report_attachments=[name],
        notes="both on 5 Feb (speaker part on time, report well before 16 Feb); the proposed rapporteur is not the "
              "sender (the sender is the Secretary); 'Dr.' dropped; Date in +0000 (London)."))


def m11():
    when = at("2021-02-05 17:35:02")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonsoir,

Suite à notre appel de ce matin, je vous transmets les noms pour la consultation :
- moi-même, Nadine Khoury, responsable inclusion financière à la Fondation Al Tadamon pour la Microfinance \u2013 pour la discussion ouverte du 23
- mon collègue Georges Abi Nader, directeur des opérations, pour la table ronde 2 svp

Merci bcp et bonne soirée

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.altadamon-mf.example.org.lb", "185.104.8.33", "4DY0mT4gC7z2",
                    "Nadine Khoury <n.khoury@altadamon-mf.example.org.lb>",
                    "Noms intervenants", rfcdate(sent),
                    "<5E2C9A41-7B3D-4F60-9E18-2A6C0D4B8F71@altadamon-mf.example.org.lb>",
                    ret="n.khoury@altadamon-mf.example.org.lb")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    aff = "Fondation Al Tadamon pour la Microfinance"
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Khoury", "responsable inclusion financière", aff, ["open_discussion"]),
        sp("Georges Abi Nader", "directeur des opérations", aff, ["roundtable"], 2)],
        notes="short iPhone mail, no signature, two-word subject; the sender proposes herself ('moi-même') and a "
              "colleague whose affiliation is only implied ('mon collègue'); 'discussion ouverte du 23' = open "
              "discussion; refers to a phone call."))


def m12():
    when = at("2021-02-05 23:51:40")
    sent = when - dt.timedelta(seconds=19)
    rows_html = [
        ("Mr. Rashid Saeed Al Mazrouei", "Head of Sustainable Finance", "Emirates Gulf Bank (EGB)", "Plenary session (24 or 25 Feb)"),
        ("Ms. Aisha Bint Hamad Al Suwaidi", "Vice President, Remittance Products", "Emirates Gulf Bank (EGB)", "Roundtable IV"),
    ]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r) + "</tr>\n"
                 for r in rows_html)
    inner = """<p class="MsoNormal">Dear GCM Regional Review Secretariat,</p>
<p class="MsoNormal">Apologies for the late-night email &#8211; hope it still counts for the 5 February deadline. Please find below the nominations of Emirates Gulf Bank for speaking roles at the Regional Review Conference:</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999">Name</th><th style="border:1px solid #999">Title</th><th style="border:1px solid #999">Organisation</th><th style="border:1px solid #999">Preferred session</th></tr>
%s</table>
<p class="MsoNormal">Happy to provide bios and photos on request.</p>
<p class="MsoNormal">Best regards,<br>
<b>Faisal Qureshi</b><br>
Manager, Corporate Communications<br>
Emirates Gulf Bank | Dubai, UAE</p>
<p style="font-size:7pt;color:#888">This e-mail and any attachments are confidential and intended solely for the addressee. Emirates Gulf Bank PJSC is regulated by the Central Bank of the UAE.</p>""" % tr
    body = leaf("text/html", html_wrap('<div class="WordSection1">' + inner + "</div>"), "utf-8", "quoted-printable")
    rows = std_rows(when, "mx2.egb.example.ae", "94.56.199.12", "4DYBq2xH8z7",
                    "Faisal Qureshi <faisal.qureshi@egb.example.ae>",
                    "RE: Nominations - speakers Regional Review GCM Arab States",
                    rfcdate(tz(sent, 4)), "<AM6PR10MB2277F0B91C3E4A5D8C6B2E9FD5C10@AM6PR10MB2277.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="faisal.qureshi@egb.example.ae")
    rows += [("Thread-Topic", "Nominations - speakers Regional Review GCM Arab States"),
             ("Thread-Index", "AQHW+7x2mQb3hJk1cE6r0yU8sZ4pLw=="), ("Content-Language", "en-GB")]
    m = top(body, rows)
    aff = "Emirates Gulf Bank (EGB)"
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rashid Saeed Al Mazrouei", "Head of Sustainable Finance", aff, ["plenary"]),
        sp("Aisha Bint Hamad Al Suwaidi", "Vice President, Remittance Products", aff, ["roundtable"], 4)],
        notes="deadline edge: received 23:51:40 Beirut on Fri 5 Feb (on time) while the Date header reads "
              "'Sat, 6 Feb 2021 01:51:21 +0400' (Dubai) and the sender fears it is late; HTML-only with a table "
              "(Name/Title/Organisation/Preferred session); honorifics 'Mr.'/'Ms.' in the table cells; 'Roundtable IV'; "
              "'RE:' subject without a quoted message; sender not a speaker."))


def m13():
    when = at("2021-02-06 00:03:12")
    sent = when - dt.timedelta(seconds=11)
    text = """Bonsoir,

J'espère ne pas être trop en retard (il est 23h ici à Paris !).

Au nom du Club des Entrepreneurs Marocains de France (CEMF), je souhaiterais proposer ma candidature pour une intervention lors de la table ronde n°1 de la conférence régionale. Nos membres financent depuis 2015 des projets dans la région de l'Oriental et nous avons beaucoup à dire sur les freins à l'investissement de la diaspora (fiscalité, garanties bancaires, etc).

Bien à vous,

TAZI Mehdi
Vice-président chargé de l'investissement
CEMF
06 00 00 00 00
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-ed1-f43.google.example.com", "209.85.208.43", "4DYCs0bJ5z1",
                    "Mehdi Tazi <mehdi.tazi.cemf@gmail.example.com>",
                    hdr("Candidature intervention table ronde – CEMF", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<CAKd3mT9xQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0w@mail.gmail.example.com>",
                    ret="mehdi.tazi.cemf@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mehdi Tazi", "Vice-président chargé de l'investissement",
           "Club des Entrepreneurs Marocains de France (CEMF)", ["roundtable"], 1)],
        notes="deadline edge: received 00:03:12 Beirut on Sat 6 Feb (late) while the Date header is "
              "'Fri, 5 Feb 2021 23:03:01 +0100' (Paris) and the sender writes 'il est 23h ici'; signature "
              "'TAZI Mehdi' (SURNAME first); full organisation name only in the body, acronym in the signature."))


def m14():
    when = at("2021-02-06 00:07:55")
    sent = when - dt.timedelta(seconds=15)
    text = """السلام عليكم ورحمة الله

بغينا نشاركو فالمؤتمر ديال المراجعة الإقليمية ديال الميثاق العالمي للهجرة. الرئيسة ديالنا السيدة فاطمة الزهراء بنعلي، رئيسة جمعية الأمل للقروض الصغرى بوجدة، بغات تاخد الكلمة فالجلسة العامة نهار 24 ولا 25.
شفنا فالرسالة بالعربية بلي آخر أجل هو 23 فبراير، إيلا كان شي مشكل عيطو لينا على 0600000000

الله يعاونكم
عبد الإله الزياني
جمعية الأمل للقروض الصغرى - وجدة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "smtp.menara.example.ma", "41.248.10.77", "4DYCx7kP2z8",
                    addr("Abdelilah Ziani", "alamal.microcredit.oujda@menara.example.ma"),
                    hdr("طلب مشاركة", "utf-8", "B"),
                    rfcdate(tz(sent, 1)), "<000001d6fbf3$8a1c2e40$9e548ac0$@menara.example.ma>",
                    ret="alamal.microcredit.oujda@menara.example.ma")
    rows += [("X-Mailer", "Microsoft Outlook 15.0")]
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء بنعلي", "رئيسة", "جمعية الأمل للقروض الصغرى", ["plenary"])],
        notes="deadline edge: received 00:07:55 Beirut on Sat 6 Feb (late; Date 'Fri, 5 Feb 2021 23:07:40 +0100', "
              "Morocco) and the sender relies on the Arabic letter's misprinted '23 فبراير'; Moroccan darija; honorific "
              "'السيدة' dropped; city after the organisation ('بوجدة', '- وجدة') not part of the affiliation; "
              "'الجلسة العامة' = plenary; sender is not the speaker; plain text base64."))


def m15():
    when = at("2021-02-08 09:00:14")
    sent = when - dt.timedelta(seconds=1)
    text = """Bonjour,

Je suis en déplacement jusqu'au vendredi 12 février inclus, avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter Mme Salma Idrissi (s.idrissi@almassira-bank.example.ma).

Cordialement,
Youssef EL AMRANI
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    ack_mid = "<ack-20210207-0412.7f3c@gcmrrarabstates.iom.int>"
    rows = std_rows(when, "smtp.almassira-bank.example.ma", "196.200.131.40", "4DZ5bH3mK0z6",
                    "Youssef EL AMRANI <y.elamrani@almassira-bank.example.ma>",
                    hdr("Réponse automatique : Accusé de réception - demande d'intervention", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<0a7e31c2b5d94f8e9c21d6b3a5f08e17@EXCH02.almassira-bank.example.ma>",
                    ret="y.elamrani@almassira-bank.example.ma")
    rows += [("In-Reply-To", ack_mid), ("References", ack_mid), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "y.elamrani@almassira-bank.example.ma")]
    m = top(body, rows)
    add(15, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply to our acknowledgement of h140-04 (same sender); Auto-Submitted: "
              "auto-replied; names another person and an address; must not be acknowledged."))


def m16():
    when = at("2021-02-08 10:15:30")
    text = POSTFIX_NOTICE + """
<hello@tahweel-labs.example.com>: host mx.tahweel-labs.example.com[198.51.100.23]
    said: 550 5.1.1 <hello@tahweel-labs.example.com>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    ds = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DZ6cJ9nL3z1
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Mon,  8 Feb 2021 10:15:27 +0200 (EET)

Final-Recipient: rfc822; hello@tahweel-labs.example.com
Original-Recipient: rfc822;hello@tahweel-labs.example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tahweel-labs.example.com
Diagnostic-Code: smtp; 550 5.1.1 <hello@tahweel-labs.example.com>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: hello@tahweel-labs.example.com
Subject: Acknowledgement of receipt - speaking role request
Date: Mon, 8 Feb 2021 10:15:20 +0200
Message-ID: <ack-20210208-0815.2b9d@gcmrrarabstates.iom.int>
"""
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in ds.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DZ6cJ9nL3z1.1612772130/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ6cQ0rL5z2; " + rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210208081530.4DZ6cQ0rL5z2@mx1.iom.int>")]
    m = top(body, rows)
    add(16, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for our acknowledgement sent to a mistyped address (the fintech of h140-03); "
              "multipart/report with text/rfc822-headers; the returned headers mention a speaking role request."))


def m17():
    when = at("2021-02-09 20:12:37")
    sent = when - dt.timedelta(seconds=7)
    text = """مرحبا،
حبيت أستفسر هل المؤتمر بيكون حضوري ولا أونلاين؟ واذا أونلاين شلون نسجل ووين نلقى الرابط؟
احنا شركة صرافة بالكويت ونبي نتابع الجلسات بس، ما عندنا تقرير ولا نبي نتكلم.
وشكرا لكم

عبدالله الرشيدي
شركة الدانة للصرافة

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.aldanaexchange.example.com.kw", "185.79.56.14", "4DZw4R8tN6z3",
                    addr("عبدالله الرشيدي", "a.alrashidi@aldanaexchange.example.com.kw"),
                    hdr("استفسار"), rfcdate(tz(sent, 3)),
                    "<3C8E1F2A-6D4B-4A97-B0C5-7E9F1A2B3C4D@aldanaexchange.example.com.kw>",
                    ret="a.alrashidi@aldanaexchange.example.com.kw")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Kuwaiti Gulf dialect question about attendance (online/in person, registration link); says explicitly "
              "no report and no speaking wish ('ما عندنا تقرير ولا نبي نتكلم'); English 'Sent from my iPhone'."))


MID18 = "<DB7PR03MB4729D1F2A3E5B6C7D8E9F0A1B2C30@DB7PR03MB4729.eurprd03.prod.outlook.example.com>"


def m18():
    when = at("2021-02-10 11:30:00")
    sent = when - dt.timedelta(seconds=23)
    name = "ATMS_rapport_volontaire_PMM_v1.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tunisienne pour le Microcrédit Solidaire (ATMS) dans le cadre de la revue régionale du PMM.
Il s'agit d'une version provisoire ; une version finale, validée par notre conseil d'administration, vous sera transmise avant la date limite du 16 février.

Cordialement,

Sonia Mejri
Responsable suivi-évaluation
ATMS | Tunis - Tunisie
"""
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html_wrap(text2html(text), None, "windows-1252"), "windows-1252", "quoted-printable")],
                "_000_DB7PR03MB4729D1F2A3E5B6C7D8E9F0A1B2C30DB7PR03MB4729eurp_")
    att = pdf_att(name, ["Association Tunisienne pour le Microcredit Solidaire (ATMS)",
                         "Rapport volontaire - Pacte mondial sur les migrations - VERSION PROVISOIRE",
                         "Microcredit et transferts des Tunisiens a l'etranger"])
    body = multi("mixed", [alt, att], "_004_DB7PR03MB4729D1F2A3E5B6C7D8E9F0A1B2C30DB7PR03MB4729eurp_")
    rows = std_rows(when, "mail-db8eur03on2061.outbound.protection.outlook.example.com", "40.107.3.61", "4Dbk7S2vP1z9",
                    "Sonia Mejri <s.mejri@atms.example.org.tn>",
                    "Rapport volontaire ATMS - PMM (version provisoire)",
                    rfcdate(tz(sent, 1)), MID18, ret="s.mejri@atms.example.org.tn")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="provisional version of a report, the sender announces a final version (see h140-23); Outlook "
              "windows-1252 QP; 'PMM' = Pacte mondial sur les migrations; city/country after a pipe in the signature."))


def m19():
    when = at("2021-02-10 15:05:41")
    sent = when - dt.timedelta(seconds=3)
    ack_mid = "<ack-20210204-1102.91ae@gcmrrarabstates.iom.int>"
    text = """Many thanks, well noted.

Best,
Dana

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 4, 2021 11:02 AM
To: Dana Qaqish <d.qaqish@ruwad-mf.example.jo>
Subject: Acknowledgement of receipt - voluntary GCM review report

Dear Dana Qaqish,

Thank you for your message. We confirm receipt of the voluntary GCM review report "Joint VNR - Remittances & Microfinance (Ruwad-AlNahda-Amal) FINAL.pdf".

Regional UN Network on Migration - Arab States
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_VI1PR08MB53279F0E1D2C3B4A5968778695A40VI1PR08MB5327eurp_")
    rows = std_rows(when, "mail-eopbgr80071.outbound.protection.outlook.example.com", "40.107.8.71", "4Dbt3L6wQ4z2",
                    "Dana Qaqish <d.qaqish@ruwad-mf.example.jo>",
                    "RE: Acknowledgement of receipt - voluntary GCM review report",
                    rfcdate(sent), "<VI1PR08MB53279F0E1D2C3B4A5968778695A40@VI1PR08MB5327.eurprd08.prod.outlook.example.com>",
                    ret="d.qaqish@ruwad-mf.example.jo")
    rows += [("In-Reply-To", ack_mid), ("References", MID07 + " " + ack_mid),
             ("Thread-Topic", "Acknowledgement of receipt - voluntary GCM review report")]
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h140-07.eml",
        notes="thank-you reply to our acknowledgement of h140-07: adds nothing new, so no acknowledgement; the quoted "
              "acknowledgement names the report PDF, but there is no attachment; References carries h140-07's Message-ID."))


def m20():
    when = at("2021-02-14 13:48:26")
    sent = when - dt.timedelta(seconds=17)
    name1 = "تقرير اللجنة الوطنية لشركات الصرافة - الاتفاق العالمي للهجرة 2021.docx"
    name2 = "ملحق إحصائي - التحويلات 2019-2020.pdf"
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية    المحترمين

السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى خطاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي في المنطقة العربية، يسر اللجنة الوطنية لشركات الصرافة والتحويل بمجلس الغرف السعودية أن ترفق لكم تقريرها الطوعي حول إسهام قطاع الصرافة والتحويل في تحقيق الهدف العشرين من الاتفاق العالمي (تحويلات مالية أسرع وأكثر أماناً وأقل تكلفة)، ومرفق به ملحق إحصائي بحجم التحويلات للفترة 2019-2020.

ونأمل أن يسهم التقرير في إثراء النقاش خلال المؤتمر.

وتقبلوا خالص التحية والتقدير،

أمين عام اللجنة
م. سلطان بن فهد العنزي
اللجنة الوطنية لشركات الصرافة والتحويل - مجلس الغرف السعودية
الرياض
"""
    html = html_wrap('<div dir="rtl" style="font-family:Traditional Arabic;font-size:14pt">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_AS8PR02MB6961A2B3C4D5E6F708192A3B4C5D0AS8PR02MB6961eurp_")
    a1 = leaf(DOCX, make_docx(["National Committee of Money Exchange and Remittance Companies",
                               "Voluntary GCM review report 2021 (Arabic)"]), cte="base64",
              params=[("name", '"%s"' % b_word(name1))],
              disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name1)))
    a2 = leaf("application/pdf", make_pdf(["Statistical annex - remittances 2019-2020",
                                           "National Committee of Money Exchange and Remittance Companies"]),
              cte="base64", params=[("name", '"%s"' % b_word(name2))],
              disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name2)))
    body = multi("mixed", [alt, a1, a2], "_006_AS8PR02MB6961A2B3C4D5E6F708192A3B4C5D0AS8PR02MB6961eurp_")
    rows = std_rows(when, "mail.csc-ncme.example.sa", "212.26.44.90", "4Dd2wN5xR8z0",
                    addr("سلطان العنزي", "s.alanazi@csc-ncme.example.sa"),
                    hdr("التقرير الطوعي للجنة الوطنية لشركات الصرافة والتحويل - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
                    rfcdate(tz(sent, 3)), "<AS8PR02MB6961A2B3C4D5E6F708192A3B4C5D0@AS8PR02MB6961.eurprd02.prod.outlook.example.com>",
                    ret="s.alanazi@csc-ncme.example.sa")
    rows += [("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name1, name2],
        notes="formal MSA; the report is a DOCX plus a statistical annex PDF (both make up the report); Arabic file "
              "names in RFC 2231 continuations (filename*0*=...) with RFC 2047 name= parameters; base64 text and HTML."))


def m21():
    when = at("2021-02-15 16:40:09")
    sent = when - dt.timedelta(seconds=12)
    name = "PCB_GCM_Voluntary_Review_2021.docx"
    text = """Dear Madam/Sir,

Kindly find attached Petra Commercial Bank's voluntary review report on the implementation of the Global Compact for Migration, focusing on our remittance-linked savings products for Jordanian workers abroad and for migrant workers in Jordan.

The report has been cleared by our Executive Management. Please note that the figures in section 3 are unaudited.

Regards,

Ahmad Al-Khatib | Senior Officer - Corporate Social Responsibility
Petra Commercial Bank - Head Office, Shmeisani, Amman - Jordan
[logo]

DISCLAIMER: The information contained in this e-mail and any attachment is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Petra Commercial Bank does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission. Please consider the environment before printing this e-mail.
"""
    html_inner = text2html(text).replace("[logo]", '<img src="cid:image002.jpg@01D703B4.2F6E8A10" alt="PCB">'
                                         ' <img src="cid:image003.png@01D703B4.2F6E8A10" alt="Green">')
    html = html_wrap('<div class="WordSection1">' + html_inner + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_HE1PR0402MB3370B9A8C7D6E5F4031B2A39C8D70HE1PR0402MB3370_")
    jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9"
    i1 = leaf("image/jpeg", jpg, cte="base64", params=[("name", '"image002.jpg"')],
              disp='inline; filename="image002.jpg"', extra=[("Content-ID", "<image002.jpg@01D703B4.2F6E8A10>")])
    i2 = leaf("image/png", make_png(6, 6, (30, 140, 60)), cte="base64", params=[("name", '"image003.png"')],
              disp='inline; filename="image003.png"', extra=[("Content-ID", "<image003.png@01D703B4.2F6E8A10>")])
    rel = multi("related", [alt, i1, i2], "_004_HE1PR0402MB3370B9A8C7D6E5F4031B2A39C8D70HE1PR0402MB3370_",
                params=[("type", '"multipart/alternative"')])
    att = docx_att(name, ["Petra Commercial Bank", "Voluntary GCM Review Report 2021",
                          "Remittance-linked savings products for Jordanian workers abroad and migrant workers in Jordan"])
    body = multi("mixed", [rel, att], "_005_HE1PR0402MB3370B9A8C7D6E5F4031B2A39C8D70HE1PR0402MB3370_")
    rows = std_rows(when, "mail-he1eur04on0620.outbound.protection.outlook.example.com", "40.107.7.120", "4DdQ1m9yS5z4",
                    "Ahmad Al-Khatib <ahmad.alkhatib@petrabank.example.jo>",
                    "Voluntary GCM Review Report - Petra Commercial Bank",
                    rfcdate(sent), "<HE1PR0402MB3370B9A8C7D6E5F4031B2A39C8D70@HE1PR0402MB3370.eurprd04.prod.outlook.example.com>",
                    ret="ahmad.alkhatib@petrabank.example.jo")
    rows += [("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="bank report as DOCX; two inline signature images (image002.jpg, image003.png) in multipart/related "
              "are not part of the report; long legal disclaimer; pipe-separated one-line signature."))


MID22 = "<CAH7uJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4z@mail.gmail.example.com>"


def m22():
    when = at("2021-02-15 19:22:47")
    sent = when - dt.timedelta(seconds=4)
    name = "تقرير صندوق تمكين - الاتفاق العالمي.pdf"
    text = """مرحبا،

بعتنالكم التقرير الطوعي تبعنا مرفق مع الإيميل، إن شاء الله يكون واضح.
وكمان حابين إنو المدير التنفيذي تبعنا م. عمر يوسف الحوراني يحكي بالطاولة المستديرة التانية عن تجربتنا بقروض العمال المهاجرين، إذا لسا في مجال.

يعطيكم العافية
رهف الحوراني
صندوق تمكين للتمويل الأصغر
عمّان، الأردن
"""
    alt = gmail_alt(text, "000000000000b1c4d805bb63e9a2", "rtl")
    att = leaf("application/pdf", make_pdf(["Tamkeen Microfinance Fund", "Voluntary GCM review report",
                                            "Loans to migrant workers in Jordan"]),
               cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("Content-ID", "<f_kl6x1b2c0>"), ("X-Attachment-Id", "f_kl6x1b2c0")])
    body = multi("mixed", [alt, att], "000000000000b1c4da05bb63e9a4")
    rows = std_rows(when, "mail-lf1-f45.google.example.com", "209.85.167.45", "4DdV8p2zT7z6",
                    addr("Rahaf Hourani", "rahaf.tamkeenfund@gmail.example.com"),
                    hdr("التقرير + مشاركة بالطاولة المستديرة"),
                    rfcdate(sent), MID22, ret="rahaf.tamkeenfund@gmail.example.com")
    m = top(body, rows)
    add(22, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("عمر يوسف الحوراني", "المدير التنفيذي", "صندوق تمكين للتمويل الأصغر", ["roundtable"], 2)],
        report_attachments=[name],
        notes="Levantine (Jordanian) colloquial; report on time but the speaker part arrives on 15 Feb, after the "
              "5 Feb speaker deadline, so 'both' is not on time ('إذا لسا في مجال'); title written 'المدير التنفيذي تبعنا' "
              "before the honorific 'م.'; same family name as the sender; Arabic PDF name as an RFC 2047 "
              "encoded word inside quotes (Gmail style); 'الطاولة المستديرة التانية' = roundtable 2."))


def m23():
    when = at("2021-02-16 23:58:20")
    sent = when - dt.timedelta(seconds=15)
    name = "ATMS_rapport_volontaire_PMM_FINAL.pdf"
    text = """Bonsoir,

Comme annoncé, voici la version finale de notre rapport volontaire, validée par le conseil d'administration. Elle remplace la version provisoire envoyée le 10/02.
Désolée pour l'heure tardive.

Cordialement,

Sonia Mejri
Responsable suivi-évaluation
ATMS | Tunis - Tunisie

________________________________
De : Sonia Mejri
Envoyé : mercredi 10 février 2021 10:29
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire ATMS - PMM (version provisoire)

Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tunisienne pour le Microcrédit Solidaire (ATMS) dans le cadre de la revue régionale du PMM.
Il s'agit d'une version provisoire ; une version finale, validée par notre conseil d'administration, vous sera transmise avant la date limite du 16 février.
"""
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html_wrap(text2html(text), None, "windows-1252"), "windows-1252", "quoted-printable")],
                "_000_DB7PR03MB47295A6B7C8D9E0F1A2B3C4D5E6F0DB7PR03MB4729eurp_")
    att = pdf_att(name, ["Association Tunisienne pour le Microcredit Solidaire (ATMS)",
                         "Rapport volontaire - Pacte mondial sur les migrations - VERSION FINALE",
                         "Microcredit et transferts des Tunisiens a l'etranger"])
    body = multi("mixed", [alt, att], "_004_DB7PR03MB47295A6B7C8D9E0F1A2B3C4D5E6F0DB7PR03MB4729eurp_")
    rows = std_rows(when, "mail-db8eur03on2062.outbound.protection.outlook.example.com", "40.107.3.62", "4Dgb1X4rK9z2",
                    "Sonia Mejri <s.mejri@atms.example.org.tn>",
                    "RE: Rapport volontaire ATMS - PMM (version provisoire)",
                    rfcdate(tz(sent, 1)), "<DB7PR03MB47295A6B7C8D9E0F1A2B3C4D5E6F0@DB7PR03MB4729.eurprd03.prod.outlook.example.com>",
                    ret="s.mejri@atms.example.org.tn")
    rows += [("In-Reply-To", MID18), ("References", MID18), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, thread_of="h140-18.eml",
        report_attachments=[name],
        notes="deadline edge: final version replacing h140-18, received 23:58:20 Beirut on Tue 16 Feb (on time), "
              "Date 'Tue, 16 Feb 2021 22:58:05 +0100' (Tunis); subject still says 'version provisoire' (Outlook 'RE:' "
              "on her own sent message); the quoted earlier message is included without '>'."))


def m24():
    when = at("2021-02-17 00:04:10")
    sent = when - dt.timedelta(seconds=8)
    name = "SBC-KSA_GCM_voluntary_report.pdf"
    text = """السلام عليكم

مرفق لكم التقرير الطوعي لمجلس رجال الأعمال السودانيين بالمملكة العربية السعودية حول تحويلات المغتربين السودانيين والاستثمار في السودان.
نعتذر عن التأخير بسبب انقطاع الانترنت عندنا طول اليوم، ونرجو قبوله لأنه ارسل يوم 16 حسب توقيتكم ان شاء الله.

مع التحية
د. الطيب عثمان الفكي
الأمين العام
مجلس رجال الأعمال السودانيين بالمملكة العربية السعودية
جدة
"""
    txt = leaf("text/plain", text, "utf-8", "base64")
    att = pdf_att(name, ["Sudanese Business Council in Saudi Arabia", "Voluntary GCM review report",
                         "Remittances of Sudanese expatriates and investment in Sudan"], quoted=False)
    body = multi("mixed", [txt, att], "Apple-Mail=_8C2E4F61-3A5B-4D7C-9E0F-1A2B3C4D5E6F")
    rows = std_rows(when, "mail.sbc-ksa.example.sa", "188.54.91.7", "4DgbC5nM2z8",
                    addr("الطيب الفكي", "tayeb.elfaki@sbc-ksa.example.sa"),
                    hdr("التقرير الطوعي - مجلس رجال الأعمال السودانيين بالسعودية"),
                    rfcdate(tz(sent, 3)), "<7A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9@sbc-ksa.example.sa>",
                    ret="tayeb.elfaki@sbc-ksa.example.sa")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: received 00:04:10 Beirut on Wed 17 Feb (late); Date 'Wed, 17 Feb 2021 01:04:02 +0300' "
              "(Jeddah) while the sender believes it was sent on the 16th 'حسب توقيتكم'; unquoted PDF file name; "
              "Sudanese sender in Saudi Arabia."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
