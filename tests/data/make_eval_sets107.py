#!/usr/bin/env python3
"""Write the blind evaluation set holdout107 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets107.py
Theme: staff of large organisations whose mail carries heavy corporate furniture: long bilingual
confidentiality disclaimers, inline logos, attached vCards, signatures with several addresses and
phone numbers, people holding two posts at once, nested units (department / division / directorate).
All organisations, people, addresses and domains are fictitious (example.* domains).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout107")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h107-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    data = msg if isinstance(msg, bytes) else serialize(msg)
    if isinstance(msg, bytes):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append((fname, data, full))


# ---------------------------------------------------------------- corporate furniture
def att(ctype, data, name, disp="attachment", cid=None, name_hdr=None, disp_name=None, extra=None):
    """Base64 attachment; name_hdr / disp_name override the raw parameter text."""
    m = Message(policy=POL)
    m["Content-Type"] = '%s; name=%s' % (ctype, name_hdr or '"%s"' % name)
    if cid:
        m["Content-ID"] = "<%s>" % cid
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-Disposition"] = '%s; filename=%s' % (disp, disp_name or '"%s"' % name)
    for k, v in (extra or []):
        m[k] = v
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def vcard(last, first, org, title, tels, emails, adr=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (last, first), "FN:%s %s" % (first, last),
             "ORG:%s" % org, "TITLE:%s" % title]
    for kind, t in tels:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (kind, t))
    for e in emails:
        lines.append("EMAIL;TYPE=PREF,INTERNET:%s" % e)
    if adr:
        lines.append("ADR;TYPE=WORK:;;%s" % adr)
    lines += ["REV:20210115T091500Z", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


DISC_EN_AR = """______________________________________________________________________
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. The views expressed in this message are those of the sender and do not necessarily reflect the official position of the Organisation. Please consider the environment before printing this e-mail.

إشعار السرية: هذه الرسالة الإلكترونية ومرفقاتها مخصصة حصراً للمرسل إليه وقد تحتوي على معلومات سرية أو محمية قانوناً. يُحظر أي اطلاع أو استخدام أو إفشاء أو توزيع غير مصرح به. إذا وصلتكم هذه الرسالة عن طريق الخطأ، يرجى إبلاغ المرسل فوراً وحذفها وجميع نسخها. الآراء الواردة في هذه الرسالة تعبر عن رأي كاتبها ولا تعكس بالضرورة الموقف الرسمي للمنظمة.
______________________________________________________________________
"""

DISC_FR_EN = """-----------------------------------------------------------------
AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être assurée sur Internet, l'expéditeur ne saurait être tenu responsable de son contenu.
DISCLAIMER: This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use or dissemination is prohibited. If you have received this message in error, please notify the sender immediately and delete it. As the integrity of this message cannot be guaranteed on the Internet, the sender shall not be liable for its content.
-----------------------------------------------------------------
"""


def related(alt, images, boundary):
    return multi("related", [alt] + images, boundary, params=[("type", '"multipart/alternative"')])


def quote_outlook(frm, sent, to, subject, text):
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text))


# ================================================================ the 24 messages
M01_ID = "<DB9PR08MB6713A52E1C0F4B7D9E2C11A4C3F19@DB9PR08MB6713.eurprd08.prod.outlook.example.com>"
M01_SUBJ = "Nomination of speaker - Regional Review of the GCM in the Arab Region (ARSOD)"
M01_TEXT = """Dear Colleagues of the Regional UN Network on Migration,

With reference to your invitation letter regarding the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region (23-25 February 2021), I am pleased to inform you that the Arab Regional Organisation for Social Development (ARSOD) wishes to take the floor during one of the plenary sessions of the Regional Review Conference.

ARSOD will be represented by Dr. Hisham Farouk Abdel-Aziz, Head of Unit, Migration Policy Division, Directorate of Social Affairs, who has followed the GCM process in the region since 2019.

His contact details are in copy. We would be grateful to receive the practical arrangements (format, duration of the intervention) in due course.

With best regards,

Amal Zein-Eddine
Programme Assistant | Office of the Director
Directorate of Social Affairs
Arab Regional Organisation for Social Development (ARSOD)
Headquarters: 14 Corniche El Nil, Garden City, Cairo, Egypt
Beirut Liaison Office: Riad El Solh Square, Beirut, Lebanon
T: +20 2 2795 1100 ext. 4412 | M: +20 100 555 0142 | F: +20 2 2795 1199
www.arsod.example.org | Follow us: @ARSOD_Social

""" + DISC_EN_AR


def m01():
    when = at("2021-01-26 10:41:17")
    sent = when - dt.timedelta(seconds=6)
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(M01_TEXT)
                     .replace("<p>Amal Zein-Eddine", '<p><img width="140" height="42" src="cid:image001.png@01D6F3D1.2A6B5C80" alt="ARSOD"><br>Amal Zein-Eddine') + "</div>")
    alt = multi("alternative", [leaf("text/plain", M01_TEXT, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_DB9PR08MB6713A52E1C0F4B7D9E2C11A4C3F19DB9PR08MB6713eurp_")
    logo = att("image/png", make_png(14, 4, (10, 70, 130)), "image001.png", "inline",
               cid="image001.png@01D6F3D1.2A6B5C80")
    body = related(alt, [logo], "_004_DB9PR08MB6713A52E1C0F4B7D9E2C11A4C3F19DB9PR08MB6713eurp_")
    rows = std_rows(when, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "40.107.22.71",
                    "4DQ3zL1bWkz5G", "Amal Zein-Eddine <a.zeineddine@arsod.example.org>", M01_SUBJ,
                    rfcdate(tz(sent, 0)), M01_ID, ret="a.zeineddine@arsod.example.org")
    rows.insert(5, ("Cc", '"Abdel-Aziz, Hisham Farouk" <h.abdelaziz@arsod.example.org>'))
    rows += [("Thread-Topic", M01_SUBJ), ("Thread-Index", "AdbzzSpr1jN2QwKvT4mK0eYl9fC2Qg=="),
             ("Accept-Language", "en-US, ar-EG"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hisham Farouk Abdel-Aziz", "Head of Unit, Migration Policy Division, Directorate of Social Affairs",
           "Arab Regional Organisation for Social Development (ARSOD)", ["plenary"])],
        notes="Outlook/Exchange: related(alternative)+inline logo; the sender (programme assistant) nominates a "
              "colleague; the speaker's title is a unit path with commas ('Head of Unit, Migration Policy Division, "
              "Directorate of Social Affairs') that must not be split into title + affiliation; sender's own "
              "signature has a unit, two office addresses and three phone numbers; long EN/AR confidentiality "
              "disclaimer; 'take the floor during one of the plenary sessions' = plenary; Date in UTC+0. "
              "Revised by h107-09."))


def m02():
    when = at("2021-01-27 13:05:52")
    sent = when - dt.timedelta(seconds=11)
    text = """حضرة أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمة،
تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، وبصفتي رئيساً للجمعية اللبنانية لدعم العمال المهاجرين، يشرّفني أن أتقدّم بطلب المشاركة بمداخلة في المائدة المستديرة المواضيعية الثالثة، نظراً لعمل الجمعية منذ سنوات على ملف العمالة المنزلية المهاجرة ونظام الكفالة.

علماً أنني سأشارك بصفتي ممثلاً للجمعية وليس للجامعة.

مع فائق الاحترام،

د. منير الحاج
أستاذ القانون الدولي العام – كلية الحقوق والعلوم السياسية، الجامعة اللبنانية
رئيس الجمعية اللبنانية لدعم العمال المهاجرين (ج.ل.د.ع.م)
الحدث – بعبدا | بدارو، شارع سامي الصلح، بناية النجمة، الطابق الثالث
هاتف: +961 5 462 118 | خلوي: +961 3 318 920
munir.elhajj@ul-droit.example.edu.lb | president@aldam.example.org.lb

""" + DISC_FR_EN
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic;font-size:13pt">'
                     + text2html(text).replace("<p>د. منير الحاج", '<p><img src="cid:image002.jpg@01D6F4A8.7E3D1B20" width="90" height="90" alt="logo"><br>د. منير الحاج')
                     + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "----=_NextPart_001_0037_01D6F4A8.7E3D1B20")
    jpg = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(range(256)) * 3 + b"\xff\xd9")
    logo = att("image/jpeg", jpg, "image002.jpg", "inline", cid="image002.jpg@01D6F4A8.7E3D1B20")
    body = related(alt, [logo], "----=_NextPart_000_0036_01D6F4A8.7E3D1B20")
    rows = std_rows(when, "smtp.aldam.example.org.lb", "185.83.12.40", "4DRk0Q6tMnz3",
                    addr("منير الحاج", "president@aldam.example.org.lb"),
                    hdr("طلب مداخلة – المائدة المستديرة الثالثة – الجمعية اللبنانية لدعم العمال المهاجرين"),
                    rfcdate(tz(sent, 2)), "<003601d6f4a8$7e3d1b20$7ab75160$@aldam.example.org.lb>",
                    ret="president@aldam.example.org.lb")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW9KiAfj0bIHq3UWCXQlb8c3mUSw=="),
             ("Content-Language", "ar-lb")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منير الحاج", "رئيس", "الجمعية اللبنانية لدعم العمال المهاجرين (ج.ل.د.ع.م)", ["roundtable"], 3)],
        notes="the sender is the speaker; his signature gives two posts (professor at the Lebanese University "
              "first, president of the association second) and the body says he speaks as president of the "
              "association, not for the university, so the association is the affiliation; Arabic acronym with "
              "dots; roundtable as the ordinal 'الثالثة'; honorific 'د.' dropped; French+English disclaimer under an "
              "Arabic message; inline JPEG logo; base64 UTF-8 text and HTML; two e-mail addresses in the signature."))


M03_ID = "<MRXP264MB0911C7E2B4F0A6D3158E42A9B6D80@MRXP264MB0911.FRAP264.PROD.OUTLOOK.example.com>"
M03_DOCX = "Rapport_Examen_Volontaire_PMM_CCDM_2021_VF.docx"
M03_PDF = "Rapport_Examen_Volontaire_PMM_CCDM_2021_VF.pdf"
M03_SUBJ = "Contribution du CCDM - Rapport d'examen volontaire du PMM"
M03_TEXT = """Madame, Monsieur,

Dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de vous transmettre, au nom de M. le Directeur de la Coopération internationale, le rapport d'examen volontaire du Conseil consultatif des droits et des migrations (CCDM).

Le rapport est joint en version Word ainsi qu'en version PDF pour faciliter sa lecture.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nadia Bennani
Cadre chargée des relations multilatérales
Division des Migrations et de la Mobilité humaine
Direction de la Coopération internationale et des Partenariats
Conseil consultatif des droits et des migrations (CCDM)
Siège : Avenue Annakhil, Hay Riad, Rabat – Maroc
Antenne régionale : 22, boulevard Mohammed V, Oujda
Tél. : +212 (0)5 37 71 40 00 – Poste 318 | GSM : +212 (0)6 61 22 48 90
www.ccdm.example.ma

""" + DISC_FR_EN


def m03():
    when = at("2021-01-28 15:22:09")
    sent = when - dt.timedelta(seconds=14)
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">'
                     + text2html(M03_TEXT).replace("<p>Nadia Bennani", '<p><img width="160" height="55" src="cid:image001.png@01D6F57B.9C0E3A10" alt="CCDM"><br><b>Nadia Bennani</b>') + "</div>", None, "windows-1252")
    alt = multi("alternative", [leaf("text/plain", M03_TEXT, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_MRXP264MB0911C7E2B4F0A6D3158E42A9B6D80MRXP264MB0911FRAP_")
    logo = att("image/png", make_png(16, 6, (150, 20, 40)), "image001.png", "inline", cid="image001.png@01D6F57B.9C0E3A10")
    rel = related(alt, [logo], "_004_MRXP264MB0911C7E2B4F0A6D3158E42A9B6D80MRXP264MB0911FRAP_")
    paras = ["Conseil consultatif des droits et des migrations (CCDM)",
             "Rapport d'examen volontaire - Pacte mondial pour les migrations - Region arabe 2021",
             "1. Introduction", "2. Mise en oeuvre des objectifs 1, 6, 7 et 16 du PMM",
             "3. Migrations de transit et protection des enfants non accompagnes", "4. Recommandations"]
    docx = att(DOCX, make_docx(paras), M03_DOCX)
    pdf = att("application/pdf", make_pdf(paras), M03_PDF)
    vcf = att("text/x-vcard", vcard("Bennani", "Nadia", "Conseil consultatif des droits et des migrations (CCDM);"
                                    "Direction de la Coopération internationale et des Partenariats",
                                    "Cadre chargée des relations multilatérales",
                                    [("WORK", "+212 5 37 71 40 00"), ("CELL", "+212 6 61 22 48 90")],
                                    ["n.bennani@ccdm.example.ma"], "Avenue Annakhil, Hay Riad;Rabat;;;Maroc"),
              "Nadia Bennani.vcf")
    body = multi("mixed", [rel, docx, pdf, vcf], "_007_MRXP264MB0911C7E2B4F0A6D3158E42A9B6D80MRXP264MB0911FRAP_")
    rows = std_rows(when, "mail-mr2fra01on2104.outbound.protection.outlook.example.com", "40.107.9.104",
                    "4DRqLx3f0Gz8", addr("Bennani Nadia", "n.bennani@ccdm.example.ma"),
                    hdr(M03_SUBJ, "iso-8859-1", "Q"), rfcdate(tz(sent, 1)), M03_ID, ret="n.bennani@ccdm.example.ma")
    rows.insert(5, ("Cc", '"Direction CIP" <dcip@ccdm.example.ma>'))
    rows += [("Thread-Topic", M03_SUBJ.replace("'", "'")), ("Thread-Index", "AQHW9XuZnA46EH3T0kCbfo+qzF2W1Q=="),
             ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_DOCX, M03_PDF],
        notes="one report sent twice, DOCX plus its PDF copy (both are the report); a vCard (.vcf) and an inline "
              "PNG logo are also attached and are not part of the report; windows-1252 Outlook mail with a "
              "four-level signature (unit / division / directorate / council), two addresses, FR/EN disclaimer; "
              "display name in 'Surname Firstname' order; Date in UTC+1. Revised by h107-17."))


def m04():
    when = at("2021-01-31 09:48:30")
    sent = when - dt.timedelta(seconds=4)
    text = """Hello GCM team,

I have two practical questions on the voluntary reports before we start drafting:

1) We are a regional federation with national member societies in 9 Arab countries. Can we submit ONE collective report for the federation with country annexes, or should each national society send its own?
2) Is there a template or a maximum length? The letter does not say.

We do not need a speaking slot at this stage, just trying to plan the work.

Many thanks
Rasha

Rasha Al-Tamimi
Senior Officer, Migration & Displacement
Department of Programmes and Operations
MENA Regional Office
Federation of Arab Humanitarian Societies (FAHS)
Regional Office: Jabal Amman, 3rd Circle, Amman 11181, Jordan | Geneva Liaison: Chemin des Crêts 17, 1209 Geneva
Office +962 6 464 2201 | Mobile +962 79 555 0198 | Skype rasha.tamimi.fahs

** This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. FAHS accepts no liability for any damage caused by any virus transmitted by this email. **
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000004f8c1b05ba2e7d13")
    rows = std_rows(when, "mail-ej1-f41.google.example.com", "209.85.218.41", "4DT6hW1rYvz2",
                    "Rasha Al-Tamimi <rasha.altamimi@fahs.example.org>",
                    "Question re voluntary GCM reports - collective report for a federation?",
                    rfcdate(tz(sent, 2)), "<CAH7pQm2xN3e0Lb5f_9wRzT1sYkV8cJq4dG6aE2uB0nM7iK3hPw@mail.gmail.example.com>",
                    ret="rasha.altamimi@fahs.example.org")
    m = top(body, rows)
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a question about report format, no report and explicitly no speaker request; heavy signature "
              "(department / regional office / federation, two addresses, three contacts) could be mistaken for "
              "speaker details; mentions 'voluntary reports' and 'speaking slot' keywords."))


def m05():
    when = at("2021-02-01 20:17:44")
    sent = when - dt.timedelta(seconds=28)
    text = """مرحبا،
كيفكن؟ حابين نرشح زميلتنا رنا الصفدي تشارك بالنقاش المفتوح تبع المشاورة يوم ٢٣ شباط، هي منسقة برنامج الحماية القانونية عنا بالمؤسسة وشغلها كله مع العمال المهاجرين بالمناطق الصناعية.
إذا بدكن شي معلومات زيادة خبروني.
شكراً كتير

سامر
--
سامر العبادي
مدير وحدة الشراكات والمنح | دائرة تنمية الموارد
مؤسسة جسور للتنمية المجتمعية – المكتب الإقليمي
عمّان: شارع وصفي التل، مجمع الحسيني، ط ٤ | إربد: شارع الجامعة، بناية ٢٢
هاتف +962 6 553 0071 | خلوي +962 77 912 3350

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-pf1-f182.google.example.com", "209.85.210.182", "4DV1cT5ZkKz4",
                    addr("Samer Al-Abbadi", "s.abbadi@josour.example.org"),
                    hdr("ترشيح للنقاش المفتوح"), rfcdate(tz(sent, 2)),
                    "<5F2B8C1E-7A3D-4E9B-B0C6-1D2E3F4A5B6C@josour.example.org>", ret="s.abbadi@josour.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", None)]
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رنا الصفدي", "منسقة برنامج الحماية القانونية", "مؤسسة جسور للتنمية المجتمعية", ["open_discussion"])],
        notes="iPhone plain text, Levantine colloquial ('حابين نرشح', 'عنا', 'خبروني'); the nominee is a colleague "
              "described in prose, her affiliation only as 'بالمؤسسة' so it comes from the sender's signature "
              "(the '– المكتب الإقليمي' office suffix is not part of the name); the sender's own unit path "
              "(unit | department) is not the speaker's; 'النقاش المفتوح تبع المشاورة يوم ٢٣ شباط' = open discussion; "
              "Arabic-Indic digits."))


def m06():
    when = at("2021-02-02 11:36:05")
    sent = when - dt.timedelta(seconds=9)
    rows_tbl = [
        ("Mme Carla Nassar", "Directrice exécutive", "Réseau libanais pour la protection des travailleurs migrants (RLPTM)",
         "Rapporteure – messages clés"),
        ("M. Fadi Karam", "Responsable du pôle plaidoyer, Département des programmes", "RLPTM",
         "Table ronde n°2"),
        ("Dr Joëlle Abou Jaoudé", "Chargée de recherche", "Université Saint-Joseph – Institut des sciences sociales (membre associé du RLPTM)",
         "Intervention en plénière"),
    ]
    trs = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r) + "</tr>\n"
                  for r in rows_tbl)
    inner = """<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Bonjour à toute l'équipe,</p>
<p>Suite à la lettre d'invitation pour l'Examen régional du PMM, le RLPTM aimerait proposer les intervenants suivants. Je me permets de les mettre dans un tableau, c'est plus clair :</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999">Nom</th><th style="border:1px solid #999">Fonction</th><th style="border:1px solid #999">Organisation</th><th style="border:1px solid #999">Rôle souhaité</th></tr>
%s</table>
<p>Pour Fadi, s'il n'y a plus de place dans la table ronde 2, la 4 nous conviendrait aussi.</p>
<p>Merci d'avance et bonne journée,<br>
Maya</p>
<p style="color:#666;font-size:9pt">Maya Khoury Haddad<br>
Coordinatrice Communication &amp; Relations institutionnelles<br>
Réseau libanais pour la protection des travailleurs migrants (RLPTM)<br>
Achrafieh, rue Monot, Imm. Saadé, 2e étage – Beyrouth, Liban<br>
Tél : +961 1 202 330 / +961 1 202 331 | Port. : +961 70 440 812<br>
<a href="https://www.rlptm.example.org.lb">www.rlptm.example.org.lb</a></p>
<p style="color:#999;font-size:8pt">%s</p>
</div>""" % (trs, esc(DISC_FR_EN).replace("\n", "<br>\n"))
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-eopbgr90105.outbound.protection.outlook.example.com", "40.107.9.105", "4DVQk82Hn1z6",
                    addr("Maya Khoury Haddad", "m.khouryhaddad@rlptm.example.org.lb"),
                    hdr("Proposition d'intervenants – RLPTM – Examen régional PMM", "utf-8", "Q"),
                    rfcdate(tz(sent, 2)),
                    "<VI1PR0602MB3407E1A8B7C2D9F05E3C41B2A9D70@VI1PR0602MB3407.eurprd06.prod.outlook.example.com>",
                    ret="m.khouryhaddad@rlptm.example.org.lb")
    rows += [("Thread-Topic", "Proposition d'intervenants - RLPTM - Examen regional PMM"),
             ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Carla Nassar", "Directrice exécutive", "Réseau libanais pour la protection des travailleurs migrants (RLPTM)",
           ["rapporteur"]),
        sp("Fadi Karam", "Responsable du pôle plaidoyer, Département des programmes",
           "Réseau libanais pour la protection des travailleurs migrants (RLPTM)", ["roundtable"], 2),
        sp("Joëlle Abou Jaoudé", "Chargée de recherche",
           "Université Saint-Joseph – Institut des sciences sociales", ["plenary"])],
        notes="HTML-only Outlook mail, three speakers in an HTML table (Nom / Fonction / Organisation / Rôle); "
              "honorifics Mme / M. / Dr in the name cells; second row gives only the acronym 'RLPTM' (fullest form "
              "is in row 1); Fadi's function contains a department path; roundtable '2, sinon la 4' -> first choice 2; "
              "third speaker's organisation cell carries a parenthetical membership note, not part of the "
              "affiliation; the sender (communications coordinator) is not a speaker; FR/EN disclaimer in HTML."))


M07_NAME = "WAMI_GCM_Voluntary_Review_Arab_Region_Feb2021.pdf"


def m07():
    when = at("2021-02-03 14:02:26")
    sent = when - dt.timedelta(seconds=31)
    text = """Dear Regional UN Network on Migration,

On behalf of the West Asia Migrant Inclusion Alliance (WAMI), please find attached our voluntary GCM review report for the Regional Review in the Arab region. It is a collective report prepared with our 14 member organisations in Iraq, Jordan, Lebanon and the GCC countries.

In addition, we would like to request a floor intervention for our MENA Regional Director in thematic roundtable four (we understand it covers the drivers of migration and regular pathways). Her details:

  Regional Director for the Middle East and North Africa, WAMI - Ms. Dalia Raouf Mansour

Grateful if you could confirm receipt of both the report and the request.

Sincerely,

Thomas Whitfield
Head of Policy & Research | Global Advocacy Department
West Asia Migrant Inclusion Alliance (WAMI)
Regional Hub: Building 7, Dubai Knowledge Park, Dubai, UAE
Head Office: 32 Rue de Lausanne, 1201 Geneva, Switzerland
D +971 4 390 1127 | M +971 50 118 6632 | CH +41 22 731 0480
thomas.whitfield@wami.example.org | www.wami.example.org

--
WAMI is registered as an association under Swiss law. This message is confidential and may be legally privileged. If you are not the intended recipient, you must not copy, distribute or take any action in reliance on it. Please notify the sender and delete this message.
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000b17e3205ba6f3c21")
    pdf = att("application/pdf", make_pdf(["West Asia Migrant Inclusion Alliance (WAMI)",
                                           "Voluntary GCM Review - Collective Report - Arab Region",
                                           "February 2021", "Contributors: 14 member organisations"]), M07_NAME,
              extra=[("X-Attachment-Id", "f_kkq1c2x10")])
    vcf = att("text/vcard", vcard("Whitfield", "Thomas", "West Asia Migrant Inclusion Alliance (WAMI);Global Advocacy Department",
                                  "Head of Policy & Research", [("WORK", "+971 4 390 1127"), ("CELL", "+971 50 118 6632")],
                                  ["thomas.whitfield@wami.example.org"]),
              "Thomas Whitfield (WAMI).vcf", extra=[("X-Attachment-Id", "f_kkq1c2x21")])
    body = multi("mixed", [alt, pdf, vcf], "000000000000b17e3405ba6f3c23")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DW9Tg0sLpz7",
                    "Thomas Whitfield <thomas.whitfield@wami.example.org>",
                    "WAMI: voluntary GCM review report + speaker request (roundtable 4)", rfcdate(tz(sent, 4)),
                    "<CAK2vB8dN4pR7tX0zC3fH6jL9nQ2sV5xA8cE1gI4kM7oR0uW3yZ@mail.gmail.example.com>",
                    ret="thomas.whitfield@wami.example.org")
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dalia Raouf Mansour", "Regional Director for the Middle East and North Africa",
           "West Asia Migrant Inclusion Alliance (WAMI)", ["roundtable"], 4)],
        report_attachments=[M07_NAME],
        notes="collective report (PDF) plus a speaker request in one mail, both on time; a vCard of the sender is "
              "also attached and is not part of the report; speaker line in inverted order 'Title, ORG - Ms. Name'; "
              "roundtable as the word 'four'; the sender (Head of Policy, signature with two addresses and three "
              "phones) is not the speaker; Date in UTC+4 (Dubai)."))


def m08():
    when = at("2021-02-03 16:30:12")
    sent = when - dt.timedelta(seconds=1)
    text = """شكراً لرسالتكم. أنا خارج المكتب في مهمة رسمية حتى يوم الأحد ١٤ فبراير ٢٠٢١ مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع مكتب مدير إدارة شؤون العمالة الوافدة على البريد: expat.affairs@molsd.example.gov.kw أو الهاتف 22481100 965+.

Thank you for your email. I am out of the office on official mission until Sunday 14 February 2021 with limited access to e-mail.
For urgent matters please contact the Office of the Director, Expatriate Labour Affairs Department at expat.affairs@molsd.example.gov.kw or +965 2248 1100.

عبدالله فهد المطيري
مراقب – قسم الاتفاقيات الدولية – إدارة شؤون العمالة الوافدة
وزارة العمل والتنمية الاجتماعية
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_AS8PR10MB61020B9E4E3D7C9F1A2B8C46D1A70AS8PR10MB6102EURP_")
    rows = std_rows(when, "mail.molsd.example.gov.kw", "94.128.40.12", "4DWCz61q4Mz1",
                    addr("عبدالله فهد المطيري", "a.almutairi@molsd.example.gov.kw"),
                    re_hdr("Automatic reply: ", "دعوة: المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة"),
                    rfcdate(tz(sent, 3)),
                    "<2b7e4c01a9d84f3e8c5d6f7a0b1c2d3e@AS8PR10MB6102.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="")
    rows += [("In-Reply-To", "<RR-GCM-ARAB-INV-0119@iom.int>"), ("References", "<RR-GCM-ARAB-INV-0119@iom.int>"),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "a.almutairi@molsd.example.gov.kw"), ("Content-Language", "ar-KW")]
    rows[0] = ("Return-Path", "<>")
    m = top(body, rows)
    add(8, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office, Arabic then English, 'Automatic reply:' subject prefix with an Arabic "
              "encoded-word, Auto-Submitted: auto-replied, empty Return-Path; the signature holds a nested unit "
              "title and a ministry, which must not be read as a speaker request."))


def m09():
    when = at("2021-02-04 09:15:40")
    sent = when - dt.timedelta(seconds=7)
    orig_sent = at("2021-01-26 10:41:11")
    new = """Dear Colleagues,

Further to my e-mail below, please note a change in ARSOD's nomination: due to an overlapping Ministerial meeting, Dr. Hisham Farouk Abdel-Aziz will unfortunately not be available on 24-25 February.

ARSOD will instead be represented by Ms. Lina Haddad, Senior Programme Officer, Labour Migration Section, Migration Policy Division. The request for a floor intervention in the plenary remains unchanged.

Apologies for any inconvenience.

Best regards,

Amal Zein-Eddine
Programme Assistant | Office of the Director
Directorate of Social Affairs
Arab Regional Organisation for Social Development (ARSOD)
T: +20 2 2795 1100 ext. 4412 | M: +20 100 555 0142
"""
    text = new + quote_outlook("Amal Zein-Eddine <a.zeineddine@arsod.example.org>",
                               "Tuesday, January 26, 2021 8:41 AM", "gcmrrarabstates@iom.int",
                               M01_SUBJ, M01_TEXT)
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(new)
                     + '<hr><div style="border-left:none">' + text2html(quote_outlook(
                         "Amal Zein-Eddine", "Tuesday, January 26, 2021 8:41 AM", "gcmrrarabstates@iom.int",
                         M01_SUBJ, M01_TEXT)) + "</div></div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_DB9PR08MB67138F0C2E1A4B3D6E9F20B7C3F19DB9PR08MB6713eurp_")
    rows = std_rows(when, "mail-am6eur05on2071.outbound.protection.outlook.example.com", "40.107.22.71",
                    "4DWpV03yGbz9", "Amal Zein-Eddine <a.zeineddine@arsod.example.org>", "RE: " + M01_SUBJ,
                    rfcdate(tz(sent, 0)),
                    "<DB9PR08MB67138F0C2E1A4B3D6E9F20B7C3F19@DB9PR08MB6713.eurprd08.prod.outlook.example.com>",
                    ret="a.zeineddine@arsod.example.org")
    rows.insert(5, ("Cc", '"Haddad, Lina" <l.haddad@arsod.example.org>'))
    rows += [("In-Reply-To", M01_ID), ("References", M01_ID), ("Thread-Topic", M01_SUBJ),
             ("Thread-Index", "AdbzzSpr1jN2QwKvT4mK0eYl9fC2QgAhBf3Q"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Lina Haddad", "Senior Programme Officer, Labour Migration Section, Migration Policy Division",
           "Arab Regional Organisation for Social Development (ARSOD)", ["plenary"])],
        thread_of="h107-01.eml",
        notes="follow-up replacing the speaker of h107-01: the quoted original still names the withdrawn speaker "
              "(must not be listed); new speaker's title is again a unit path; affiliation only via 'ARSOD' and the "
              "sender's signature; role carried over in prose ('request ... in the plenary remains unchanged'); "
              "Outlook top-posted reply with header-block quote."))


def m10():
    when = at("2021-02-05 10:20:03")
    sent = when - dt.timedelta(seconds=15)
    text = flowed("""Bonjour,

Je me permets de vous écrire pour solliciter une prise de parole lors de la table ronde thématique 1 de l'Examen régional du PMM (24-25 février). Je travaille depuis plusieurs années sur la migration des Tunisien·ne·s vers l'Europe et sur le retour, et je pourrais apporter un éclairage sur la situation des migrants subsahariens en Tunisie.

Je reste à votre disposition.

Bien à vous,

-- 
Dr. Sonia Ben Ammar
Maître de conférences en sociologie
Faculté des Sciences Humaines et Sociales de Tunis – Université de Tunis
Vice-présidente de l'Observatoire tunisien des mobilités humaines (OTMH)
94, boulevard du 9 avril 1938, 1007 Tunis | Rue d'Espagne 12, 1000 Tunis (OTMH)
Tél. +216 71 560 840 | +216 98 204 117
sonia.benammar@fshst.example.tn / s.benammar@otmh.example.tn
""")
    body = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    rows = std_rows(when, "smtp.fshst.example.tn", "41.229.13.70", "4DXB1m7cRrz2",
                    "Sonia Ben Ammar <sonia.benammar@fshst.example.tn>",
                    hdr("Demande de prise de parole – table ronde thématique 1", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<a4c1f0e2-8b37-9d5c-2e61-7f0b3a9d4c28@fshst.example.tn>",
                    ret="sonia.benammar@fshst.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Ben Ammar", "Maître de conférences en sociologie",
           "Faculté des Sciences Humaines et Sociales de Tunis – Université de Tunis", ["roundtable"], 1)],
        notes="self-nomination, all details only in the '-- ' signature; two posts (lecturer at a faculty of a "
              "university, vice-president of an observatory) and the body does not say which she speaks for, so "
              "the first written post/affiliation is kept; two postal addresses and two e-mails; Thunderbird "
              "format=flowed 8bit; 'Dr.' dropped; Date in UTC+1."))


def m11():
    when = at("2021-02-05 23:55:40")
    sent = when - dt.timedelta(seconds=22)
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الكرام في فريق المراجعة الإقليمية للاتفاق العالمي للهجرة،

نأمل قبول ترشيحنا التالي لدور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة، واعذرونا على التأخير، الموضوع تأخر عندنا بسبب الموافقات الداخلية:

الاسم: خالد بن سعد القحطاني
المسمى الوظيفي: رئيس قسم الدراسات – إدارة البحوث والسياسات – قطاع التنمية الاجتماعية
الجهة: مجلس التعاون الإقليمي للتنمية الاجتماعية والعمل
البريد: k.alqahtani@rcsdl.example.org.sa
الجوال: +966 55 410 7731

وتقبلوا خالص التحية،
نورة الشهري
سكرتارية قطاع التنمية الاجتماعية
مجلس التعاون الإقليمي للتنمية الاجتماعية والعمل
الرياض – حي السفارات | ص.ب 94355 الرياض 11693
هاتف: +966 11 488 2200 تحويلة 215

تنبيه: هذه الرسالة وما تتضمنه من مرفقات سرية ومخصصة للمرسل إليه فقط. إذا تلقيتم هذه الرسالة عن طريق الخطأ فيرجى إشعار المرسل وحذفها فوراً.
Disclaimer: This e-mail and its attachments are confidential and intended only for the addressee. If received in error, please notify the sender and delete it immediately.
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_PAXPR09MB5263D0A7E3F1B94C2D8E1A57B6E20PAXPR09MB5263eurp_")
    rows = std_rows(when, "mail-db3eur04on0613.outbound.protection.outlook.example.com", "40.107.6.113",
                    "4DXYgB0fP2z6", addr("نورة الشهري", "n.alshehri@rcsdl.example.org.sa"),
                    hdr("ترشيح مقرر - المراجعة الإقليمية للاتفاق العالمي للهجرة"), rfcdate(tz(sent, 3)),
                    "<PAXPR09MB5263D0A7E3F1B94C2D8E1A57B6E20@PAXPR09MB5263.eurprd09.prod.outlook.example.com>",
                    ret="n.alshehri@rcsdl.example.org.sa")
    rows.insert(5, ("Cc", "k.alqahtani@rcsdl.example.org.sa"))
    rows += [("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن سعد القحطاني", "رئيس قسم الدراسات – إدارة البحوث والسياسات – قطاع التنمية الاجتماعية",
           "مجلس التعاون الإقليمي للتنمية الاجتماعية والعمل", ["rapporteur"])],
        notes="deadline edge: received 23:55:40 Beirut on Fri 5 Feb, but the Date header reads 'Sat, 6 Feb 2021 "
              "00:55 +0300' (Riyadh) and the sender apologises for being late: still on time; labelled list "
              "(الاسم / المسمى الوظيفي / الجهة); the title is a unit path with dashes; the sender is a secretary, "
              "not the speaker; AR/EN disclaimer; Gulf phrasing ('تأخر عندنا')."))


def m12():
    when = at("2021-02-05 23:58:31")
    sent = when - dt.timedelta(seconds=12)
    inner = """<div dir="ltr" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<div>Chers collègues,</div><div><br></div>
<div>Juste avant la clôture (désolée pour l'heure tardive, je suis en déplacement à Genève), la Fédération arabe des syndicats de la santé et des services sociaux (FASSS) souhaite proposer deux intervenants :</div>
<div><br></div>
<div>- pour une intervention en séance plénière : notre Secrétaire générale adjointe chargée des affaires internationales, Mme Hanane Belkacem ;</div>
<div>- pour une des tables rondes thématiques (de préférence celle sur la protection sociale et l'accès aux services) : M. Rachid Tounsi, conseiller juridique au Département des droits des travailleurs, Direction des relations internationales.</div>
<div><br></div>
<div>Bien cordialement,</div>
<div>Hanane Belkacem</div>
<div><br></div>
<div style="color:#555">Secrétaire générale adjointe – Affaires internationales<br>
Fédération arabe des syndicats de la santé et des services sociaux (FASSS)<br>
Siège : 17, rue Didouche Mourad, Alger, Algérie<br>
Bureau de liaison : Bd Bab Menara, Tunis<br>
+213 21 63 40 12 / +213 661 72 35 08</div>
<div><br></div>
<div>Obtenir <a href="https://aka.ms/o0ukef">Outlook pour iOS</a></div>
</div>"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "base64")
    rows = std_rows(when, "mail-vi1eur02on2044.outbound.protection.outlook.example.com", "40.107.1.44",
                    "4DXYjN3q8Wz1", addr("Hanane Belkacem", "h.belkacem@fasss.example.dz"),
                    hdr("Intervenants FASSS – Examen régional PMM", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<AM9PR03MB7219C4E8A1B0D63F2E5C90A7D2B41@AM9PR03MB7219.eurprd03.prod.outlook.example.com>",
                    ret="h.belkacem@fasss.example.dz")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    aff = "Fédération arabe des syndicats de la santé et des services sociaux (FASSS)"
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hanane Belkacem", "Secrétaire générale adjointe chargée des affaires internationales", aff, ["plenary"]),
        sp("Rachid Tounsi", "conseiller juridique au Département des droits des travailleurs, Direction des relations internationales",
           aff, ["roundtable"])],
        notes="deadline edge: received 23:58:31 Beirut on 5 Feb (Date header 22:58 +0100, Geneva): on time; "
              "HTML-only base64 (Outlook for iOS); the sender proposes herself (title in prose, in a different "
              "wording than her signature) and a colleague whose title is a department/directorate path; "
              "roundtable chosen by theme, no number -> roundtable null."))


def m13():
    when = at("2021-02-06 00:04:12")
    sent = when - dt.timedelta(seconds=22)
    text = """Dear Sir / Madam,

I hope this reaches you before today's deadline.

The Maghreb Employers' Confederation for Skills and Mobility would like to propose the following person for a floor intervention in a plenary session on 24 or 25 February:

Name: Youssef Alaoui Mdaghri
Position: Director, Labour Mobility and Skills Partnerships Directorate
Organisation: Maghreb Employers' Confederation for Skills and Mobility (MECSM)
(also Member of the Board, Moroccan Chamber of Commerce in Brussels)

Kindly confirm receipt.

Regards,
Imane Tazi
Executive Assistant to the Director
Labour Mobility and Skills Partnerships Directorate | MECSM
Casablanca HQ: Twin Center, Tour Ouest, 18th floor, Bd Zerktouni | Brussels office: Avenue Louise 149
+212 522 95 40 40 | +32 2 534 87 10
_______________________________________________
This e-mail is confidential. Ce courriel est confidentiel. If you are not the addressee, please delete it. Si vous n'êtes pas le destinataire, merci de le supprimer.
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8"),
                                 leaf("text/html", html_wrap(text2html(text)), "utf-8")],
                 "_000_PR3PR02MB6155E2B1A9C0D47F3E8A62C5D7E10PR3PR02MB6155eurp_")
    rows = std_rows(when, "mail-pr3fra01on2090.outbound.protection.outlook.example.com", "40.107.9.90",
                    "4DXYrQ5kTnz4", "Imane Tazi <i.tazi@mecsm.example.ma>",
                    "Speaker nomination - MECSM - GCM Regional Review plenary", rfcdate(tz(sent, 1)),
                    "<PR3PR02MB6155E2B1A9C0D47F3E8A62C5D7E10@PR3PR02MB6155.eurprd02.prod.outlook.example.com>",
                    ret="i.tazi@mecsm.example.ma")
    rows += [("Content-Language", "en-GB")]
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Youssef Alaoui Mdaghri", "Director, Labour Mobility and Skills Partnerships Directorate",
           "Maghreb Employers' Confederation for Skills and Mobility (MECSM)", ["plenary"])],
        notes="late by four minutes: received 00:04:12 Beirut on Sat 6 Feb, while the Date header says "
              "'Fri, 5 Feb 2021 23:03:50 +0100' (Morocco) and the text says 'before today's deadline'; speaker has a "
              "second post in parentheses (board member elsewhere) that is not the affiliation proposed; sender is "
              "an executive assistant; bilingual one-line disclaimer."))


M14_NAME = "Rapport PMM - Ordre des Avocats - Commission des droits des migrants (fév. 2021).docx"


def m14():
    when = at("2021-02-08 12:47:19")
    sent = when - dt.timedelta(seconds=35)
    text = """Bonjour Mesdames et Messieurs,

Je vous prie de trouver ci-joint la contribution écrite (rapport volontaire) de la Commission des droits des migrants et des réfugiés de l'Ordre des avocats de Beyrouth, dans le cadre de l'examen régional du PMM.

Par ailleurs, je sais que le délai pour les intervenants est passé, mais au cas où il resterait une possibilité, notre commission souhaiterait que Me Antoine Sfeir, avocat à la Cour et président de la Commission, puisse être le rapporteur des messages clés des parties prenantes. Il a coordonné le rapport.

Avec mes remerciements anticipés,
Bien à vous

Rita Gemayel
Avocate stagiaire – Secrétariat de la Commission des droits des migrants et des réfugiés
Ordre des avocats de Beyrouth
Palais de Justice, Mathaf, Beyrouth – Liban
T : +961 1 423 944 / +961 1 423 945 ext. 12
""" + DISC_FR_EN
    html = html_wrap('<div style="font-family:Calibri;font-size:11pt">' + text2html(text)
                     .replace("<p>Rita Gemayel", '<p><img src="cid:image001.png@01D6FE11.40A2B9C0" width="60" height="60"><br>Rita Gemayel') + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_DU2PR04MB8710A4F3B7C9E1D05A6B2C83E9F10DU2PR04MB8710eurp_")
    logo = att("image/png", make_png(6, 6, (120, 0, 0)), "image001.png", "inline", cid="image001.png@01D6FE11.40A2B9C0")
    rel = related(alt, [logo], "_004_DU2PR04MB8710A4F3B7C9E1D05A6B2C83E9F10DU2PR04MB8710eurp_")
    docx = att(DOCX, make_docx(["Ordre des avocats de Beyrouth", "Commission des droits des migrants et des refugies",
                                "Rapport volontaire - Examen regional du PMM - fevrier 2021",
                                "Acces a la justice des travailleurs migrants au Liban"]), M14_NAME,
               name_hdr='"%s"' % b_word(M14_NAME), disp_name=None)
    docx.replace_header("Content-Disposition", "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", M14_NAME)))
    body = multi("mixed", [rel, docx], "_006_DU2PR04MB8710A4F3B7C9E1D05A6B2C83E9F10DU2PR04MB8710eurp_")
    rows = std_rows(when, "mail-du2eur04on2051.outbound.protection.outlook.example.com", "40.107.13.51",
                    "4DZ4nK2vWcz3", addr("Rita Gemayel", "r.gemayel@barreau-beyrouth.example.org.lb"),
                    hdr("Rapport volontaire PMM + proposition de rapporteur – Ordre des avocats de Beyrouth", "utf-8", "Q"),
                    rfcdate(tz(sent, 2)),
                    "<DU2PR04MB8710A4F3B7C9E1D05A6B2C83E9F10@DU2PR04MB8710.eurprd04.prod.outlook.example.com>",
                    ret="r.gemayel@barreau-beyrouth.example.org.lb")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Antoine Sfeir", "avocat à la Cour et président de la Commission",
           "Commission des droits des migrants et des réfugiés de l'Ordre des avocats de Beyrouth", ["rapporteur"])],
        report_attachments=[M14_NAME],
        notes="report on time (8 Feb) but the rapporteur request is after the 5 Feb speaker deadline, which the "
              "sender acknowledges: 'both' -> on_time false; 'Me' (Maître) is an honorific; title with two posts "
              "joined by 'et'; affiliation is a commission nested in a bar association; DOCX name with spaces, "
              "accents and parentheses in RFC 2231 continuations + RFC 2047 name; inline logo not part of report."))


M15_ID = "<CAJ4mT7xQ1pL8vN2bR5yD0fH3kS6wZ9cE2gU5iA8oM1qX4sB7nV@mail.gmail.example.com>"
M15_REPORT = "التقرير الطوعي - المبادرة المصرية لحقوق العمال المهاجرين 2021.pdf"
M15_COVER = "خطاب تغطية.pdf"


def m15():
    when = at("2021-02-09 17:03:58")
    sent = when - dt.timedelta(seconds=16)
    text = """السادة المسؤولين عن المراجعة الإقليمية،
تحية طيبة،

مرفق لحضراتكم التقرير الطوعي بتاع المبادرة المصرية لحقوق العمال المهاجرين عن تنفيذ الاتفاق العالمي للهجرة، ومعاه خطاب تغطية موقّع من المدير التنفيذي.
ياريت تأكدوا لنا إن التقرير وصل وإنه اتقبل ضمن التقارير الطوعية.

شكراً جزيلاً ليكم،

أ. محمود عبد الحليم
مسؤول ملف الهجرة – وحدة البحوث والسياسات – إدارة البرامج
المبادرة المصرية لحقوق العمال المهاجرين
المقر الرئيسي: ١٢ شارع قصر النيل، وسط البلد، القاهرة | فرع الإسكندرية: ٤٥ طريق الحرية، الشاطبي
ت: ٠٢٢٥٧٤٨٨٠٠ – داخلي ٢٠٤ | محمول: ٠١٠٠٢٣٤٥٦٧٨
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000e41a9c05bae81d50")
    rep = att("application/pdf", make_pdf(["Egyptian Initiative for Migrant Workers' Rights",
                                           "Voluntary GCM review report (Arabic), 2021"]), M15_REPORT,
              name_hdr='"%s"' % b_word(M15_REPORT), disp_name='"%s"' % b_word(M15_REPORT),
              extra=[("X-Attachment-Id", "f_kkx9b7qe0")])
    cov = att("application/pdf", make_pdf(["Cover letter - signed by the Executive Director"]), M15_COVER,
              name_hdr='"%s"' % b_word(M15_COVER), disp_name='"%s"' % b_word(M15_COVER),
              extra=[("X-Attachment-Id", "f_kkx9b7qf1")])
    body = multi("mixed", [alt, rep, cov], "000000000000e41a9e05bae81d52")
    rows = std_rows(when, "mail-lj1-f170.google.example.com", "209.85.208.170", "4DbGQ85tZpz5",
                    addr("محمود عبد الحليم", "m.abdelhalim@eimwr.example.org.eg"),
                    hdr("التقرير الطوعي - المبادرة المصرية لحقوق العمال المهاجرين"), rfcdate(tz(sent, 2)), M15_ID,
                    ret="m.abdelhalim@eimwr.example.org.eg")
    m = top(body, rows)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_REPORT],
        notes="Egyptian colloquial ('بتاع', 'ياريت', 'اتقبل'); two PDFs with Arabic RFC 2047 names: the report and a "
              "signed cover letter that is not part of the report; sender's signature is a three-level unit path "
              "with two addresses and Arabic-Indic phone numbers; no speaker request."))


def m16():
    when = at("2021-02-10 08:31:50")
    sent = when - dt.timedelta(seconds=3)
    text = """Good morning,

Our Director-General's office would like to know whether the Regional Review Conference on 24-25 February will be fully virtual or hybrid, and if registration is needed separately for the observers from our Department of International Cooperation (we would be 3 persons, no speaking role requested). Also, which platform will be used? Our corporate IT blocks some meeting tools.

Thank you in advance.

Kind regards,

Eng. Omar S. Al-Khatib
Senior Specialist, International Organisations Unit
International Cooperation Department | Planning & Strategy Sector
Arab Authority for Labour Market Development (AALMD)
P.O. Box 941082, Amman 11194, Jordan | 7 Abdul Hameed Sharaf St., Shmeisani
Tel: +962 6 560 2000 ext. 331 | Mob: +962 79 660 7129 | Fax: +962 6 560 2099
Email: o.alkhatib@aalmd.example.org ; omar.alkhatib.work@gmail.example.com

""" + DISC_EN_AR
    html = html_wrap('<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "----=_NextPart_000_00A1_01D6FF8B.7C3E2D10")
    rows = std_rows(when, "mx.aalmd.example.org", "212.118.30.9", "4DbtL12wHkz8",
                    '"Omar S. Al-Khatib" <o.alkhatib@aalmd.example.org>',
                    "Inquiry: format of the Regional Review Conference & registration of observers",
                    rfcdate(tz(sent, 2)), "<00a101d6ff8b$7c3e2d10$74ba8730$@aalmd.example.org>",
                    ret="o.alkhatib@aalmd.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]
    m = top(body, rows)
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics question (virtual/hybrid, observer registration, platform), explicitly 'no speaking role "
              "requested'; heavy signature with nested units, two addresses, two e-mails and three phone numbers; "
              "EN/AR disclaimer."))


def m17():
    when = at("2021-02-11 10:12:44")
    sent = when - dt.timedelta(seconds=18)
    name = "Rapport_Examen_Volontaire_PMM_CCDM_2021_VF2_rev.docx"
    new = """Madame, Monsieur,

Suite à notre envoi du 28 janvier, veuillez trouver ci-joint une version révisée du rapport d'examen volontaire du CCDM, qui annule et remplace la précédente (correction des données statistiques de la section 3 et ajout d'une annexe).

Je vous remercie de bien vouloir prendre en compte cette nouvelle version.

Bien cordialement,

Nadia Bennani
Cadre chargée des relations multilatérales
Division des Migrations et de la Mobilité humaine
Direction de la Coopération internationale et des Partenariats
Conseil consultatif des droits et des migrations (CCDM)
Tél. : +212 (0)5 37 71 40 00 – Poste 318

""" + DISC_FR_EN
    quoted = ("\n-----Message d'origine-----\nDe : Bennani Nadia <n.bennani@ccdm.example.ma>\n"
              "Envoyé : jeudi 28 janvier 2021 14:21\nÀ : gcmrrarabstates@iom.int\nCc : Direction CIP <dcip@ccdm.example.ma>\n"
              "Objet : " + M03_SUBJ + "\n\n" + M03_TEXT)
    text = new + quoted
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(new)
                     + '<div style="border-top:solid #E1E1E1 1pt">' + text2html(quoted) + "</div></div>", None, "windows-1252")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252"), leaf("text/html", html, "windows-1252")],
                "_000_MRXP264MB09114F2A7C1E0B9D3A8E52C6B7D81MRXP264MB0911FRAP_")
    docx = att(DOCX, make_docx(["Conseil consultatif des droits et des migrations (CCDM)",
                                "Rapport d'examen volontaire - version revisee (VF2)", "Annexe statistique"]), name)
    body = multi("mixed", [alt, docx], "_004_MRXP264MB09114F2A7C1E0B9D3A8E52C6B7D81MRXP264MB0911FRAP_")
    rows = std_rows(when, "mail-mr2fra01on2104.outbound.protection.outlook.example.com", "40.107.9.104",
                    "4Dc9sQ7mX3z1", addr("Bennani Nadia", "n.bennani@ccdm.example.ma"),
                    hdr("TR: " + M03_SUBJ + " – version révisée", "windows-1252", "Q"), rfcdate(tz(sent, 1)),
                    "<MRXP264MB09114F2A7C1E0B9D3A8E52C6B7D81@MRXP264MB0911.FRAP264.PROD.OUTLOOK.example.com>",
                    ret="n.bennani@ccdm.example.ma")
    rows += [("References", M03_ID), ("In-Reply-To", M03_ID), ("Thread-Topic", M03_SUBJ),
             ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h107-03.eml",
        notes="revised report that 'annule et remplace' h107-03 (forwarded with 'TR:' and the original quoted "
              "'-----Message d'origine-----'); only the new DOCX is attached this time, no PDF copy, no vCard."))


def m18():
    when = at("2021-02-11 19:40:05")
    sent = when - dt.timedelta(seconds=13)
    ack_id = "<ack.20210209.153322.7f3a@gcmrrarabstates.iom.int>"
    text = """ألف شكر على التأكيد، وبالتوفيق في المؤتمر إن شاء الله.

محمود

في الثلاثاء، ٩ فبراير ٢٠٢١ في ٥:٠٥ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> السيد محمود عبد الحليم،
> نؤكد استلام التقرير الطوعي المرسل من المبادرة المصرية لحقوق العمال المهاجرين.
> مع التحية،
> أمانة المراجعة الإقليمية
"""
    html = ('<div dir="rtl">ألف شكر على التأكيد، وبالتوفيق في المؤتمر إن شاء الله.<br><br>محمود</div><br>'
            '<div class="gmail_quote"><div dir="rtl" class="gmail_attr">في الثلاثاء، ٩ فبراير ٢٠٢١ في ٥:٠٥ م، كتب GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0.8ex 0px 0px;border-right:1px solid rgb(204,204,204);padding-right:1ex">'
            'السيد محمود عبد الحليم،<br>نؤكد استلام التقرير الطوعي المرسل من المبادرة المصرية لحقوق العمال المهاجرين.<br>مع التحية،<br>أمانة المراجعة الإقليمية</blockquote></div>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000f9b27005bb01c6e4")
    rows = std_rows(when, "mail-lj1-f171.google.example.com", "209.85.208.171", "4Dcb7W0tRfz2",
                    addr("محمود عبد الحليم", "m.abdelhalim@eimwr.example.org.eg"),
                    re_hdr("Re: ", "تأكيد استلام – التقرير الطوعي"), rfcdate(tz(sent, 2)),
                    "<CAJ4mT7yR2qM9wO3cS6zE1gI4lT7xA0dF3hV6jB9pN2rY5tC8oW@mail.gmail.example.com>",
                    ret="m.abdelhalim@eimwr.example.org.eg")
    rows += [("In-Reply-To", ack_id), ("References", M15_ID + "\r\n " + ack_id)]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h107-15.eml",
        notes="thank-you reply to our acknowledgement of h107-15 that adds nothing new: no acknowledgement; "
              "References names h107-15; the quoted acknowledgement mentions 'التقرير الطوعي' (keyword bait)."))


def m19():
    when = at("2021-02-12 07:22:31")
    d = rfcdate(when)
    raw = """Return-Path: <>
Delivered-To: gcmrrarabstates@iom.int
Received: from mx2.fahs.example.org (mx2.fahs.example.org [185.40.8.21])
	by mx1.iom.int (Postfix) with ESMTPS id 4DcpQ37vKbz6
	for <gcmrrarabstates@iom.int>; %s (EET)
From: Mail Delivery System <MAILER-DAEMON@mx2.fahs.example.org>
To: gcmrrarabstates@iom.int
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: <20210212052231.7E41A2C0D8@mx2.fahs.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7E41A2C0D8.1613107351/mx2.fahs.example.org"

This is a MIME-encapsulated message.

--7E41A2C0D8.1613107351/mx2.fahs.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.fahs.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.jaber@fahs.example.org>: host mail.fahs.example.org[10.20.4.11] said: 552
    5.2.2 <h.jaber@fahs.example.org>: Mailbox full - quota exceeded (in reply
    to RCPT TO command)

--7E41A2C0D8.1613107351/mx2.fahs.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.fahs.example.org
X-Postfix-Queue-ID: 7E41A2C0D8
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Fri, 12 Feb 2021 07:22:29 +0200 (EET)

Final-Recipient: rfc822; h.jaber@fahs.example.org
Original-Recipient: rfc822;h.jaber@fahs.example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.fahs.example.org
Diagnostic-Code: smtp; 552 5.2.2 <h.jaber@fahs.example.org>: Mailbox full -
    quota exceeded

--7E41A2C0D8.1613107351/mx2.fahs.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Hiba Jaber <h.jaber@fahs.example.org>
Subject: Regional Review of the GCM - speaker registration / reports - reminder
Date: Fri, 12 Feb 2021 07:22:20 +0200
Message-ID: <rr-gcm-reminder.20210212.0522@gcmrrarabstates.iom.int>

--7E41A2C0D8.1613107351/mx2.fahs.example.org--
""" % (rfcdate(when, "EET").rsplit(" (", 1)[0], d)
    add(19, when, raw.encode("ascii"), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report, mailbox full) for a reminder we sent; the returned headers mention "
              "'speaker registration / reports' (keyword bait); From MAILER-DAEMON, empty Return-Path."))


M20_REPORT = "Rapport_collectif_PMM_CMAM_2021.pdf"
M20_LOGO = "logo_CMAM_HD.png"


def m20():
    when = at("2021-02-13 15:08:27")
    sent = when - dt.timedelta(seconds=26)
    text = """السلام عليكم،

تبعاً لرسالة الدعوة، نبعث لكم في المرفق التقرير الجماعي للتنسيقية المغاربية لجمعيات المهاجرين (CMAM) حول تنفيذ الاتفاق العالمي، اللي شاركت فيه 23 جمعية من المغرب والجزائر وتونس وموريتانيا.

كما نقترح، إذا كان ممكن رغم فوات الأجل، اسمين للمشاركة:
1) الأستاذة فاطمة الزهراء العلوي – المنسقة العامة للتنسيقية – كمقررة تعرض الرسائل الرئيسية؛
2) السيد مامادو ديالو – رئيس جمعية المهاجرين الأفارقة بالرباط وعضو المكتب التنفيذي للتنسيقية – للمداخلة في المائدة المستديرة الرابعة.

مرفق أيضاً شعار التنسيقية بجودة عالية إذا احتجتوه للمطبوعات.

مع التحية والتقدير،
يوسف بنعلي
مكلف بالتواصل – الكتابة التنفيذية
التنسيقية المغاربية لجمعيات المهاجرين (CMAM)
الرباط: 8، زنقة أكادير، حسان | وجدة: حي القدس، رقم 14
الهاتف: +212 5 37 26 11 90 / +212 6 70 44 12 55

AVIS DE CONFIDENTIALITÉ : Ce message est confidentiel. S'il ne vous est pas destiné, merci de le détruire et d'en informer l'expéditeur.
CONFIDENTIALITY NOTICE: This message is confidential. If it is not intended for you, please delete it and inform the sender.
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "----=_Part_412877_1946301712.1613221680113")
    pdf = att("application/pdf", make_pdf(["Coordination maghrebine des associations de migrants (CMAM)",
                                           "Rapport collectif - mise en oeuvre du PMM - 2021"]), M20_REPORT)
    png = att("image/png", make_png(32, 12, (0, 120, 60)), M20_LOGO)
    body = multi("mixed", [alt, pdf, png], "----=_Part_412876_1183442109.1613221680113")
    rows = std_rows(when, "smtp.cmam.example.ma", "105.159.240.18", "4Dd2Rx6pJtz3",
                    addr("يوسف بنعلي", "y.benali@cmam.example.ma"),
                    hdr("التقرير الجماعي للتنسيقية + مقترح متدخلين"), rfcdate(tz(sent, 1)),
                    "<1583920447.412878.1613221680114@webmail.cmam.example.ma>", ret="y.benali@cmam.example.ma")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    aff = "التنسيقية المغاربية لجمعيات المهاجرين (CMAM)"
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فاطمة الزهراء العلوي", "المنسقة العامة للتنسيقية", aff, ["rapporteur"]),
        sp("مامادو ديالو", "رئيس",
           "جمعية المهاجرين الأفارقة بالرباط", ["roundtable"], 4)],
        report_attachments=[M20_REPORT],
        notes="collective report on time but speakers proposed after 5 Feb ('رغم فوات الأجل') -> on_time false; "
              "Maghrebi touches ('اللي', 'نبعث', 'احتجتوه'); second speaker holds two posts in one dash-separated "
              "title (president of an association + executive board member of the coalition), first written kept "
              "as affiliation; honorifics 'الأستاذة' / 'السيد' dropped; a PNG logo is a regular attachment (not inline) "
              "and is not part of the report; FR/EN disclaimer under Arabic text."))


def m21():
    when = at("2021-02-15 09:54:10")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour,

Petite question svp : notre rapport est presque prêt mais il est rédigé en arabe, est-ce qu'il faut absolument une version anglaise ? Et est-ce qu'on peut envoyer les annexes (tableaux statistiques) un ou deux jours après le 16 ?

Merci bcp et bonne semaine

Georges

Georges Tannous
Chef de projet – Pôle Recherche appliquée
Département Études et Plaidoyer
Institut libanais d'études sur le travail et la migration (ILETM)
Jal el Dib, autostrade, Centre Akl, 5e étage – Metn, Liban
+961 4 712 360 | +961 3 655 221

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-qt1-f177.google.example.com", "209.85.160.177", "4DfCy51WbQz7",
                    "Georges Tannous <g.tannous@iletm.example.org.lb>", "Question rapport - langue et annexes",
                    rfcdate(tz(sent, 2)), "<9C3E7B12-4F6A-4D8E-A1B2-C5D6E7F80912@iletm.example.org.lb>",
                    ret="g.tannous@iletm.example.org.lb")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about language of the report and late annexes; report mentioned as 'presque prêt' but not "
              "sent; Levantine French register ('svp', 'bcp'); signature with three-level unit path."))


def m22():
    when = at("2021-02-16 23:57:02")
    sent = when - dt.timedelta(seconds=24)
    name = "ICMLR Voluntary GCM Review Report - Arab Region - FINAL.pdf"
    text = """Dear colleagues,

Apologies for the late hour - please find attached the voluntary GCM review report of the International Centre for Migration Law and Research (ICMLR), prepared by our Middle East Programme.

The report is submitted jointly by the Centre and its Middle East Programme; please list it under ICMLR.

Best,

Dr. Eleanor Brooks-Hamdan
Professor of International Migration Law, University of Westbury School of Law
Director, Middle East Programme, International Centre for Migration Law and Research (ICMLR)
Westbury office: 2 Chancery Row, Westbury WB1 4QX, UK | Beirut office: Hamra St., Saroula Bldg, 6th fl.
+44 20 7946 0325 | +961 1 738 114 | @EBrooksHamdan

This e-mail (including any attachments) is intended only for the recipient(s) named above and may contain confidential information. If you are not the intended recipient please notify the sender and delete it. The University of Westbury accepts no liability for the content of this e-mail or for the consequences of any actions taken on the basis of the information provided.
"""
    html = html_wrap('<div style="font-family:Calibri">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_LO2P265MB3410B7E2F9A1C04D5E3B82A6F1C70LO2P265MB3410GBRP_")
    pdf = att("application/pdf", make_pdf(["International Centre for Migration Law and Research (ICMLR)",
                                           "Middle East Programme", "Voluntary GCM Review Report - Arab Region",
                                           "FINAL - 16 February 2021"]), name)
    body = multi("mixed", [alt, pdf], "_004_LO2P265MB3410B7E2F9A1C04D5E3B82A6F1C70LO2P265MB3410GBRP_")
    rows = std_rows(when, "mail-lo2gbr01on0720.outbound.protection.outlook.example.com", "40.107.10.120",
                    "4DgBh43nSxz2", '"Brooks-Hamdan, Eleanor" <e.brooks-hamdan@westbury.example.ac.uk>',
                    "ICMLR - Voluntary GCM Review Report (Arab region)", rfcdate(tz(sent, 0)),
                    "<LO2P265MB3410B7E2F9A1C04D5E3B82A6F1C70@LO2P265MB3410.GBRP265.PROD.OUTLOOK.example.com>",
                    ret="e.brooks-hamdan@westbury.example.ac.uk")
    rows += [("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:02 Beirut on 16 Feb (Date 21:56 +0000, UK): on time; sender holds two "
              "posts (university professor and centre director) with the university disclaimer; no speaker "
              "request even though the sender's details look like one; file name with spaces."))


def m23():
    when = at("2021-02-16 23:59:48")
    sent = when - dt.timedelta(seconds=19)
    name = "rapport_volontaire_RAJM_2021.pdf"
    text = """السلام عليكم خاوتي،

هاني نبعثلكم التقرير الطوعي تاع الرابطة الجزائرية للشباب والهجرة (RAJM) قبل ما يفوت الأجل، سمحولنا على التأخير، الإنترنت كانت مقطوعة عندنا طول النهار.
التقرير مرفق PDF.

بالتوفيق،
كريم بوزيد
المكلف بالعلاقات الخارجية
الرابطة الجزائرية للشباب والهجرة
المكتب الوطني: 5 شارع العربي بن مهيدي، الجزائر العاصمة | مكتب وهران: حي السلام، عمارة 12
0550 12 34 87 / 021 73 45 60
"""
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "8bit"),
                           att("application/pdf", make_pdf(["Rabita Djazairia lil Chabab wal Hijra (RAJM)",
                                                            "Rapport volontaire PMM 2021"]), name)],
                 "----=_Part_88120_40411935.1613512769402")
    rows = std_rows(when, "mail.rajm.example.dz", "41.111.23.145", "4DgBk71cVmz9",
                    "Karim Bouzid <k.bouzid@rajm.example.dz>", hdr("التقرير الطوعي - RAJM"), rfcdate(tz(sent, 1)),
                    "<87120.1613512769.41@mail.rajm.example.dz>", ret="k.bouzid@rajm.example.dz")
    rows += [("X-Mailer", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:59:48 Beirut on 16 Feb, 11 s before the end; Date header '22:59 +0100' "
              "(Algiers); Algerian Darija ('خاوتي', 'هاني نبعثلكم', 'تاع', 'سمحولنا') despite the French-named file; "
              "8bit UTF-8 body."))


def m24():
    when = at("2021-02-17 00:02:30")
    sent = when - dt.timedelta(seconds=41)
    name = "Contribution_UGTSM_Examen_PMM_2021.pdf"
    text = """Madame, Monsieur,

Veuillez trouver en pièce jointe le rapport volontaire de l'Union générale des travailleurs des secteurs maritimes (UGTSM) – Département des Relations extérieures et de l'Émigration, envoyé ce mardi 16 février 2021, dans les délais impartis.

Cordialement,

Mohamed Ali Jaziri
Secrétaire général adjoint chargé de l'émigration
Membre du Bureau exécutif de l'UGTSM
Président de la Commission nationale des gens de mer
Place Mohamed Ali, Tunis 1000 – Tunisie
Tél./Fax : (+216) 71 33 22 11
"""
    html = html_wrap('<div style="font-family:Verdana;font-size:10pt">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "b1_9f0c2e5d7a4b3c1e8f6a2d9b0c4e7f13")
    pdf = att("application/pdf", make_pdf(["UGTSM - Departement des Relations exterieures et de l'Emigration",
                                           "Rapport volontaire - Examen regional du PMM 2021"]), name)
    body = multi("mixed", [alt, pdf], "b2_9f0c2e5d7a4b3c1e8f6a2d9b0c4e7f13")
    rows = std_rows(when, "smtp.ugtsm.example.tn", "197.0.45.210", "4DgBn26kHqz5",
                    "UGTSM Relations exterieures <relex@ugtsm.example.tn>",
                    hdr("Rapport volontaire UGTSM – Examen régional PMM", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<5f3e8a2c91d74b06@ugtsm.example.tn>", ret="relex@ugtsm.example.tn")
    rows += [("X-Mailer", "PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)")]
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 2.5 minutes: received 00:02:30 Beirut on Wed 17 Feb while the Date header says "
              "'Tue, 16 Feb 2021 23:01:49 +0100' (Tunis) and the text claims 'dans les délais'; shared departmental "
              "mailbox; signature with three posts."))


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
