#!/usr/bin/env python3
"""Write the blind evaluation set holdout279 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets279.py
Theme: the private sector (25 January - 17 February 2021).  A Dubai events agency asking about sponsorship
packages for a remittance fintech, an Egyptian recruitment company asking in dialect whether companies may take
part, a Jordanian employers' federation nominating its labour-market director by a numbered letter sent by the
secretary-general's office (whose bilingual out-of-office answers our acknowledgement), a Moroccan employers'
union asking about exhibition stands, a Beirut PR agency proposing its client's CEO with a bio and a headshot
(the CEO office's autoresponder answers with a marketing footer, and the agency later withdraws the request), a
chamber's Mailchimp newsletter relaying the call for reports, a Tunisian services federation's labelled
rapporteur nomination under a long legal disclaimer, a business weekly asking for media accreditation, a Saudi
holding's CSR manager writing from her iPhone in Gulf dialect, a Tunis chamber of commerce sending its report and
its speaker in one sentence (the Cc'd mailbox is full: French Exchange NDR), a Riyadh business council writing
after midnight Riyadh time but before the Beirut deadline, a Dubai contractor's late CSR speaker whose report
follows as a reply after the report deadline, a Casablanca recruitment firm that only wants to attend, a Muscat
business association sending a Google Drive link and a chairman in one sentence after the speaker deadline, a Gulf
recruitment alliance whose report is a SharePoint link next to an attached association profile, a Lebanese
recruitment association's PDF report and its forgotten annex sent at 23:48 on the report deadline, an Algerian
agri-food group's CSR report with its brochure and a trade-fair banner, and a Paris business circle's OneDrive link
six minutes late.  Long legal disclaimers, 'think before you print' lines, marketing banners, Outlook, Gmail,
iPhone, Zimbra, Thunderbird, Outlook for Android and Mailchimp.  Helpers from mailgen.py.
"""
import datetime as dt

from email.message import Message
from email.parser import Parser

from mailgen import (EvalSet, DOCX, POL, addr, alt, at, attach, esc, flowed, gmail_html, hdr, html_only, leaf,
                     make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(279)
add = SET.add
H = "h279-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"


def ack_text(lang, subject, what):
    """The acknowledgement the service sent (quoted in replies)."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً.\n\n"
                "الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def owa_divs(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body%s>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">%s</div>'
            '</body></html>\n' % (d, inner))


def zimbra_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '<div>%s</div></div></body></html>\n' % inner)


def banner(cid, name, w, h, rgb):
    """A marketing banner in a signature, inline, referred to by its Content-ID."""
    return leaf("image/png", make_png(w, h, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def outlook_related(text, boundary_rel, boundary_alt, images, lang="EN-US", rtl=False, b64=False,
                    img_tags=None):
    """Outlook alternative(text, related(html, images...)); img_tags: the <img> paragraphs for the HTML."""
    html = outlook_html(text, lang=lang, rtl=rtl)
    tags = "".join('<p class="MsoNormal"%s>%s</p>' % (' dir="rtl"' if rtl else "", t) for t in (img_tags or []))
    html = html.replace("</div></body>", tags + "</div></body>")
    cte = "base64" if b64 else "quoted-printable"
    rel = multi("related", [leaf("text/html", html, cte=cte)] + images, boundary_rel,
                params=[("type", '"text/html"')])
    return multi("alternative", [leaf("text/plain", text, cte=cte), rel], boundary_alt)


def exch_rows(when, host, ip, qid, sender, subject, topic, mid, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


LEGAL_EN_AGENCY = """This e-mail and any attachments are confidential and may be legally privileged. They are intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender immediately and delete it from your system; you must not copy, distribute, disclose or use any of the information it contains. Cedar & Wells Communications s.a.l. does not accept liability for any loss or damage arising from the use of this e-mail or its attachments, nor for any views or opinions expressed in it that are not those of the company. E-mail transmission cannot be guaranteed to be secure or error-free. Cedar & Wells Communications s.a.l. | Commercial Register Beirut 1000000 | VAT No. 000000-601."""


# ================================================================ 01  EN  other  Dubai events agency: sponsorship packages for a fintech client
def m01():
    when = at("2021-01-25 11:42:18")
    subj = "Sponsorship opportunities - Regional Review of the GCM (Arab region), 24-25 Feb"
    text = """Dear GCM Regional Review team,

Good morning from Dubai, and I hope you are keeping well.

I'm reaching out from Falcon Crest Events & Exhibitions on behalf of one of our clients, PayLinx Remit, a licensed remittance and digital wallet provider serving migrant workers in the UAE, Qatar and Oman (about 600,000 active customers, mostly from South Asia, East Africa and Egypt).

PayLinx has seen the call for the Regional Review and would love to support the conference. Could you kindly share:

1. Whether the Regional Review accepts private-sector sponsorship or in-kind partnerships at all (we understand this is a UN-convened process, so there may be restrictions);
2. If so, the sponsorship tiers and what each includes - e.g. logo placement on the virtual stage backdrop, the event website and e-mail communications, a branded break-out room, or a virtual booth on the event platform;
3. Whether a speaking opportunity is ever part of a partnership package, or whether speakers are selected separately.

To be clear, we are not putting anyone forward as a speaker at this stage - our client first wants to understand what is possible and appropriate before any internal approvals.

A 15-minute call this week would be ideal if that is easier for your team. I am available Tuesday to Thursday, 10:00-16:00 GST.

Warm regards,

Jessica Moreau
Senior Partnerships Manager
Falcon Crest Events & Exhibitions FZ-LLC
Office 2104, Shatha Tower, Dubai Media City, UAE
M +971 50 000 0000 | T +971 4 000 0000
www.falconcrest-events.example.ae

Events that move people. | Voted Best Hybrid Event Agency, MENA Event Awards 2020
Follow us: Instagram @falconcrestevents | LinkedIn /company/falcon-crest-events

Please consider the environment before printing this e-mail.
The information contained in this e-mail is confidential and intended only for the named recipient(s). Falcon Crest Events & Exhibitions FZ-LLC is licensed by Dubai Development Authority, licence no. 00000.
"""
    cid = "image001.png@01D6F317.8B2C5E90"
    cid2 = "image002.png@01D6F317.8B2C5E90"
    body = outlook_related(text, "_004_DX1P273MB0420C7E1A6B9F258_", "_000_DX1P273MB0420C7E1A6B9F258_",
                           [logo(cid, (200, 150, 30)), banner(cid2, "image002.png", 96, 24, (30, 30, 60))],
                           lang="EN-GB",
                           img_tags=['<img width="120" height="40" src="cid:%s" alt="Falcon Crest Events">' % cid,
                                     '<img width="480" height="120" src="cid:%s" alt="MENA Event Awards 2020 - '
                                     'Best Hybrid Event Agency">' % cid2])
    m = mk(when, sent_at(when, 4, 8), "mail-dx1p273cu001.outbound.protection.outlook.example.com",
           "198.51.100.27", "4DPb7Xk21Lz3", "Jessica Moreau <jessica.moreau@falconcrest-events.example.ae>", subj,
           "<DX1P273MB0420C7E1A6B9F258@DX1P273MB0420.AREP273.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdbzBq9Wn3Tk6Lm1Rv4Xc7Pz0Hs2Jd==", lang="en-GB", has_attach="yes"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="sponsorship question from a Dubai events agency writing for a remittance fintech: tiers, logo "
              "placement, virtual booth, and 'whether a speaking opportunity is ever part of a partnership "
              "package' - a question, and the sender says outright that nobody is put forward as a speaker. The "
              "sender is not a stakeholder speaker; 600,000 customers, 15-minute call, 10:00-16:00 GST are noise. "
              "Outlook related part with a logo and an award banner (not attachments), agency disclaimer; Date "
              "UTC+4."))


# ================================================================ 02  AR  other  Egyptian recruitment company: may licensed companies take part? (Egyptian dialect)
def m02():
    when = at("2021-01-26 13:05:51")
    subj = "استفسار بخصوص مشاركة شركات إلحاق العمالة في الاستعراض الإقليمي"
    text = """السلام عليكم ورحمة الله وبركاته

حضرتكم، أنا مدير التطوير في شركة النيل الأزرق لإلحاق العمالة المصرية بالخارج، شركة مرخصة من وزارة القوى العاملة من سنة 2009 وبنسفّر عمالة فنية وتمريض للسعودية والكويت والإمارات.

وصلنا خطاب الدعوة من زميل في اتحاد شركات الإلحاق، وعندنا كام سؤال قبل ما نقرر:

- هل ينفع شركات القطاع الخاص زينا تشارك في المشاورة والمؤتمر، ولا الموضوع مقصور على الجمعيات الأهلية والحكومات؟
- لو ينفع، هل لازم نسجّل الأول ولا نبعت طلب على الإيميل ده مباشرة؟
- إحنا شغالين من سنة على مبادرة "صفر رسوم على العامل" مع اتنين من الشركات في الخليج، وحابين نعرض التجربة. هل ده يتقدّم كتقرير طوعي، ولا فيه شكل تاني للمشاركة؟

مش عايزين نبعت حاجة قبل ما نفهم المطلوب بالظبط، علشان كده بنسأل الأول.

وشكراً جزيلاً لحضرتكم

م. شريف عادل منصور
مدير التطوير والعلاقات الخارجية
شركة النيل الأزرق لإلحاق العمالة المصرية بالخارج
ترخيص رقم 000 - القاهرة، مدينة نصر
موبايل وواتساب: 0100 000 0000
"""
    body = alt(text, "000000000000b1c46d05b9cb7e21", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DQ2Hn7VcXz1",
           addr("Sherif Adel", "sherif.adel.bluenile@gmail.example.com"), hdr(subj),
           "<CAM5tPq8Ld2vR9kX+a4Hc7Zn1sW6eFy3gB0@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="eligibility questions from a licensed Egyptian recruitment company in Egyptian colloquial Arabic "
              "(may companies take part, must they register, should a 'zero fees' initiative come as a voluntary "
              "report?): it asks before sending anything ('مش عايزين نبعت حاجة قبل ما نفهم'), so neither a report "
              "nor a speaker request although the sender's name, title and company are in the signature. Gmail, "
              "Latin From name, base64."))


# ================================================================ 03  AR  speaker  Jordanian employers' federation: numbered letter sent by the SG's office
M03_ID = "<AM0PR10MB2914E6B1A7C3D058@AM0PR10MB2914.EURPRD10.PROD.OUTLOOK.example.com>"
M03_SUBJ = "ترشيح ممثل الاتحاد الوطني لأصحاب العمل للمائدة المستديرة الثانية"
M03_QID = "4DQm5Rt82Kz6"


def m03():
    when = at("2021-01-27 10:18:37")
    text = """حضرات السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بتوجيه من عطوفة الأمين العام، أرفق لكم أدناه نص كتاب الاتحاد بخصوص الترشيح للمشاركة في المؤتمر الإقليمي، وسنرسل النسخة الموقّعة ورقياً عبر البريد.

-----------------------------------------------
الرقم: ن ع / 4 / 2021 / 117
التاريخ: 14 جمادى الآخرة 1442 هـ الموافق 27 كانون الثاني 2021 م

الموضوع: الترشيح للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة

بالإشارة إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّ الاتحاد الوطني لأصحاب العمل في الأردن أن يرشّح السيد باسل فؤاد العمري، مدير دائرة سوق العمل والموارد البشرية، لتقديم مداخلة في المائدة المستديرة الموضوعية الثانية يوم 24 أو 25 شباط 2021.

ويمثّل الاتحاد أكثر من 1,400 منشأة في قطاعات الصناعة والإنشاءات والزراعة والخدمات، يعمل فيها عدد كبير من العمال المهاجرين، ويتابع السيد العمري منذ عام 2016 ملفات تصاريح العمل والاستقدام والتفتيش مع الجهات الرسمية.

وتفضلوا بقبول فائق الاحترام،

م. عماد يوسف الزعبي
الأمين العام
-----------------------------------------------

مع خالص التحيات،

ديما سليمان الحوراني
مديرة مكتب الأمين العام
الاتحاد الوطني لأصحاب العمل - الأردن
National Federation of Employers - Jordan (NFEJ)
هاتف: 00962 6 000 0000 | فرعي 210
عمّان - الشميساني

إخلاء مسؤولية: هذه الرسالة الإلكترونية ومرفقاتها سرية ومخصصة فقط للشخص أو الجهة المرسلة إليها. إذا وصلتكم هذه الرسالة عن طريق الخطأ، يرجى إبلاغ المرسل فوراً وحذفها. لا يجوز نسخ هذه الرسالة أو توزيعها أو الإفصاح عن محتواها. الآراء الواردة فيها تعبّر عن رأي كاتبها ولا تمثل بالضرورة رأي الاتحاد.
Disclaimer: This e-mail and its attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Any views expressed are those of the author and do not necessarily represent those of the Federation.
🌿 فكّر في البيئة قبل طباعة هذه الرسالة
"""
    cid = "image001.png@01D6F4A3.1C7E9B20"
    body = outlook_related(text, "_004_AM0PR10MB2914E6B1A7C3D058_", "_000_AM0PR10MB2914E6B1A7C3D058_",
                           [logo(cid, (0, 84, 147))], lang="AR-JO", rtl=True, b64=True,
                           img_tags=['<img width="140" height="60" src="cid:%s" alt="NFEJ">' % cid])
    m = mk(when, sent_at(when, 2, 9), "mail-am0pr10cu002.outbound.protection.outlook.example.com",
           "198.51.100.210", M03_QID, addr("ديما سليمان الحوراني", "d.hourani@nfej.example.jo"), hdr(M03_SUBJ),
           M03_ID, body, extra=outlook(hdr(M03_SUBJ), "AdbziZ7Ko4Wq1Tn8Lp5Xr2Cv9Hb6Mf==", lang="ar-JO",
                                       has_attach="yes"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("باسل فؤاد العمري", "مدير دائرة سوق العمل والموارد البشرية", "الاتحاد الوطني لأصحاب العمل في الأردن",
           ["roundtable"], 2)],
        notes="employers' federation letter pasted between dashed lines by the secretary-general's office manager: "
              "three people (the sender, the signing secretary-general 'م. عماد ...', the speaker); only the "
              "speaker is nominated ('السيد' dropped). Roundtable as the ordinal 'الثانية'; letter number, Hijri "
              "date, 1,400 firms and 2016 are noise. Affiliation from the nomination sentence of the Arabic "
              "letter (fuller than the signature's 'الاتحاد الوطني لأصحاب العمل - الأردن'; the signature's English "
              "name with the acronym NFEJ is another language, not a fuller Arabic form). Bilingual disclaimer and a 'think before "
              "printing' line; Outlook, base64, logo. The sender's out-of-office answers our acknowledgement "
              "(h279-04)."))


# ================================================================ 04  AR  auto_reply  bilingual Exchange out-of-office of the sender of 03
def m04():
    when = at("2021-01-27 10:19:02")
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 31 كانون الثاني 2021، ولن أتمكن من الاطلاع على البريد الإلكتروني بانتظام. للأمور العاجلة يرجى التواصل مع مكتب الأمين العام على الهاتف 00962 6 000 0000 فرعي 200، أو على البريد sg.office@nfej.example.jo.

Thank you for your e-mail. I am out of the office on an official mission until Sunday 31 January 2021 with limited access to e-mail. For urgent matters, please contact the Secretary-General's office on +962 6 000 0000 ext. 200 or at sg.office@nfej.example.jo.

ديما الحوراني | Dima Hourani
مديرة مكتب الأمين العام | Office Manager to the Secretary-General
الاتحاد الوطني لأصحاب العمل - الأردن
"""
    body = alt(text, "_000_AM0PR10MB2914F1C8D4E7A360_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    topic = "تأكيد استلام - " + M03_SUBJ
    subj = hdr("رد تلقائي: " + topic)
    rows = exch_rows(when, "mail-am0pr10cu002.outbound.protection.outlook.example.com", "198.51.100.210",
                     "4DQm5Wb06Nz9", addr("ديما سليمان الحوراني", "d.hourani@nfej.example.jo"), subj, hdr(topic),
                     "<AM0PR10MB2914F1C8D4E7A360@AM0PR10MB2914.EURPRD10.PROD.OUTLOOK.example.com>", M03_ID,
                     ack_mid(M03_QID), "ar-JO", (2, 3))
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the office manager who sent h279-03, 25 seconds after our acknowledgement "
              "(In-Reply-To the acknowledgement, References name h279-03); Arabic subject prefix 'رد تلقائي:', "
              "Arabic then English text; Auto-Submitted, X-Auto-Response-Suppress, null Return-Path. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 05  FR  other  Moroccan employers' union: exhibition stands?
def m05():
    when = at("2021-01-28 16:22:09")
    subj = "Demande d'information – espace exposants / stands lors de la conférence des 24 et 25 février"
    text = """Madame, Monsieur,

Je me permets de vous contacter au nom de la Direction Événements & Partenariats de l'Union des Employeurs du Souss-Massa (UESM), qui fédère près de 350 entreprises de la région d'Agadir, notamment dans l'agriculture d'exportation, l'agro-industrie et le tourisme, trois secteurs qui emploient de nombreux travailleurs saisonniers et migrants.

Plusieurs de nos entreprises membres souhaiteraient présenter leurs programmes d'accueil et de logement des travailleurs saisonniers à l'occasion de la conférence. Pourriez-vous nous indiquer :

- si un espace d'exposition (physique ou virtuel) est prévu pour les entreprises et les organisations participantes ;
- le cas échéant, les conditions de réservation d'un stand, les dimensions, les tarifs et la date limite d'inscription ;
- s'il est possible de diffuser de la documentation (brochures, vidéos de présentation, kakémonos numériques) sur la plateforme de l'événement.

Je précise que notre démarche porte uniquement sur la partie exposition ; pour le reste, notre président prendra contact avec vous directement s'il y a lieu.

En vous remerciant par avance de votre retour, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Khadija Ait Ouarab
Chargée d'événements et de partenariats
Union des Employeurs du Souss-Massa (UESM)
Immeuble Al Wahda, Bd Hassan II – Agadir, Maroc
Tél. : +212 5 28 00 00 00 | Fax : +212 5 28 00 00 01
www.uesm.example.ma

Suivez l'actualité de l'UESM sur LinkedIn et Facebook.
Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous n'êtes pas destinataire de ce message, merci de le détruire et d'avertir l'expéditeur.
"""
    body = alt(text, "=_alternative 005A8C3BC2258664_=", html=zimbra_html(text))
    m = mk(when, sent_at(when, 1, 9), "mail.uesm.example.ma", "203.0.113.58", "4DRb1Pq46Wz2",
           addr("Khadija Ait Ouarab", "k.aitouarab@uesm.example.ma"), hdr(subj, enc="Q"),
           "<1249876532.4471028.1611843725114.JavaMail.zimbra@uesm.example.ma>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "xQZ8TnK4cW2pLd7Rv1Ym3Hs9Ab0Fe5Ug6Jo==")])
    add(5, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="exhibition-stand question from an employers' union (espace exposants, tarifs, dimensions, "
              "documentation on the platform): not a request to speak nor a report; 'notre président prendra "
              "contact avec vous ... s'il y a lieu' names nobody and asks nothing. 350 firms and the dates 24-25 "
              "February are noise. Zimbra webmail from Agadir, Date UTC+1, French confidentiality footer."))


# ================================================================ 06  EN  speaker  Beirut PR agency proposes its client's CEO (bio + headshot attached)
M06_ID = "<VI1PR08MB3326A9F4C1E7B052@VI1PR08MB3326.eurprd08.prod.outlook.example.com>"
M06_SUBJ = "Speaking request: Hala Boustany, CEO, TalentBridge - GCM Regional Review plenary"
M06_QID = "4DRr8Lm30Vz5"
M06_TEXT = """Dear GCM Regional Review Secretariat,

I hope this email finds you well.

On behalf of our client, TalentBridge Recruitment & Manpower Solutions s.a.l., we would like to request a speaking role for its Founder and Chief Executive Officer, Ms. Hala Boustany, as a floor intervention in one of the plenary sessions of the conference on 24-25 February 2021.

TalentBridge places nurses, engineers and hospitality staff from Lebanon, the Philippines and Kenya with employers in the GCC and, since 2018, has been one of the first agencies in the region to apply an "employer pays" policy, meaning that no worker pays a recruitment fee. Ms. Boustany would speak on what it takes for a mid-sized agency to make ethical recruitment commercially viable, and on the role that agencies can play in the implementation of Objective 6 of the Global Compact.

For your convenience, we have attached Ms. Boustany's short bio and a high-resolution headshot. Her executive office is copied on this email; kindly direct any logistics to me as the agency's focal point.

We remain at your disposal for any further information.

Kind regards,

Nadine Kassab
Account Director | Corporate & Public Affairs
Cedar & Wells Communications
Sodeco Square, Block C, 7th floor, Beirut, Lebanon
T +961 1 000 000 | M +961 3 000 000
cedarandwells.example.com

Strategic Communications | Events | Media Relations
Proud winner of Gold, MENA PR Awards 2020 - Best Corporate Campaign

""" + LEGAL_EN_AGENCY + "\n"
M06_BIO = "Hala Boustany - Short Bio.docx"
M06_IMG = "HB_headshot_hi-res.png"


def m06():
    when = at("2021-01-29 14:07:45")
    bio = make_docx(["Hala Boustany - Short Bio",
                     "Hala Boustany is the Founder and Chief Executive Officer of TalentBridge Recruitment & Manpower "
                     "Solutions s.a.l., which she set up in Beirut in 2009.",
                     "She holds an MBA and sits on the board of a regional ethical recruitment initiative.",
                     "Languages: Arabic, English, French."])
    cid = "image001.png@01D6F64B.7A1E3C80"
    a = outlook_related(M06_TEXT, "_004_VI1PR08MB3326A9F4C1E7B052_", "_000_VI1PR08MB3326A9F4C1E7B052_",
                        [logo(cid, (150, 20, 40))], lang="EN-GB",
                        img_tags=['<img width="160" height="48" src="cid:%s" alt="Cedar &amp; Wells">' % cid])
    body = multi("mixed", [a, attach(DOCX, bio, M06_BIO),
                           attach("image/png", make_png(60, 80, (180, 160, 140)), M06_IMG)],
                 "_005_VI1PR08MB3326A9F4C1E7B052_")
    m = mk(when, sent_at(when, 2, 11), "mail-vi1eur08on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", M06_QID, "Nadine Kassab <nadine.kassab@cedarandwells.example.com>", M06_SUBJ, M06_ID,
           body, cc="TalentBridge - Office of the CEO <ceo.office@talentbridge.example.com.lb>",
           extra=outlook(M06_SUBJ, "AQHW9mR4Xk7Lp2Tz5Nb8Vc1Qs4Wd7Ey0Hf==", lang="en-GB", has_attach="yes"))
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hala Boustany", "Founder and Chief Executive Officer",
           "TalentBridge Recruitment & Manpower Solutions s.a.l.", ["plenary"])],
        notes="a PR agency's account director writes 'on behalf of our client' for the client's CEO: the speaker "
              "is the CEO ('Ms.' dropped), the affiliation is the recruitment company (legal form 's.a.l.' as "
              "written), not the agency. The attached DOCX is a bio and the PNG a headshot: neither is a report. "
              "'Objective 6 of the Global Compact' is not a roundtable number. Agency footer with an award line and "
              "a long legal disclaimer. The Cc'd CEO office's autoresponder answers (h279-07); the agency withdraws "
              "the request in h279-19."))


# ================================================================ 07  EN  auto_reply  the CEO office's autoresponder on our acknowledgement of 06
def m07():
    when = at("2021-01-29 14:08:20")
    text = """Thank you for contacting the Office of the CEO at TalentBridge.

This is an automated confirmation that your message has been received. Our Executive Office team reviews all correspondence within two (2) business days and will route it to the relevant department.

Candidates: please do not send CVs to this address. To apply for current openings in nursing, engineering and hospitality across the GCC, visit careers.talentbridge.example.com.lb.
Employers: for manpower requests, contact our Business Development team at bd@talentbridge.example.com.lb.

TalentBridge Recruitment & Manpower Solutions s.a.l.
Ethical recruitment since 2009 | Employer Pays certified
We're hiring! Join our team: careers.talentbridge.example.com.lb/join-us

This is an automatically generated message. Please do not reply.
"""
    cid = "banner-hiring@talentbridge.example.com.lb"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="600" style="font-family:Arial,sans-serif;font-size:13px;color:#333">%s'
            '<tr><td><img src="cid:%s" width="600" height="150" alt="We\'re hiring!"></td></tr></table>'
            '</body></html>\n' % ("".join("<tr><td><p>%s</p></td></tr>" % esc(p).replace("\n", "<br>")
                                         for p in text.strip("\n").split("\n\n")), cid))
    rel = multi("related", [leaf("text/html", html), banner(cid, "hiring-banner.png", 120, 30, (0, 120, 90))],
                "----=_NextPart_001_0017_01D6F64B.8C2F1A40", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "----=_NextPart_000_0016_01D6F64B.8C2F1A40")
    subj = "Thank you for contacting TalentBridge [Ref: EO-2021-0129-0417]"
    rows = std_rows(when, "smtp-out2.talentbridge.example.com.lb", "203.0.113.212", "4DRr8Qz72Xz1",
                    "TalentBridge - Office of the CEO <ceo.office@talentbridge.example.com.lb>", subj,
                    rfcdate(sent_at(when, 2, 4)), "<20210129120816.0417.eo-autoreply@talentbridge.example.com.lb>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                    ret="ceo.office@talentbridge.example.com.lb")
    rows += [("In-Reply-To", ack_mid(M06_QID)), ("References", M06_ID + " " + ack_mid(M06_QID)),
             ("X-Mailer", "Microsoft Exchange Server 2016 Transport Rule")]
    add(7, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="autoresponder of the CEO office copied on h279-06, answering our acknowledgement 35 seconds later "
              "(References name h279-06): a subject that reads like a thank-you with a reference number, a "
              "confirmation text, candidate/employer routing and a 'We're hiring!' banner; Auto-Submitted: "
              "auto-generated with a normal Return-Path. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 08  FR  other  a chamber's Mailchimp newsletter relays the call for reports
def m08():
    when = at("2021-02-01 09:00:14")
    subj = "La Lettre de la CCIS Oriental – Février 2021 : appels à contributions, webinaires, salons"
    text = """** La Lettre de la CCIS Oriental – n° 47 – Février 2021
------------------------------------------------------------
Voir cette lettre dans votre navigateur (https://us2.campaign-archive.example.com/?u=7f3a&id=e41b)

ÉDITO
Chers membres, l'année 2021 commence sous le signe de la relance. Retrouvez ci-dessous les appels à contributions, les formations et les rendez-vous du mois.

** APPEL À CONTRIBUTIONS – Examen régional du Pacte mondial sur les migrations (région arabe)
Les entreprises membres qui emploient des travailleurs migrants ou saisonniers sont invitées à partager leurs pratiques. Les parties prenantes peuvent adresser un rapport volontaire au secrétariat de l'examen régional avant le 16 février 2021 (gcmrrarabstates@iom.int), et proposer un intervenant avant le 5 février. La Chambre n'envoie pas de contribution commune : chaque entreprise écrit directement.
En savoir plus (https://ccis-oriental.example.ma/actualites/pmm-2021)

** WEBINAIRE – Export vers l'Afrique de l'Ouest : logistique et financement
Jeudi 11 février, 10h00. Inscription gratuite pour les membres.
S'inscrire (https://ccis-oriental.example.ma/webinaires/export-ao)

** SALON – Oriental Agro Expo 2021 reporté à octobre
Les exposants déjà inscrits conservent leur stand.

** FORMATION – Recruter à l'international en conformité avec le droit du travail
Session de 2 jours, 23 et 24 mars, à Oujda.

------------------------------------------------------------
Copyright © 2021 Chambre de Commerce, d'Industrie et de Services de l'Oriental, tous droits réservés.
Vous recevez ce courriel parce que vous êtes inscrit(e) à la lettre d'information de la CCIS Oriental.

Notre adresse postale :
CCIS Oriental, Bd Mohammed V, Oujda 60000, Maroc

Vous ne souhaitez plus recevoir nos courriels ?
Se désabonner (https://ccis-oriental.us2.list-manage.example.com/unsubscribe?u=7f3a&id=c92e&e=5b1d0a)
Mettre à jour vos préférences (https://ccis-oriental.us2.list-manage.example.com/profile?u=7f3a&id=c92e)
"""
    blocks = [
        ('<h1 style="color:#0b4f6c">La Lettre de la CCIS Oriental</h1><p>n° 47 – Février 2021</p>'),
        ("<h2>ÉDITO</h2><p>Chers membres, l'année 2021 commence sous le signe de la relance. Retrouvez ci-dessous les "
         "appels à contributions, les formations et les rendez-vous du mois.</p>"),
        ("<h2>APPEL À CONTRIBUTIONS – Examen régional du Pacte mondial sur les migrations (région arabe)</h2><p>Les "
         "entreprises membres qui emploient des travailleurs migrants ou saisonniers sont invitées à partager leurs "
         "pratiques. Les parties prenantes peuvent adresser un rapport volontaire au secrétariat de l'examen "
         "régional avant le 16 février 2021 (gcmrrarabstates@iom.int), et proposer un intervenant avant le 5 "
         "février. La Chambre n'envoie pas de contribution commune : chaque entreprise écrit directement.</p>"
         '<p><a href="https://ccis-oriental.example.ma/actualites/pmm-2021">En savoir plus</a></p>'),
        ("<h2>WEBINAIRE – Export vers l'Afrique de l'Ouest : logistique et financement</h2><p>Jeudi 11 février, "
         '10h00. Inscription gratuite pour les membres.</p><p><a href="https://ccis-oriental.example.ma/webinaires/'
         'export-ao">S\'inscrire</a></p>'),
        ("<h2>SALON – Oriental Agro Expo 2021 reporté à octobre</h2><p>Les exposants déjà inscrits conservent leur "
         "stand.</p>"),
        ("<h2>FORMATION – Recruter à l'international en conformité avec le droit du travail</h2><p>Session de 2 "
         "jours, 23 et 24 mars, à Oujda.</p>"),
        ('<p style="font-size:11px;color:#777">Copyright © 2021 Chambre de Commerce, d\'Industrie et de Services de '
         "l'Oriental, tous droits réservés.<br>Vous recevez ce courriel parce que vous êtes inscrit(e) à la lettre "
         "d'information de la CCIS Oriental.<br>CCIS Oriental, Bd Mohammed V, Oujda 60000, Maroc<br>"
         '<a href="https://ccis-oriental.us2.list-manage.example.com/unsubscribe?u=7f3a&amp;id=c92e&amp;e=5b1d0a">'
         'Se désabonner</a> | <a href="https://ccis-oriental.us2.list-manage.example.com/profile?u=7f3a&amp;id=c92e">'
         "Mettre à jour vos préférences</a></p>")]
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>'
            'La Lettre de la CCIS Oriental</title></head><body style="background:#f2f2f2"><center><table width="600" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">%s</table></center>'
            '<img src="https://ccis-oriental.us2.list-manage.example.com/track/open.php?u=7f3a&amp;id=e41b&amp;e=5b1d0a"'
            ' height="1" width="1"></body></html>\n' % "".join("<tr><td style=\"padding:12px 24px\">%s</td></tr>" % b
                                                                for b in blocks))
    body = alt(text, "_----------=_MCPart_1946283571", html=html)
    frm = addr("CCIS Oriental", "lettre@ccis-oriental.example.ma")
    m = mk(when, sent_at(when, 1, 31), "mail129.atl221.rsgsv.example.net", "198.51.100.229", "4DTb0Fk03Qz8",
           frm, hdr(subj, enc="Q"), "<c4e2a1b9f7d3056e8a1c.5b1d0a9e3f.20210201070000.8d2e1f4a7b@mail129.atl221."
           "rsgsv.example.net>", body, to="<gcmrrarabstates@iom.int>", ret="bounce-mc.us2_7f3a.c92e-gcmrrarabstates="
           "iom.int@mail129.atl221.rsgsv.example.net",
           extra=[("Reply-To", "CCIS Oriental <communication@ccis-oriental.example.ma>"),
                  ("List-ID", "7f3a8c1e2b9d4f06a5e3c1b7dmc list <7f3a8c1e2b9d4f06a5e3c1b7d.2096581.list-id."
                              "mcsv.example.net>"),
                  ("List-Unsubscribe", "<https://ccis-oriental.us2.list-manage.example.com/unsubscribe?u=7f3a&id="
                                       "c92e&e=5b1d0a>, <mailto:unsubscribe-mc.us2_7f3a.c92e-5b1d0a@unsubscribe."
                                       "mailchimpapp.example.net>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk"), ("X-Mailer", "MailChimp Mailer - **CIDe41b8c2f0a9d5173e6b4**"),
                  ("X-Campaign", "mailchimp7f3a8c1e2b9d4f06a5e3c1b7d.e41b2c97"),
                  ("X-Feedback-ID", "89451022:89451022.2096581:us2:mc")])
    add(8, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="a chamber of commerce's Mailchimp newsletter (Precedence: bulk, List-ID, List-Unsubscribe, "
              "tracking pixel) whose first item relays the call: voluntary reports by 16 February to this very "
              "address, speakers by 5 February, plus webinars, a postponed trade fair ('exposants', 'stand') and a "
              "recruitment training. Mass mail: neither a submission nor a question; never acknowledge."))


# ================================================================ 09  FR  speaker  Tunisian services federation: labelled lines, rapporteur, long disclaimer
def m09():
    when = at("2021-02-02 11:34:26")
    subj = "Proposition d'intervenante – FNESE – Examen régional du PMM (région arabe)"
    text = """Madame, Monsieur,

Suite à l'invitation adressée aux parties prenantes, la Fédération nationale des entreprises de services et d'emploi (FNESE) a le plaisir de vous proposer la candidature suivante :

Nom et prénom : Mme Olfa Ben Romdhane
Fonction : Vice-présidente chargée de la mobilité internationale des compétences
Organisation : Fédération nationale des entreprises de services et d'emploi (FNESE)
Rôle souhaité : rapporteure, pour présenter les messages clés des parties prenantes
Langues de travail : français, arabe, anglais

Mme Ben Romdhane dirige depuis 2014 un cabinet de placement international agréé et a coordonné en 2020 le groupe de travail de la Fédération sur le placement éthique des professionnels de santé tunisiens en Europe et dans les pays du Golfe.

Nous vous remercions de bien vouloir nous confirmer la bonne réception de cette proposition.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service des relations institutionnelles
Fédération nationale des entreprises de services et d'emploi (FNESE)
Rue du Lac Biwa, Les Berges du Lac – 1053 Tunis
Tél. : +216 71 000 000

_________________________________________________________________
AVERTISSEMENT : Ce message et toutes les pièces jointes (ci-après le « message ») sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Tout message électronique est susceptible d'altération. La FNESE décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié. Si vous n'êtes pas destinataire de ce message, merci de le détruire immédiatement et d'avertir l'expéditeur.
DISCLAIMER: This message and any attachments (the "message") are confidential and intended solely for the addressees. Any unauthorised use or dissemination is prohibited. E-mails are susceptible to alteration. FNESE shall not be liable for the message if altered, changed or falsified. If you are not the intended addressee of this message, please cancel it immediately and inform the sender.
Pensez à l'environnement avant d'imprimer ce message.
_________________________________________________________________
"""
    cid = "image001.png@01D6F94D.36A1E8B0"
    img = leaf("image/png", make_png(30, 14, (0, 102, 153)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<%s>" % cid)])
    body = outlook_related(text, "_004_PR3P189MB0971B5D2E8A4C613_", "_000_PR3P189MB0971B5D2E8A4C613_", [img],
                           lang="FR", img_tags=['<img width="150" height="70" src="cid:%s" alt="FNESE">' % cid])
    m = mk(when, sent_at(when, 1, 10), "mail-pr3fra01on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", "4DVc2Hx58Mz4", addr("FNESE – Relations institutionnelles", "ri@fnese.example.tn",
                                                  enc="Q"), hdr(subj, enc="Q"),
           "<PR3P189MB0971B5D2E8A4C613@PR3P189MB0971.EURP189.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcBTq3Wm8Kx1Lp6Nz4Rv9Hc2Ys5Jb==", lang="fr-FR", has_attach="yes"))
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Olfa Ben Romdhane", "Vice-présidente chargée de la mobilité internationale des compétences",
           "Fédération nationale des entreprises de services et d'emploi (FNESE)", ["rapporteur"])],
        notes="labelled lines with a space before the colon ('Nom et prénom :', 'Fonction :', 'Organisation :'), "
              "the name line carrying 'Mme' (dropped); 'rapporteure, pour présenter les messages clés' = "
              "rapporteur. Sent from a shared institutional-relations mailbox signed by a service, not a person; "
              "'Langues de travail', 2014 and 2020 are noise. Bilingual AVERTISSEMENT/DISCLAIMER block and a "
              "'Pensez à l'environnement' line; Outlook, logo, Date UTC+1."))


# ================================================================ 10  EN  other  business weekly: media accreditation
def m10():
    when = at("2021-02-03 10:51:33")
    subj = "Media accreditation request - The Levant Business Journal"
    text = """Dear Sir or Madam,

I am a senior reporter at The Levant Business Journal, a weekly business and economics publication based in Amman with print and online editions (about 40,000 readers across Jordan, Lebanon, Iraq and the Gulf).

We are preparing a special feature for our March issue on labour migration and the private sector - recruitment costs, the kafala reforms announced in several Gulf states, and how employers are adapting after COVID-19 - and the Regional Review of the Global Compact for Migration would be a natural anchor for it.

Could you advise on the following?

- Is the conference on 24-25 February open to the media, and if so, how can journalists apply for accreditation? I would be covering it together with our photographer/videographer, Mr. Sami Dajani.
- Will any sessions be closed to the press or held under the Chatham House Rule?
- Is there a press kit, an agenda or a list of speakers that we could receive in advance?
- Would it be possible to request short interviews with private-sector participants or with IOM officials on the margins of the conference?

I have attached nothing for now, but I am happy to send a copy of my press card and a letter from our editor-in-chief if required.

Many thanks in advance,

Daniel Okafor
Senior Reporter - Economy & Labour
The Levant Business Journal
Abdali Boulevard, Amman, Jordan
T +962 6 000 0000 | M +962 79 000 0000
Twitter: @dokafor_lbj

Subscribe to our weekly newsletter: levantbusinessjournal.example.com/newsletter
"""
    body = alt(text, "_000_HE1PR0601MB2315E8B4F2C7A961_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 6), "mail-he1eur06on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", "4DWm6Tb19Rz7", "Daniel Okafor <d.okafor@levantbusinessjournal.example.com>", subj,
           "<HE1PR0601MB2315E8B4F2C7A961@HE1PR0601MB2315.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcCJx4Vn7Rt2Lk9Pz5Wq1Hm8Ys3Bc==", lang="en-US"))
    add(10, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="media accreditation question from a business weekly: accreditation for the reporter and a "
              "photographer ('Mr. Sami Dajani' is crew, not a proposed speaker), closed sessions, press kit, "
              "interviews on the margins. The sender's name and title in the signature and the word 'speakers' "
              "must not turn it into a speaker request; the 'attached nothing' sentence has no attachment. "
              "Outlook."))


# ================================================================ 11  AR  speaker  Saudi holding's CSR manager, iPhone, Gulf dialect, open discussion
def m11():
    when = at("2021-02-03 19:27:48")
    subj = "طلب مشاركة في النقاش المفتوح ٢٣ فبراير"
    text = """السلام عليكم ورحمة الله وبركاته

مساكم الله بالخير، معكم نوف من إدارة الاستدامة في شركة رواسي الخليج القابضة بالرياض.

حبيت أتواصل معكم بخصوص المشاورة اللي بتكون يوم ٢٣ فبراير. ودّنا نشارك في النقاش المفتوح، وبكون أنا اللي أتكلم ان شاء الله عن تجربتنا مع سكن العمال وتحويل الرواتب عن طريق البنوك بدل الكاش، وكيف ساعدنا هذا في تقليل النزاعات العمالية عندنا (عندنا تقريباً ٤٬٢٠٠ عامل في مشاريع المقاولات والتشغيل).

بياناتي تحت في التوقيع. ولو تحتاجون أي معلومة ثانية أو نموذج تسجيل أنا حاضرة.

وشكراً لكم مقدماً 🙏

نوف عبدالعزيز الشهري
مديرة الاستدامة والمسؤولية الاجتماعية
شركة رواسي الخليج القابضة
الرياض - المملكة العربية السعودية
جوال: +966 55 000 0000

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 9), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.185", "4DWz8Kc41Pz0",
           addr("Nouf Alshehri", "nouf.alshehri@rawasi-gulf.example.sa"), hdr(subj),
           "<7B3E0F92-4C1D-4A85-9E26-D18C5F7A03B4@rawasi-gulf.example.sa>", body, extra=[("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نوف عبدالعزيز الشهري", "مديرة الاستدامة والمسؤولية الاجتماعية", "شركة رواسي الخليج القابضة",
           ["open_discussion"])],
        notes="self-nomination in Gulf colloquial Arabic from an iPhone ('ودّنا نشارك في النقاش المفتوح، وبكون أنا "
              "اللي أتكلم'): the body gives only the first name and 'إدارة الاستدامة'; full name, title and company "
              "are in the signature (the title differs from the body's department name). 'النقاش المفتوح' for the "
              "consultation of 23 February = open_discussion. Arabic-Indic digits (٢٣، ٤٬٢٠٠), emoji, Latin From "
              "name, base64 text/plain; Date UTC+3."))


# ================================================================ 12  FR  both  Tunis chamber of commerce: report and speaker in one sentence
M12_ID = "<DB7PR10MB2475C9E3A1F6B804@DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com>"
M12_SUBJ = "CCEMT – Contribution à l'examen régional du PMM"
M12_QID = "4DXk3Vn27Tz2"
M12_FILE = "CCEMT_Rapport_volontaire_PMM_2021.pdf"
M12_CC = "h.karoui-dubreuil@ccemt.example.tn"


def m12():
    when = at("2021-02-04 12:15:06")
    text = """Madame, Monsieur,

Vous trouverez ci-joint le rapport volontaire de la Chambre de commerce euro-méditerranéenne de Tunis (CCEMT) sur le recrutement équitable et la mobilité des compétences entre la Tunisie, l'Europe et le Golfe, et nous souhaiterions que Mme Hélène Karoui-Dubreuil, directrice RSE et diversité de la Chambre, puisse intervenir lors de la table ronde n° 1.

Le rapport s'appuie sur une enquête menée en novembre et décembre 2020 auprès de 86 entreprises adhérentes, ainsi que sur trois ateliers réunissant employeurs, agences de placement et représentants syndicaux.

Mme Karoui-Dubreuil est en copie de ce message.

Restant à votre disposition pour tout complément d'information, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Sofiane Gharsalli
Chargé de mission – Affaires internationales et partenariats
Chambre de commerce euro-méditerranéenne de Tunis (CCEMT)
Immeuble Carthage Center, Rue du Lac Turkana – 1053 Les Berges du Lac, Tunis
Tél. : +216 71 000 000 | www.ccemt.example.tn

Save the date : Forum CCEMT des ressources humaines – 15 avril 2021, Tunis
Ce courriel et ses pièces jointes sont confidentiels. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le supprimer.
"""
    pdf = rep_pdf("Rapport volontaire - CCEMT", "Chambre de commerce euro-mediterraneenne de Tunis",
                  ["Recrutement equitable : enquete aupres de 86 entreprises", "Mobilite des competences Tunisie-Europe",
                   "Les agences de placement", "Recommandations"])
    cid = "image001.png@01D6FAE5.4D2C7B10"
    a = outlook_related(text, "_004_DB7PR10MB2475C9E3A1F6B804_", "_000_DB7PR10MB2475C9E3A1F6B804_",
                        [logo(cid, (0, 70, 140))], lang="FR",
                        img_tags=['<img width="140" height="56" src="cid:%s" alt="CCEMT">' % cid])
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "_005_DB7PR10MB2475C9E3A1F6B804_")
    m = mk(when, sent_at(when, 1, 12), "mail-db7eur10on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", M12_QID, "Sofiane Gharsalli <s.gharsalli@ccemt.example.tn>", hdr(M12_SUBJ, enc="Q"),
           M12_ID, body, cc=addr("Hélène Karoui-Dubreuil", M12_CC, enc="Q"),
           extra=outlook(hdr(M12_SUBJ, enc="Q"), "AdcC+r5Tn2Wk8Lm4Pz7Xq1Hv3Bs6Nd==", lang="fr-FR", has_attach="yes"))
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hélène Karoui-Dubreuil", "directrice RSE et diversité",
           "Chambre de commerce euro-méditerranéenne de Tunis (CCEMT)", ["roundtable"], 1)],
        report_attachments=[M12_FILE],
        notes="report and speaker asked for in a single sentence ('Vous trouverez ci-joint le rapport volontaire "
              "... et nous souhaiterions que Mme ..., directrice RSE et diversité de la Chambre, puisse intervenir "
              "lors de la table ronde n° 1'): both, on time (4 February). 'Mme' dropped, hyphenated double name; "
              "'de la Chambre' refers back to the CCEMT named earlier in the same sentence. 86 firms and the 15 "
              "avril forum are noise; logo inline. The Cc'd speaker's mailbox is full: our acknowledgement bounces "
              "(h279-13)."))


# ================================================================ 13  FR  bounce  French Exchange NDR: the Cc'd mailbox of 12 is full
def m13():
    when = at("2021-02-04 12:16:41")
    ack = ack_mid(M12_QID)
    ack_subj = "Accusé de réception - " + M12_SUBJ
    txt = """Le message n'a pas pu être remis à ces destinataires ou groupes :

Hélène Karoui-Dubreuil (%s)
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez de renvoyer le message ultérieurement ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com

%s
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

En-têtes du message d'origine :

Received: from mx1.iom.int (203.0.113.5) by DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com
Subject: %s
""" % (M12_CC, M12_CC, ack_subj)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Le message n\'a pas pu être remis à ces destinataires '
            'ou groupes :</font></b></p><p><font size="2" face="Tahoma"><a href="mailto:%s">Hélène Karoui-Dubreuil '
            '(%s)</a><br>La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour '
            'le moment. Réessayez de renvoyer le message ultérieurement ou contactez directement le destinataire.'
            '</font></p><p><font size="2" face="Tahoma"><b>Informations de diagnostic pour les administrateurs :'
            '</b><br>Serveur de génération : DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com<br><br>%s<br>Remote '
            'Server returned \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.'
            'MapiExceptionShutoffQuotaExceeded\'</font></p></body></html>\n' % (M12_CC, M12_CC, M12_CC))
    p1 = alt(txt, "_000_7d1e4b90c2a34f6e8b05a1c3d9e2f7a6_", html=html)
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    dsn = ("Reporting-MTA: dns;DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com\n"
           "Received-From-MTA: dns;mx1.iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n"
           " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=74)), M12_CC))
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hdrs = ("Received: from mx1.iom.int (203.0.113.5) by DB7PR10MB2475.EURPRD10.PROD.OUTLOOK.example.com\n"
            " with Microsoft SMTP Server; %s\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Sofiane Gharsalli <s.gharsalli@ccemt.example.tn>\n"
            "CC: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "MIME-Version: 1.0\n"
            % (rfcdate(when - dt.timedelta(seconds=74)), M12_CC, hdr(ack_subj, enc="Q").encode(),
               rfcdate(when - dt.timedelta(seconds=76)), ack, M12_ID, M12_ID))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit")
    body = multi("report", [p1, p2, p3], "_001_7d1e4b90c2a34f6e8b05a1c3d9e2f7a6_",
                 params=[("report-type", "delivery-status")])
    subj = hdr("Non remis : " + ack_subj, enc="Q")
    rows = std_rows(when, "mail-db7eur10on0622.outbound.protection.outlook.example.com", "198.51.100.122",
                    "4DXk5Bq90Wz6",
                    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ccemt.example.tn>", subj,
                    rfcdate(sent_at(when, 0, 3)), "<7d1e4b90-c2a3-4f6e-8b05-a1c3d9e2f7a6@DB7PR10MB2475.EURPRD10."
                    "PROD.OUTLOOK.example.com>", ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M12_ID + " " + ack), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-PublicTrafficType", "Email")]
    add(13, when, top(body, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Exchange NDR ('Non remis :', 'La boîte aux lettres du destinataire est pleine', "
              "5.2.2) for the copy of our acknowledgement of h279-12 sent to the Cc'd speaker; multipart/report "
              "whose first part is multipart/alternative, no Auto-Submitted (X-MS-Exchange-Message-Is-Ndr "
              "instead); the returned headers repeat the 'Contribution' subject. Never acknowledge; thread_of null "
              "as for dev bounces."))


# ================================================================ 14  AR  speaker  Riyadh business council after midnight Riyadh time, before the Beirut deadline
def m14():
    when = at("2021-02-05 23:40:27")
    subj = "ترشيح مقرر لعرض الرسائل الرئيسية - مجلس الأعمال الخليجي للتشغيل العادل"
    text = """سعادة منسقي الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

السلام عليكم ورحمة الله وبركاته،

نعتذر بدايةً عن تأخر هذه الرسالة إلى ما بعد منتصف الليل بتوقيت الرياض؛ فقد انتهى اجتماع اللجنة التنفيذية للمجلس قبل قليل، ولم يُعتمد الترشيح إلا في ختامه. ونأمل أن يُنظر فيه رغم ذلك.

يتشرف مجلس الأعمال الخليجي للتشغيل العادل (GBCFE) بترشيح الدكتور عبدالرحمن سعد القحطاني ليتولى دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر، وبياناته كالتالي:

الاسم: د. عبدالرحمن سعد القحطاني
الصفة: رئيس لجنة سياسات العمل والتوظيف
الجهة: مجلس الأعمال الخليجي للتشغيل العادل (GBCFE)

ويضم المجلس 63 شركة من شركات المقاولات والتشغيل والضيافة في دول المجلس الست، وقد شارك الدكتور عبدالرحمن في صياغة مدونة السلوك الطوعية للمجلس بشأن رسوم الاستقدام (2019).

وتقبلوا خالص التحية والتقدير،

فهد ناصر الدوسري
الأمين التنفيذي
مجلس الأعمال الخليجي للتشغيل العادل
Gulf Business Council for Fair Employment (GBCFE)
الرياض - طريق الملك فهد، برج الفيصلية، الدور 18
هاتف: +966 11 000 0000

تنبيه: هذه الرسالة وما تحويه من مرفقات سرية وموجهة للمرسل إليه فقط. إذا وصلتك بالخطأ فيرجى حذفها وإشعار المرسل.
"""
    trs = "".join('<tr><td style="border:1px solid #999;padding:4px;background:#eef3f8"><b>%s</b></td>'
                  '<td style="border:1px solid #999;padding:4px">%s</td></tr>' % (esc(k), esc(v)) for k, v in
                  [("الاسم", "د. عبدالرحمن سعد القحطاني"), ("الصفة", "رئيس لجنة سياسات العمل والتوظيف"),
                   ("الجهة", "مجلس الأعمال الخليجي للتشغيل العادل (GBCFE)")])
    paras = text.split("\n\n")
    before = "\n\n".join(paras[:4])
    after = "\n\n".join(paras[5:])
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="AR-SA" dir="rtl"><div class="WordSection1" '
            'dir="rtl">%s<table dir="rtl" style="border-collapse:collapse;font-family:Arial">%s</table>%s'
            '</div></body></html>\n'
            % ("".join('<p class="MsoNormal" dir="rtl">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                       for p in before.split("\n\n")), trs,
               "".join('<p class="MsoNormal" dir="rtl">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                       for p in after.split("\n\n"))))
    body = alt(text, "_000_AS8PR02MB7086D4A2E9C1F357_", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 14), "mail-as8eur02on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DYn0Tk83Hz5", addr("فهد ناصر الدوسري", "f.aldosari@gbcfe.example.sa"), hdr(subj),
           "<AS8PR02MB7086D4A2E9C1F357@AS8PR02MB7086.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcD7Vq2Lx5Tn8Rk1Wz4Pm7Hc0Bs3Yg==", lang="ar-SA"))
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالرحمن سعد القحطاني", "رئيس لجنة سياسات العمل والتوظيف",
           "مجلس الأعمال الخليجي للتشغيل العادل (GBCFE)", ["rapporteur"])],
        notes="deadline edge: the Date header is Sat 6 Feb 00:40 +0300 and the sender apologises for writing after "
              "midnight Riyadh time, but the server received it at 23:40 on Friday 5 February Beirut time: on "
              "time. Rapporteur in words ('دور المقرر الذي يعرض الرسائل الرئيسية'); labelled lines (an HTML table "
              "in the HTML part), 'د.' dropped; the sender (executive secretary) is not the speaker; 63 firms and "
              "2019 are noise. Outlook, base64."))


# ================================================================ 15  EN  speaker  Dubai contractor's CSR head, the morning after the deadline; report announced
M15_ID = "<DB9PR06MB7417A2C5E8F1B396@DB9PR06MB7417.eurprd06.prod.outlook.example.com>"
M15_SUBJ = "Speaker nomination - Dunes & Delta Construction Group (worker welfare)"
M15_QID = "4DYv3Lp17Mz8"
M15_TEXT = """Dear GCM Regional Review Secretariat,

I am writing to ask whether Dunes & Delta could still be considered for a speaking slot. I realise the deadline for speaker requests was yesterday - the invitation only reached my desk on Thursday through the Dubai Chamber's sustainability committee, and I needed our Group CEO's approval before writing.

I would like to request the opportunity to make a floor intervention myself in Roundtable 3, to share how a contractor with 11,000 workers on site moved to wage protection through bank transfers, independent welfare audits of all our labour accommodation, and a no-fees policy for our subcontractors' recruitment.

We are also preparing a short voluntary GCM review report on our worker welfare programme, which our legal team is reviewing; we will send it before the 16 February deadline.

With best regards,

Ritu Sharma
Head of Corporate Social Responsibility & Worker Welfare
Dunes & Delta Construction Group LLC
P.O. Box 00000, Al Quoz Industrial Area 3, Dubai, United Arab Emirates
T +971 4 000 0000 | M +971 55 000 0000
www.dunesdelta.example.ae

Building communities since 1987 | ISO 45001 | ISO 14001

DISCLAIMER: The information in this email and any attachments is confidential and intended solely for the addressee(s). Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted in reliance on it is prohibited and may be unlawful. Dunes & Delta Construction Group LLC accepts no liability for any damage caused by any virus transmitted by this email. Dunes & Delta is an equal opportunity employer.
Please consider the environment before printing this email.
"""


def m15():
    when = at("2021-02-06 07:12:55")
    cid = "image001.png@01D6FC3E.5F7A2B90"
    body = outlook_related(M15_TEXT, "_004_DB9PR06MB7417A2C5E8F1B396_", "_000_DB9PR06MB7417A2C5E8F1B396_",
                           [logo(cid, (190, 120, 40))], lang="EN-GB",
                           img_tags=['<img width="150" height="50" src="cid:%s" alt="Dunes &amp; Delta">' % cid])
    m = mk(when, sent_at(when, 4, 10), "mail-db9eur06on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M15_QID, "Ritu Sharma <ritu.sharma@dunesdelta.example.ae>", M15_SUBJ, M15_ID, body,
           extra=outlook(M15_SUBJ, "AdcESm8Qx3Wv6Tn1Lk4Rz7Pb0Hc2Yf==", lang="en-GB", has_attach="yes"))
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ritu Sharma", "Head of Corporate Social Responsibility & Worker Welfare",
           "Dunes & Delta Construction Group LLC", ["roundtable"], 3)],
        notes="late self-nomination (received Saturday 6 February, 07:12 Beirut, 09:12 in the Date header, "
              "UTC+4), and the sender knows it ('the deadline ... was yesterday'); name, title and company only "
              "in the signature ('a floor intervention myself in Roundtable 3'). The voluntary report is only "
              "announced ('we will send it before the 16 February deadline'), so not 'both'. The Dubai Chamber "
              "committee, 11,000 workers and ISO numbers are noise; corporate disclaimer. The report follows as a "
              "reply after the report deadline (h279-24)."))


# ================================================================ 16  FR  other  Casablanca recruitment firm: attend only
def m16():
    when = at("2021-02-08 15:03:19")
    subj = "Participation en tant qu'observateurs – cabinet de recrutement"
    text = """Bonjour,

Nous sommes un cabinet de recrutement et de placement à l'international basé à Casablanca, Atlas Talents Recrutement, agréé par le ministère du Travail. Nous accompagnons chaque année environ 300 candidats marocains (soignants, techniciens, saisonniers agricoles) vers l'Espagne, la France, le Canada et les pays du Golfe.

Nous avons pris connaissance de la conférence régionale des 24 et 25 février et souhaiterions la suivre en tant qu'observateurs, ma collègue responsable conformité et moi-même. Nous n'avons pas l'intention d'intervenir ni de soumettre de rapport : l'objectif est de mieux comprendre les attentes des gouvernements et des ONG vis-à-vis des agences privées de recrutement.

Pourriez-vous nous dire :
– si les sessions sont ouvertes au public ou sur inscription ;
– comment obtenir le lien de connexion ;
– si une interprétation en français est prévue ?

Merci par avance.

Cordialement,

Youssef Benjelloun
Directeur associé
Atlas Talents Recrutement SARL
Bd d'Anfa, Casablanca – Maroc
Tél. : +212 5 22 00 00 00
www.atlastalents.example.ma

Atlas Talents – Recrutez sans frontières.
"""
    body = alt(text, "=_zimbra_2f9a1c7e4b3d", html=zimbra_html(text))
    m = mk(when, sent_at(when, 1, 7), "mta.atlastalents.example.ma", "203.0.113.96", "4F0Cq62NrWz1",
           addr("Youssef Benjelloun", "y.benjelloun@atlastalents.example.ma"), hdr(subj, enc="Q"),
           "<1702334918.2210573.1612789392045.JavaMail.zimbra@atlastalents.example.ma>", body,
           extra=[("X-Mailer", ZIMBRA)])
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a recruitment firm that only wants to follow the conference as observers ('Nous n'avons pas "
              "l'intention d'intervenir ni de soumettre de rapport') and asks about access, the link and French "
              "interpretation; the colleague is unnamed and the sender's name and title in the signature are not a "
              "nomination. Zimbra webmail, Date UTC+1, marketing tagline."))


# ================================================================ 17  AR  both  Muscat business association: Drive link + chairman in one sentence, speaker part late
def m17():
    when = at("2021-02-09 12:48:02")
    subj = "التقرير الطوعي وترشيح متحدث - جمعية عُمان لأصحاب الأعمال والمسؤولية المجتمعية"
    link = "https://drive.google.example.com/file/d/1Hq8Zr3Vx6Kt2Lp9Wm5Nb7Cy4Ds1Fg0Ju/view?usp=sharing"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

يسرّ جمعية عُمان لأصحاب الأعمال والمسؤولية المجتمعية أن تضع بين أيديكم رابط تقريرها الطوعي أدناه، وأن ترشّح الشيخ سالم بن ناصر الحارثي، رئيس مجلس الإدارة، للتحدث في إحدى الجلسات العامة للمؤتمر.

رابط التقرير (Google Drive):
%s

ويتناول التقرير تجربة 40 شركة عُمانية في تطبيق نظام حماية الأجور، وتسهيل انتقال العمال الوافدين بين أصحاب العمل بعد التعديلات الأخيرة، وبرامج السكن العمالي خلال الجائحة.

ونعتذر إن كان الترشيح قد تجاوز الموعد المحدد، فقد تأخرت موافقة مجلس الإدارة بسبب إجازة نهاية الأسبوع.

وتفضلوا بقبول فائق الاحترام،

أمل بنت خميس البلوشية
مسؤولة الاتصال المؤسسي
جمعية عُمان لأصحاب الأعمال والمسؤولية المجتمعية
مسقط - سلطنة عُمان
هاتف: +968 24 000 000
""" % link
    body = alt(text, "000000000000c3f8a105bae17d42", html=gmail_html(text, rtl=True).replace(
        esc(link), '<a href="%s">%s</a>' % (link, esc(link))), b64=True)
    m = mk(when, sent_at(when, 4, 9), "mail-pj1-f53.google.example.com", "192.0.2.53", "4F0Xv84KmTz3",
           addr("Amal Al Balushi", "amal.albalushi.obacsr@gmail.example.com"), hdr(subj),
           "<CAJ7mQw4Tn8xL1vR+b5Kc2Pz9sH6dYf3gN1@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سالم بن ناصر الحارثي", "رئيس مجلس الإدارة", "جمعية عُمان لأصحاب الأعمال والمسؤولية المجتمعية",
           ["plenary"])],
        notes="report and speaker in one sentence ('أن تضع بين أيديكم رابط تقريرها الطوعي ... وأن ترشّح ... للتحدث في "
              "إحدى الجلسات العامة'): both. The report is only a Google Drive link (nothing attached: "
              "report_attachments empty). Received 9 February: the report part is on time but the speaker part is "
              "late, so on_time false. 'الشيخ' is an honorific (dropped); 40 companies are noise. Gmail from an "
              "association's Gmail address, Latin From name, base64; Date UTC+4."))


# ================================================================ 18  EN  report  Gulf recruitment alliance: SharePoint link, association profile attached
M18_ID = "<PA4PR01MB7582B3D9E6A1C054@PA4PR01MB7582.eurprd01.prod.exchangelabs.example.com>"
M18_SUBJ = "GAERA - Voluntary GCM Review Report (link) and association profile"
M18_PROFILE = "GAERA Association Profile 2021.pdf"


def m18():
    when = at("2021-02-10 17:26:40")
    text = """Dear colleagues,

Greetings from Doha.

Please find below the link to the voluntary GCM review report of the Gulf Alliance for Ethical Recruitment Agencies (GAERA), prepared with input from 27 member agencies in Qatar, Kuwait, Bahrain and the UAE:

GAERA_GCM_Voluntary_Review_Report_Feb2021.pdf
https://gaera.sharepoint.example.com/:b:/s/Policy/EYq2Lm7Vx4Tn9Kp1Rz6Wc3BGh8Jd0Fs5?e=Pt4Xz9

The report is 38 MB because of the case-study photographs, so our mail server would not let us attach it. The link does not expire and does not require a Microsoft account.

For background, I have also attached our association profile (PDF), which lists our members and our code of conduct.

The report covers recruitment fees and related costs (GCM Objective 6), contract substitution, and the digital contract-verification pilot that five of our members ran with origin-country agencies in Nepal and Kenya in 2020.

Should you have any difficulty opening the link, please let me know and I will send a compressed version.

Best regards,

Faisal Al-Mannai
Policy & Partnerships Manager
Gulf Alliance for Ethical Recruitment Agencies (GAERA)
West Bay, Doha, Qatar
T +974 4000 0000
www.gaera.example.qa

GAERA members commit to the Employer Pays Principle.
Join us at the GAERA Annual Forum - Doha, 12 May 2021. Register now!

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete all copies. GAERA does not accept responsibility for any loss or damage arising from viruses or from the use of this e-mail.
"""
    cid1, cid2 = "image001.png@01D6FFB2.6E3A8C10", "image002.png@01D6FFB2.6E3A8C10"
    a = outlook_related(text, "_004_PA4PR01MB7582B3D9E6A1C054_", "_000_PA4PR01MB7582B3D9E6A1C054_",
                        [logo(cid1, (120, 20, 60)), banner(cid2, "image002.png", 120, 30, (120, 20, 60))],
                        lang="EN-GB",
                        img_tags=['<img width="130" height="50" src="cid:%s" alt="GAERA">' % cid1,
                                  '<img width="600" height="150" src="cid:%s" alt="GAERA Annual Forum 2021">' % cid2])
    prof = make_pdf_profile()
    body = multi("mixed", [a, attach("application/pdf", prof, M18_PROFILE)], "_005_PA4PR01MB7582B3D9E6A1C054_")
    m = mk(when, sent_at(when, 3, 12), "mail-pa4pr01cu001.outbound.protection.outlook.example.com",
           "198.51.100.101", "4F1Lz07PqWz5", "Faisal Al-Mannai <f.almannai@gaera.example.qa>", M18_SUBJ, M18_ID,
           body, extra=outlook(M18_SUBJ, "AdcFp5Xn8Tq2Lw6Kz1Rm4Vb7Hc0Ys3==", lang="en-GB", has_attach="yes"))
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the report is only a SharePoint link (file name written as link text, 38 MB, not attached); the "
              "one real attachment is the association profile, which the sender calls background: it is not the "
              "report, so report_attachments is empty and the secretariat has to fetch the report from the link. "
              "Logo and an 'Annual Forum' banner inline; 'GCM Objective 6', 27 agencies, 12 May and 'Register now' "
              "are noise. Outlook, Date UTC+3."))


def make_pdf_profile():
    from mailgen import make_pdf
    return make_pdf(["GAERA - Association Profile 2021", "Gulf Alliance for Ethical Recruitment Agencies",
                     "Members: 27 licensed agencies (Qatar, Kuwait, Bahrain, UAE)",
                     "Code of conduct: Employer Pays Principle, no contract substitution",
                     "Secretariat: West Bay, Doha"])


# ================================================================ 19  EN  other  the PR agency withdraws its client's request (reply to our acknowledgement of 06)
def m19():
    when = at("2021-02-11 09:55:12")
    ack = ack_mid(M06_QID)
    quoted = ack_text("en", M06_SUBJ, "the speaking request")
    text = """Dear Secretariat,

Thank you again for acknowledging our request of 29 January.

Unfortunately, Ms. Boustany has a board meeting in Riyadh on 24 and 25 February that cannot be moved, and she has asked us to withdraw her request for a speaking role in the plenary. She sincerely regrets this and hopes there will be another occasion.

She would nevertheless like to follow the conference online as a participant if possible, together with her Head of Compliance. Could you let us know how to register?

Kind regards,

Nadine Kassab
Account Director | Corporate & Public Affairs
Cedar & Wells Communications
T +961 1 000 000 | M +961 3 000 000

""" + LEGAL_EN_AGENCY + """

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Friday, 29 January 2021 14:08
To: Nadine Kassab <nadine.kassab@cedarandwells.example.com>
Cc: TalentBridge - Office of the CEO <ceo.office@talentbridge.example.com.lb>
Subject: Acknowledgement of receipt - %s

%s
""" % (M06_SUBJ, quoted)
    body = alt(text, "_000_VI1PR08MB3326D7C2A9E4F181_", html=outlook_html(text, lang="EN-GB"))
    subj = "RE: Acknowledgement of receipt - " + M06_SUBJ
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur08on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", "4F2Dk51RvNz0", "Nadine Kassab <nadine.kassab@cedarandwells.example.com>", subj,
           "<VI1PR08MB3326D7C2A9E4F181@VI1PR08MB3326.eurprd08.prod.outlook.example.com>", body,
           cc="TalentBridge - Office of the CEO <ceo.office@talentbridge.example.com.lb>",
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)]
           + outlook("Speaking request: Hala Boustany, CEO, TalentBridge - GCM Regional Review plenary",
                     "AQHW9mR4Xk7Lp2Tz5Nb8Vc1Qs4Wd7Ey0HfAAjx2Kb==", lang="en-GB"))
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="the PR agency withdraws its client's speaking request ('she has asked us to withdraw her request "
              "for a speaking role in the plenary') and asks how she and an unnamed colleague can register as "
              "participants: no speaker is proposed, so 'other', acknowledged (it changes the submission and asks "
              "a question), thread_of the original request h279-06 (References name it). Outlook reply with the "
              "quoted acknowledgement under a 'From:/Sent:' block and the agency's legal disclaimer in the middle."))


# ================================================================ 20  AR  report  Lebanese responsible-recruitment association: PDF report
M20_ID = "<AM6PR03MB4102E7A1C9B5D362@AM6PR03MB4102.eurprd03.prod.outlook.example.com>"
M20_SUBJ = "التقرير الطوعي للرابطة اللبنانية لشركات الاستقدام المسؤول"
M20_FILE = "LARRC - التقرير الطوعي 2021.pdf"
M20_TEXT = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

تتشرف الرابطة اللبنانية لشركات الاستقدام المسؤول (LARRC) بأن ترفق لكم تقريرها الطوعي في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

يعرض التقرير ما قامت به 19 شركة استقدام عضواً في الرابطة منذ عام 2019 لتطبيق عقد العمل الموحد الجديد، والتزامها بعدم تقاضي أي رسوم من العاملات، إضافة إلى الصعوبات التي واجهتها الشركات بعد انهيار سعر صرف الليرة وانفجار مرفأ بيروت، وحالات العاملات اللواتي تُركن أمام قنصلياتهن.

ويتضمن التقرير ملحقين، سنوافيكم بهما لاحقاً إن لزم.

مع فائق الاحترام،

جوزيف الحاج
أمين السر
الرابطة اللبنانية لشركات الاستقدام المسؤول (LARRC)
بيروت - الأشرفية، شارع مونو
هاتف: 000 000 1 961+

إخلاء مسؤولية: هذه الرسالة ومرفقاتها سرية وخاصة بالمرسل إليه فقط، ولا تتحمل الرابطة أي مسؤولية عن أي ضرر ناتج عن فيروسات أو عن استعمال محتواها.
This message and its attachments are confidential and intended for the addressee only.
"""


def m20():
    when = at("2021-02-14 13:31:57")
    pdf = rep_pdf("LARRC - Voluntary GCM review report 2021",
                  "Lebanese Association for Responsible Recruitment Companies (LARRC), Beirut",
                  ["19 member agencies and the unified contract", "No fees charged to workers",
                   "2020: currency collapse and the port explosion", "Workers left at consulates",
                   "Recommendations", "Annexes 1-2 (to follow)"])
    cid = "image001.png@01D702B8.3C9E1F70"
    a = outlook_related(M20_TEXT, "_004_AM6PR03MB4102E7A1C9B5D362_", "_000_AM6PR03MB4102E7A1C9B5D362_",
                        [logo(cid, (20, 110, 60))], lang="AR-LB", rtl=True, b64=True,
                        img_tags=['<img width="120" height="60" src="cid:%s" alt="LARRC">' % cid])
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)], "_005_AM6PR03MB4102E7A1C9B5D362_")
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur03on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F3Nb73XcLz4", addr("Joseph El Hajj", "secretary@larrc.example.org.lb"),
           hdr(M20_SUBJ), M20_ID, body,
           extra=outlook(hdr(M20_SUBJ), "AdcCLw2Tq9Xn5Kp8Rz1Vm4Hb7Ys0Fd==", lang="ar-LB", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="a recruitment agencies' association sends its report as a PDF whose name mixes a Latin acronym and "
              "Arabic words (RFC 2231 + RFC 2047); the inline logo is not part of it. 'ويتضمن التقرير ملحقين، "
              "سنوافيكم بهما لاحقاً' announces annexes that arrive in h279-22. Formal Arabic, Latin From name, "
              "Arabic and English disclaimer; Outlook base64."))


# ================================================================ 21  FR  report  Algerian agri-food group CSR: DOCX report + brochure + trade-fair banner
def m21():
    when = at("2021-02-15 10:44:30")
    subj = "Rapport volontaire PMM – Groupe Djurdjura Agro-Industries (Direction RSE)"
    f_rep = "GDAI_Rapport_volontaire_PMM_2021.docx"
    f_bro = "Plaquette_Groupe_GDAI_2021.pdf"
    text = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Direction RSE du Groupe Djurdjura Agro-Industries (GDAI) a le plaisir de vous transmettre son rapport volontaire (document Word ci-joint).

Le rapport présente les conditions d'emploi des quelque 900 travailleurs saisonniers et migrants, notamment subsahariens, employés dans nos vergers et nos unités de conditionnement de Béjaïa et de Biskra : contrats, hébergement, couverture sociale et accès aux soins pendant la pandémie.

Vous trouverez également, à titre de simple information, la plaquette de présentation du Groupe.

Nous restons à votre disposition pour tout échange.

Bien cordialement,

Lamia Hadj-Ahmed
Responsable RSE et développement durable
Groupe Djurdjura Agro-Industries (GDAI)
Zone industrielle d'Ihaddaden – Béjaïa, Algérie
Tél. : +213 34 00 00 00 | Mob. : +213 550 00 00 00

Retrouvez-nous au SIAG – Salon international de l'agroalimentaire d'Alger, stand B-14, du 6 au 9 avril 2021 !
Ce message et ses pièces jointes peuvent contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
"""
    doc = make_docx(["Groupe Djurdjura Agro-Industries - Rapport volontaire - Examen regional du PMM 2021",
                     "1. Presentation", "2. Travailleurs saisonniers et migrants : effectifs et contrats",
                     "3. Hebergement et couverture sociale", "4. Acces aux soins pendant la pandemie",
                     "5. Engagements et recommandations"])
    from mailgen import make_pdf
    bro = make_pdf(["Groupe Djurdjura Agro-Industries", "Jus, confitures, fruits secs - depuis 1994",
                    "Unites : Bejaia, Biskra", "Export : 14 pays"])
    cid = "image001.png@01D70383.2B5E9C40"
    cid2 = "image002.png@01D70383.2B5E9C40"
    html = outlook_html(text, lang="FR").replace(
        "</div></body>", '<p class="MsoNormal"><img width="150" height="60" src="cid:%s" alt="GDAI"></p>'
        '<p class="MsoNormal"><img width="600" height="120" src="cid:%s" alt="SIAG 2021 - stand B-14"></p>'
        '</div></body>' % (cid, cid2))
    rel = multi("related", [leaf("text/html", html), logo(cid, (200, 60, 20)),
                            banner(cid2, "image002.png", 120, 24, (220, 140, 20))],
                "----=_NextPart_001_0021_01D70383.2B5E9C40", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "----=_NextPart_002_0022_01D70383.2B5E9C40")
    body = multi("mixed", [a, attach(DOCX, doc, f_rep), attach("application/pdf", bro, f_bro)],
                 "----=_NextPart_000_0020_01D70383.2B5E9C40")
    m = mk(when, sent_at(when, 1, 13), "mail.gdai.example.dz", "203.0.113.144", "4F4Gp29TkVz7",
           addr("Lamia Hadj-Ahmed", "l.hadjahmed@gdai.example.dz"), hdr(subj, enc="Q"),
           "<000d01d70383$2b5e9c40$821bd4c0$@gdai.example.dz>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcDgyteNbK4Wv7QRz2Lm5Xp8Tc1Hg=="),
                  ("Content-Language", "fr")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f_rep],
        notes="an agri-food group's CSR department: the report is the Word file; the PDF is the group's brochure "
              "sent 'à titre de simple information' (not part of the report). Marketing footer with a trade-fair "
              "banner ('Retrouvez-nous au SIAG ... stand B-14') and the logo inline; 900 workers and the fair's "
              "dates are noise. Outlook desktop (NextPart boundaries), Date UTC+1."))


# ================================================================ 22  AR  report  the annex to 20, at 23:48 on the report deadline (Lebanese dialect, Outlook for Android)
def m22():
    when = at("2021-02-16 23:48:09")
    f_annex = "LARRC - الملحق 1 و2.pdf"
    text = """مساء الخير،

عذراً عالتأخير، كنا ناطرين آخر أرقام من الشركات الأعضاء. مرفق الملحقين (1: لائحة الشركات الأعضاء وممارساتها، 2: نموذج العقد الموحد مع ملاحظاتنا) اللي ذكرناهن بالتقرير يلي بعتناه يوم الأحد، وهني جزء من التقرير. التقرير نفسه ما تغيّر.

شكراً كتير
جوزيف

احصل على Outlook لـ Android

________________________________
From: Joseph El Hajj <secretary@larrc.example.org.lb>
Sent: Sunday, February 14, 2021 1:31:48 PM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: %s

%s
""" % (M20_SUBJ, M20_TEXT)
    pdf = rep_pdf("LARRC - Annexes 1 and 2", "Voluntary GCM review report 2021",
                  ["Annex 1: member agencies and their practices", "Annex 2: the unified contract, with comments"])
    a = alt(text, "_000_AM6PR03MB41029A6E2D1C7F58_", html=owa_divs(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, f_annex)], "_004_AM6PR03MB41029A6E2D1C7F58_")
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur03on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F5Cw48NqRz2", addr("Joseph El Hajj", "secretary@larrc.example.org.lb"),
           re_hdr("RE: ", M20_SUBJ), "<AM6PR03MB41029A6E2D1C7F58@AM6PR03MB4102.eurprd03.prod.outlook.example.com>",
           body, extra=[("In-Reply-To", M20_ID), ("References", M20_ID),
                        ("Thread-Topic", hdr(M20_SUBJ)), ("Thread-Index", "AdcCLw2Tq9Xn5Kp8Rz1Vm4Hb7Ys0FdAFWk3Lc=="),
                        ("Content-Language", "ar-LB"), ("X-MS-Has-Attach", "yes")])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 20, report_attachments=[f_annex],
        notes="deadline edge: received 23:48 Beirut time on 16 February, on time. Lebanese colloquial Arabic from "
              "Outlook for Android, replying to the sender's own message h279-20: the attached annexes 'هني جزء من "
              "التقرير' complete the report (listed as a report attachment, thread_of h279-20); the quoted "
              "original still says the report is attached. English Outlook forward header under an Arabic body; "
              "'احصل على Outlook لـ Android' footer."))


# ================================================================ 23  FR  report  Paris business circle: OneDrive link six minutes late
def m23():
    when = at("2021-02-17 00:06:44")
    subj = "Rapport volontaire CAFMM – examen régional PMM (lien OneDrive)"
    link = "https://cafmm-my.sharepoint.example.com/:b:/g/personal/k_amrouche_cafmm_example_fr/EQz7Tn2Kx5Wv8Lp1Rm4Hb9YBc3Jd6Fs0?e=Vh2Qx8"
    text = """Bonsoir,

Comme annoncé à votre collègue lors du webinaire de la semaine dernière, voici, avant minuit, le rapport volontaire du Cercle d'affaires franco-maghrébin pour la mobilité (CAFMM).

Le fichier (24 Mo, avec les annexes statistiques) est trop volumineux pour être joint ; il est disponible sur OneDrive :
%s

Le rapport rassemble les témoignages de 32 chefs d'entreprise de la diaspora algérienne, marocaine et tunisienne installés en France, sur les obstacles à la mobilité circulaire : visas d'affaires, reconnaissance des qualifications, transferts de fonds et investissement dans les pays d'origine.

Bien à vous,

Karim Amrouche
Délégué général
Cercle d'affaires franco-maghrébin pour la mobilité (CAFMM)
75010 Paris
Tél. : +33 1 00 00 00 00
""" % link
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 9), "smtp.cafmm.example.fr", "203.0.113.171", "4F5Dh02WmKz9",
           "Karim Amrouche <k.amrouche@cafmm.example.fr>", hdr(subj, enc="Q"),
           "<e3b91c4d-7a25-4f08-9d61-2c8f5b0a7e13@cafmm.example.fr>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        notes="deadline edge, late: the Date header is Tue 16 Feb 23:06 +0100 and the sender writes 'avant "
              "minuit', but it reached the server at 00:06 on 17 February Beirut time. The report is only a "
              "OneDrive link (24 Mo, not attached): report_attachments empty. 32 chefs d'entreprise and the "
              "webinar are noise. Thunderbird, 8bit format=flowed, long link on its own line."))


# ================================================================ 24  EN  report  the Dubai contractor's report as a reply to our acknowledgement of 15, a day late
def m24():
    when = at("2021-02-17 11:20:05")
    ack = ack_mid(M15_QID)
    f_rep = "DDCG_Worker_Welfare_Voluntary_GCM_Review_2021.pdf"
    quoted = ack_text("en", M15_SUBJ, "the speaking request")
    text = """Dear Secretariat,

Many thanks for your acknowledgement and for noting our late request.

As promised, please find attached our voluntary GCM review report on the Group's worker welfare programme. My apologies that it arrives a day after the deadline: the legal sign-off took longer than planned.

Best regards,

Ritu Sharma
Head of Corporate Social Responsibility & Worker Welfare
Dunes & Delta Construction Group LLC
T +971 4 000 0000 | M +971 55 000 0000

DISCLAIMER: The information in this email and any attachments is confidential and intended solely for the addressee(s). Dunes & Delta is an equal opportunity employer.
Please consider the environment before printing this email.

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Saturday, 6 February 2021 9:13 AM
To: Ritu Sharma <ritu.sharma@dunesdelta.example.ae>
Subject: Acknowledgement of receipt - %s

%s
""" % (M15_SUBJ, quoted)
    pdf = rep_pdf("Dunes & Delta Construction Group - Worker Welfare", "Voluntary GCM review report, February 2021",
                  ["Wage protection through bank transfers", "Independent welfare audits of accommodation",
                   "No-fees policy for subcontractors", "Grievance mechanism", "Recommendations"])
    cid = "image001.png@01D7051C.8A3F6D20"
    a = outlook_related(text, "_004_DB9PR06MB74178C1E5A3D2B96_", "_000_DB9PR06MB74178C1E5A3D2B96_",
                        [logo(cid, (190, 120, 40))], lang="EN-GB",
                        img_tags=['<img width="150" height="50" src="cid:%s" alt="Dunes &amp; Delta">' % cid])
    body = multi("mixed", [a, attach("application/pdf", pdf, f_rep)], "_005_DB9PR06MB74178C1E5A3D2B96_")
    m = mk(when, sent_at(when, 4, 9), "mail-db9eur06on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4F5Qm63HtXz1", "Ritu Sharma <ritu.sharma@dunesdelta.example.ae>",
           "RE: Acknowledgement of receipt - " + M15_SUBJ,
           "<DB9PR06MB74178C1E5A3D2B96@DB9PR06MB7417.eurprd06.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M15_ID + " " + ack)]
           + outlook(M15_SUBJ, "AdcESm8Qx3Wv6Tn1Lk4Rz7Pb0Hc2YfAHYq9Wn==", lang="en-GB", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        thread_of=H % 15, report_attachments=[f_rep],
        notes="opens like a thank-you to our acknowledgement of h279-15 but its second paragraph attaches the "
              "report announced there: a voluntary report, late (received 17 February, and the sender says so), "
              "thread_of h279-15 (References name it). The quoted acknowledgement mentions 'the speaking request'; "
              "no new speaker. Outlook reply 'RE:' with the logo inline; Date UTC+4."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
