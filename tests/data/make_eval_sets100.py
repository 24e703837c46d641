#!/usr/bin/env python3
"""Write the blind evaluation set holdout100 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets100.py
Theme: messy real-world threads from a mix of stakeholders: forwarded chains, corrections, resends,
mixed languages.  Messages are numbered h100-01 .. h100-24 in the order the mailbox received them.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, received, top, serialize, sp)

OUT = os.path.join(HERE, "holdout100")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(key, when, msg, label):
    fname = key
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def std_rows(when, host, ip, qid, frm, subject, date, mid, to=BOX, extra=None, ret=None):
    rows = [("Return-Path", "<%s>" % ret if ret is not None else None),
            ("Delivered-To", BOX),
            ("Received", received(when, host, ip, qid))]
    rows += list(extra or [])
    rows += [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", mid)]
    return rows


def quote(text):
    return "\n".join((">" + l) if l.startswith(">") or not l else ("> " + l) for l in text.rstrip("\n").split("\n")) + "\n"


def outlook_alt(text, boundary, charset="utf-8", dir_=None):
    html = html_wrap('<div class="WordSection1">\n' + text2html(text) + "\n</div>", dir_, charset)
    return multi("alternative", [leaf("text/plain", text, charset), leaf("text/html", html, charset)], boundary)


def gmail_alt(text, boundary, dir_="ltr"):
    html = '<div dir="%s">' % dir_ + text2html(text) + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")], boundary)


def pdf_part(name, lines, gmail_id=None, disp_name=None):
    p = leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", '"%s"' % (disp_name or name))],
             disp='attachment; filename="%s"' % (disp_name or name),
             extra=[("X-Attachment-Id", gmail_id)] if gmail_id else None)
    return p


OUTLOOK_HDRS = [("Thread-Topic", None), ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""),
                ("Content-Language", "en-US")]


# ================================================================ the 24 messages
def k_fwd():
    """en, speaker: Outlook forward chain, the speaker's details only in the forwarded part."""
    when = at("2021-01-19 11:14:22")
    sent = tz(when - dt.timedelta(seconds=41), 1)
    text = """Dear colleagues,

Please see below from our Director of Research - she would like to take the floor. Let me know if you need anything else from our side.

Kind regards,
Karim

Karim Nassar | Programme Assistant
Geneva Liaison Office
Tel: +41 22 555 01 87

From: Samira Khoury <s.khoury@amwrf.example.org>
Sent: Monday, January 18, 2021 4:52 PM
To: Karim Nassar <k.nassar@amwrf.example.org>
Cc: Rana Jaber <r.jaber@amwrf.example.org>
Subject: RE: GCM regional review - invitation

Karim, yes go ahead and put my name forward. I'd rather do a floor intervention in the plenary than the roundtables this time, the roundtables are always so squeezed. Please use my signature below as is, with the full name of the Forum AND the acronym - they got it wrong last year.

Rana - can you send Karim my short bio?

Thanks
S.

Dr. Samira Khoury
Director of Research
Arab Migrant Workers Rights Forum (AMWRF)
Amman - Jordan

From: Karim Nassar
Sent: Monday, January 18, 2021 10:03 AM
To: Samira Khoury <s.khoury@amwrf.example.org>; Rana Jaber <r.jaber@amwrf.example.org>
Subject: GCM regional review - invitation

Dear Samira, dear Rana,

The invitation of the Regional UN Network on Migration for the GCM regional review (Arab region) came in this morning, see attached. Speaker requests are due by 5 February to gcmrrarabstates@iom.int (name, title, affiliation). Do we want to request a slot? I can send it from here.

Best,
Karim
"""
    body = outlook_alt(text, "_000_DB7PR02MB4012C1E5A0F3B2D7A9C4E6B1DB7PR02MB4012eurp_")
    rows = std_rows(when, "mail-db8eur05on2093.outbound.protection.outlook.example.com", "40.107.20.93",
                    "4DKm1q0Jf3z9R", "Karim Nassar <k.nassar@amwrf.example.org>",
                    "FW: GCM regional review - invitation", rfcdate(sent),
                    "<DB7PR02MB4012C1E5A0F3B2D7A9C4E6B1@DB7PR02MB4012.eurprd02.prod.outlook.example.com>",
                    ret="k.nassar@amwrf.example.org")
    rows += [("Thread-Topic", "GCM regional review - invitation"), ("Thread-Index", "AdbuQ2r5mT0k8Yf1SRyQk3Z0b1xW9AAA4Pqg"),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
             ("X-Mailer", "Microsoft Outlook 16.0")]
    add("fwd", when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Samira Khoury", "Director of Research", "Arab Migrant Workers Rights Forum (AMWRF)", ["plenary"])],
        notes="Outlook forward (FW:) of an internal chain, not '>'-quoted: the sender (programme assistant, Geneva, "
              "+0100) gives no details himself; the speaker, her title, the affiliation and the plenary role are only "
              "in the forwarded reply and its signature; the innermost forwarded mail also quotes the mailbox address "
              "and the deadline."))


def k_lb1():
    """ar (Levantine), speaker for the boss, in a dash list."""
    when = at("2021-01-21 14:37:09")
    sent = when - dt.timedelta(seconds=3)
    text = """مرحبا،

بعتذر إذا هيدا مش العنوان الصح، شفنا الدعوة عند شركائنا وحابين نطلب دور متحدث لمديرنا بالمؤتمر الإقليمي. هيدي المعلومات:

- الاسم: د. نبيل حداد
- المنصب: مدير البرامج الإقليمية
- الجهة: الشبكة اللبنانية لحقوق العمال المهاجرين (LNMWR)
- نوع المشاركة: مداخلة بالطاولة المستديرة التالتة (إذا في مجال)

وإذا بدكن أي شي تاني خبروني.

شكراً كتير
ريم
"""
    body = gmail_alt(text, "0000000000004a8e0c05b96d1f2a", "rtl")
    rows = std_rows(when, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DLr7X2kWvz4",
                    addr("Reem Khalil", "reem.khalil.lnmwr@gmail.example.com"),
                    hdr("طلب مداخلة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي"), rfcdate(sent),
                    "<CAJx7pQ2v9bR4mN8sK1eT6wZ0yA3cF5hL7dG9jU2iO4pS6rV8tX@mail.gmail.example.com>",
                    ret="reem.khalil.lnmwr@gmail.example.com")
    add("lb1", when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نبيل حداد", "مدير البرامج الإقليمية", "الشبكة اللبنانية لحقوق العمال المهاجرين (LNMWR)",
                     ["roundtable"], 3)],
        notes="Levantine colloquial ('هيدا', 'بدكن', 'التالتة' for الثالثة); request for the boss, sent from a personal "
              "Gmail; honorific 'د.' to strip; roundtable number only as a colloquial ordinal word."))


def k_tn1():
    """fr (Tunisia), speaker details in Arabic."""
    when = at("2021-01-22 17:05:40")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    text = """Bonjour,

Suite à votre lettre d'invitation pour la Revue régionale du Pacte mondial sur les migrations, notre association souhaiterait proposer sa présidente pour le rôle de rapporteuse (présentation des messages clés des parties prenantes).

Notre présidente tient à ce que ses coordonnées soient inscrites en arabe, comme suit :

الاسم : الأستاذة منية بن سالم
الصفة : رئيسة الجمعية
الجمعية : الجمعية التونسية لمساندة المهاجرين (ATSM)

Merci de nous confirmer la bonne réception.

Cordialement,

Sonia Gharbi
Secrétaire générale
ATSM - Sfax, Tunisie
"""
    body = outlook_alt(text, "_000_VI1PR08MB3215A7C0E2B94F1D6E8A3C5FVI1PR08MB3215eurp_")
    rows = std_rows(when, "mail-vi1eur04on0701.outbound.protection.outlook.example.com", "104.47.14.101",
                    "4DMF0c5Ykgz2", "Sonia Gharbi <s.gharbi@atsm-tn.example.org>",
                    hdr("Proposition d'intervenante – Revue régionale du Pacte mondial", "utf-8", "Q"), rfcdate(sent),
                    "<VI1PR08MB3215A7C0E2B94F1D6E8A3C5F@VI1PR08MB3215.eurprd08.prod.outlook.example.com>",
                    ret="s.gharbi@atsm-tn.example.org")
    rows += [("Thread-Topic", hdr("Proposition d'intervenante – Revue régionale du Pacte mondial", "utf-8", "Q")),
             ("Accept-Language", "fr-FR, ar-TN"), ("Content-Language", "fr-FR")]
    add("tn1", when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("منية بن سالم", "رئيسة الجمعية", "الجمعية التونسية لمساندة المهاجرين (ATSM)", ["rapporteur"])],
        notes="written in French (acknowledge in French) but the speaker's name, title and association are given only "
              "in Arabic; 'الأستاذة' (Maître, lawyer's honorific) to strip; role 'rapporteuse' in French; the sender "
              "(secrétaire générale) is not the speaker."))


def k_tn1_thanks():
    """ar (Tunisian), thank-you reply to our acknowledgement of tn1."""
    when = at("2021-01-22 19:48:02")
    sent = tz(when - dt.timedelta(seconds=5), 1)
    text = """يعيشكم، وصلنا التأكيد. الأستاذة منية فرحانة برشا بالدعوة.
Merci encore !

سنية

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : vendredi 22 janvier 2021 16:06
À : Sonia Gharbi <s.gharbi@atsm-tn.example.org>
Objet : RE: Proposition d'intervenante – Revue régionale du Pacte mondial

Bonjour,
Nous accusons bonne réception de votre demande d'intervention. Le programme vous sera communiqué ultérieurement.
Le secrétariat de la Revue régionale
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-vi1eur04on0701.outbound.protection.outlook.example.com", "104.47.14.101",
                    "4DMJt8Vq1Kz7", "Sonia Gharbi <s.gharbi@atsm-tn.example.org>",
                    hdr("RE: Proposition d'intervenante – Revue régionale du Pacte mondial", "utf-8", "Q"), rfcdate(sent),
                    "<VI1PR08MB32159D1E4F6A8B0C2D3E5F70@VI1PR08MB3215.eurprd08.prod.outlook.example.com>",
                    ret="s.gharbi@atsm-tn.example.org")
    rows += [("In-Reply-To", "<ack-20210122150612-7731@gcmrr.iom.int>"),
             ("References", "<VI1PR08MB3215A7C0E2B94F1D6E8A3C5F@VI1PR08MB3215.eurprd08.prod.outlook.example.com>\r\n"
                            " <ack-20210122150612-7731@gcmrr.iom.int>"),
             ("Content-Language", "ar-TN")]
    add("tn1t", when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="tn1",
        notes="thank-you reply to our French acknowledgement, written in Tunisian Arabic ('يعيشكم', 'برشا') with a "
              "French line; adds nothing new: no acknowledgement; quotes our acknowledgement in Outlook French style "
              "('-----Message d'origine-----'); base64 text/plain."))


KW1_MID = "<CAL4nW8dG2yR6pT0vX3zB5eH9kM1qS7uA0cF4jN8oQ2sV6wY9z@mail.gmail.example.com>"
KW1_TEXT = """Dear GCM Regional Review team,

On behalf of the Gulf Domestic Workers Alliance (GDWA) please find attached our voluntary GCM review report. It was prepared jointly with 4 member groups in Kuwait, Bahrain and Qatar.

Best regards,
Maricel Santos
Coordinator, GDWA
Kuwait City
"""


def k_kw1():
    """en, report whose attachment turns out to be the wrong file."""
    when = at("2021-01-25 09:40:10")
    sent = tz(when - dt.timedelta(seconds=18), 3)
    name = "GDWA_review_v2.docx"
    docx = make_docx(["GDWA - Budget annex 2021 (internal draft, not for circulation)",
                      "Line 1: Shelter rent - 12,000 KWD", "Line 2: Legal aid hotline - 4,500 KWD",
                      "Line 3: Translation of outreach material - 900 KWD"])
    alt = gmail_alt(KW1_TEXT, "000000000000b1c20e05b9b0a7d1")
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)], disp='attachment; filename="%s"' % name,
               extra=[("X-Attachment-Id", "f_kkd0q1m30")])
    body = multi("mixed", [alt, att], "000000000000b1c20f05b9b0a7d3")
    rows = std_rows(when, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DPQb6x0Mmz3",
                    "Maricel Santos <gdwa.coordination@gmail.example.com>",
                    "GDWA voluntary GCM review report", rfcdate(sent), KW1_MID,
                    ret="gdwa.coordination@gmail.example.com")
    add("kw1", when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report announced in the body; the DOCX (plausible name) is in fact the budget annex, which "
              "only the next message reveals: at reception it is the submitted report; Date in +0300 (Kuwait)."))


def k_kw2():
    """en, 'wrong attachment, here is the right one' reply in the same thread."""
    when = at("2021-01-25 10:26:03")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    name = "GDWA_GCM_Voluntary_Review_2021_FINAL.pdf"
    text = ("So sorry, I attached the wrong file!! That one is our budget annex, please disregard it and use the "
            "PDF attached here instead.\n\nMaricel\n\n"
            "On Mon, Jan 25, 2021 at 10:39 AM Maricel Santos <gdwa.coordination@gmail.example.com> wrote:\n\n"
            + quote(KW1_TEXT))
    alt = gmail_alt(text, "000000000000e3a90105b9b14c26")
    att = pdf_part(name, ["Gulf Domestic Workers Alliance (GDWA)", "Voluntary GCM Review Report - January 2021",
                          "Objectives 6, 7 and 16: domestic workers in Kuwait, Bahrain and Qatar"], "f_kkd2r8x71")
    body = multi("mixed", [alt, att], "000000000000e3a90205b9b14c28")
    rows = std_rows(when, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DPRd1Zy7Cz8",
                    "Maricel Santos <gdwa.coordination@gmail.example.com>",
                    "Re: GDWA voluntary GCM review report", rfcdate(sent),
                    "<CAL4nW8fK7vA1sD5gH9jL3pR6tW0yB4eI8mO2qU5xZ7cF1nE3g@mail.gmail.example.com>",
                    extra=[("In-Reply-To", KW1_MID), ("References", KW1_MID)],
                    ret="gdwa.coordination@gmail.example.com")
    add("kw2", when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="kw1",
        notes="correction in the same thread: replaces the wrongly attached DOCX of the previous message with the "
              "real report PDF; the body is short and never says 'report' except in the quoted part."))


def k_lbq():
    """fr (Lebanese), questions about the report: other."""
    when = at("2021-01-26 12:20:44")
    sent = when - dt.timedelta(seconds=6)
    text = """Bonjour,

Nous sommes une petite ONG basée à Tripoli (Liban-Nord) et on aimerait bien soumettre un rapport volontaire sur le Pacte mondial. Deux petites questions svp :
1) est-ce qu'on peut le rédiger en français ou faut-il obligatoirement qu'il soit en anglais/arabe ?
2) y a-t-il un modèle à suivre ou un nombre de pages maximum ?

Merci d'avance et bonne journée,
Joëlle Abi Khalil
Chargée de plaidoyer – Association Nour pour le Développement Communautaire
Tripoli, Liban
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div style="font-family: Calibri, sans-serif; font-size: 11pt;">' + text2html(text) + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "B_3694417244_1520598811")
    rows = std_rows(when, "smtp.nour-ndc.example.org", "185.87.212.30", "4DQ6W0pN3xz1",
                    addr("Joëlle Abi Khalil", "joelle.ak@nour-ndc.example.org", "utf-8", "Q"),
                    hdr("Question – rapport volontaire (langue / format)", "utf-8", "Q"), rfcdate(sent),
                    "<5C7E2A9B-31D4-4F60-8B2E-A1C3D5E7F901@nour-ndc.example.org>", ret="joelle.ak@nour-ndc.example.org")
    rows += [("User-Agent", "Microsoft-MacOutlook/16.45.21011103"), ("Thread-Topic", hdr("Question – rapport volontaire (langue / format)", "utf-8", "Q"))]
    add("lbq", when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about a future voluntary report (language, template, length): nothing submitted, no speaker, "
              "although a title and organisation appear in the signature; Lebanese French ('on aimerait bien', 'svp')."))


EG_MID = "<AM0PR10MB2867F3A1C5B7D9E0A2C4E6F8@AM0PR10MB2867.EURPRD10.PROD.OUTLOOK.example.com>"


def k_eg():
    """ar (MSA, Egypt), report PDF + plenary request, speaker in a table."""
    when = at("2021-01-28 13:02:31")
    sent = when - dt.timedelta(seconds=22)
    name = "تقرير الاستعراض الطوعي - المركز المصري.pdf"
    intro = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة وبعد،

يتشرف المركز المصري لدراسات الهجرة والتنمية بأن يرفق طيه تقريره الطوعي لاستعراض تنفيذ الاتفاق العالمي بشأن الهجرة في جمهورية مصر العربية، كما يرغب في المشاركة بمداخلة في الجلسة العامة للمؤتمر الإقليمي (24-25 فبراير 2021)، وفقاً للبيانات التالية:
"""
    outro = """
وتفضلوا بقبول فائق الاحترام والتقدير،

محمود الشريف
مسؤول العلاقات الخارجية
المركز المصري لدراسات الهجرة والتنمية - القاهرة
"""
    plain = intro + "\nالاسم\tالصفة\tالجهة\nأ. هالة عبد الرحمن\tالمديرة التنفيذية\tالمركز المصري لدراسات الهجرة والتنمية (ECMDS)\n" + outro
    table = ('<table border="1" cellspacing="0" cellpadding="4" dir="rtl" style="border-collapse:collapse">'
             '<tr><td><b>الاسم</b></td><td><b>الصفة</b></td><td><b>الجهة</b></td></tr>'
             '<tr><td>أ. هالة عبد الرحمن</td><td>المديرة التنفيذية</td>'
             '<td>المركز المصري لدراسات الهجرة والتنمية (ECMDS)</td></tr></table>')
    html = html_wrap(text2html(intro) + table + text2html(outro), "rtl")
    alt = multi("alternative", [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "_000_AM0PR10MB2867F3A1C5B7D9E0A2C4E6F8AM0PR10MB2867EURP_")
    pdf = make_pdf(["Egyptian Centre for Migration and Development Studies (ECMDS)",
                    "Voluntary GCM Review Report - Egypt, January 2021", "(Arabic original, English summary p. 2)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name))
    body = multi("mixed", [alt, att], "_004_AM0PR10MB2867F3A1C5B7D9E0A2C4E6F8AM0PR10MB2867EURP_")
    rows = std_rows(when, "mail-am6eur05on2110.outbound.protection.outlook.example.com", "40.107.22.110",
                    "4DRh5yV2Lnz6", addr("محمود الشريف", "m.elsherif@ecmds-eg.example.org"),
                    hdr("التقرير الطوعي وطلب مداخلة - المركز المصري لدراسات الهجرة والتنمية"), rfcdate(sent), EG_MID,
                    ret="m.elsherif@ecmds-eg.example.org")
    rows += [("Accept-Language", "ar-EG, en-US"), ("Content-Language", "ar-EG"), ("X-MS-Has-Attach", "yes")]
    add("eg", when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هالة عبد الرحمن", "المديرة التنفيذية", "المركز المصري لدراسات الهجرة والتنمية (ECMDS)", ["plenary"])],
        report_attachments=[name],
        notes="formal MSA letter; report PDF with an Arabic file name as RFC 2047 words inside quoted name/filename "
              "(Outlook); speaker in an HTML table (tab-separated in the base64 text part) with 'أ.' to strip; the "
              "sender (external relations officer) is not the speaker."))


def k_eg_ooo():
    """ar auto-reply to our acknowledgement of the Egyptian message."""
    when = at("2021-01-28 13:05:47")
    sent = when - dt.timedelta(seconds=1)
    text = """شكراً لرسالتكم. أنا خارج المكتب حتى يوم الأحد 7 فبراير 2021 مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع info@ecmds-eg.example.org

Thank you for your email. I am out of the office until Sunday 7 February 2021 with limited access to email.

محمود الشريف
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-am6eur05on2110.outbound.protection.outlook.example.com", "40.107.22.110",
                    "4DRh9Kc4Qpz1", addr("محمود الشريف", "m.elsherif@ecmds-eg.example.org"),
                    re_hdr("Automatic reply: ", "استلام: التقرير الطوعي وطلب مداخلة"), rfcdate(sent),
                    "<AM0PR10MB28670A1B2C3D4E5F6A7B8C9D@AM0PR10MB2867.EURPRD10.PROD.OUTLOOK.example.com>",
                    extra=[("In-Reply-To", "<ack-20210128110251-0412@gcmrr.iom.int>"),
                           ("References", EG_MID + "\r\n <ack-20210128110251-0412@gcmrr.iom.int>"),
                           ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "m.elsherif@ecmds-eg.example.org")],
                    ret="")
    m = top(body, rows)
    add("egooo", when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Outlook out-of-office answering our acknowledgement; bilingual; References name the Egyptian submission "
              "(must not be treated as a follow-up); empty Return-Path."))


def k_fwd_follow():
    """en, follow-up question in the thread of the forwarded request, bio attached."""
    when = at("2021-01-29 15:48:05")
    sent = tz(when - dt.timedelta(seconds=30), 1)
    name = "Bio_S_Khoury_2021.docx"
    text = """Dear colleagues,

Following up on my email below: could you kindly confirm that Dr Khoury's request for the plenary has been registered? She also asked whether plenary interventions are 3 or 5 minutes, and whether Arabic-English interpretation will be available.

Her short bio is attached in case it is useful for the programme.

Many thanks,
Karim

Karim Nassar | Programme Assistant
Geneva Liaison Office

From: Karim Nassar
Sent: Tuesday, January 19, 2021 10:13 AM
To: gcmrrarabstates@iom.int
Subject: FW: GCM regional review - invitation

Dear colleagues,

Please see below from our Director of Research - she would like to take the floor. Let me know if you need anything else from our side.
[...]
"""
    alt = outlook_alt(text, "_000_DB7PR02MB40125E6F7A8B9C0D1E2F3A4BDB7PR02MB4012eurp_")
    docx = make_docx(["Samira Khoury - short bio",
                      "Samira Khoury is a labour migration researcher with fifteen years of experience in Jordan and Lebanon."])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_DB7PR02MB40125E6F7A8B9C0D1E2F3A4BDB7PR02MB4012eurp_")
    rows = std_rows(when, "mail-db8eur05on2093.outbound.protection.outlook.example.com", "40.107.20.93",
                    "4DSG2m7Tbvz5", "Karim Nassar <k.nassar@amwrf.example.org>",
                    "RE: GCM regional review - invitation", rfcdate(sent),
                    "<DB7PR02MB40125E6F7A8B9C0D1E2F3A4B@DB7PR02MB4012.eurprd02.prod.outlook.example.com>",
                    extra=[("In-Reply-To", "<DB7PR02MB4012C1E5A0F3B2D7A9C4E6B1@DB7PR02MB4012.eurprd02.prod.outlook.example.com>"),
                           ("References", "<DB7PR02MB4012C1E5A0F3B2D7A9C4E6B1@DB7PR02MB4012.eurprd02.prod.outlook.example.com>")],
                    ret="k.nassar@amwrf.example.org")
    rows += [("Thread-Topic", "GCM regional review - invitation"),
             ("Thread-Index", "AdbuQ2r5mT0k8Yf1SRyQk3Z0b1xW9AAA4PqgAhR3sdA="), ("X-MS-Has-Attach", "yes")]
    add("fwd2", when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        thread_of="fwd",
        notes="follow-up in the thread of the forwarded speaker request: asks for confirmation and logistics and "
              "attaches a bio (DOCX, not a report); no new speaker although the speaker and the plenary are named."))


MA_TEXT = """Bonjour Madame, Monsieur,

Le Collectif Marocain pour les Droits des Migrants Subsahariens (CMDMS) a l'honneur de vous proposer deux intervenants pour la Revue régionale du Pacte mondial sur les migrations :

  1. M. Youssef El Amrani, coordinateur national du CMDMS, pour une intervention lors de la discussion ouverte de la consultation multipartite du 23 février ;
  2. Mme Aminata Diallo, membre du bureau exécutif chargée du genre, pour une intervention dans la table ronde n°4 de préférence, sinon la n°1.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

-- 
Youssef El Amrani
Coordinateur national
CMDMS - Rabat
+212 6 61 00 00 00
"""
MA_LABEL = dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
                speakers=[sp("Youssef El Amrani", "coordinateur national",
                             "Collectif Marocain pour les Droits des Migrants Subsahariens (CMDMS)", ["open_discussion"]),
                          sp("Aminata Diallo", "membre du bureau exécutif chargée du genre",
                             "Collectif Marocain pour les Droits des Migrants Subsahariens (CMDMS)", ["roundtable"], 4)])


def ma_msg(when, sent, mid, qid):
    body = leaf("text/plain", flowed(MA_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.cmdms-ma.example.org", "41.248.17.66", qid,
                    "Youssef El Amrani <y.elamrani@cmdms-ma.example.org>",
                    hdr("Proposition de deux intervenants – CMDMS", "utf-8", "Q"), rfcdate(sent), mid,
                    ret="y.elamrani@cmdms-ma.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    return top(body, rows)


def k_ma1():
    when = at("2021-02-03 11:31:07")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    m = ma_msg(when, sent, "<3f9a1c2e-5b7d-4e80-a1c3-7d5e9f0b2a46@cmdms-ma.example.org>", "4DVx3Jh6Rqz0")
    lab = dict(MA_LABEL)
    lab["notes"] = ("two speakers in a numbered list, each with a different role (open discussion; roundtable 4, "
                    "else 1); the acronym alone follows the first name, the full name with acronym is in the "
                    "opening sentence; honorifics M./Mme; Thunderbird format=flowed 8bit, Date in +0100 (Rabat).")
    add("ma1", when, m, lab)


def k_ma2():
    when = at("2021-02-03 11:34:26")
    sent = tz(when - dt.timedelta(seconds=11), 1)
    m = ma_msg(when, sent, "<8d2b4f6a-0c1e-4a3b-9f5d-2e4c6a8b0d17@cmdms-ma.example.org>", "4DVx7Lp2Wsz9")
    lab = dict(MA_LABEL)
    lab["thread_of"] = "ma1"
    lab["notes"] = ("the previous message sent again by mistake three minutes later: same subject, body and speakers, "
                    "new Message-ID, no In-Reply-To/References; link only by sender + content.")
    add("ma2", when, m, lab)


GULF_MID = "<E4B7C9D1-2F3A-4B5C-8D6E-7F8091A2B3C4@gulfforum-migrants.example.org>"


def k_gulf():
    """ar (Gulf), iPhone, short, collective report."""
    when = at("2021-02-03 20:14:55")
    sent = tz(when - dt.timedelta(seconds=27), 4)
    name = "Gulf Forum GCM report.pdf"
    t1 = leaf("text/plain", """السلام عليكم ورحمة الله

مرفق لكم التقرير الطوعي حقنا عن تنفيذ الاتفاق العالمي للهجرة، جهزناه مع مجموعة من الجمعيات الأهلية بالإمارات وعُمان. أي ملاحظات أبشروا.

تحياتي
عبدالله المري
منتدى الخليج للعمالة الوافدة

Sent from my iPhone
""", "utf-8", "base64")
    pdf = make_pdf(["Gulf Forum for Migrant Labour", "Collective voluntary GCM review report (UAE and Oman)", "February 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name), ("x-unix-mode", "0644")],
               disp='attachment;\r\n\tfilename="%s"' % name)
    t2 = leaf("text/plain", "\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-2C4E6A8B-0D1F-4A3B-9C5D-7E9F1A3B5C7D")
    rows = std_rows(when, "mail.gulfforum-migrants.example.org", "94.200.18.41", "4DWf1Bq5Ypz3",
                    addr("عبدالله المري", "a.almarri@gulfforum-migrants.example.org"),
                    "GCM report", rfcdate(sent), GULF_MID, ret="a.almarri@gulfforum-migrants.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add("gulf", when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Gulf colloquial ('حقنا', 'أبشروا'), iPhone: base64 text, PDF with spaces in its name between two text "
              "parts, English two-word subject, English 'Sent from my iPhone'; Date in +0400."))


def k_lb2():
    """ar (Levantine) correction to lb1: new title, other roundtable."""
    when = at("2021-02-04 09:12:38")
    sent = when - dt.timedelta(seconds=4)
    orig = """مرحبا،

بعتذر إذا هيدا مش العنوان الصح، شفنا الدعوة عند شركائنا وحابين نطلب دور متحدث لمديرنا بالمؤتمر الإقليمي. هيدي المعلومات:

- الاسم: د. نبيل حداد
- المنصب: مدير البرامج الإقليمية
- الجهة: الشبكة اللبنانية لحقوق العمال المهاجرين (LNMWR)
- نوع المشاركة: مداخلة بالطاولة المستديرة التالتة (إذا في مجال)

وإذا بدكن أي شي تاني خبروني.

شكراً كتير
ريم
"""
    text = ("مرحبا مرة تانية،\n\nتصحيح صغير لو سمحتو: المسمى الوظيفي للدكتور نبيل صار \"المدير الإقليمي\" من أول الشهر، "
            "مش مدير البرامج. وهو بيفضّل الطاولة المستديرة التانية بدل التالتة إذا بيمشي الحال.\n\n"
            "Sorry for the confusion!\nريم\n\n--\nReem Khalil | Communications Officer\n"
            "Lebanese Network for Migrant Workers' Rights (LNMWR)\n\n"
            "‫في الخميس، 21 يناير 2021 في 2:37 م، كتب ‪Reem Khalil‬‏ <‪reem.khalil.lnmwr@gmail.example.com‬‏>:‬\n\n"
            + quote(orig))
    body = gmail_alt(text, "000000000000c7e81a05ba7f3b10", "rtl")
    mid0 = "<CAJx7pQ2v9bR4mN8sK1eT6wZ0yA3cF5hL7dG9jU2iO4pS6rV8tX@mail.gmail.example.com>"
    rows = std_rows(when, "mail-ej1-f52.google.example.com", "209.85.218.52", "4DWx0Tg3Rnz6",
                    addr("Reem Khalil", "reem.khalil.lnmwr@gmail.example.com"),
                    re_hdr("Re: ", "طلب مداخلة - المؤتمر الإقليمي لاستعراض الاتفاق العالمي"), rfcdate(sent),
                    "<CAJx7pQ3a1cE5gI9kM3oQ7sU1wY5aC9eG3iK7mO1qS5uW9yA2b@mail.gmail.example.com>",
                    extra=[("In-Reply-To", mid0), ("References", mid0)], ret="reem.khalil.lnmwr@gmail.example.com")
    add("lb2", when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نبيل حداد", "المدير الإقليمي", "الشبكة اللبنانية لحقوق العمال المهاجرين (LNMWR)", ["roundtable"], 2)],
        thread_of="lb1",
        notes="correction to an earlier request: new title and roundtable 2 instead of 3 ('التانية بدل التالتة'); the "
              "speaker's name appears only as 'الدكتور نبيل' in the new text, the full name and affiliation only in the "
              "quoted original (which still shows the old title and roundtable 3); English line and signature."))


JO_MID = "<AS8PR03MB6870D2E4F6A8B0C1D3E5F7A9@AS8PR03MB6870.eurprd03.prod.outlook.example.com>"


def k_jo():
    """en with Arabic, both: collective report + two speakers, one in an odd order."""
    when = at("2021-02-04 16:40:19")
    sent = when - dt.timedelta(seconds=35)
    name = "JCMWR_Collective_Report_GCM_Feb2021.pdf"
    text = """مرحبا / Dear colleagues,

Please find attached the collective voluntary GCM review report of the Jordanian Coalition for Migrant Workers' Rights (JCMWR) – التحالف الأردني لحقوق العمال المهاجرين – prepared by our 11 member organisations.

We would also like to propose two speakers:

* Lina Mahmoud, Advocacy Lead, Jordanian Coalition for Migrant Workers' Rights (JCMWR) – as rapporteur for the stakeholders' key messages, if the coalition can be considered;
* from Al-Nahda Legal Aid Centre, where he is head of the legal unit, Omar Hiyari – Roundtable II.

(Omar's name in Arabic for your badges: عمر الحياري)

Best regards / مع التحية،
Lina

Lina Mahmoud
Advocacy Lead | JCMWR
Amman, Jordan
"""
    inner = text2html(text)
    html = html_wrap('<div class="WordSection1">' + inner + '<p><img src="cid:image001.png@01D6FAF0.5B3C2A10" '
                     'width="120" height="40" alt="JCMWR"></p></div>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_AS8PR03MB6870D2E4F6A8B0C1D3E5F7A9AS8PR03MB6870eurp_")
    img = leaf("image/png", make_png(12, 4, (120, 20, 40)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FAF0.5B3C2A10>")])
    rel = multi("related", [alt, img], "_005_AS8PR03MB6870D2E4F6A8B0C1D3E5F7A9AS8PR03MB6870eurp_",
                params=[("type", '"multipart/alternative"')])
    att = pdf_part(name, ["Jordanian Coalition for Migrant Workers' Rights (JCMWR)",
                          "Collective Voluntary GCM Review Report", "February 2021 - 11 member organisations"])
    body = multi("mixed", [rel, att], "_006_AS8PR03MB6870D2E4F6A8B0C1D3E5F7A9AS8PR03MB6870eurp_")
    rows = std_rows(when, "mail-am6eur05on2131.outbound.protection.outlook.example.com", "40.107.22.131",
                    "4DXN8Fw6Kcz2", "Lina Mahmoud <l.mahmoud@jcmwr.example.org>",
                    "JCMWR collective report + speakers (GCM regional review)", rfcdate(sent), JO_MID,
                    ret="l.mahmoud@jcmwr.example.org")
    rows += [("Accept-Language", "en-US, ar-JO"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    add("jo", when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Lina Mahmoud", "Advocacy Lead", "Jordanian Coalition for Migrant Workers' Rights (JCMWR)", ["rapporteur"]),
                  sp("Omar Hiyari", "head of the legal unit", "Al-Nahda Legal Aid Centre", ["roundtable"], 2)],
        report_attachments=[name],
        notes="English with Arabic greeting, Arabic coalition name and the second speaker's name repeated in Arabic; "
              "second speaker written organisation-first with the title in a relative clause ('where he is head of the legal unit'); 'Roundtable II'; the sender is herself the first speaker; inline logo (not a report)."))


def k_paris():
    """fr (Levantine diaspora, Paris), HTML-only, minutes before the speaker deadline."""
    when = at("2021-02-05 23:53:20")
    sent = tz(when - dt.timedelta(seconds=19), 1)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<div style="font-family:Arial;font-size:10pt">Bonsoir,<br><br>'
            'Je me permets de vous &eacute;crire &agrave; la derni&egrave;re minute (d&eacute;sol&eacute;e !). '
            'Au nom de l\'association <b>Passerelles M&eacute;diterran&eacute;e &ndash; Diaspora Syrienne et Libanaise '
            'en France</b>, je souhaiterais proposer <b>Rami Daher</b>, charg&eacute; de mission migrations et retours, '
            'pour une prise de parole en s&eacute;ance pl&eacute;ni&egrave;re le 24 ou le 25 f&eacute;vrier.<br><br>'
            'Merci infiniment et bon courage pour l\'organisation,<br><br>'
            'Nadia Saad&eacute;<br>Pr&eacute;sidente<br>'
            '<span style="color:#888">Passerelles M&eacute;diterran&eacute;e &ndash; Paris 11e</span></div>'
            '</body></html>\n')
    body = leaf("text/html", html, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp-out.orange-fr.example.net", "80.12.242.125", "4DXy4Mb1Hhz7",
                    addr("Nadia Saadé", "nadia.saade@passerelles-med.example.fr", "iso-8859-1", "Q"),
                    hdr("Demande de prise de parole - séance plénière", "iso-8859-1", "Q"), rfcdate(sent),
                    "<1612562001.48211.nadia.saade@webmail.orange-fr.example.net>",
                    ret="nadia.saade@passerelles-med.example.fr")
    rows += [("X-Mailer", "Orange Messagerie Pro")]
    add("paris", when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rami Daher", "chargé de mission migrations et retours",
                     "Passerelles Méditerranée – Diaspora Syrienne et Libanaise en France", ["plenary"])],
        notes="deadline edge: received 23:53:20 Beirut on Fri 5 Feb (Date 22:53 +0100, Paris); HTML-only latin-1 with "
              "entities; the sender apologises for being last-minute but is on time; plenary as 'séance plénière'."))


def k_doha():
    """ar (Egyptian colloquial, sender in Doha), Date already 6 Feb but on time in Beirut."""
    when = at("2021-02-05 23:58:40")
    sent = tz(when - dt.timedelta(seconds=19), 3)
    text = """مساء الخير

عايزين نسجل مشاركة في الموائد المستديرة (الطاولة الأولى لو ينفع) باسم الزميلة:
مريم الكواري - منسقة مشاريع - مبادرة الدوحة لحماية العمال المهاجرين

معلش على التأخير، لسه شايفين الإيميل النهارده 🙏

خالد منصور
"""
    body = gmail_alt(text, "000000000000f5d21805baa1c3e4", "rtl")
    rows = std_rows(when, "mail-lf1-f67.google.example.com", "209.85.167.67", "4DXyB0v6Dgz4",
                    addr("Khaled Mansour", "khaled.mansour.dimw@gmail.example.com"),
                    hdr("مشاركة في الموائد المستديرة"), rfcdate(sent),
                    "<CAM9pQ4xT1vB7nR3eK8sW2zA6cF0hL4dG8jU3iO7pS1rV5tX9y@mail.gmail.example.com>",
                    ret="khaled.mansour.dimw@gmail.example.com")
    add("doha", when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("مريم الكواري", "منسقة مشاريع", "مبادرة الدوحة لحماية العمال المهاجرين", ["roundtable"], 1)],
        notes="deadline edge: received 23:58:40 Beirut on Fri 5 Feb, but the Date header reads 'Sat, 6 Feb 2021 "
              "00:58:21 +0300' (Doha); Egyptian colloquial ('عايزين', 'لو ينفع', 'معلش', 'النهارده'); speaker on one "
              "dash-separated line for a colleague; emoji."))


def k_london():
    """en, two speakers, late by a few minutes (London sender, still the 5th there)."""
    when = at("2021-02-06 00:06:15")
    sent = tz(when - dt.timedelta(seconds=17), 0)
    text = """Hi there,

Hope I'm not too late - it's still the 5th here in London!

We'd like to request speaking slots for two of our team:

Hassan Idris - Sudanese Diaspora Migration Platform (SDMP), Policy Officer - plenary please
Dr Amal Osman, Senior Researcher, same organisation - happy to be rapporteur if that role is still open, otherwise any of the roundtables (no preference)

Thanks so much,
Tom

--
Tom Whitfield
Operations Manager, SDMP
London
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>'
            '<body style="word-wrap: break-word; line-break: after-white-space;">' + text2html(text) + '</body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "Apple-Mail=_5E1A7C3B-9D2F-4B6E-8A0C-1F3E5D7B9A2C")
    rows = std_rows(when, "smtp.sdmp-uk.example.org", "51.140.72.19", "4DY0Lq8Ntrz5",
                    "Tom Whitfield <tom.whitfield@sdmp-uk.example.org>", "Speaker request - SDMP (two speakers)",
                    rfcdate(sent), "<A7C91E3F-2B4D-4F60-9E8A-5C1D3B7F9E02@sdmp-uk.example.org>",
                    ret="tom.whitfield@sdmp-uk.example.org")
    rows += [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    add("london", when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Hassan Idris", "Policy Officer", "Sudanese Diaspora Migration Platform (SDMP)", ["plenary"]),
                  sp("Amal Osman", "Senior Researcher", "Sudanese Diaspora Migration Platform (SDMP)", ["rapporteur", "roundtable"])],
        notes="late by six minutes: received 00:06:15 Beirut on Sat 6 Feb, Date 'Fri, 5 Feb 2021 22:05:58 +0000' and "
              "the sender insists it is still the 5th; first speaker written name-organisation-title; the second's "
              "affiliation is 'same organisation'; two roles with 'any of the roundtables' (no number)."))


def k_bounce():
    """en bounce of our acknowledgement to the London sender."""
    when = at("2021-02-06 00:07:02")
    d = tz(when - dt.timedelta(seconds=2), 0)
    ack_mid = "<ack-20210205220620-5530@gcmrr.iom.int>"
    human = """This is the mail system at host smtp.sdmp-uk.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tom.whitfield@sdmp-uk.example.org>: host mailstore.sdmp-uk.example.org[10.2.0.14] said:
    552 5.2.2 <tom.whitfield@sdmp-uk.example.org>: Mailbox full (in reply to
    RCPT TO command)
"""
    status = ("Reporting-MTA: dns; smtp.sdmp-uk.example.org\nX-Postfix-Queue-ID: 8C2F41A03B\n"
              "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; tom.whitfield@sdmp-uk.example.org\n"
              "Original-Recipient: rfc822;tom.whitfield@sdmp-uk.example.org\nAction: failed\nStatus: 5.2.2\n"
              "Remote-MTA: dns; mailstore.sdmp-uk.example.org\n"
              "Diagnostic-Code: smtp; 552 5.2.2 <tom.whitfield@sdmp-uk.example.org>: Mailbox full\n") % rfcdate(tz(at("2021-02-06 00:06:21"), 0))
    orig = ("Return-Path: <gcmrrarabstates@iom.int>\nFrom: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Tom Whitfield <tom.whitfield@sdmp-uk.example.org>\n"
            "Subject: Re: Speaker request - SDMP (two speakers)\nDate: %s\nMessage-ID: %s\n"
            "In-Reply-To: <A7C91E3F-2B4D-4F60-9E8A-5C1D3B7F9E02@sdmp-uk.example.org>\n") % (rfcdate(at("2021-02-06 00:06:20")), ack_mid)
    p1 = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in status.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", orig, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = multi("report", [p1, p2, p3], "8C2F41A03B.1612562822/smtp.sdmp-uk.example.org",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = std_rows(when, "smtp.sdmp-uk.example.org", "51.140.72.19", "4DY0Mc2Pwvz8",
                    "MAILER-DAEMON@smtp.sdmp-uk.example.org (Mail Delivery System)",
                    "Undelivered Mail Returned to Sender", rfcdate(d),
                    "<20210205220700.8C2F41A03B@smtp.sdmp-uk.example.org>", ret="",
                    extra=[("Auto-Submitted", "auto-replied")])
    add("bounce", when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (mailbox full) for our acknowledgement of the late London request, arriving a minute "
              "after it; the returned headers name that request's Message-ID in In-Reply-To."))


def k_dz():
    """fr (Algeria), report DOCX with an accented RFC 2231 file name."""
    when = at("2021-02-10 10:05:33")
    sent = tz(when - dt.timedelta(seconds=14), 1)
    name = "Rapport_volontaire_RAMS_Pacte_mondial_révisé.docx"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de notre réseau sur la mise en oeuvre du Pacte mondial en Algérie (période 2019-2020), élaboré de manière collective avec six associations d'Oran, de Tamanrasset et d'Alger.

Nous vous prions de bien vouloir nous en accuser réception.

Salutations distinguées.

Karima Belkacem
Chargée de la coordination
Réseau Algérien Migrations et Solidarité (RAMS)
"""
    docx = make_docx(["Réseau Algérien Migrations et Solidarité (RAMS)", "Rapport volontaire - Pacte mondial sur les migrations",
                      "Algérie, 2019-2020 - version révisée"])
    tp = leaf("text/plain", text, "utf-8", "quoted-printable")
    att = leaf(DOCX, docx, cte="base64", params=[("name*", rfc2231(name))], disp="attachment; filename*=%s" % rfc2231(name))
    body = multi("mixed", [tp, att], "------------0A3C5E7F9B1D2F4A6C8E0B2D")
    rows = std_rows(when, "smtp.rams-dz.example.org", "105.235.131.9", "4Dbj2Wx8Fkz1",
                    "Karima Belkacem <k.belkacem@rams-dz.example.org>",
                    hdr("Rapport volontaire RAMS – Pacte mondial", "utf-8", "Q"), rfcdate(sent),
                    "<6e1c3a5b-7d9f-4b2e-8c0a-1f3e5d7b9a4c@rams-dz.example.org>", ret="k.belkacem@rams-dz.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    add("dz", when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report from a network; DOCX name with 'é' only as RFC 2231 (filename*=utf-8''...); "
              "Date in +0100 (Algiers)."))


def k_lbboth():
    """fr (Lebanese), report + late speaker request in one message."""
    when = at("2021-02-12 15:30:48")
    sent = when - dt.timedelta(seconds=26)
    n1, n2 = "Rapport_FADTD_GCM_2021.pdf", "ملخص التقرير بالعربية.docx"
    text = """Chers collègues,

Je vous prie de trouver ci-joint le rapport volontaire de la Fondation Sitti pour la Dignité des Travailleuses Domestiques (FADTD), ainsi que sa synthèse en arabe.

Par ailleurs, et si cela est encore possible malgré la date du 5 février, notre directrice, Mme Carla Nasrallah, souhaiterait intervenir lors de l'une des tables rondes thématiques, idéalement la troisième (travail décent et recrutement équitable).

Avec mes remerciements anticipés,

Pascale Rizk
Responsable des programmes
FADTD – Beyrouth
"""
    alt = outlook_alt(text, "_000_PR3PR01MB6155B2D4F6A8C0E1A3C5E7F9PR3PR01MB6155eurp_")
    pdf = make_pdf(["Fondation Sitti pour la Dignite des Travailleuses Domestiques (FADTD)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Liban, fevrier 2021"])
    a1 = pdf_part(n1, [])
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % n1)], disp='attachment; filename="%s"' % n1)
    docx = make_docx(["ملخص التقرير الطوعي - مؤسسة ستي لكرامة العاملات في الخدمة المنزلية", "شباط/فبراير 2021"])
    a2 = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(n2))],
              disp='attachment; filename="%s"' % b_word(n2))
    body = multi("mixed", [alt, a1, a2], "_004_PR3PR01MB6155B2D4F6A8C0E1A3C5E7F9PR3PR01MB6155eurp_")
    rows = std_rows(when, "mail-he1eur02on0614.outbound.protection.outlook.example.com", "40.107.1.114",
                    "4Dch6Rz0Xmz3", "Pascale Rizk <p.rizk@fadtd-lb.example.org>",
                    hdr("Rapport volontaire FADTD + demande d'intervention (table ronde)", "utf-8", "Q"), rfcdate(sent),
                    "<PR3PR01MB6155B2D4F6A8C0E1A3C5E7F9@PR3PR01MB6155.eurprd01.prod.outlook.example.com>",
                    ret="p.rizk@fadtd-lb.example.org")
    rows += [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    add("lbboth", when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Carla Nasrallah", "directrice",
                     "Fondation Sitti pour la Dignité des Travailleuses Domestiques (FADTD)", ["roundtable"], 3)],
        report_attachments=[n1, n2],
        notes="report on time but the speaking request (received 12 Feb) is after 5 Feb, so 'both' is late; the "
              "report is a French PDF plus an Arabic summary DOCX (RFC 2047 name); title only as 'notre directrice' "
              "before the name; roundtable as 'la troisième'."))


def k_sa():
    """ar (MSA, Riyadh), report minutes before the deadline; Date already 17 Feb."""
    when = at("2021-02-16 23:49:30")
    sent = tz(when - dt.timedelta(seconds=19), 3)
    name = "GCM_Review_Saudi_CSO_Coalition.pdf"
    text = """السلام عليكم ورحمة الله وبركاته،

نرفق لكم التقرير الطوعي لائتلاف منظمات المجتمع المدني المعنية بالعمالة المنزلية، مع الاعتذار عن التأخر في الإرسال بسبب انتظار اعتماد التقرير من الأعضاء.

نأمل التكرم بتأكيد الاستلام.

مع خالص التحية،
د. فهد العتيبي
منسق الائتلاف
"""
    alt = outlook_alt(text, "_000_DB9PR10MB5143A1C3E5F7091B2D4F6A8CDB9PR10MB5143EURP_", dir_="rtl")
    att = pdf_part(name, ["Coalition of Civil Society Organisations on Domestic Work", "Voluntary GCM Review Report", "February 2021"])
    body = multi("mixed", [alt, att], "_004_DB9PR10MB5143A1C3E5F7091B2D4F6A8CDB9PR10MB5143EURP_")
    rows = std_rows(when, "mail-db8eur05on2100.outbound.protection.outlook.example.com", "40.107.20.100",
                    "4DgB3Tn7Lyz6", addr("فهد العتيبي", "f.alotaibi@cso-coalition-sa.example.org"),
                    hdr("التقرير الطوعي - ائتلاف منظمات المجتمع المدني"), rfcdate(sent),
                    "<DB9PR10MB5143A1C3E5F7091B2D4F6A8C@DB9PR10MB5143.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="f.alotaibi@cso-coalition-sa.example.org")
    rows += [("Content-Language", "ar-SA"), ("X-MS-Has-Attach", "yes")]
    add("sa", when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:49:30 Beirut on Tue 16 Feb, on time, but the Date header is 'Wed, 17 Feb "
              "2021 00:49:11 +0300' (Riyadh) and the sender apologises for the delay; base64-free Outlook QP, RTL HTML."))


def k_tn2():
    """fr (Tunisia), report a few minutes late; Date still 16 Feb."""
    when = at("2021-02-17 00:04:40")
    sent = tz(when - dt.timedelta(seconds=18), 1)
    name = "Rapport GCM - Forum Tunisien Mobilité.pdf"
    text = """Bonsoir,

Ci-joint notre rapport volontaire sur le Pacte mondial, juste à temps j'espère ! On a eu des soucis de connexion toute la soirée.

Merci de nous confirmer la réception.

Hichem Trabelsi
Forum Tunisien pour la Mobilité et les Droits (FTMD)
"""
    alt = gmail_alt(text, "0000000000008e1b4c05bb7a2d90")
    att = leaf("application/pdf", make_pdf(["Forum Tunisien pour la Mobilite et les Droits (FTMD)",
                                             "Rapport volontaire - Pacte mondial", "Fevrier 2021"]), cte="base64",
               params=[("name", b_word(name))], disp="attachment; filename=\"%s\"" % b_word(name),
               extra=[("X-Attachment-Id", "f_kl91c0an0")])
    body = multi("mixed", [alt, att], "0000000000008e1b4d05bb7a2d92")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DgBH2q5Mwz0",
                    "Hichem Trabelsi <hichem.trabelsi.ftmd@gmail.example.com>",
                    hdr("Rapport volontaire FTMD – Pacte mondial", "utf-8", "Q"), rfcdate(sent),
                    "<CAHt5kQ1z8bN3vR7eJ2sW6xA0cF4hK8dG2jU6iO0pS4rV8tY1w@mail.gmail.example.com>",
                    ret="hichem.trabelsi.ftmd@gmail.example.com")
    add("tn2", when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by about five minutes: received 00:04:40 Beirut on Wed 17 Feb while the Date header is 'Tue, 16 Feb "
              "2021 23:04:22 +0100' (Tunis) and the sender writes 'juste à temps j'espère'; PDF name with spaces and "
              "'é' as an RFC 2047 word."))


def k_mr():
    """en with French, logistics question after the deadlines."""
    when = at("2021-02-18 11:22:09")
    sent = tz(when - dt.timedelta(seconds=8), 0)
    text = """Dear team / Chère équipe,

We registered last week for the multi-stakeholder consultation on 23 Feb (2 participants from our association) but we have not received any Zoom link yet. Could you please check?

Also, will there be French interpretation during the roundtables? Some of our members are more comfortable in French than in English or Arabic.

Merci beaucoup et bonne journée,

Mariem Mint Ahmed
Association Mauritanienne pour l'Accueil des Migrants (AMAM) - Nouadhibou
"""
    body = gmail_alt(text, "000000000000a4c7e205bba91f37")
    rows = std_rows(when, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DhS1Yv3Kgz5",
                    "Mariem Mint Ahmed <amam.nouadhibou@gmail.example.com>",
                    "Zoom link for 23 Feb consultation? / interpretation", rfcdate(sent),
                    "<CAKq8rT4w2yA6cE0gI4kM8oQ2sU6wY0aC4eG8iK2mO6qS0uW4x@mail.gmail.example.com>",
                    ret="amam.nouadhibou@gmail.example.com")
    add("mr", when, top(body, rows), dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics (missing Zoom link, interpretation) mostly in English with French greeting and closing; "
              "mentions participants, the consultation and roundtables but proposes no speaker; Date in +0000 "
              "(Nouakchott)."))


ORDER = [k_fwd, k_lb1, k_tn1, k_tn1_thanks, k_kw1, k_kw2, k_lbq, k_eg, k_eg_ooo, k_fwd_follow, k_ma1, k_ma2, k_gulf,
         k_lb2, k_jo, k_paris, k_doha, k_london, k_bounce, k_dz, k_lbboth, k_sa, k_tn2, k_mr]


def main():
    for f in ORDER:
        f()
    MESSAGES.sort(key=lambda t: dt.datetime.fromisoformat(t[2]["received_at"]))
    names = {}
    for i, (key, data, lab) in enumerate(MESSAGES, 1):
        names[key] = "h100-%02d.eml" % i
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
    labels = []
    prev = None
    for key, data, lab in MESSAGES:
        fname = names[key]
        lab = dict(lab)
        lab["file"] = fname
        if lab["thread_of"] is not None:
            lab["thread_of"] = names[lab["thread_of"]]
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    assert len(labels) == 24
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
