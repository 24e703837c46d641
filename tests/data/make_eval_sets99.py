#!/usr/bin/env python3
"""Write the blind evaluation set holdout99 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets99.py
Theme: staff of international and regional bodies (UN agency offices, League of Arab States, EU delegations,
development agencies, INGO regional offices) writing formally.
MIME helpers adapted from make_eval_sets72.py.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout99")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h99-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ builders (set 99)
DISCLAIMER_UN = ("DISCLAIMER: This e-mail and any attachments are intended solely for the addressee(s) and may "
                 "contain confidential or privileged information. If you are not the intended recipient, please "
                 "notify the sender immediately and delete this message. Any views expressed are those of the "
                 "author and do not necessarily reflect the official position of the United Nations or of its "
                 "Member States. The United Nations accepts no liability for any damage caused by viruses that "
                 "may be transmitted with this message. Please consider the environment before printing this e-mail.")


def outlook_alt(text, html_inner, bnd, charset="utf-8"):
    html = html_wrap('<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">'
                     + html_inner + "</div>", None, charset)
    return multi("alternative", [leaf("text/plain", text, charset), leaf("text/html", html, charset)], bnd)


def gmail_alt(text, bnd, dir_="ltr"):
    html = '<div dir="%s">' % dir_ + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8", "base64" if dir_ == "rtl" else "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "base64" if dir_ == "rtl" else "quoted-printable")],
                 bnd)


def pdf_att(name, lines, style="outlook", xid=None):
    data = make_pdf(lines)
    if style == "outlook":
        return leaf("application/pdf", data, cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment; filename="%s";\r\n\tsize=%d' % (name, len(data)))
    if style == "gmail":
        return leaf("application/pdf", data, cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", xid or "f_kkz0a1b20")])
    return leaf("application/pdf", data, cte="base64", params=[("name", name)], disp="attachment; filename=%s" % name)


def docx_att(name, paras, style="outlook"):
    data = make_docx(paras)
    return leaf(DOCX, data, cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name)


def outlook_rows(rows, tindex, lang="en-US"):
    return rows + [("Thread-Topic", None), ("Thread-Index", tindex), ("Accept-Language", lang),
                   ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


INVITE_ID = "<DB9PR04MB8412A1C0E3F27B95D1A4C6E2B8F10@DB9PR04MB8412.eurprd04.prod.outlook.example.com>"


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 11:20:14")
    sent = when - dt.timedelta(seconds=2)
    text = """Dear colleagues of the Regional UN Network on Migration,

Thank you for the invitation letter of 20 January regarding the Regional Review of the Global Compact for Migration in the Arab region.

Before we start drafting, may I ask two short clarifications on behalf of the UNDP Country Office:

1. Are UN entities at country level (as opposed to civil society and other stakeholders) also expected to submit a voluntary GCM review report, or will the UN system contribution be consolidated by the Network itself?
2. Is there a recommended template or page limit for the voluntary reports, and may they be submitted in Arabic only?

We may also come back to you regarding a speaking role once internal consultations are concluded.

With thanks and best regards,

Marwan Haddad
Programme Analyst | Governance and Social Cohesion
United Nations Development Programme (UNDP) | Jordan Country Office
Tel: +962 6 200 0000 ext. 1234 | Mobile: +962 79 000 0000
www.jo.undp.org | Twitter: @UNDPJordan

""" + DISCLAIMER_UN + "\n"
    inner = text2html(text.replace(DISCLAIMER_UN, "")) + \
        '<p style="font-size:7.5pt;color:gray">' + esc(DISCLAIMER_UN) + "</p>"
    body = outlook_alt(text, inner, "_000_AM6PR02MB41213C5D7E2F0A9B8C4D1E6FAM6PR02MB4121eurp_")
    rows = std_rows(when, "mail-am6eur05on2102.outbound.protection.outlook.example.com", "40.107.22.102",
                    "4DQk7S2mWvz3", "Marwan Haddad <marwan.haddad@undp.example.org>",
                    "Clarification on voluntary GCM review reports - UN entities?", rfcdate(sent),
                    "<AM6PR02MB41213C5D7E2F0A9B8C4D1E6F@AM6PR02MB4121.eurprd02.prod.outlook.example.com>",
                    ret="marwan.haddad@undp.example.org")
    m = top(body, outlook_rows(rows, "AdbzlK1x2QwErTyUiOpAsDfGhJkLzA=="))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question only (who should submit reports, template, language); mentions a possible speaking role "
              "'later' without proposing anyone; long signature and UN legal disclaimer; Outlook multipart/alternative."))


def m02():
    when = at("2021-01-28 09:05:31")
    sent = when - dt.timedelta(seconds=1)
    text = """شكراً على رسالتكم.
أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 7 فبراير 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع مكتب إدارة اللاجئين والمغتربين والهجرة على: migration.dept@las.example.int

Thank you for your message. I am on official mission until Sunday 7 February 2021 with limited access to e-mail.
For urgent matters please contact migration.dept@las.example.int

د. عمرو الشناوي
جامعة الدول العربية
"""
    body = outlook_alt(text, '<div dir="rtl">' + text2html(text) + "</div>",
                       "_000_VI1PR07MB5510E2C4A7B9D3F1A0C8VI1PR07MB5510eurp_")
    rows = std_rows(when, "mail.las.example.int", "196.219.80.14", "4DRb1m7pYqz9",
                    addr("عمرو الشناوي", "amr.elshenawy@las.example.int"),
                    re_hdr("Automatic reply: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة"),
                    rfcdate(sent), "<VI1PR07MB5510E2C4A7B9D3F1A0C8@VI1PR07MB5510.eurprd07.prod.outlook.example.com>",
                    ret=None)
    rows.insert(0, ("Return-Path", "<>"))
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ar-EG")]
    m = top(body, rows)
    add(2, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual Arabic/English Exchange out-of-office from a League of Arab States official, replying to "
              "the invitation; Auto-Submitted: auto-replied; the Arabic comes first so the language is ar."))


def m03():
    when = at("2021-01-29 15:40:02")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Madame, Monsieur,

Au nom de M. le Chargé d'affaires a.i. de la Délégation de l'Union européenne en Tunisie, j'ai l'honneur de vous transmettre ci-dessous la proposition de la Délégation pour une prise de parole lors de l'Examen régional du Pacte mondial sur les migrations dans la région arabe (24-25 février 2021) :

Nom\tFonction\tInstitution\tSession souhaitée
Mme Ingrid VANDERMEULEN\tCheffe de la Section Coopération a.i.\tDélégation de l'Union européenne en Tunisie\tSéance plénière (intervention depuis la salle)

Mme Vandermeulen assure l'intérim de la Section Coopération jusqu'à la fin du mois de mars.

Je reste à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Sonia Ben Ammar
Chargée de programme – Migration et mobilité
Délégation de l'Union européenne en Tunisie
Rue du Lac Biwa, Les Berges du Lac, 1053 Tunis
"""
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             '<tr><th>Nom</th><th>Fonction</th><th>Institution</th><th>Session souhaitée</th></tr>'
             "<tr><td>Mme Ingrid VANDERMEULEN</td><td>Cheffe de la Section Coopération a.i.</td>"
             "<td>Délégation de l'Union européenne en Tunisie</td><td>Séance plénière (intervention depuis la salle)</td></tr></table>")
    parts = text.split("Nom\tFonction")
    after = text.split("(intervention depuis la salle)\n", 1)[1]
    inner = text2html(parts[0].rstrip("\n")) + table + text2html(after)
    body = outlook_alt(text, inner, "_000_PR3P192MB0732F0E1D2C3B4A59687PR3P192MB0732EURP_", "windows-1252")
    rows = std_rows(when, "mail-pr3eur02on0611.outbound.protection.outlook.example.com", "40.107.1.61",
                    "4DS2pW0kLxz1", '"BEN AMMAR Sonia (EEAS-TUNIS)" <Sonia.BEN-AMMAR@eeas.example.eu>',
                    hdr("Examen régional du PMM – proposition d'intervenante (Délégation UE Tunisie)", "windows-1252", "Q"),
                    rfcdate(sent), "<PR3P192MB0732F0E1D2C3B4A59687@PR3P192MB0732.EURP192.PROD.OUTLOOK.example.com>",
                    ret="Sonia.BEN-AMMAR@eeas.example.eu")
    m = top(body, outlook_rows(rows, "Adb2OkQ7nR3sT9uVwXyZa1bC2dE3fG==", "fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ingrid Vandermeulen", "Cheffe de la Section Coopération a.i.",
           "Délégation de l'Union européenne en Tunisie", ["plenary"])],
        notes="focal point writes 'au nom de M. le Chargé d'affaires a.i.' (head of office, not the speaker); "
              "speaker in a one-row HTML table (tab-separated in the text part), surname in capitals; 'a.i.' in "
              "both the head of office's and the speaker's titles; ISO-8859-1 Outlook, Date in +0100."))


M04_ID = "<AM0PR06MB5043B1C2D3E4F5A6B7C8D9E0F1A2@AM0PR06MB5043.eurprd06.prod.outlook.example.com>"
M04_TEXT = """Dear colleagues,

On behalf of our Regional Director, Dr. Luay Shabaneh, I am pleased to propose our colleague Mr. Tamer Eissa, Regional Adviser on Population and Development, UNFPA Arab States Regional Office (ASRO), to deliver a floor intervention in Roundtable 3 of the Regional Review Conference on 24-25 February.

Dr. Shabaneh regrets that he will not be able to join in person due to a prior commitment, and Tamer will represent the Office. Tamer and our Representative's office are copied here for ease of coordination.

Kindly let us know if any further details (short bio, photo) are required.

Best regards,
Nadine

Nadine Farouk
Programme Analyst, Population & Development Branch
UNFPA Arab States Regional Office (ASRO)
70A Al-Nahda Street, Maadi, Cairo, Egypt
T: +20 2 2522 3900 | farouk@unfpa.example.org
Ensuring rights and choices for all

""" + DISCLAIMER_UN + "\n"


def m04():
    when = at("2021-02-01 10:30:45")
    sent = when - dt.timedelta(seconds=3)
    inner = text2html(M04_TEXT.replace(DISCLAIMER_UN, "")) + '<p style="font-size:7pt">' + esc(DISCLAIMER_UN) + "</p>"
    body = outlook_alt(M04_TEXT, inner, "_000_AM0PR06MB5043B1C2D3E4F5A6B7C8AM0PR06MB5043eurp_")
    rows = std_rows(when, "mail-am0eur06on2120.outbound.protection.outlook.example.com", "40.107.14.120",
                    "4DTa8n3VbQz2", "Nadine Farouk <farouk@unfpa.example.org>",
                    "GCM Regional Review - UNFPA ASRO speaker proposal (Roundtable 3)", rfcdate(sent), M04_ID,
                    ret="farouk@unfpa.example.org")
    rows.insert(6, ("Cc", "Tamer Eissa <eissa@unfpa.example.org>, Luay Shabaneh <shabaneh@unfpa.example.org>,\r\n"
                          " Rania Said <rsaid@unfpa.example.org>, ASRO Front Office <asro.office@unfpa.example.org>,\r\n"
                          " \"Mansour, Heba\" <hmansour@unfpa.example.org>"))
    m = top(body, outlook_rows(rows, "AdcBa1B2c3D4e5F6g7H8i9J0kLmNoQ=="))
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tamer Eissa", "Regional Adviser on Population and Development", "UNFPA Arab States Regional Office (ASRO)",
           ["roundtable"], 3)],
        notes="'Dear colleagues' with five people in Cc; focal point (Programme Analyst, signs) proposes a colleague "
              "on behalf of the Regional Director (head of office, named with 'Dr.', explicitly NOT speaking); "
              "speaker's name/title/office in one apposition; long signature and UN disclaimer."))


def m05():
    when = at("2021-02-02 12:15:20")
    sent = when - dt.timedelta(seconds=5)
    text = """السادة/ أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة – المنطقة العربية
تحية طيبة وبعد،

تهدي الأمانة العامة لجامعة الدول العربية (قطاع الشؤون الاجتماعية) أطيب تحياتها، وبالإشارة إلى الدعوة الكريمة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّ الأمانة العامة أن ترشّح للإدلاء بمداخلة خلال الجلسة العامة للمؤتمر يومي 24-25 فبراير 2021 وفق البيانات التالية:

الاسم: الوزير المفوض د. هالة عبد الرحمن يوسف
المسمى الوظيفي: مدير إدارة اللاجئين والمغتربين والهجرة
الجهة: الأمانة العامة لجامعة الدول العربية – قطاع الشؤون الاجتماعية – إدارة اللاجئين والمغتربين والهجرة

مرفق طيه المذكرة الرسمية بالترشيح.

وتفضلوا بقبول فائق الاحترام والتقدير،

منى الدسوقي
باحث أول – إدارة اللاجئين والمغتربين والهجرة
جامعة الدول العربية – القاهرة
"""
    alt = outlook_alt(text, '<div dir="rtl" style="font-family:Simplified Arabic">' + text2html(text) + "</div>",
                      "_000_HE1PR0802MB2555A7B8C9D0E1F2A3B4HE1PR0802MB2555eurp_")
    name = "مذكرة ترشيح - الاستعراض الإقليمي.pdf"
    data = make_pdf(["League of Arab States - General Secretariat", "Social Affairs Sector",
                     "Note verbale: nomination for the Regional Review of the GCM", "Ref. 2021/LAS/SA/114"])
    att = leaf("application/pdf", data, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s";\r\n\tsize=%d' % (b_word(name), len(data)))
    body = multi("mixed", [alt, att], "_004_HE1PR0802MB2555A7B8C9D0E1F2A3B4HE1PR0802MB2555eurp_")
    rows = std_rows(when, "mail.las.example.int", "196.219.80.14", "4DVc2q8RnTz4",
                    addr("منى الدسوقي", "mona.eldesouky@las.example.int"),
                    hdr("ترشيح متحدث – الاستعراض الإقليمي للاتفاق العالمي للهجرة – جامعة الدول العربية"),
                    rfcdate(sent), "<HE1PR0802MB2555A7B8C9D0E1F2A3B4@HE1PR0802MB2555.eurprd08.prod.outlook.example.com>",
                    ret="mona.eldesouky@las.example.int")
    m = top(body, outlook_rows(rows, "AdcDe5F6g7H8i9J0kL1mN2oP3qR4sA==", "ar-EG"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هالة عبد الرحمن يوسف", "مدير إدارة اللاجئين والمغتربين والهجرة",
           "الأمانة العامة لجامعة الدول العربية – قطاع الشؤون الاجتماعية – إدارة اللاجئين والمغتربين والهجرة",
           ["plenary"])],
        notes="formal LAS letter in MSA with a labelled list; name line carries the diplomatic rank 'الوزير المفوض' "
              "and 'د.' (not part of the name); the attached PDF is the official nomination note, NOT a voluntary "
              "report (report_attachments empty); RFC 2047 Arabic attachment name; sender is a researcher, not the speaker."))


M06_ID = "<8f3b2c1a-6d4e-4f70-9a81-b2c3d4e5f607@aimh-mena.example.org>"
M06_NAME = "AIMH_Rapport_volontaire_PMM_2021.pdf"


def m06():
    when = at("2021-02-02 16:48:09")
    sent = tz(when - dt.timedelta(seconds=6), 1)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) du Bureau régional MENA de l'Alliance internationale pour la mobilité humaine (AIMH), élaboré avec nos partenaires en Tunisie, en Libye et au Maroc.

Le rapport porte sur les objectifs 7, 8 et 21 du PMM (vulnérabilités, personnes disparues, retour et réintégration).

Nous vous remercions de bien vouloir en accuser réception.

Bien cordialement,

Yasmine Trabelsi
Responsable plaidoyer régional | Bureau régional MENA
Alliance internationale pour la mobilité humaine (AIMH)
Immeuble Les Jasmins, Montplaisir, Tunis
"""
    inner = text2html(text) + '<p><img src="cid:image001.png@01D6F95A.3B2C1D00" width="120" height="40" alt="AIMH"></p>'
    alt = outlook_alt(text, inner, "_000_6E1A2B3C4D5E6F7A8B9C_alt_", "utf-8")
    img = leaf("image/png", make_png(12, 4, (200, 60, 20)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6F95A.3B2C1D00>")])
    rel = multi("related", [alt, img], "_005_6E1A2B3C4D5E6F7A8B9C_rel_", params=[("type", '"multipart/alternative"')])
    att = pdf_att(M06_NAME, ["Alliance internationale pour la mobilite humaine (AIMH) - Bureau regional MENA",
                             "Rapport volontaire d'examen du PMM - 2021", "Objectifs 7, 8 et 21"])
    body = multi("mixed", [rel, att], "_006_6E1A2B3C4D5E6F7A8B9C_mix_")
    rows = std_rows(when, "smtp.aimh-mena.example.org", "197.14.52.9", "4DVk0T5yHcz6",
                    "Yasmine Trabelsi <y.trabelsi@aimh-mena.example.org>",
                    "Rapport volontaire PMM – AIMH Bureau régional MENA", rfcdate(sent), M06_ID,
                    ret="y.trabelsi@aimh-mena.example.org")
    rows[5] = ("Subject", hdr("Rapport volontaire PMM – AIMH Bureau régional MENA", "utf-8", "Q"))
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M06_NAME],
        notes="collective report of an INGO regional office; multipart/mixed[related[alternative, inline logo "
              "image001.png], PDF]: the signature logo is not part of the report."))


def m07():
    when = at("2021-02-03 11:02:37")
    sent = when - dt.timedelta(seconds=9)
    name = "ILO-ROAS_GCM_voluntary_review_final.docx"
    text = """مرحبا،

مرفق التقرير الطوعي تبع المكتب الإقليمي لمنظمة العمل الدولية للدول العربية عن تنفيذ الاتفاق العالمي للهجرة (بالإنجليزي، النسخة العربية رح نبعتها إذا لزم).

وكمان حابين نطلب مداخلة بالطاولة المستديرة التانية، المتحدث رح يكون زميلي رامي حداد، اختصاصي سياسات هجرة العمل عنا بالمكتب.

شكراً إلكن وبالتوفيق،
ريما

--
Rima Nassar | ريما نصار
Programme Officer – Labour Migration
International Labour Organization – Regional Office for Arab States (ILO ROAS)
Aresco Centre, Justinien Street, Kantari, Beirut
"""
    alt = gmail_alt(text, "000000000000b1c2d305ba5e7f10", "rtl")
    att = docx_att(name, ["ILO Regional Office for Arab States", "Voluntary GCM Review - Inputs 2021",
                          "Objective 6: fair and ethical recruitment", "Objective 22: portability of social security"])
    att["X-Attachment-Id"] = "f_kko3x9p10"
    body = multi("mixed", [alt, att], "000000000000b1c2d505ba5e7f12")
    rows = std_rows(when, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DWs3K1pLmz0",
                    "Rima Nassar <rima.nassar.ilo@gmail.example.com>",
                    hdr("التقرير الطوعي + طلب مداخلة - ILO ROAS"), rfcdate(sent),
                    "<CAH7aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4aB5cD6e@mail.gmail.example.com>",
                    ret="rima.nassar.ilo@gmail.example.com")
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("رامي حداد", "اختصاصي سياسات هجرة العمل",
                     "International Labour Organization – Regional Office for Arab States (ILO ROAS)", ["roundtable"], 2)],
        report_attachments=[name],
        notes="Levantine colloquial Arabic from a UN staff member writing from a personal Gmail; report is an English "
              "DOCX; speaker is a colleague ('زميلي'), his office given only via the sender's English signature; "
              "roundtable written 'التانية' (colloquial ordinal)."))


def m08():
    when = at("2021-02-04 09:37:51")
    sent = when - dt.timedelta(seconds=4)
    text = flowed("""Dear GCM Regional Review team,

Further to your invitation, UNODC ROMENA would like to request two speaking slots:

1) Karim Benali, Regional Programme Coordinator (Smuggling of Migrants and Trafficking in Persons) - floor intervention in a plenary session, ideally on 24 February;

2) Ms. Aoife Gallagher, Crime Prevention and Criminal Justice Officer - floor intervention in one of the thematic roundtables; we would prefer roundtable 4, otherwise roundtable 2.

Both will connect from Cairo.

Kind regards,
Hany Wahba

--
Hany Wahba
Associate Programme Officer
United Nations Office on Drugs and Crime (UNODC) Regional Office for the Middle East and North Africa (ROMENA)
Cairo, Egypt
""")
    body = leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.unodc.example.org", "193.227.168.41", "4DXh6M2rTnz5",
                    "Hany Wahba <hany.wahba@unodc.example.org>", "Speaking slots - UNODC ROMENA",
                    rfcdate(sent), "<5d1c9e2a-3b4f-6a7d-8e9f-0a1b2c3d4e5f@unodc.example.org>",
                    ret="hany.wahba@unodc.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    aff = "United Nations Office on Drugs and Crime (UNODC) Regional Office for the Middle East and North Africa (ROMENA)"
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Karim Benali", "Regional Programme Coordinator (Smuggling of Migrants and Trafficking in Persons)", aff, ["plenary"]),
        sp("Aoife Gallagher", "Crime Prevention and Criminal Justice Officer", aff, ["roundtable"], 4)],
        notes="two speakers in a numbered list, neither is the sender; affiliation only as acronym in the body and "
              "in full only in the sender's signature; second speaker's first choice is roundtable 4 (then 2); "
              "Thunderbird format=flowed 8bit."))


def m09():
    when = at("2021-02-04 14:20:05")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonjour,

Pourriez-vous svp nous confirmer si une interprétation simultanée vers le français sera assurée pendant la consultation du 23 février et la conférence ? Plusieurs de nos partenaires au Liban et en Tunisie sont francophones.

Par ailleurs, est-ce que nos collègues peuvent s'inscrire comme observateurs sans intervention ?

Merci d'avance,

Carla Abou Jaoudé
Bureau régional de l'UNESCO pour l'éducation dans les États arabes – Beyrouth

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-unesco.example.org", "195.66.1.35", "4DXq1W7zKbz3",
                    addr("Carla Abou Jaoudé", "c.abou-jaoude@unesco.example.org"), "Interprétation FR ?",
                    rfcdate(sent), "<3E9A1B7C-2D4F-4E6A-9B8C-7D6E5F4A3B2C@unesco.example.org>",
                    ret="c.abou-jaoude@unesco.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    add(9, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics question (interpretation, observer registration) from iPhone; no speaker proposed "
              "('observateurs sans intervention'); short subject."))


def m10():
    when = at("2021-02-05 10:15:44")
    sent = tz(when - dt.timedelta(seconds=7), 1)
    name = "Enabel_Maroc_Rapport_examen_volontaire_PMM.pdf"
    text = """Madame, Monsieur,

Enabel, l'Agence belge de développement, a le plaisir de vous transmettre en pièce jointe son rapport d'examen volontaire sur la mise en œuvre du PMM au Maroc, dans le cadre de l'Examen régional.

Nous souhaiterions également que notre Représentant résident puisse intervenir lors de la table ronde thématique n°1 :
Représentant résident d'Enabel au Maroc – M. Koen Verstraeten – Enabel, Agence belge de développement, Représentation au Maroc

Avec nos remerciements anticipés,
Bien à vous,

Fatima-Zahra El Alaoui
Chargée de suivi-évaluation
Enabel – Représentation au Maroc, Rabat

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Enabel décline toute responsabilité au titre de ce message s'il a été altéré ou falsifié.
"""
    alt = outlook_alt(text, text2html(text), "_000_MR2P264MB0450A1B2C3D4E5F6_alt_", "windows-1252")
    att = pdf_att(name, ["Enabel - Agence belge de developpement - Maroc", "Rapport d'examen volontaire du PMM",
                         "Migration et developpement: programme Coop Migration"])
    body = multi("mixed", [alt, att], "_004_MR2P264MB0450A1B2C3D4E5F6_mix_")
    rows = std_rows(when, "mail-mr2fra01on0120.outbound.protection.outlook.example.com", "40.107.9.120",
                    "4DY0zP3cRvz8", '"El Alaoui, Fatima-Zahra" <fatimazahra.elalaoui@enabel.example.be>',
                    hdr("Enabel Maroc – Rapport volontaire PMM et demande d'intervention", "windows-1252", "Q"),
                    rfcdate(sent), "<MR2P264MB0450A1B2C3D4E5F6A7B8C9D0@MR2P264MB0450.FRAP264.PROD.OUTLOOK.example.com>",
                    ret="fatimazahra.elalaoui@enabel.example.be")
    m = top(body, outlook_rows(rows, "AdcLa7B8c9D0e1F2g3H4i5J6k7L8mQ==", "fr-FR"))
    add(10, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Koen Verstraeten", "Représentant résident d'Enabel au Maroc",
                     "Enabel, Agence belge de développement, Représentation au Maroc", ["roundtable"], 1)],
        report_attachments=[name],
        notes="both parts on 5 Feb (speaker deadline day); speaker line in unusual order title – name – organisation; "
              "speaker is the head of office, proposed by an M&E officer; 'table ronde thématique n°1'; "
              "windows-1252 QP with confidentiality footer."))


def m11():
    when = at("2021-02-05 13:30:26")
    sent = when - dt.timedelta(seconds=3)
    text = """Bonjour chers collègues,

Suite à votre aimable invitation, la Représentation de l'OIF pour le Moyen-Orient (Beyrouth) voudrait proposer deux personnes :

- Mme Rima Abi Nader, spécialiste de programme, pour assurer le rôle de rapporteuse et présenter les messages clés des parties prenantes ;
- M. Ziad Khoury, attaché de coopération, pour participer à la discussion ouverte de la consultation du 23 février.

On est bien sûr disponibles pour un appel si vous voulez en discuter, n'hésitez surtout pas.

Merci infiniment et bonne journée,

Joëlle Haddad
Assistante de programme
Organisation internationale de la Francophonie (OIF) – Représentation pour le Moyen-Orient
Beyrouth, Liban
"""
    body = gmail_alt(text, "0000000000004e5f6a05ba9c1d23")
    rows = std_rows(when, "mail-wm1-f67.google.example.com", "209.85.128.67", "4DY7pQ2wEnz1",
                    addr("Joëlle Haddad", "joelle.haddad@francophonie.example.org", "utf-8", "Q"),
                    "Propositions OIF - Examen regional PMM", rfcdate(sent),
                    "<CAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6g@mail.gmail.example.com>",
                    ret="joelle.haddad@francophonie.example.org")
    m = top(body, rows)
    aff = "Organisation internationale de la Francophonie (OIF) – Représentation pour le Moyen-Orient"
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rima Abi Nader", "spécialiste de programme", aff, ["rapporteur"]),
        sp("Ziad Khoury", "attaché de coopération", aff, ["open_discussion"])],
        notes="Levantine French ('On est bien sûr disponibles', 'n'hésitez surtout pas'); two speakers with "
              "different roles (rapporteur, open discussion); lowercase titles; fullest affiliation only in the "
              "sender's signature (body has 'Représentation de l'OIF pour le Moyen-Orient (Beyrouth)')."))


def m12():
    when = at("2021-02-05 23:52:40")
    sent = tz(when - dt.timedelta(seconds=6), -5)
    text = """Dear Colleagues,

Apologies for the late submission - I am currently on mission at Headquarters in New York.

UN Women would like to request a floor intervention in the plenary session of the Regional Review Conference (24-25 February). I would deliver it myself; my details are below.

Many thanks for your understanding,

Hiba Qasem
Officer-in-Charge (OIC)
UN Women Regional Office for the Arab States
Cairo, Egypt | currently: New York, USA
Mobile: +20 100 000 0000 | Skype: hiba.qasem.unw

UN Women is the UN organization dedicated to gender equality and the empowerment of women.

This message is intended only for the person(s) to whom it is addressed and may contain privileged and confidential information. If you have received this e-mail in error, please notify the sender and delete it from your system. Any unauthorized copying, disclosure or distribution of the material in this e-mail is strictly forbidden.

Get Outlook for iOS
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_BN6PR07MB3315F1E2D3C4B5A6_")
    rows = std_rows(when, "mail-bn8nam12on2105.outbound.protection.outlook.example.com", "40.107.237.105",
                    "4DYsL4kW9qz7", "Hiba Qasem <hiba.qasem@unwomen.example.org>",
                    "UN Women - request for floor intervention (plenary)", rfcdate(sent),
                    "<BN6PR07MB3315F1E2D3C4B5A6978812@BN6PR07MB3315.namprd07.prod.outlook.example.com>",
                    ret="hiba.qasem@unwomen.example.org")
    m = top(body, outlook_rows(rows, "AQHW+1a2b3c4d5e6f7g8h9i0j1k2lA=="))
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Qasem", "Officer-in-Charge (OIC)", "UN Women Regional Office for the Arab States", ["plenary"])],
        notes="deadline edge: received 23:52:40 Beirut on Fri 5 Feb (on time) although the sender apologises for "
              "being late; Date header 'Fri, 5 Feb 2021 16:52:34 -0500' (New York); self-nomination with details "
              "only in the signature; OIC title; disclaimer; Outlook for iOS base64."))


def m13():
    when = at("2021-02-06 00:04:10")
    sent = tz(when - dt.timedelta(seconds=8), 1)
    text = """Bonsoir,

Je me permets de vous adresser, avant la date limite de ce soir, la candidature de notre bureau pour une intervention dans la 4ème table ronde thématique.

Intervenante proposée : Salma Idrissi, Spécialiste Protection de l'enfance, Bureau de l'UNICEF au Maroc.

Salma a coordonné le travail sur les enfants migrants non accompagnés à Oujda et Tanger, elle pourra partager cette expérience.

Je reste joignable pour tout complément.
Cordialement

Mehdi Benjelloun
Chargé de programme, Bureau de l'UNICEF au Maroc - Rabat
"""
    body = gmail_alt(text, "000000000000f1a2b305baa0c3d4")
    rows = std_rows(when, "mail-lf1-f48.google.example.com", "209.85.167.48", "4DZ0a6xN1rz2",
                    "Mehdi Benjelloun <mbenjelloun@unicef.example.org>",
                    hdr("Candidature intervention – table ronde 4 – UNICEF Maroc", "utf-8", "Q"), rfcdate(sent),
                    "<CAK9xY8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8cB7aZ6yX5wV4u@mail.gmail.example.com>",
                    ret="mbenjelloun@unicef.example.org")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salma Idrissi", "Spécialiste Protection de l'enfance", "Bureau de l'UNICEF au Maroc", ["roundtable"], 4)],
        notes="deadline edge, LATE: received 00:04:10 Beirut on Sat 6 Feb; Date header 'Fri, 5 Feb 2021 23:04:02 "
              "+0100' (Rabat) and the text says 'avant la date limite de ce soir'; '4ème table ronde'."))


def m14():
    when = at("2021-02-08 10:10:18")
    sent = when - dt.timedelta(seconds=2)
    quoted = "\n".join("> " + l if l else ">" for l in M04_TEXT.replace(DISCLAIMER_UN, "").rstrip("\n").split("\n"))
    text = """Dear colleagues,

A quick update to my message below: following internal discussion, our Regional Director would also like Tamer to take part in the open discussion of the multi-stakeholder consultation on 23 February, in addition to Roundtable 3. Please also note that his correct title is Senior Regional Adviser on Population and Development (my apologies for the error).

Many thanks,
Nadine

From: Nadine Farouk <farouk@unfpa.example.org>
Sent: Monday, February 1, 2021 10:30 AM
To: gcmrrarabstates@iom.int
Cc: Tamer Eissa; Luay Shabaneh; Rania Said; ASRO Front Office; Mansour, Heba
Subject: GCM Regional Review - UNFPA ASRO speaker proposal (Roundtable 3)

""" + M04_TEXT.replace(DISCLAIMER_UN, "").rstrip("\n") + "\n"
    inner = text2html(text.split("From: Nadine")[0]) + '<hr><div style="border-left:1px solid #ccc;padding-left:6px">' + \
        text2html("From: Nadine" + text.split("From: Nadine")[1]) + "</div>"
    body = outlook_alt(text, inner, "_000_AM0PR06MB50437F8E9D0C1B2A3_")
    rows = std_rows(when, "mail-am0eur06on2121.outbound.protection.outlook.example.com", "40.107.14.121",
                    "4Dax9K2mPcz4", "Nadine Farouk <farouk@unfpa.example.org>",
                    "RE: GCM Regional Review - UNFPA ASRO speaker proposal (Roundtable 3)", rfcdate(sent),
                    "<AM0PR06MB50437F8E9D0C1B2A3F4E5D6C@AM0PR06MB5043.eurprd06.prod.outlook.example.com>",
                    ret="farouk@unfpa.example.org")
    rows.insert(6, ("Cc", "Tamer Eissa <eissa@unfpa.example.org>, Luay Shabaneh <shabaneh@unfpa.example.org>,\r\n"
                          " Rania Said <rsaid@unfpa.example.org>"))
    rows += [("In-Reply-To", M04_ID), ("References", M04_ID)]
    m = top(body, outlook_rows(rows, "AdcBa1B2c3D4e5F6g7H8i9J0kLmNoQAAEz1qA="))
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tamer Eissa", "Senior Regional Adviser on Population and Development",
           "UNFPA Arab States Regional Office (ASRO)", ["roundtable", "open_discussion"], 3)],
        thread_of="h99-04.eml",
        notes="follow-up to h99-04 (Outlook reply, header-block quote, no '>' prefixes): adds the open discussion "
              "role and corrects the title; the new request arrives 8 Feb, after the speaker deadline (the original "
              "was on time); the speaker's details must be merged from the quoted original."))


def m15():
    when = at("2021-02-09 12:00:47")
    sent = tz(when - dt.timedelta(seconds=5), 3)
    text = """السلام عليكم ورحمة الله وبركاته
حياكم الله

بالإشارة الى خطاب الدعوة (النسخة العربية) واللي يحدد آخر موعد لطلبات التحدث يوم الجمعة 23 فبراير، نود ترشيح:

الأمانة العامة لمجلس التعاون لدول الخليج العربية – قطاع الشؤون الاقتصادية والتنموية – مدير إدارة العمل والتنمية الاجتماعية: سعادة الأستاذ فهد بن ناصر العتيبي

للمشاركة في النقاش المفتوح للتشاور مع أصحاب المصلحة المتعددين.

ونكون شاكرين لو تأكدون لنا الاستلام.

مع خالص التحية
عبدالله المطيري
أخصائي برامج
الأمانة العامة لمجلس التعاون – الرياض
"""
    body = leaf("text/html", html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl"),
                "utf-8", "base64")
    rows = std_rows(when, "mail.gcc-sg.example.org", "212.26.18.70", "4Dbk2V7sLpz9",
                    addr("عبدالله المطيري", "a.almutairi@gcc-sg.example.org"),
                    hdr("ترشيح للمشاركة في النقاش المفتوح"), rfcdate(sent),
                    "<000001d6fed2$4a5b6c70$deadbeef$@gcc-sg.example.org>", ret="a.almutairi@gcc-sg.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sa")]
    m = top(body, rows)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فهد بن ناصر العتيبي", "مدير إدارة العمل والتنمية الاجتماعية",
           "الأمانة العامة لمجلس التعاون لدول الخليج العربية – قطاع الشؤون الاقتصادية والتنموية", ["open_discussion"])],
        notes="LATE (9 Feb): sender relies on the Arabic letter's misprinted deadline 'الجمعة 23 فبراير'; Gulf "
              "colloquial touches ('واللي', 'تأكدون'); HTML-only base64; speaker line in reverse order "
              "organisation – sector – title: 'سعادة الأستاذ' + name (honorifics dropped); Date header +0300."))


def m16():
    when = at("2021-02-10 08:40:03")
    orig_id = "<BEIPR01MB0001A2B3C4D5E6F7@BEIPR01MB0001.eurprd01.prod.outlook.example.com>"
    text = """This is the mail system at host mx2.regional-ngo.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mena.office@regional-ngo.example.org>: host
    mailstore.regional-ngo.example.org[10.20.0.5] said: 552 5.2.2 Mailbox full
    (in reply to RCPT TO command)
"""
    t = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    dsn = ("Reporting-MTA: dns; mx2.regional-ngo.example.org\nX-Postfix-Queue-ID: 4DbzQ1rTq\n"
           "Arrival-Date: Wed, 10 Feb 2021 06:39:58 +0000 (UTC)\n\n"
           "Final-Recipient: rfc822; mena.office@regional-ngo.example.org\n"
           "Original-Recipient: rfc822;mena.office@regional-ngo.example.org\nAction: failed\n"
           "Status: 5.2.2\nRemote-MTA: dns; mailstore.regional-ngo.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n")
    for block in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hd = Message(policy=POL)
    hd["Content-Description"] = "Undelivered Message Headers"
    hd["Content-Type"] = "text/rfc822-headers"
    hd.set_payload("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\r\n"
                   "To: mena.office@regional-ngo.example.org\r\n"
                   "Subject: Reminder: voluntary GCM review reports due 16 February 2021\r\n"
                   "Date: Wed, 10 Feb 2021 06:39:50 +0000\r\nMessage-ID: %s\r\n" % orig_id)
    body = multi("report", [t, ds, hd], "4DbzQ1rTq.1612939203/mx2.regional-ngo.example.org",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mx2.regional-ngo.example.org", "185.12.64.20", "4DbzQ5wKzz3")),
            ("From", "MAILER-DAEMON@mx2.regional-ngo.example.org (Mail Delivery System)"),
            ("To", BOX), ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=3), 0))),
            ("Message-ID", "<20210210064000.4DbzQ1rTq@mx2.regional-ngo.example.org>"),
            ("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    add(16, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status, mailbox full) for a reminder the mailbox sent; "
              "the returned headers mention voluntary reports and the deadline."))


def m17():
    when = at("2021-02-11 15:25:33")
    sent = tz(when - dt.timedelta(seconds=4), 1)
    text = """Bonjour à toute l'équipe,

Je me permets de vous contacter au sujet du rapport volontaire. Notre agence prépare une contribution commune avec le ministère et deux associations partenaires à Sfax et Médenine, mais la validation prendra un peu plus de temps, normalement fin février.

Deux questions svp :
- est-ce qu'un rapport rédigé uniquement en français est recevable ?
- si on vous l'envoie après le 16 février, sera-t-il quand même pris en compte dans la synthèse régionale ou publié sur la plateforme ?

Merci beaucoup pour votre retour, et bon courage pour la préparation.

Bien cordialement,
Amel Zouari
Chargée de projets Migration – Agence AFD de Tunis
Agence française de développement
"""
    body = outlook_alt(text, text2html(text), "_000_PAXPR01MB8821C3D4E5F6A7B8_", "windows-1252")
    rows = std_rows(when, "mail-pa6eur05on2075.outbound.protection.outlook.example.com", "40.107.22.75",
                    "4DcM4r8tYwz5", "ZOUARI Amel <zouaria@afd.example.fr>",
                    hdr("Question – rapport volontaire (langue / délai)", "windows-1252", "Q"), rfcdate(sent),
                    "<PAXPR01MB8821C3D4E5F6A7B8C9D0E1F2@PAXPR01MB8821.eurprd01.prod.outlook.example.com>",
                    ret="zouaria@afd.example.fr")
    m = top(body, outlook_rows(rows, "AdcAb4C5d6E7f8G9h0I1j2K3l4M5nQ==", "fr-FR"))
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="talks about a voluntary report at length but submits nothing (questions on language and late "
              "submission); no attachment; must not be filed as a report."))


def m18():
    when = at("2021-02-12 11:45:12")
    sent = when - dt.timedelta(seconds=6)
    n1, n2 = "GIZ_Jordan_GCM_Voluntary_Review_2021.pdf", "Annex 1 - Contributing partners.docx"
    text = """Dear Sir or Madam,

On behalf of the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH in Jordan, and together with our implementing partners, please find attached our collective voluntary GCM review report, together with its Annex 1 listing the contributing organisations.

The report covers our work under the programme "Migration for Development" and the regional "Labour Mobility" project, with a focus on GCM objectives 5, 6 and 18.

We would be grateful for a confirmation of receipt.

Kind regards

i.A. Lina Sweis
Advisor, Migration & Diaspora
Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH
GIZ Office Amman, Jordan

Registered offices: Bonn and Eschborn, Germany. Commercial register: Bonn, HRB 18384; Frankfurt am Main, HRB 12394. Chairman of the Supervisory Board: Jochen Flasbarth, State Secretary. Management Board: Tanja Gönner (Chair), Ingrid-Gabriela Hoven, Thorsten Schäfer-Gümbel.
"""
    alt = outlook_alt(text, text2html(text), "_000_FR2P281MB0102A9B8C7D6E5F4_alt_", "utf-8")
    a1 = pdf_att(n1, ["Deutsche Gesellschaft fuer Internationale Zusammenarbeit (GIZ) GmbH - Jordan",
                      "Collective Voluntary GCM Review Report 2021", "Objectives 5, 6 and 18"])
    a2 = docx_att(n2, ["Annex 1 - Contributing partners", "Ministry of Labour (Jordan)", "Tamkeen Fields for Aid",
                       "Jordanian Hashemite Fund for Human Development"])
    body = multi("mixed", [alt, a1, a2], "_004_FR2P281MB0102A9B8C7D6E5F4_mix_")
    rows = std_rows(when, "mail-fr2deu01on2101.outbound.protection.outlook.example.com", "40.107.135.101",
                    "4DcY8p1qXnz7", '"Sweis, Lina GIZ JO" <lina.sweis@giz.example.de>',
                    "Collective voluntary GCM review report - GIZ Jordan", rfcdate(sent),
                    "<FR2P281MB0102A9B8C7D6E5F4A3B2C1D0@FR2P281MB0102.DEUP281.PROD.OUTLOOK.example.com>",
                    ret="lina.sweis@giz.example.de")
    m = top(body, outlook_rows(rows, "AdcBtX5y6Z7a8B9c0D1e2F3g4H5i6A==", "de-DE"))
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="collective report made of two attachments (PDF report + DOCX annex, both part of the report); "
              "German corporate legal footer; 'i.A.' before the name; Content-Language de-DE but written in English."))


M19_ID = "<0f1e2d3c4b5a69788796a5b4c3d2e1f0@unhabitat.example.org>"
M19_NAME = "تقرير المراجعة الطوعية - موئل الأمم المتحدة العراق.pdf"


def m19():
    when = at("2021-02-14 10:05:26")
    sent = tz(when - dt.timedelta(seconds=11), 3)
    text = """السادة المحترمون في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،

تحية طيبة،

يسر مكتب برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة) في العراق أن يقدّم إليكم تقريره الطوعي لمراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع التركيز على النازحين داخلياً والعائدين في المناطق الحضرية في نينوى والأنبار.

يرجى التكرم بالاطلاع على التقرير المرفق.

مع خالص التقدير،

زينب الربيعي
مسؤولة برامج وطنية
موئل الأمم المتحدة – مكتب العراق، بغداد
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(text) + "</div>", "rtl")
    h = leaf("text/html", html, "utf-8", "quoted-printable")
    data = make_pdf(["UN-Habitat Iraq Office", "Voluntary GCM Review Report 2021",
                     "IDPs and returnees in urban areas of Ninewa and Anbar"])
    att = leaf("application/pdf", data, cte="base64", params=[tuple(p.split("=", 1)) for p in rfc2231_cont("name", M19_NAME)],
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", M19_NAME)))
    body = multi("mixed", [h, att], "=_a1b2c3d4e5f60718293a4b5c6d7e8f90")
    rows = std_rows(when, "mail.unhabitat.example.org", "41.204.161.12", "4DdQ3m6vBkz1",
                    addr("زينب الربيعي", "zainab.alrubaie@unhabitat.example.org"),
                    hdr("التقرير الطوعي لموئل الأمم المتحدة – العراق"), rfcdate(sent), M19_ID,
                    ret="zainab.alrubaie@unhabitat.example.org")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_NAME],
        notes="HTML-only Arabic body (Roundcube); Arabic PDF name with spaces in RFC 2231 continuations; Date +0300."))


def m20():
    when = at("2021-02-15 09:30:58")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    ack_id = "<ack-20210214-0019@gcmrrarabstates.iom.int>"
    text = """شكراً جزيلاً على تأكيد الاستلام، ونتطلع للمشاركة في المؤتمر.

مع التحية،
زينب

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Sunday, February 14, 2021 10:06 AM
To: زينب الربيعي
Subject: تم الاستلام: التقرير الطوعي لموئل الأمم المتحدة – العراق

شكراً لكم، تم استلام تقريركم الطوعي.
"""
    body = outlook_alt(text, '<div dir="rtl">' + text2html(text) + "</div>", "_000_DB7PR01MB4411E5F6A7B8_")
    rows = std_rows(when, "mail.unhabitat.example.org", "41.204.161.12", "4DdwQ8n2Vcz6",
                    addr("زينب الربيعي", "zainab.alrubaie@unhabitat.example.org"),
                    re_hdr("RE: ", "تم الاستلام: التقرير الطوعي لموئل الأمم المتحدة – العراق"), rfcdate(sent),
                    "<DB7PR01MB4411E5F6A7B8C9D0E1F2A3B4@DB7PR01MB4411.eurprd01.prod.outlook.example.com>",
                    ret="zainab.alrubaie@unhabitat.example.org")
    rows += [("In-Reply-To", ack_id), ("References", M19_ID + "\r\n " + ack_id)]
    m = top(body, outlook_rows(rows, "AdcDmZ1a2B3c4D5e6F7g8H9i0J1kLw==", "ar-IQ"))
    add(20, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h99-19.eml",
        notes="thank-you reply to our acknowledgement of h99-19 (References carry h99-19's Message-ID): adds "
              "nothing, so no acknowledgement; different mail client than h99-19 (Outlook vs Roundcube)."))


def m21():
    when = at("2021-02-15 13:10:40")
    sent = when - dt.timedelta(seconds=7)
    name = "IPDN_Regional_GCM_Report_AR.pdf"
    text = """الزملاء الأعزاء،

أهلاً بيكم، بعتنالكم مرفق التقرير الطوعي بتاع المكتب الإقليمي للشبكة الدولية للحماية والتنمية (IPDN) عن الاتفاق العالمي للهجرة، والتقرير اتعمل بالتعاون مع شركائنا في مصر والسودان.

وكمان لو ينفع، مديرنا الإقليمي د. شريف عبد المنعم يحب يعمل مداخلة في الجلسة العامة يوم 24 أو 25. عارفين إن معاد طلبات الكلام فات، بس لو فيه أي فرصة هنكون ممتنين جداً.

بيانات المتحدث:
- شريف عبد المنعم
- المدير الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا
- الشبكة الدولية للحماية والتنمية (IPDN) – المكتب الإقليمي بالقاهرة

ألف شكر،
نهى سليمان
منسقة المناصرة
"""
    alt = gmail_alt(text, "000000000000c7d8e905bb1f2a34", "rtl")
    att = pdf_att(name, ["International Protection and Development Network (IPDN)", "Regional Office - Cairo",
                         "Voluntary GCM Review Report 2021 (Arabic)"], "gmail", "f_kl5m2n3o0")
    body = multi("mixed", [alt, att], "000000000000c7d8eb05bb1f2a36")
    rows = std_rows(when, "mail-wr1-f50.google.example.com", "209.85.221.50", "4Df1T4s9Hqz3",
                    addr("نهى سليمان", "noha.soliman@ipdn.example.org"),
                    hdr("التقرير الطوعي - IPDN + طلب مداخلة"), rfcdate(sent),
                    "<CAJ4kL5mN6oP7qR8sT9uV0wX1yZ2aB3cD4eF5gH6iJ7kL8mN9o@mail.gmail.example.com>",
                    ret="noha.soliman@ipdn.example.org")
    m = top(body, rows)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("شريف عبد المنعم", "المدير الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا",
                     "الشبكة الدولية للحماية والتنمية (IPDN) – المكتب الإقليمي بالقاهرة", ["plenary"])],
        report_attachments=[name],
        notes="Egyptian colloquial ('بعتنالكم', 'بتاع', 'معاد'); report on time (15 Feb) but the speaker part is "
              "after 5 Feb, and the sender admits it, so 'both' is not on time; speaker is the regional director "
              "('د.' dropped), details in a dash list."))


def m22():
    when = at("2021-02-16 14:20:16")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    name = "AIMH_Rapport_volontaire_PMM_2021_v2.pdf"
    text = flowed("""Bonjour,

Suite à notre envoi du 2 février, vous trouverez ci-joint une version révisée de notre rapport volontaire (v2) : les données sur la Libye ont été mises à jour et une coquille dans le résumé exécutif a été corrigée. Merci de bien vouloir remplacer la version précédente par celle-ci.

Bien cordialement,

Yasmine Trabelsi
Responsable plaidoyer régional | Bureau régional MENA
Alliance internationale pour la mobilité humaine (AIMH)

Le 02/02/2021 à 15:48, Yasmine Trabelsi a écrit :
> Bonjour,
>
> Veuillez trouver ci-joint le rapport volontaire d'examen du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) du Bureau régional MENA de l'Alliance internationale pour la mobilité humaine (AIMH), élaboré avec nos partenaires en Tunisie, en Libye et au Maroc.
>
> [...]
""")
    t = leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")])
    att = pdf_att(name, ["Alliance internationale pour la mobilite humaine (AIMH) - Bureau regional MENA",
                         "Rapport volontaire d'examen du PMM - 2021 - version revisee (v2)"], "plain")
    body = multi("mixed", [t, att], "------------0C1D2E3F4A5B6C7D8E9F0A1B")
    rows = std_rows(when, "smtp.aimh-mena.example.org", "197.14.52.9", "4DfZ7k2pWsz8",
                    "Yasmine Trabelsi <y.trabelsi@aimh-mena.example.org>",
                    hdr("Re: Rapport volontaire PMM – AIMH Bureau régional MENA (version révisée)", "utf-8", "Q"),
                    rfcdate(sent), "<a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d@aimh-mena.example.org>",
                    ret="y.trabelsi@aimh-mena.example.org")
    rows += [("In-Reply-To", M06_ID), ("References", M06_ID),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h99-06.eml",
        notes="revised report replacing h99-06 (In-Reply-To h99-06, v2 file); Thunderbird this time (the first "
              "was Outlook), format=flowed with a '>' quote of the original."))


def m23():
    when = at("2021-02-16 23:57:20")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    name = "ALO_GCM_Voluntary_Review_Report_2021.pdf"
    text = """السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
المحترمين،

تحية طيبة وبعد،

تتشرف منظمة العمل العربية بأن ترفق طيه تقريرها الطوعي حول استعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وذلك ضمن الموعد المحدد.

وتفضلوا بقبول فائق الاحترام،

خالد الزهراني
مستشار – إدارة العمالة والهجرة
منظمة العمل العربية
(مرسل من الرياض)
"""
    t = leaf("text/plain", text, "windows-1256", "quoted-printable")
    att = pdf_att(name, ["Arab Labour Organization (ALO)", "Voluntary GCM Review Report 2021",
                         "Labour migration governance in the Arab region"])
    body = multi("mixed", [t, att], "----=_NextPart_000_0042_01D704C3.9A8B7C60")
    rows = std_rows(when, "mail.alo.example.org", "41.33.20.15", "4DfxM2v7Tbz0",
                    addr("خالد الزهراني", "k.alzahrani@alo.example.org", "windows-1256"),
                    hdr("التقرير الطوعي لمنظمة العمل العربية", "windows-1256"), rfcdate(sent),
                    "<004201d704c3$9a8b7c60$cfa27520$@alo.example.org>", ret="k.alzahrani@alo.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "ar-sa")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge, ON TIME: received 23:57:20 Beirut on Tue 16 Feb, but the Date header reads 'Wed, 17 Feb "
              "2021 00:57:11 +0300' (sent from Riyadh); windows-1256 QP plain text."))


def m24():
    when = at("2021-02-17 00:03:30")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    name = "ICMPD_GCM_voluntary_review_MENA_2021.pdf"
    text = """Dear Colleagues,

Please find attached ICMPD's voluntary GCM review report for the Arab region, submitted in line with the extended deadline of 16 February.

With best regards,

Julia Hofer
Project Officer, Mediterranean Region
International Centre for Migration Policy Development (ICMPD)
Gonzagagasse 1, 1010 Vienna, Austria

This e-mail and any attachment is confidential and intended solely for the addressee. ICMPD is an international organisation; nothing in this message shall be construed as a waiver of its privileges and immunities.
"""
    alt = outlook_alt(text, text2html(text), "_000_VI1PR09MB2101D4E5F6A7B8C9_alt_", "utf-8")
    att = pdf_att(name, ["International Centre for Migration Policy Development (ICMPD)",
                         "Voluntary GCM Review Report - Arab region 2021"])
    body = multi("mixed", [alt, att], "_004_VI1PR09MB2101D4E5F6A7B8C9_mix_")
    rows = std_rows(when, "mail-vi1eur04on0710.outbound.protection.outlook.example.com", "40.107.8.71",
                    "4Dg0B6r3Pmz2", "Julia Hofer <julia.hofer@icmpd.example.org>",
                    "ICMPD voluntary GCM review report", rfcdate(sent),
                    "<VI1PR09MB2101D4E5F6A7B8C9D0E1F2A3@VI1PR09MB2101.eurprd09.prod.outlook.example.com>",
                    ret="julia.hofer@icmpd.example.org")
    m = top(body, outlook_rows(rows, "AdcEo3Fg4Hi5Jk6Lm7No8Pq9Rs0TuA==", "de-AT"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge, LATE by 3.5 minutes: received 00:03:30 Beirut on Wed 17 Feb; Date header 'Tue, 16 Feb "
              "2021 23:03:16 +0100' (Vienna) and the body claims it is within the extended deadline."))


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
