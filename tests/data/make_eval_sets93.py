#!/usr/bin/env python3
"""Write the blind evaluation set holdout93 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets93.py
Theme: local government -- municipalities and mayors' offices, unions of municipalities, governorates,
city networks and national institutions dealing with migrants at local level
(Lebanon, Jordan, Tunisia, Morocco, Mauritania, Iraq).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout93")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h93-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def alt(text, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def pdf_att(name, lines, quoted=True, extra=None):
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", q)],
                disp='attachment; filename=%s' % q, extra=extra)


def docx_att_utf8(name, paras):
    """Non-ASCII DOCX name: RFC 2047 in name=, RFC 2231 in filename* (as Gmail/Outlook do)."""
    return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", '"%s"' % b_word(name))],
                disp="attachment;\r\n\tfilename*=%s" % rfc2231(name))


OUTLOOK_INVITE_QUOTE = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, January 14, 2021 4:02 PM
Subject: Invitation: Regional Review of the Global Compact for Migration in the Arab region, 23-25 February 2021
"""


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 10:42:18")
    sent = when - dt.timedelta(seconds=4)
    text = """Dear GCM Regional Review Team,

Good morning.

I am writing on behalf of H.E. Eng. Nabil Al-Shraideh, Mayor of Greater Irbid, with reference to your kind invitation dated 14 January 2021.

His Excellency would be pleased to deliver a floor intervention during one of the plenary sessions of the Regional Review Conference on 24-25 February, focusing on the experience of host municipalities in the north of Jordan in delivering services to refugees and migrant workers.

Kindly address any further correspondence to me, with a copy to the Mayor's office email (in cc).

Best regards,

Rasha Obeidat
Office Manager | Office of the Mayor
Greater Irbid Municipality
Tel: +962 2 7240 118 | Ext. 204

"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            '<body lang="EN-US"><div class="WordSection1">\n' +
            "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(x) if x else "&nbsp;")
                      for x in text.rstrip("\n").split("\n")) + "\n</div></body></html>\n")
    body = alt(text, html, "_000_VI1PR0301MB2148A0E3C9F7D1B2E55AC412B3C70VI1PR0301MB2148_")
    rows = std_rows(when, "mail-he1eur04on0712.outbound.protection.outlook.example.com", "40.107.7.112",
                    "4DQh1m3Kq2z7", "Rasha Obeidat <r.obeidat@irbid-municipality.example.jo>",
                    "Request for a speaking slot - H.E. the Mayor of Greater Irbid - GCM Regional Review",
                    rfcdate(sent), "<VI1PR0301MB2148A0E3C9F7D1B2E55AC412B3C70@VI1PR0301MB2148.eurprd03.prod.outlook.example.com>",
                    ret="r.obeidat@irbid-municipality.example.jo")
    rows.insert(5, ("Cc", "Office of the Mayor <mayor.office@irbid-municipality.example.jo>"))
    rows += [("Thread-Topic", "Request for a speaking slot - H.E. the Mayor of Greater Irbid - GCM Regional Review"),
             ("Thread-Index", "AdbwOq1y8Kc3mW0pT5uJ3dQ6sW1xHg=="), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nabil Al-Shraideh", "Mayor of Greater Irbid", "Greater Irbid Municipality", ["plenary"])],
        notes="office manager writes on behalf of the mayor: the sender (signature with her own title) is not the "
              "speaker; honorifics 'H.E. Eng.' stripped; the municipality name appears only in the sender's "
              "signature; 'His Excellency' refers back to the mayor."))


def m02():
    when = at("2021-01-28 13:05:40")
    sent = when - dt.timedelta(seconds=2)
    text = """السادة الكرام في فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا إعلامكم برغبة رئيس بلدية صيدا المهندس مازن الدندشلي في المشاركة بمداخلة في إحدى الطاولات المستديرة المواضيعية، ويفضّل الطاولة المستديرة الثانية نظراً لارتباط موضوعها بعمل البلدية مع العمال المهاجرين واللاجئين في المدينة.

كما نقترح أن تشارك السيدة رلى القطب، منسقة وحدة الشؤون الاجتماعية في البلدية، في النقاش المفتوح للمشاورة مع أصحاب المصلحة يوم 23 شباط.

وتفضلوا بقبول فائق الاحترام والتقدير،

هبة البزري
قسم العلاقات العامة
بلدية صيدا – لبنان
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt(text, html, "000000000000e4b1c205b9f8a2d1", "UTF-8", "base64")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DR6kT1bQwz3",
                    addr("هبة البزري", "pr@saida-municipality.example.lb"),
                    hdr("طلب مشاركة – بلدية صيدا – الاستعراض الإقليمي للاتفاق العالمي للهجرة"), rfcdate(sent),
                    "<CAGk2pM8vR4tN0wX3yZ6bA1cD9eF7gH5iJ2kL8mN4oP0qR6sT@mail.gmail.example.com>",
                    ret="pr@saida-municipality.example.lb")
    m = top(body, rows)
    aff = "بلدية صيدا"
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مازن الدندشلي", "رئيس بلدية صيدا", aff, ["roundtable"], 2),
        sp("رلى القطب", "منسقة وحدة الشؤون الاجتماعية", aff, ["open_discussion"])],
        notes="Arabic title before the name ('رئيس بلدية صيدا المهندس مازن الدندشلي'), 'المهندس' and 'السيدة' "
              "are honorifics; the second speaker's affiliation is only 'في البلدية' (= بلدية صيدا from the "
              "signature); sender (public relations) is not a speaker; body base64 UTF-8."))


def m03():
    when = at("2021-01-29 16:20:11")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """Bonjour,

Je suis chargé du dossier migration à la Commune de Sfax (direction des affaires sociales), nous avons bien reçu votre invitation, merci.

J'ai 2 questions svp :
- La consultation du 23 février sera en présentiel à Beyrouth ou bien en ligne ? vu la situation sanitaire chez nous c'est difficile de voyager en ce moment.
- Est ce qu'il y aura une interprétation arabe / français ? Plusieurs élus de notre conseil ne maitrisent pas bien l'anglais.

Merci d'avance et bonne journée

--
Slim Kammoun
Commune de Sfax
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.commune-sfax.example.tn", "197.13.22.54", "4DS1rG6yPnz2",
                    "Slim Kammoun <s.kammoun@commune-sfax.example.tn>",
                    "Question sur le format de la consultation du 23 fevrier", rfcdate(sent),
                    "<5b2e8a41-7c3d-4f19-9e02-1a6b3c8d2f70@commune-sfax.example.tn>",
                    ret="s.kammoun@commune-sfax.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (in person or online, interpretation) from a municipal officer: no speaker "
              "requested even though he names his function and municipality; Thunderbird format=flowed 8bit; "
              "Date in +0100 (Tunis)."))


def m04():
    when = at("2021-02-01 11:30:02")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    name = "تقرير محافظة نينوى الطوعي - الاتفاق العالمي للهجرة.docx"
    text = """السلام عليكم ورحمة الله

الأخوة في فريق الاستعراض الإقليمي المحترمون

نرسل لكم طيًا التقرير الطوعي الخاص بمحافظة نينوى حول تنفيذ الاتفاق العالمي من أجل الهجرة على المستوى المحلي، وبالأخص ملف عودة النازحين إلى الموصل وسنجار والعمالة الوافدة في المحافظة.
راجين التفضل بالاطلاع، واذا تحتاجون اي معلومات او بيانات اضافية احنا حاضرين.

مع التقدير

عمر يونس الطائي
قسم شؤون النازحين والمهاجرين
ديوان محافظة نينوى
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    a = alt(text, html, "000000000000a1f2c305ba3c7d10", "UTF-8", "base64")
    att = docx_att_utf8(name, ["محافظة نينوى", "التقرير الطوعي لاستعراض الاتفاق العالمي من أجل الهجرة 2021",
                               "عودة النازحين والعمالة الوافدة على المستوى المحلي"])
    body = multi("mixed", [a, att], "000000000000a1f2c505ba3c7d12")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DTm9s2Lh0z1",
                    addr("عمر الطائي", "omar.altaee.ninawa@gmail.example.com"),
                    hdr("التقرير الطوعي - محافظة نينوى"), rfcdate(sent),
                    "<CAJ7fQ2x9RzL1uW0bV5nK3cT8yH4mP6sD2gE0aN9rB7tU1vX@mail.gmail.example.com>",
                    ret="omar.altaee.ninawa@gmail.example.com")
    m = top(body, rows)
    add(4, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Arabic DOCX file name (RFC 2047 name= and RFC 2231 filename*); Iraqi colloquial touches "
              "('احنا حاضرين'); sent from a personal Gmail address on behalf of the governorate; Date +0300."))


def m05():
    when = at("2021-02-02 09:15:44")
    sent = when - dt.timedelta(seconds=3)
    name = "JNIC_GCM_Voluntary_Review_2021.pdf"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report prepared by our network on behalf of its eleven member municipalities (Mafraq, Ramtha, Sahab, Zarqa, Russeifa and others). It is a collective report and was validated by the network's board last week.

In addition I would like to request a floor intervention for myself in Roundtable 3, to present the main findings on local service delivery and social cohesion.

Should you need anything further please do not hesitate to contact me.

Regards,

Jordan Network of Inclusive Cities (JNIC)
Executive Director
Dana Haddad
+962 79 555 0143

"""
    html = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) +
            "</div></body></html>\n")
    a = alt(text, html, "_000_AM6PR06MB4470D1F2E3A4B5C6D7E8F9A0B1C2AM6PR06MB4470_")
    att = pdf_att(name, ["Jordan Network of Inclusive Cities (JNIC)", "Collective voluntary GCM review report 2021",
                         "Local service delivery for migrants and refugees in 11 municipalities"])
    body = multi("mixed", [a, att], "_004_AM6PR06MB4470D1F2E3A4B5C6D7E8F9A0B1C2AM6PR06MB4470_")
    rows = std_rows(when, "mail-am6eur05on2091.outbound.protection.outlook.example.com", "40.107.22.91",
                    "4DV3xF8pRjz6", "Dana Haddad <d.haddad@jnic.example.jo>",
                    "JNIC - voluntary GCM review report + speaking request", rfcdate(sent),
                    "<AM6PR06MB4470D1F2E3A4B5C6D7E8F9A0B1C2@AM6PR06MB4470.eurprd06.prod.outlook.example.com>",
                    ret="d.haddad@jnic.example.jo")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dana Haddad", "Executive Director", "Jordan Network of Inclusive Cities (JNIC)", ["roundtable"], 3)],
        report_attachments=[name],
        notes="sender asks to speak herself ('for myself'): her name, title and organisation are only in a "
              "signature laid out Organisation / Title / Name (reversed); collective report attached."))


def m06_mid():
    return "<DB7PR02MB3962F1A2B3C4D5E6F7A8B9C0D1E2@DB7PR02MB3962.eurprd02.prod.outlook.example.com>"


M06_TEXT = """Madame, Monsieur,

Suite à votre aimable invitation à la Revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Commune d'Oujda a l'honneur de vous proposer les intervenants suivants :

1) M. Abdelhak Zerouali, Vice-président du Conseil communal chargé des affaires sociales et de la migration – intervention en séance plénière ;
2) Mme Nadia El Idrissi, Cheffe du Service de l'accueil des migrants – rapporteure pour les messages clés des parties prenantes.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Karim Benali
Chef de la Division de l'Action Sociale
Commune d'Oujda – Royaume du Maroc
Tél. : +212 536 68 xx xx
"""


def m06():
    when = at("2021-02-02 15:40:27")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    text = M06_TEXT
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div style="font-family:Calibri">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text.replace("–", "-"), "iso-8859-1"),
                                 leaf("text/html", html.replace("–", "&#8211;"), "iso-8859-1")],
                 "_000_DB7PR02MB3962F1A2B3C4D5E6F7A8B9C0D1E2DB7PR02MB3962_")
    rows = std_rows(when, "mail-db8eur02on0608.outbound.protection.outlook.example.com", "40.107.15.108",
                    "4DVZq2mHkbz4", "Karim Benali <k.benali@oujda-commune.example.ma>",
                    hdr("Propositions d'intervenants - Commune d'Oujda", "iso-8859-1", "Q"), rfcdate(sent),
                    m06_mid(), ret="k.benali@oujda-commune.example.ma")
    rows += [("Thread-Index", "Adb5Y1nK0pQ7rS2tUvW3xY4zA5bC6w=="), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    aff = "Commune d'Oujda"
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelhak Zerouali", "Vice-président du Conseil communal chargé des affaires sociales et de la migration",
           aff, ["plenary"]),
        sp("Nadia El Idrissi", "Cheffe du Service de l'accueil des migrants", aff, ["rapporteur"])],
        notes="two speakers in a numbered list, each with its own role; sender (Chef de Division) is not a "
              "speaker; the affiliation is in the intro sentence ('la Commune d'Oujda a l'honneur'); "
              "iso-8859-1 quoted-printable, subject Q-encoded; Date +0100."))


def m07():
    when = at("2021-02-03 12:02:33")
    sent = when - dt.timedelta(seconds=9)
    text = """مرحبا،
انا ريم، منسقة وحدة دعم النازحين والعمال المهاجرين باتحاد بلديات جرد القيطع (عكار). حابة سجّل اسمي لمداخلة بوحدة من الطاولات المستديرة، يلي بتحكي عن الخدمات والعمل اللائق اذا في. ما بعرف رقمها للأسف 🙏
واذا بتحتاجوا شي تاني خبروني.
شكرا كتير

ريم حمادة
اتحاد بلديات جرد القيطع - عكار

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DWHt7cNnLz9",
                    addr("Reem Hamadeh", "reem.hamadeh.akkar@gmail.example.com"),
                    hdr("مداخلة"), rfcdate(sent), "<3F6A1C2B-9D4E-4E7F-8A0B-2C5D7E9F1A3B@gmail.example.com>",
                    ret="reem.hamadeh.akkar@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم حمادة", "منسقة وحدة دعم النازحين والعمال المهاجرين", "اتحاد بلديات جرد القيطع - عكار",
           ["roundtable"])],
        notes="Levantine colloquial ('حابة سجّل اسمي'), self-nomination with only the first name in the body and "
              "full name in the signature; roundtable wanted but its number explicitly unknown -> roundtable "
              "null; Latin display name; one-word subject; iPhone base64 plain text with emoji."))


def m08():
    when = at("2021-02-03 16:45:09")
    sent = tz(when, 3)
    text = """Thank you for your email.

I am out of the office on mission until Sunday 14 February 2021 with limited access to email.
For urgent matters related to the Governorate's IDP and returnee programmes, please contact Mr. Ali Kadhim (a.kadhim@kirkuk-gov.example.iq).

Best regards,
Hawre Salih
Director, Department of Displaced Persons Affairs
Kirkuk Governorate
"""
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                 leaf("text/html", html_wrap(text2html(text), charset="us-ascii"), "us-ascii", "7bit")],
                 "_000_HE1PR0702MB37774C3D9E1F2A3B4C5D6E7F8A9BHE1PR0702MB3777_")
    rows = std_rows(when, "mail.kirkuk-gov.example.iq", "185.84.40.12", "4DWQb0xTr5z2",
                    "Hawre Salih <h.salih@kirkuk-gov.example.iq>",
                    "Automatic reply: GCM Regional Review - acknowledgement of your message", rfcdate(sent),
                    "<HE1PR0702MB37774C3D9E1F2A3B4C5D6E7F8A9B@HE1PR0702MB3777.eurprd07.prod.outlook.example.com>",
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<ack.20210203.0917.a1b2@gcmrrarabstates.iom.int>"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "h.salih@kirkuk-gov.example.iq"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(8, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied, empty Return-Path) from a governorate "
              "director; mentions a colleague with contact details, which must not be taken as a speaker."))


def m09():
    when = at("2021-02-04 11:20:50")
    sent = tz(when - dt.timedelta(seconds=11), 0)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Arial; font-size: 12pt; color: #000000">
<p>Mesdames et Messieurs,</p>
<p>J'ai l'honneur de vous informer que la Commune de Nouadhibou souhaite prendre part à la Revue r&eacute;gionale du Pacte mondial sur les migrations.</p>
<p>A cet effet, le Maire adjoint charg&eacute; des affaires sociales, Monsieur Sidi Mohamed Ould Cheikh, interviendra au nom de la Commune, de pr&eacute;f&eacute;rence lors de la <b>table ronde n&deg;4</b>, &agrave; d&eacute;faut en s&eacute;ance pl&eacute;ni&egrave;re.</p>
<p>Veuillez agr&eacute;er, Mesdames et Messieurs, l'assurance de ma consid&eacute;ration distingu&eacute;e.</p>
<p>Le Secr&eacute;taire G&eacute;n&eacute;ral<br>Ahmed Salem Ould Bah<br>Commune de Nouadhibou &ndash; R&eacute;publique Islamique de Mauritanie</p>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mx.nouadhibou-commune.example.mr", "41.188.96.20", "4DX2nC5vFpz8",
                    '"Secretariat General - Commune de Nouadhibou" <sg@nouadhibou-commune.example.mr>',
                    hdr("Participation de la Commune de Nouadhibou à la Revue régionale", "utf-8", "Q"), rfcdate(sent),
                    "<1612437639.4471.sg@nouadhibou-commune.example.mr>", ret="sg@nouadhibou-commune.example.mr")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sidi Mohamed Ould Cheikh", "Maire adjoint chargé des affaires sociales", "Commune de Nouadhibou",
           ["roundtable", "plenary"], 4)],
        notes="HTML-only (no text/plain), entities for accents; title written before the name ('le Maire adjoint "
              "chargé des affaires sociales, Monsieur ...'); first choice table ronde n°4, plenary as fallback; "
              "the signing Secrétaire Général is not a speaker; Date +0000."))


def m10():
    when = at("2021-02-05 23:54:21")
    sent = tz(when - dt.timedelta(seconds=13), 3)
    rows_t = [("د. علي جاسم المالكي", "مدير قسم شؤون الهجرة", "ديوان محافظة البصرة", "مداخلة في الجلسة العامة"),
              ("م. زينب عبد الكريم الساعدي", "مسؤولة ملف العمالة الوافدة", "ديوان محافظة البصرة",
               "الطاولة المستديرة الرابعة")]
    text = """السادة فريق الاستعراض الإقليمي المحترمون
تحية طيبة

نود اعلامكم بترشيح الأسماء التالية من ديوان محافظة البصرة للمشاركة كمتحدثين في الاستعراض الإقليمي:

الاسم | المنصب | الجهة | نوع المشاركة
""" + "\n".join(" | ".join(r) for r in rows_t) + """

نعتذر عن التأخير في الارسال بسبب العطلة الرسمية.

مع فائق الاحترام
حيدر عبد الأمير
مكتب العلاقات والإعلام - محافظة البصرة
"""
    trs = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % c for c in r) + "</tr>"
                  for r in rows_t)
    html = ('<div dir="rtl"><p>السادة فريق الاستعراض الإقليمي المحترمون<br>تحية طيبة</p>'
            '<p>نود اعلامكم بترشيح الأسماء التالية من ديوان محافظة البصرة للمشاركة كمتحدثين في الاستعراض الإقليمي:</p>'
            '<table style="border-collapse:collapse"><tr><th>الاسم</th><th>المنصب</th><th>الجهة</th><th>نوع المشاركة</th></tr>'
            + trs + '</table><p>نعتذر عن التأخير في الارسال بسبب العطلة الرسمية.</p>'
            '<p>مع فائق الاحترام<br>حيدر عبد الأمير<br>مكتب العلاقات والإعلام - محافظة البصرة</p></div>\n')
    body = alt(text, html, "000000000000f7c3d105baa1e3f9", "UTF-8", "base64")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DXwL3sQd7z5",
                    addr("مكتب العلاقات - محافظة البصرة", "media.basrah.gov@gmail.example.com"),
                    hdr("ترشيح متحدثين - محافظة البصرة"), rfcdate(sent),
                    "<CAL3mN8pQ2rS6tU0vW4xY8zA2bC6dE0fG4hI8jK2lM6nO0pQ@mail.gmail.example.com>",
                    ret="media.basrah.gov@gmail.example.com")
    m = top(body, rows)
    aff = "ديوان محافظة البصرة"
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("علي جاسم المالكي", "مدير قسم شؤون الهجرة", aff, ["plenary"]),
        sp("زينب عبد الكريم الساعدي", "مسؤولة ملف العمالة الوافدة", aff, ["roundtable"], 4)],
        notes="deadline edge: received 23:54:21 Beirut on Fri 5 Feb (on time) but the Date header reads "
              "'Sat, 6 Feb 2021 00:54 +0300' (Basra) and the sender apologises for being late; two speakers in "
              "a table (HTML table, pipe-separated in text/plain) with honorifics 'د.' and 'م.' inside the name cell."))


def m11():
    when = at("2021-02-06 00:07:40")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Dear GCM team,

I hope its not to late, i know the deadline for speakers is today. I would like to propose myself as rapporteur to deliver the key messages of the stakeholders, I followed the preparatory consultations for local authorities in Tunis last december and I can present the point of view of the municipalities.

Thank you very much and sorry for the late hour.

Amira Ben Salah
Municipal Councillor – Chair, Social Affairs & Migration Committee
Municipality of Sousse, Tunisia
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html, "0000000000003c9e1a05baa2f0b7", "UTF-8")
    rows = std_rows(when, "mail-lf1-f53.google.example.com", "209.85.167.53", "4DXxB9nWq1z3",
                    "Amira Ben Salah <amira.bensalah.sousse@gmail.example.com>",
                    "rapporteur - Municipality of Sousse", rfcdate(sent),
                    "<CAM9tP3qR7sU1vW5xY9zA3bC7dE1fG5hI9jK3lM7nO1pQ5rS@mail.gmail.example.com>",
                    ret="amira.bensalah.sousse@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Amira Ben Salah", "Municipal Councillor – Chair, Social Affairs & Migration Committee",
           "Municipality of Sousse", ["rapporteur"])],
        notes="deadline edge: Date 'Fri, 5 Feb 2021 23:07:32 +0100' (Tunis) and 'the deadline ... is today', but "
              "received 00:07:40 Beirut on Sat 6 Feb: late; Tunisian writing in English with typos; "
              "self-nomination; title with an en dash in the signature."))


def m12():
    when = at("2021-02-06 10:12:09")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    quoted = ("De : Karim Benali <k.benali@oujda-commune.example.ma>\n"
              "Envoyé : mardi 2 février 2021 14:40\n"
              "À : gcmrrarabstates@iom.int\n"
              "Objet : Propositions d'intervenants - Commune d'Oujda\n\n" + M06_TEXT)
    text = """Madame, Monsieur,

Suite à un empêchement de dernière minute, Mme Nadia El Idrissi ne pourra pas assurer le rôle de rapporteure. Nous vous proposons de la remplacer par Mme Siham Bouazza, Cheffe de la Division de la coopération décentralisée.

La participation de M. Zerouali en séance plénière est maintenue.

Avec nos excuses pour ce changement.

Cordialement,
Karim Benali

________________________________
""" + quoted
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div style="font-family:Calibri">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text.replace("–", "-"), "iso-8859-1"),
                                 leaf("text/html", html.replace("–", "&#8211;"), "iso-8859-1")],
                 "_000_DB7PR02MB39627A8B9C0D1E2F3A4B5C6D7E8FDB7PR02MB3962_")
    rows = std_rows(when, "mail-db8eur02on0611.outbound.protection.outlook.example.com", "40.107.15.111",
                    "4DY0kR2fTsz6", "Karim Benali <k.benali@oujda-commune.example.ma>",
                    hdr("RE: Propositions d'intervenants - Commune d'Oujda", "iso-8859-1", "Q"), rfcdate(sent),
                    "<DB7PR02MB39627A8B9C0D1E2F3A4B5C6D7E8F@DB7PR02MB3962.eurprd02.prod.outlook.example.com>",
                    ret="k.benali@oujda-commune.example.ma")
    rows += [("In-Reply-To", m06_mid()), ("References", m06_mid()),
             ("Thread-Index", "Adb5Y1nK0pQ7rS2tUvW3xY4zA5bC6wB8nRtA"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    aff = "Commune d'Oujda"
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[
            sp("Abdelhak Zerouali", "Vice-président du Conseil communal chargé des affaires sociales et de la migration",
               aff, ["plenary"]),
            sp("Siham Bouazza", "Cheffe de la Division de la coopération décentralisée", aff, ["rapporteur"])],
        thread_of="h93-06.eml",
        notes="revision of h93-06 (reply to own message, Outlook quoted block): Nadia El Idrissi is withdrawn and "
              "replaced by Siham Bouazza as rapporteur, Zerouali maintained (his details only in the quoted part); "
              "received Sat 6 Feb, after the speaker deadline; the replacement's affiliation is implicit."))


def m13():
    when = at("2021-02-08 09:33:10")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """السلام عليكم

بغيت نسول واش الأجل ديال إرسال التقرير الطوعي تمدد حتى 16 فبراير؟ حيت واحد الزميل قال لي بلي سالا.
و واش ممكن نصيفطو التقرير بالفرنسية ولا خاصو يكون بالعربية ولا بالانجليزية؟

شكرا بزاف

يوسف أمزيان
جماعة الناظور - مصلحة الشؤون الاجتماعية
"""
    body = leaf("text/plain", text, "utf-8", "8bit")
    rows = std_rows(when, "smtp.menara.example.ma", "196.217.41.9", "4DZ5pV1hKcz7",
                    addr("يوسف أمزيان", "y.amziane@commune-nador.example.ma"),
                    hdr("سؤال على التقرير"), rfcdate(sent), "<20210208073306.1F3A2B4C5D@commune-nador.example.ma>",
                    ret="y.amziane@commune-nador.example.ma")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(13, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan Darija question about the extended report deadline and the report language: mentions "
              "'التقرير الطوعي' and '16 فبراير' but submits nothing; 8bit UTF-8 plain text."))


def m14():
    when = at("2021-02-09 14:02:11")
    orig_mid = "<ack.20210209.1358.c7d4@gcmrrarabstates.iom.int>"
    text = """This is the mail system at host mail.zarqa-municipality.example.jo.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<m.khatib@zarqa-municipality.example.jo>: host 127.0.0.1[127.0.0.1] said: 552
    5.2.2 <m.khatib@zarqa-municipality.example.jo>: Mailbox full (in reply to
    RCPT TO command)
"""
    ds = ("Reporting-MTA: dns; mail.zarqa-municipality.example.jo\n"
          "X-Postfix-Queue-ID: 7A1C23E0F4\n"
          "Arrival-Date: Tue,  9 Feb 2021 14:02:06 +0200 (EET)\n\n"
          "Final-Recipient: rfc822; m.khatib@zarqa-municipality.example.jo\n"
          "Original-Recipient: rfc822;m.khatib@zarqa-municipality.example.jo\n"
          "Action: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp; 552 5.2.2 <m.khatib@zarqa-municipality.example.jo>: Mailbox full\n")
    hdrs = ("Received: from mx1.iom.int (mx1.iom.int [198.51.100.2])\n"
            "\tby mail.zarqa-municipality.example.jo (Postfix) with ESMTPS id 7A1C23E0F4\n"
            "\tfor <m.khatib@zarqa-municipality.example.jo>; Tue,  9 Feb 2021 14:02:06 +0200 (EET)\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: m.khatib@zarqa-municipality.example.jo\n"
            "Subject: =?UTF-8?B?2KrYo9mD2YrYryDYp9mE2KfYs9iq2YTYp9mF?=\n"
            "Date: Tue, 9 Feb 2021 14:01:58 +0200\n"
            "Message-ID: " + orig_mid + "\n")
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in ds.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "7A1C23E0F4.1612872131/mail.zarqa-municipality.example.jo",
                 params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.zarqa-municipality.example.jo", "188.247.70.33", "4DZv8mT2xGz0",
                    "MAILER-DAEMON@zarqa-municipality.example.jo (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(when - dt.timedelta(seconds=5)),
                    "<20210209120206.7A1C23E0F5@mail.zarqa-municipality.example.jo>", ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    add(14, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status), mailbox full, for one of our own Arabic "
              "acknowledgements; From MAILER-DAEMON; language en by convention for robot mail."))


def m15():
    when = at("2021-02-10 17:25:36")
    sent = tz(when - dt.timedelta(seconds=10), 1)
    name = "Rapport_volontaire_FNCT_PMM_2021.pdf"
    text = """Bonjour à toute l'équipe,

Au nom de la Fédération Nationale des Communes Tunisiennes (FNCT), je vous transmets ci-joint notre rapport volontaire sur la mise en œuvre du Pacte mondial sur les migrations (PMM) au niveau local.

La version Word ainsi que les annexes (fiches de 14 communes pilotes + données statistiques) sont trop lourdes pour la messagerie, vous pouvez les télécharger ici :
https://drive.google.example.com/drive/folders/1aFNCT-PMM-2021-annexes?usp=sharing

N'hésitez pas à revenir vers nous en cas de difficulté d'accès au lien.

Bien cordialement,
Mehdi Trabelsi
Chargé de programme Migration & Gouvernance locale
FNCT – Tunis
"""
    html = '<div dir="ltr">' + text2html(text).replace(
        "https://drive.google.example.com/drive/folders/1aFNCT-PMM-2021-annexes?usp=sharing",
        '<a href="https://drive.google.example.com/drive/folders/1aFNCT-PMM-2021-annexes?usp=sharing">'
        'https://drive.google.example.com/drive/folders/1aFNCT-PMM-2021-annexes?usp=sharing</a>') + "</div>\n"
    a = alt(text, html, "000000000000b8d4e205bb02a6c4", "UTF-8")
    att = pdf_att(name, ["Federation Nationale des Communes Tunisiennes (FNCT)",
                         "Rapport volontaire - Pacte mondial sur les migrations - niveau local", "Fevrier 2021"],
                  extra=[("X-Attachment-Id", "f_kkz3m1q50")])
    body = multi("mixed", [a, att], "000000000000b8d4e405bb02a6c6")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4Dbq3H6wPtz4",
                    "Mehdi Trabelsi <m.trabelsi@fnct.example.tn>",
                    hdr("Rapport volontaire FNCT – Revue régionale PMM", "utf-8", "Q"), rfcdate(sent),
                    "<CAN4uQ8rS2tV6wX0yZ4aB8cD2eF6gH0iJ4kL8mN2oP6qR0sT@mail.gmail.example.com>",
                    ret="m.trabelsi@fnct.example.tn")
    m = top(body, rows)
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="report sent as an attachment plus a Google Drive link for the Word version and annexes; only the "
              "attached PDF is a report attachment; 'PMM' is the French acronym for the GCM."))


M16_TEXT = """حضرات السادة في فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية وبعد،

يسرّ اتحاد بلديات الفيحاء (طرابلس، الميناء، البداوي، القلمون) أن يرفق لكم تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية على المستوى المحلي، والذي أُعدّ بالتشاور مع لجان الأحياء والجمعيات الشريكة.

نأمل أن يشكّل هذا التقرير مساهمة في أعمال الاستعراض الإقليمي.

وتفضلوا بقبول الاحترام،

د. سامر الأيوبي
مدير مكتب التعاون الدولي
اتحاد بلديات الفيحاء – طرابلس، لبنان
"""
M16_MID = "<AM0PR10MB2548E6F7A8B9C0D1E2F3A4B5C6D7@AM0PR10MB2548.eurprd10.prod.outlook.example.com>"
M16_NAME = "التقرير الطوعي - اتحاد بلديات الفيحاء.docx"


def m16():
    when = at("2021-02-11 10:05:47")
    sent = when - dt.timedelta(seconds=5)
    text = M16_TEXT
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            '<body><div dir="rtl" style="font-family:Simplified Arabic">' + text2html(text) +
            '<p><img width="120" height="40" src="cid:image001.png@01D70052.3A1B2C40"></p></div></body></html>\n')
    a = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
              "_000_AM0PR10MB2548E6F7A8B9C0D1E2F3A4B5C6D7AM0PR10MB2548_")
    img = leaf("image/png", make_png(12, 4, (20, 110, 60)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70052.3A1B2C40>")])
    rel = multi("related", [a, img], "_007_AM0PR10MB2548E6F7A8B9C0D1E2F3A4B5C6D7AM0PR10MB2548_",
                params=[("type", '"multipart/alternative"')])
    att = docx_att_utf8(M16_NAME, ["اتحاد بلديات الفيحاء", "التقرير الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة",
                                   "المستوى المحلي - 2021"])
    body = multi("mixed", [rel, att], "_008_AM0PR10MB2548E6F7A8B9C0D1E2F3A4B5C6D7AM0PR10MB2548_")
    rows = std_rows(when, "mail-am6eur05on2130.outbound.protection.outlook.example.com", "40.107.22.130",
                    "4DcFz2kLw8z1", addr("سامر الأيوبي", "s.ayoubi@fayhaa-union.example.lb", "windows-1256"),
                    hdr("التقرير الطوعي لاتحاد بلديات الفيحاء", "windows-1256"), rfcdate(sent), M16_MID,
                    ret="s.ayoubi@fayhaa-union.example.lb")
    rows += [("Thread-Index", "Adb/Al0mX9cQ4rT1Sy2uV7wZ3aB5cD=="), ("Content-Language", "ar-LB"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_NAME],
        notes="Outlook windows-1256 quoted-printable, multipart/mixed[related[alternative, logo PNG], DOCX]: the "
              "inline signature logo image001.png is not part of the report; Arabic DOCX file name."))


def m17():
    when = at("2021-02-12 08:50:03")
    sent = when - dt.timedelta(seconds=3)
    ack_mid = "<ack.20210127.1043.9e2f@gcmrrarabstates.iom.int>"
    m01_mid = "<VI1PR0301MB2148A0E3C9F7D1B2E55AC412B3C70@VI1PR0301MB2148.eurprd03.prod.outlook.example.com>"
    text = """Dear team,

Well received with thanks. We will wait for the final programme and the connection details.

Best regards,
Rasha

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 27, 2021 10:43 AM
To: Rasha Obeidat <r.obeidat@irbid-municipality.example.jo>
Cc: Office of the Mayor <mayor.office@irbid-municipality.example.jo>
Subject: RE: Request for a speaking slot - H.E. the Mayor of Greater Irbid - GCM Regional Review

Dear Ms. Obeidat,

Thank you for your message. We acknowledge receipt of the request for a speaking role for Nabil Al-Shraideh (Mayor of Greater Irbid, Greater Irbid Municipality) - plenary. The organizers will contact you in due course.

GCM Regional Review - Arab States
"""
    html = ('<html><body lang="EN-US"><div class="WordSection1">' + text2html(text) + "</div></body></html>\n")
    body = alt(text, html, "_000_VI1PR0301MB21489F8E7D6C5B4A39281706F5E4VI1PR0301MB2148_")
    rows = std_rows(when, "mail-he1eur04on0715.outbound.protection.outlook.example.com", "40.107.7.115",
                    "4DcwT6qHn3z9", "Rasha Obeidat <r.obeidat@irbid-municipality.example.jo>",
                    "RE: Request for a speaking slot - H.E. the Mayor of Greater Irbid - GCM Regional Review",
                    rfcdate(sent),
                    "<VI1PR0301MB21489F8E7D6C5B4A39281706F5E4@VI1PR0301MB2148.eurprd03.prod.outlook.example.com>",
                    ret="r.obeidat@irbid-municipality.example.jo")
    rows.insert(5, ("Cc", "Office of the Mayor <mayor.office@irbid-municipality.example.jo>"))
    rows += [("In-Reply-To", ack_mid), ("References", m01_mid + " " + ack_mid),
             ("Thread-Topic", "Request for a speaking slot - H.E. the Mayor of Greater Irbid - GCM Regional Review"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h93-01.eml",
        notes="thank-you reply to our acknowledgement of h93-01: adds nothing new, so no acknowledgement; the "
              "quoted acknowledgement repeats the speaker's name, title and role (must not become a new request)."))


def m18():
    when = at("2021-02-13 12:12:40")
    sent = when - dt.timedelta(seconds=12)
    name = "Rapport volontaire PMM - Municipalité de Zahlé.docx"
    text = """Bonjour,

Suite à notre échange téléphonique avec votre collègue de l'OIM, on vous envoie ci-joint notre rapport volontaire sur la mise en œuvre du Pacte au niveau local (accueil des réfugiés et des travailleurs migrants dans la Békaa).

Aussi, le Président du Conseil municipal, M. Georges Maalouf, souhaiterait intervenir à la table ronde 1 si c'est encore possible, sinon pas de souci.

Merci d'avance et bonne fin de semaine,

Joëlle Haddad
Responsable du Bureau de développement local
Municipalité de Zahlé-Maallaka et Taanayel
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word;">' + text2html(text) + "</body></html>\n")
    a = alt(text, html, "Apple-Mail=_5E1D2C3B-4A59-4687-9C0B-1D2E3F4A5B6C", "utf-8")
    att = leaf(DOCX, make_docx(["Municipalite de Zahle-Maallaka et Taanayel", "Rapport volontaire PMM 2021"]),
               cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment;\r\n\tfilename="%s"' % b_word(name))
    body = multi("mixed", [a, att], "Apple-Mail=_7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D")
    rows = std_rows(when, "smtp.zahle-municipality.example.lb", "185.89.84.17", "4DdM2vR9pWz5",
                    addr("Joëlle Haddad", "j.haddad@zahle-municipality.example.lb", "utf-8", "Q"),
                    hdr("Rapport volontaire + demande d'intervention (Zahlé)", "utf-8", "Q"), rfcdate(sent),
                    "<4C1B2A39-8D7E-4F6A-B5C4-3D2E1F0A9B8C@zahle-municipality.example.lb>",
                    ret="j.haddad@zahle-municipality.example.lb")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Georges Maalouf", "Président du Conseil municipal", "Municipalité de Zahlé-Maallaka et Taanayel",
           ["roundtable"], 1)],
        report_attachments=[name],
        notes="both: the report (on time, 13 Feb) and a speaking request after the 5 Feb speaker deadline, so "
              "on_time is false; Lebanese French; title before the name; affiliation only in the sender's "
              "signature; DOCX file name as RFC 2047 encoded word inside a quoted filename (Apple Mail)."))


def m19():
    when = at("2021-02-14 19:40:03")
    sent = when - dt.timedelta(seconds=6)
    name = "Zarqa_Municipality_GCM_Report_AR.pdf"
    text = """السادة فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة المحترمين،

تحية طيبة وبعد،

نرفق لكم طيه التقرير الطوعي لبلدية الزرقاء الكبرى حول تنفيذ الاتفاق العالمي من أجل الهجرة على المستوى المحلي.

وحيث إن آخر موعد لتقديم طلبات المداخلات بحسب رسالة الدعوة هو يوم الجمعة 23 شباط 2021، نرجو التكرم بتسجيل مشاركة مديرة التنمية المجتمعية في بلدية الزرقاء الكبرى السيدة هالة العموش في النقاش المفتوح للمشاورة مع أصحاب المصلحة.

وتفضلوا بقبول فائق الاحترام،

م. خالد الزواهرة
مساعد المدير التنفيذي
بلدية الزرقاء الكبرى
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    a = alt(text, html, "00000000000091e5f305bb5c1d82", "UTF-8", "base64")
    att = pdf_att(name, ["Greater Zarqa Municipality", "Voluntary GCM review report (Arabic)", "February 2021"])
    body = multi("mixed", [a, att], "00000000000091e5f505bb5c1d84")
    rows = std_rows(when, "mail-ed1-f44.google.example.com", "209.85.208.44", "4Ddr7kX0sNz2",
                    addr("خالد الزواهرة", "k.zawahreh@zarqa-municipality.example.jo"),
                    hdr("التقرير الطوعي وطلب مداخلة - بلدية الزرقاء الكبرى"), rfcdate(sent),
                    "<CAP5vR9sT3uW7xY1zA5bC9dE3fG7hI1jK5lM9nO3pQ7rS1tU@mail.gmail.example.com>",
                    ret="k.zawahreh@zarqa-municipality.example.jo")
    m = top(body, rows)
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هالة العموش", "مديرة التنمية المجتمعية", "بلدية الزرقاء الكبرى", ["open_discussion"])],
        report_attachments=[name],
        notes="relies on the Arabic letter's misprinted speaker deadline ('الجمعة 23 شباط'): the request of "
              "14 Feb is late (real deadline 5 Feb), the report is on time -> both, on_time false; title and "
              "organisation before the name; sender 'م.' is the assistant, not the speaker."))


def m20():
    when = at("2021-02-15 13:22:07")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    rep = "Duhok_Gov_GCM_review.pdf"
    cov = "Cover_letter_signed.pdf"
    t1 = leaf("text/plain", "Hi,\n\nattached our report for the GCM review + the cover letter signed by the Governor. "
              "Sorry for the short mail, travelling.\n\nBest,\nShivan Doski\nDuhok Governorate - Directorate of "
              "Displacement and Migration\n\nSent from my iPhone\n", "us-ascii", "7bit")
    a1 = leaf("application/pdf", make_pdf(["Duhok Governorate", "Voluntary GCM review report 2021",
                                           "IDPs, refugees and returnees in Duhok"]), cte="base64",
              params=[("name", rep), ("x-unix-mode", "0644")], disp="inline;\r\n\tfilename=%s" % rep)
    a2 = leaf("application/pdf", make_pdf(["Duhok Governorate - Office of the Governor",
                                           "Cover letter: submission of the voluntary GCM review report"]),
              cte="base64", params=[("name", cov), ("x-unix-mode", "0644")], disp="inline;\r\n\tfilename=%s" % cov)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, a1, a2, t2], "Apple-Mail-2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E")
    rows = std_rows(when, "mail-pf1-f176.google.example.com", "209.85.210.176", "4DfD1qN7yXz3",
                    "Shivan Doski <shivan.doski@gmail.example.com>", "GCM report Duhok", rfcdate(sent),
                    "<8E7D6C5B-4A39-4281-9F0E-D1C2B3A49586@gmail.example.com>", ret="shivan.doski@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[rep],
        notes="iPhone multipart/mixed with two inline PDFs: the report and a signed cover letter (not part of the "
              "report); very short mail from a personal address; Date +0300."))


def m21():
    when = at("2021-02-16 23:56:12")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    name = "Rapport_RSM_PMM_fev2021.pdf"
    text = """Bonsoir,

ci joint le rapport volontaire de la Région Souss-Massa (Direction des affaires sociales et de la coopération) dans le cadre de la revue régionale du pacte mondial sur les migrations.
Dsl pour l'heure tardive, on a eu des soucis pour faire signer le document.

Bien à vous
Hicham Ait Lhaj
Conseil de la Région Souss-Massa
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    a = alt(text, html, "000000000000d4a6b105bb7f9e21", "UTF-8")
    att = pdf_att(name, ["Conseil de la Region Souss-Massa", "Rapport volontaire - Pacte mondial sur les migrations",
                         "Fevrier 2021"], extra=[("X-Attachment-Id", "f_kl9a7c1e0")])
    body = multi("mixed", [a, att], "000000000000d4a6b305bb7f9e23")
    rows = std_rows(when, "mail-wr1-f45.google.example.com", "209.85.221.45", "4Dfy5jM2tRz8",
                    "Hicham Ait Lhaj <hicham.aitlhaj.rsm@gmail.example.com>",
                    "rapport volontaire Region Souss Massa", rfcdate(sent),
                    "<CAQ6wS0tU4vX8yZ2aB6cD0eF4gH8iJ2kL6mN0oP4qR8sT2uV@mail.gmail.example.com>",
                    ret="hicham.aitlhaj.rsm@gmail.example.com")
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:12 Beirut on Tue 16 Feb (on time); Date 'Tue, 16 Feb 2021 "
              "22:55:58 +0100' (Morocco); apologises for the late hour."))


def m22():
    when = at("2021-02-17 00:03:58")
    sent = tz(when - dt.timedelta(seconds=18), 0)
    name = "AMM_Contribution_GCM_Regional_Review.docx"
    text = """Dear Sir/Madam,

Kindly find enclosed the contribution of the Association of Mayors of Mauritania (AMM) to the Regional Review of the Global Compact for Migration, submitted before tonight's deadline. The report covers the cities of Nouakchott, Nouadhibou, Rosso and Zouerate, on transit migration and the integration of migrants in local services.

With our best regards,

Mariem Mint Ahmedou
Permanent Secretary
Association of Mayors of Mauritania (AMM)
Nouakchott
"""
    body_txt = leaf("text/plain", text, "us-ascii", "7bit")
    att = leaf(DOCX, make_docx(["Association of Mayors of Mauritania (AMM)",
                                "Contribution to the GCM Regional Review - Arab region", "February 2021"]),
               cte="base64", params=[("name", '"%s"' % name)], disp='attachment; filename="%s"' % name)
    body = multi("mixed", [body_txt, att], "------------0B4E2C7A1F9D3E5B6C8A0D2F")
    rows = std_rows(when, "smtp.amm-mauritanie.example.mr", "41.223.96.44", "4Dg08cW5kFz1",
                    "Mariem Mint Ahmedou <sp@amm-mauritanie.example.mr>",
                    "AMM contribution - GCM Regional Review", rfcdate(sent),
                    "<e3b7a1c4-2d5f-4e8a-9b6c-0f1d2e3a4b5c@amm-mauritanie.example.mr>",
                    ret="sp@amm-mauritanie.example.mr")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "en-US")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: Date 'Tue, 16 Feb 2021 22:03:40 +0000' (Nouakchott) and 'submitted before tonight's "
              "deadline', but received 00:03:58 Beirut on Wed 17 Feb: late; the report calls itself a "
              "'contribution'."))


def m23():
    when = at("2021-02-18 09:10:30")
    sent = when - dt.timedelta(seconds=4)
    name = "التقرير الطوعي - اتحاد بلديات الفيحاء (نسخة معدلة).docx"
    text = """حضرات السادة المحترمين،

نرجو اعتماد النسخة المرفقة من التقرير الطوعي بدلاً من النسخة التي أرسلناها بتاريخ 11 شباط، إذ تبيّن أن الملحق الإحصائي لم يكن محدّثاً. نعتذر عن الإزعاج.

مع الشكر،
سامر الأيوبي

________________________________
من: سامر الأيوبي <s.ayoubi@fayhaa-union.example.lb>
أُرسل: الخميس، 11 شباط، 2021 10:05 ص
إلى: gcmrrarabstates@iom.int
الموضوع: التقرير الطوعي لاتحاد بلديات الفيحاء

""" + M16_TEXT
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            '<body><div dir="rtl">' + text2html(text) + "</div></body></html>\n")
    a = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
              "_000_AM0PR10MB25481A2B3C4D5E6F7A8B9C0D1E2FAM0PR10MB2548_")
    att = docx_att_utf8(name, ["اتحاد بلديات الفيحاء", "التقرير الطوعي - نسخة معدلة", "الملحق الإحصائي المحدث"])
    body = multi("mixed", [a, att], "_004_AM0PR10MB25481A2B3C4D5E6F7A8B9C0D1E2FAM0PR10MB2548_")
    rows = std_rows(when, "mail-am6eur05on2133.outbound.protection.outlook.example.com", "40.107.22.133",
                    "4Dh3Pq8vTcz6", addr("سامر الأيوبي", "s.ayoubi@fayhaa-union.example.lb", "windows-1256"),
                    re_hdr("RE: ", "التقرير الطوعي لاتحاد بلديات الفيحاء", "windows-1256"), rfcdate(sent),
                    "<AM0PR10MB25481A2B3C4D5E6F7A8B9C0D1E2F@AM0PR10MB2548.eurprd10.prod.outlook.example.com>",
                    ret="s.ayoubi@fayhaa-union.example.lb")
    rows += [("In-Reply-To", M16_MID), ("References", M16_MID), ("Content-Language", "ar-LB")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name], thread_of="h93-16.eml",
        notes="revised report replacing h93-16, received 18 Feb after the report deadline (the original was on "
              "time); Outlook Arabic quoted header block; windows-1256; new Arabic DOCX file name."))


def m24():
    when = at("2021-02-19 15:30:22")
    sent = tz(when - dt.timedelta(seconds=7), 0)
    m09_mid = "<1612437639.4471.sg@nouadhibou-commune.example.mr>"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Arial; font-size: 12pt; color: #000000">
<p>Bonjour,</p>
<p>Nous revenons vers vous concernant notre courrier du 4 f&eacute;vrier. Nous n'avons pas re&ccedil;u de confirmation pour l'intervention de Monsieur le Maire adjoint.</p>
<p>Pourriez-vous nous confirmer sa participation et nous envoyer le lien de connexion ainsi que le programme d&eacute;finitif ? Y aura-t-il une interpr&eacute;tation vers le fran&ccedil;ais ?</p>
<p>Merci par avance.</p>
<p>Le Secr&eacute;tariat G&eacute;n&eacute;ral<br>Commune de Nouadhibou</p>
<hr>
<p><b>De: </b>"Secretariat General - Commune de Nouadhibou" &lt;sg@nouadhibou-commune.example.mr&gt;<br>
<b>&Agrave;: </b>gcmrrarabstates@iom.int<br><b>Envoy&eacute;: </b>Jeudi 4 F&eacute;vrier 2021 09:20:39<br>
<b>Objet: </b>Participation de la Commune de Nouadhibou &agrave; la Revue r&eacute;gionale</p>
<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px">
<p>A cet effet, le Maire adjoint charg&eacute; des affaires sociales, Monsieur Sidi Mohamed Ould Cheikh, interviendra au nom de la Commune, de pr&eacute;f&eacute;rence lors de la table ronde n&deg;4, &agrave; d&eacute;faut en s&eacute;ance pl&eacute;ni&egrave;re.</p>
</blockquote>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mx.nouadhibou-commune.example.mr", "41.188.96.20", "4DhXs3fJ9mz7",
                    '"Secretariat General - Commune de Nouadhibou" <sg@nouadhibou-commune.example.mr>',
                    hdr("Re: Participation de la Commune de Nouadhibou à la Revue régionale", "utf-8", "Q"),
                    rfcdate(sent), "<1613741415.9902.sg@nouadhibou-commune.example.mr>",
                    ret="sg@nouadhibou-commune.example.mr")
    rows += [("In-Reply-To", m09_mid), ("References", m09_mid),
             ("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h93-09.eml",
        notes="follow-up of h93-09 asking for confirmation, the link, the programme and interpretation: a question, "
              "not a new speaker request, although the quoted part repeats the speaker and role; HTML-only."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
