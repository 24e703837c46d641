#!/usr/bin/env python3
"""Write the blind evaluation set holdout129 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets129.py
Theme: Gulf and Mashreq government bodies and national human rights institutions (protocol and
international-cooperation offices, NHRIs; Saudi Arabia, UAE, Qatar, Oman, Kuwait, Bahrain, Jordan, Iraq,
plus Lebanon and Morocco for the French-writing senders).
"""
import datetime as dt
import json
import os
from mailgen import (HERE, rfcdate, at, tz, hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout129")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h129-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ---------------------------------------------------------------- small shortcuts
def pdf_att(name, lines, extra=None):
    try:
        name.encode("ascii")
        return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment; filename="%s"' % name, extra=extra)
    except UnicodeEncodeError:
        return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", '"%s"' % b_word(name))],
                    disp="attachment; filename*=%s" % rfc2231(name), extra=extra)


def docx_att(name, paras):
    try:
        name.encode("ascii")
        return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment; filename="%s"' % name)
    except UnicodeEncodeError:
        return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", '"%s"' % b_word(name))],
                    disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name)))


def alt(text, html, b1, charset="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html, charset, hcte or cte)], b1)


OUTLOOK_X = [("Thread-Topic", None), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")]

INVITE_MID = "<DB7PR03MB4972A1C0E5B84D3F9E2C6B10A4F10@DB7PR03MB4972.eurprd03.prod.outlook.example.com>"
INVITE_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"


# ================================================================ the 24 messages
def m01():
    """ar speaker: Saudi protocol office proposes an undersecretary (سعادة + long post title)."""
    when = at("2021-01-31 10:22:41")
    sent = when - dt.timedelta(seconds=4)
    text = """السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة                 المحترمين
السلام عليكم ورحمة الله وبركاته،

إشارةً إلى خطاب الدعوة الكريم بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، المزمع عقده خلال الفترة 23-25 فبراير 2021م، يسر إدارة المراسم والعلاقات الدولية بوزارة الموارد البشرية والتنمية الاجتماعية في المملكة العربية السعودية أن تفيدكم بترشيح:

سعادة الأستاذ/ فهد بن عبدالرحمن العتيبي
وكيل الوزارة المساعد لشؤون العمل الدولية والمنظمات

لإلقاء مداخلة في الجلسة العامة للمؤتمر، وذلك نيابةً عن الوزارة.

نأمل التكرم بالإحاطة، وإفادتنا بالترتيبات اللازمة وموعد المداخلة، مع إرسال رابط الاتصال المرئي على البريد الإلكتروني لمكتب سعادته (نسخة أعلاه).

وتفضلوا بقبول فائق الاحترام والتقدير،،،

إدارة المراسم والعلاقات الدولية
وزارة الموارد البشرية والتنمية الاجتماعية
الرياض - المملكة العربية السعودية
هاتف: +966 11 000 0000 تحويلة 2214
"""
    html = html_wrap('<div style="font-family:Traditional Arabic;font-size:14pt">' + text2html(text) + "</div>", "rtl")
    body = alt(text, html, "_000_AM9PR10MB4217C2B6F1A0E4D7B3F1AM9PR10MB4217eurp_")
    rows = std_rows(when, "mail.hrsd.example.gov.sa", "203.0.113.41", "4DT1pk0Qv7z3",
                    addr("إدارة المراسم والعلاقات الدولية", "protocol@hrsd.example.gov.sa"),
                    hdr("ترشيح سعادة وكيل الوزارة المساعد للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"),
                    rfcdate(tz(sent, 3)),
                    "<AM9PR10MB4217C2B6F1A0E4D7B3F1@AM9PR10MB4217.eurprd10.prod.outlook.example.com>",
                    extra=[("Cc", "f.alotaibi.office@hrsd.example.gov.sa, intl.org@hrsd.example.gov.sa")],
                    ret="protocol@hrsd.example.gov.sa")
    rows.insert(4, ("Received", "from AM9PR10MB4217.eurprd10.prod.outlook.example.com (2603:10a6:20b:4f1::9)\r\n"
                    "\tby mail.hrsd.example.gov.sa with HTTPS; " + rfcdate(tz(sent, 0))))
    rows += [("Accept-Language", "ar-SA, en-US"), ("Content-Language", "ar-SA")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("فهد بن عبدالرحمن العتيبي", "وكيل الوزارة المساعد لشؤون العمل الدولية والمنظمات",
                     "وزارة الموارد البشرية والتنمية الاجتماعية", ["plenary"])],
        notes="protocol office writes in its own name; the speaker is introduced with two honorifics "
              "('سعادة الأستاذ/') that are not part of the name; long post title on its own line; the "
              "affiliation appears only in the prose and the signature (city/country after a dash excluded); "
              "the ministry is also 'الوزارة' in the title; 'الجلسة العامة' = plenary; two addresses in Cc."))


def m02():
    """ar report: Qatar NHRC, covering email only names the file."""
    when = at("2021-02-01 11:05:09")
    sent = when - dt.timedelta(seconds=6)
    name = "تقرير اللجنة الوطنية لحقوق الإنسان - الاستعراض الطوعي للاتفاق العالمي.pdf"
    text = """مرفق لكم الملف:
تقرير اللجنة الوطنية لحقوق الإنسان - الاستعراض الطوعي للاتفاق العالمي.pdf

مع التحية
إدارة التعاون الدولي
اللجنة الوطنية لحقوق الإنسان | الدوحة - قطر
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    a = alt(text, html, "0000000000007a1c3e05ba4b2d10", cte="base64")
    att = pdf_att(name, ["National Human Rights Committee - State of Qatar",
                         "Voluntary GCM Review Report (Arab region), January 2021",
                         "Section 1: Protection of migrant workers' rights", "Section 2: Complaints received 2019-2020"],
                  extra=[("X-Attachment-Id", "f_kkm3q0a10")])
    body = multi("mixed", [a, att], "0000000000007a1c3f05ba4b2d12")
    rows = std_rows(when, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DTf1M2Rkqz7",
                    addr("International Cooperation - NHRC", "intl.coop@nhrc-qa.example.org"),
                    hdr("تقرير الاستعراض الطوعي"), rfcdate(tz(sent, 3)),
                    "<CAJq7Tn0c1x5Hh9z8Yk2Lw3mPp4dR6sV1uXa9eB3gF7hJ2k@mail.gmail.example.com>",
                    ret="intl.coop@nhrc-qa.example.org")
    m = top(body, rows)
    add(2, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="covering e-mail says nothing but 'attached the file' and repeats the file name; the Arabic PDF "
              "name (with spaces and a dash) is RFC 2231 / RFC 2047 encoded; base64 text parts; English "
              "display name; only the file name says it is the voluntary review report."))


def m03():
    """en speaker: Bahrain MFA letter in body, H.E. Mr ..., Assistant Minister for ..., org only in letterhead."""
    when = at("2021-02-01 14:30:22")
    sent = when - dt.timedelta(seconds=5)
    text = """Dear Sir/Madam,

Please find below the letter of the Directorate of International Organizations regarding the Regional Review of the GCM.

--------------------------------------------------
KINGDOM OF BAHRAIN
MINISTRY OF FOREIGN AFFAIRS
Directorate of International Organizations
Ref.: DIO/2021/0147
Date: 1 February 2021
--------------------------------------------------

The Directorate of International Organizations presents its compliments to the Regional UN Network on Migration in the Arab Region and, with reference to the invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (23-25 February 2021), has the honour to inform that H.E. Mr. Yusuf Abdulla Al-Mannai, Assistant Minister for Consular and Administrative Affairs, will represent the Kingdom of Bahrain and wishes to deliver a floor intervention in the plenary session of the Conference.

The Directorate avails itself of this opportunity to renew to the Regional UN Network on Migration the assurances of its highest consideration.

--------------------------------------------------

Kind regards,
Maryam Al-Sayed
Third Secretary
Directorate of International Organizations
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = alt(text, html, "_000_VI1PR06MB5598E2A41DC93F7B6A02VI1PR06MB5598eurp_")
    rows = std_rows(when, "mx.mofa.example.gov.bh", "198.51.100.23", "4DTkS91wBqz2",
                    "Maryam Al-Sayed <m.alsayed@mofa.example.gov.bh>",
                    "Regional Review of the GCM - Participation of the Kingdom of Bahrain",
                    rfcdate(tz(sent, 3)),
                    "<VI1PR06MB5598E2A41DC93F7B6A02@VI1PR06MB5598.eurprd06.prod.outlook.example.com>",
                    extra=[("Cc", "DIO <dio@mofa.example.gov.bh>, \"Office of the Assistant Minister\" <am.cao@mofa.example.gov.bh>")],
                    ret="m.alsayed@mofa.example.gov.bh")
    rows += [("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Yusuf Abdulla Al-Mannai", "Assistant Minister for Consular and Administrative Affairs",
                     "Ministry of Foreign Affairs", ["plenary"])],
        notes="third-person note verbale pasted in the body; 'H.E. Mr.' before the name; the ministry appears only "
              "in the capitalised letterhead lines ('KINGDOM OF BAHRAIN / MINISTRY OF FOREIGN AFFAIRS'), the prose "
              "only says he 'will represent the Kingdom of Bahrain'; the sender (Third Secretary) and the "
              "Directorate are not the speaker/affiliation; title corrected later in h129-06."))


def m04():
    """ar auto_reply: Omani ministry out of office."""
    when = at("2021-02-01 16:02:48")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الأحد 7 فبراير 2021 مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع دائرة المنظمات الدولية على العنوان io.dept@mol.example.gov.om

Thank you for your email. I am out of the office on official mission until Sunday 7 February 2021.

سالم الحارثي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "smtp.mol.example.gov.om", "192.0.2.117", "4DTnB83rTzz5",
                    addr("سالم بن خميس الحارثي", "s.alharthi@mol.example.gov.om"),
                    "Automatic reply: " + INVITE_SUBJ,
                    rfcdate(tz(sent, 4)),
                    "<5a2e91c0d4b34f8f9e77d1c2a0b4e6f1@EXMB02.mol.example.gov.om>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                    ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", INVITE_MID), ("References", INVITE_MID)]
    m = top(body, rows)
    add(4, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply to the invitation, Arabic first with an English line; mentions "
              "another address and an official mission; Auto-Submitted: auto-replied, null Return-Path."))


def m05():
    """fr speaker: Lebanese Ministry of Labour, name SURNAME first in caps, table ronde n°3."""
    when = at("2021-02-02 09:40:15")
    sent = when - dt.timedelta(seconds=3)
    text = """Madame, Monsieur,

Suite à l'invitation de la Réseau régional des Nations Unies sur les migrations, le Ministère du Travail libanais souhaite proposer l'intervenante suivante pour la table ronde thématique n°3 :

- Nom : HAJJ Rima
- Fonction : Chef du Service des relations extérieures
- Institution : Ministère du Travail - République libanaise

Mme HAJJ suit le dossier des travailleurs domestiques migrants et de la réforme du système de la kafala depuis 2018.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Georges Khoury
Bureau de la coopération internationale
Ministère du Travail
Beyrouth, Liban
"""
    body = leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable",
                params=[("format", "flowed")])
    rows = std_rows(when, "mail.labor.example.gov.lb", "192.0.2.54", "4DV2cQ0Lxpz1",
                    "Georges Khoury <g.khoury@labor.example.gov.lb>",
                    hdr("Proposition d'intervenante - table ronde n°3", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 2)), "<7e1b0c2a-5d3f-4b8e-9a61-2f0c4d8e7b15@labor.example.gov.lb>",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")],
                    ret="g.khoury@labor.example.gov.lb")
    m = top(body, rows)
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rima Hajj", "Chef du Service des relations extérieures", "Ministère du Travail",
                     ["roundtable"], 3)],
        notes="name written SURNAME first in capitals ('HAJJ Rima'); the institution line carries the country "
              "after a dash ('Ministère du Travail - République libanaise'), not part of the affiliation; "
              "Thunderbird, ISO-8859-1 quoted-printable, format=flowed; 'n°3' roundtable; later replaced in h129-12."))


def m06():
    """en follow-up: same Bahrain office corrects the speaker's title."""
    when = at("2021-02-02 10:15:37")
    sent = when - dt.timedelta(seconds=5)
    orig = "<VI1PR06MB5598E2A41DC93F7B6A02@VI1PR06MB5598.eurprd06.prod.outlook.example.com>"
    text = """Dear Sir/Madam,

Further to our email below, kindly note a correction to the title of H.E. the Assistant Minister. His correct title is:

Assistant Minister of Foreign Affairs for Legal and International Affairs

All other details remain unchanged (plenary session). We apologise for any inconvenience.

Kind regards,
Maryam Al-Sayed
Third Secretary
Directorate of International Organizations
Ministry of Foreign Affairs | Kingdom of Bahrain

From: Maryam Al-Sayed
Sent: Monday, February 1, 2021 3:30 PM
To: gcmrrarabstates@iom.int
Cc: DIO <dio@mofa.example.gov.bh>; Office of the Assistant Minister <am.cao@mofa.example.gov.bh>
Subject: Regional Review of the GCM - Participation of the Kingdom of Bahrain

Dear Sir/Madam,

Please find below the letter of the Directorate of International Organizations regarding the Regional Review of the GCM.

--------------------------------------------------
KINGDOM OF BAHRAIN
MINISTRY OF FOREIGN AFFAIRS
Directorate of International Organizations
Ref.: DIO/2021/0147
--------------------------------------------------

The Directorate of International Organizations presents its compliments to the Regional UN Network on Migration in the Arab Region and [...] has the honour to inform that H.E. Mr. Yusuf Abdulla Al-Mannai, Assistant Minister for Consular and Administrative Affairs, will represent the Kingdom of Bahrain and wishes to deliver a floor intervention in the plenary session of the Conference.
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = alt(text, html, "_000_VI1PR06MB559871C0A3E2F4D1B9C8VI1PR06MB5598eurp_")
    rows = std_rows(when, "mx.mofa.example.gov.bh", "198.51.100.23", "4DVBq20mH1z6",
                    "Maryam Al-Sayed <m.alsayed@mofa.example.gov.bh>",
                    "RE: Regional Review of the GCM - Participation of the Kingdom of Bahrain - CORRECTION",
                    rfcdate(tz(sent, 3)),
                    "<VI1PR06MB559871C0A3E2F4D1B9C8@VI1PR06MB5598.eurprd06.prod.outlook.example.com>",
                    extra=[("Cc", "DIO <dio@mofa.example.gov.bh>, \"Office of the Assistant Minister\" <am.cao@mofa.example.gov.bh>")],
                    ret="m.alsayed@mofa.example.gov.bh")
    rows += [("In-Reply-To", orig), ("References", orig), ("Thread-Topic", "Regional Review of the GCM - Participation of the Kingdom of Bahrain"),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Yusuf Abdulla Al-Mannai", "Assistant Minister of Foreign Affairs for Legal and International Affairs",
                     "Ministry of Foreign Affairs", ["plenary"])],
        thread_of="h129-03.eml",
        notes="title correction in a reply to the sender's own earlier message; the new text names the speaker only "
              "as 'H.E. the Assistant Minister', the name is in the Outlook-quoted original together with the old "
              "title; the role is given as '(plenary session)'; the ministry now also in the sender's signature "
              "with '| Kingdom of Bahrain'."))


def m07():
    """en other: embassy asks whether governments may speak in the multi-stakeholder consultation."""
    when = at("2021-02-02 13:20:05")
    sent = when - dt.timedelta(seconds=7)
    text = """Dear Colleagues,

Greetings from the Embassy of the State of Kuwait in Beirut.

We have received the invitation to the Regional Review of the GCM. Before we revert to the capital with a nomination, we would be grateful for clarification on one point: is the multi-stakeholder consultation on 23 February open to interventions by Government representatives as well, or is it reserved for civil society and other stakeholders? In other words, may a member of our delegation take the floor in the open discussion on 23 Feb, or should Governments only request interventions in the plenary sessions on 24-25 Feb?

Your early reply would be highly appreciated, as the deadline for speaker requests is 5 February.

Best regards,

Abdulaziz Al-Rashidi
Second Secretary
Embassy of the State of Kuwait - Beirut
Tel. +961 1 000 000
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = alt(text, html, "_000_DB9PR02MB7274F0E1D6C35A29B8E4DB9PR02MB7274eurp_")
    rows = std_rows(when, "mail.kuwaitembassy-lb.example.org", "203.0.113.90", "4DVJx40hRfz3",
                    "\"Al-Rashidi, Abdulaziz\" <a.alrashidi@kuwaitembassy-lb.example.org>",
                    "Query - Government participation in the multi-stakeholder consultation (23 Feb)",
                    rfcdate(tz(sent, 2)),
                    "<DB9PR02MB7274F0E1D6C35A29B8E4@DB9PR02MB7274.eurprd02.prod.outlook.example.com>",
                    ret="a.alrashidi@kuwaitembassy-lb.example.org")
    m = top(body, rows)
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a question, not a request: mentions the open discussion, plenary sessions, 'a nomination' and the "
              "speaker deadline, and the sender's own name/title/embassy in the signature, but proposes nobody."))


def m08():
    """fr both: Lebanese NHRI report PDF + rapporteur."""
    when = at("2021-02-03 12:00:44")
    sent = when - dt.timedelta(seconds=9)
    name = "CNDH-Liban_Rapport_PMM_2021.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint la contribution de la Commission nationale des droits de l'Homme incluant le Comité de prévention de la torture (CNDH-CPT) au processus d'examen régional du Pacte mondial sur les migrations.

Par ailleurs, la Commission propose que son membre M. Fadi Nassar, commissaire chargé des droits des travailleurs migrants, assume le rôle de rapporteur pour présenter les messages clés des parties prenantes. Si ce rôle est déjà attribué, il est également disposé à intervenir lors de la table ronde sur la protection des droits (1ère table ronde).

Bien cordialement,

Layal Abi Saab
Chargée des relations internationales
CNDH-CPT
Beyrouth - Liban
"""
    html = html_wrap('<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div>")
    a = alt(text, html, "----=_NextPart_001_0012_01D6FA21.3C5B9E40", cte="quoted-printable")
    att = pdf_att(name, ["Commission nationale des droits de l'Homme - Liban",
                         "Contribution a l'examen regional du Pacte mondial sur les migrations (PMM)",
                         "Fevrier 2021"])
    body = multi("mixed", [a, att], "----=_NextPart_000_0011_01D6FA21.3C5B9E40")
    rows = std_rows(when, "smtp.nhrc-lb.example.org", "198.51.100.146", "4DVx0P3Tjcz9",
                    "\"Layal Abi Saab\" <l.abisaab@nhrc-lb.example.org>",
                    hdr("Contribution CNDH-CPT à l'examen régional du PMM", "utf-8", "Q"),
                    rfcdate(tz(sent, 2)), "<001201d6fa10$3c5b9e40$b512dac0$@nhrc-lb.example.org>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+hA8W55A")],
                    ret="l.abisaab@nhrc-lb.example.org")
    m = top(body, rows)
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Fadi Nassar", "commissaire chargé des droits des travailleurs migrants",
                     "Commission nationale des droits de l'Homme incluant le Comité de prévention de la torture (CNDH-CPT)",
                     ["rapporteur", "roundtable"], 1)],
        report_attachments=[name],
        notes="report PDF plus a speaker proposal in prose; title in apposition after 'son membre M. ...'; the "
              "fullest affiliation is the long form with acronym in the first paragraph, the signature only has "
              "'CNDH-CPT'; rapporteur first, roundtable as a fallback ('1ère table ronde')."))


def m09():
    """en both: Jordan NCHR, report PDF + speaker (herself), iPhone-ish."""
    when = at("2021-02-03 16:45:31")
    sent = when - dt.timedelta(seconds=11)
    name = "NCHR Jordan - GCM voluntary review.pdf"
    text = """Dear GCM team,

On behalf of the National Centre for Human Rights (NCHR) of Jordan, pls find attached our voluntary GCM review report.

We would also like to take part in the roundtables on 24-25 Feb. I'd propose myself for the floor intervention in roundtable 2 (or 4 if 2 is full).

Dr. Hana Al-Zoubi
Director, Monitoring and Investigations Unit
NCHR | Amman

Sent from my iPhone"""
    p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
    att = pdf_att(name, ["National Centre for Human Rights - Hashemite Kingdom of Jordan",
                         "Voluntary GCM Review Report 2021"])
    body = multi("mixed", [p1, att], "Apple-Mail-7C1E0B2A-44D1-4F0A-9E3B-51A2C6D8E901")
    rows = std_rows(when, "mail-pf1-f182.google.example.com", "209.85.210.182", "4DW4mT1bXyz4",
                    "Hana Al-Zoubi <hana.zoubi@nchr-jo.example.org>",
                    "NCHR report + speaker", rfcdate(tz(sent, 2)),
                    "<4B8E21D7-2C5A-4E91-8F3B-A60D1C7E9B52@nchr-jo.example.org>",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")], ret="hana.zoubi@nchr-jo.example.org")
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hana Al-Zoubi", "Director, Monitoring and Investigations Unit",
                     "National Centre for Human Rights (NCHR)", ["roundtable"], 2)],
        report_attachments=[name],
        notes="short iPhone message; the sender proposes herself ('I'd propose myself'), details only in the "
              "signature with 'Dr.'; the full affiliation with acronym is in the body ('of Jordan' not part), the "
              "signature has 'NCHR | Amman'; roundtable 2 first choice, 4 as alternative; 'pls'."))


def m10():
    """ar speaker: Bahrain NIHR, two speakers, table in HTML, many in copy."""
    when = at("2021-02-04 09:10:12")
    sent = when - dt.timedelta(seconds=5)
    rows_t = [("الاسم", "المسمى", "المشاركة المقترحة"),
              ("سعادة الدكتورة/ مريم عيسى البوعينين", "رئيسة مجلس المفوضين", "مداخلة في الجلسة العامة"),
              ("الأستاذ/ حسن علي المرزوق", "عضو مجلس المفوضين ورئيس لجنة الحقوق المدنية والسياسية", "المائدة المستديرة الأولى")]
    text = """السادة المنظمين المحترمين،

تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، تتشرف المؤسسة الوطنية لحقوق الإنسان بمملكة البحرين بترشيح كل من:

""" + "\n".join("%s | %s | %s" % r for r in rows_t) + """

للمشاركة في أعمال المؤتمر الإقليمي يومي 24 و25 فبراير 2021.

وتفضلوا بقبول وافر الاحترام والتقدير،

قسم العلاقات الخارجية والتعاون الدولي
المؤسسة الوطنية لحقوق الإنسان
المنامة، مملكة البحرين
"""
    trs = "".join("<tr>" + "".join("<td style='border:1px solid #999;padding:4px'>%s</td>" % esc(c) for c in r) + "</tr>"
                  for r in rows_t)
    inner = ("<p>السادة المنظمين المحترمين،</p><p>تحية طيبة وبعد،</p>"
             "<p>بالإشارة إلى دعوتكم الكريمة، تتشرف المؤسسة الوطنية لحقوق الإنسان بمملكة البحرين بترشيح كل من:</p>"
             "<table style='border-collapse:collapse'>" + trs + "</table>"
             "<p>للمشاركة في أعمال المؤتمر الإقليمي يومي 24 و25 فبراير 2021.</p>"
             "<p>وتفضلوا بقبول وافر الاحترام والتقدير،</p>"
             "<p>قسم العلاقات الخارجية والتعاون الدولي<br>المؤسسة الوطنية لحقوق الإنسان<br>المنامة، مملكة البحرين</p>")
    body = alt(text, html_wrap(inner, "rtl"), "_000_PR3PR09MB5820D1E7A4F2B6C9E03APR3PR09MB5820eurp_",
               cte="base64")
    rows = std_rows(when, "mail.nihr.example.org.bh", "203.0.113.205", "4DWhT50Pn2z8",
                    addr("العلاقات الخارجية - المؤسسة الوطنية لحقوق الإنسان", "external@nihr.example.org.bh"),
                    hdr("ترشيحات المؤسسة الوطنية لحقوق الإنسان للمؤتمر الإقليمي لاستعراض الاتفاق العالمي"),
                    rfcdate(tz(sent, 3)),
                    "<PR3PR09MB5820D1E7A4F2B6C9E03A@PR3PR09MB5820.eurprd09.prod.outlook.example.com>",
                    extra=[("Cc", "chair.office@nihr.example.org.bh, h.almarzooq@nihr.example.org.bh, "
                                  "secretariat@nihr.example.org.bh, legal@nihr.example.org.bh")],
                    ret="external@nihr.example.org.bh")
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("مريم عيسى البوعينين", "رئيسة مجلس المفوضين", "المؤسسة الوطنية لحقوق الإنسان", ["plenary"]),
                  sp("حسن علي المرزوق", "عضو مجلس المفوضين ورئيس لجنة الحقوق المدنية والسياسية",
                     "المؤسسة الوطنية لحقوق الإنسان", ["roundtable"], 1)],
        notes="two speakers in a table (HTML table, pipe-separated rows in the base64 plain part); names carry "
              "'سعادة الدكتورة/' and 'الأستاذ/'; the affiliation is only in the sentence and the signature "
              "('بمملكة البحرين' / 'المنامة، مملكة البحرين' not part); titles keep 'مجلس المفوضين'; "
              "roundtable as an ordinal word; four addresses in Cc."))


def m11():
    """fr speaker: Moroccan CNDH, Maghrebi French, open discussion."""
    when = at("2021-02-04 18:30:50")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonsoir,

Je me permets de vous écrire au nom du Conseil National des Droits de l'Homme (CNDH) du Royaume du Maroc. Nous avons bien reçu l'invitation et nous vous en remercions vivement.

Le CNDH souhaiterait participer à la discussion ouverte de la consultation multipartite du 23 février, à travers Mme Salma El Idrissi, chargée de mission auprès du Secrétariat général, en charge du dossier migration et asile.

Merci de nous confirmer la bonne réception de cette demande, et nous envoyer le lien de connexion svp.

Cordialement

--
Youssef Benjelloun
Division de la coopération internationale
CNDH - Rabat, Maroc
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html, "000000000000c4d91f05ba8e3a71")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DWyq81k0dz3",
                    "Youssef Benjelloun <y.benjelloun.cndh@gmail.example.com>",
                    "CNDH Maroc - participation consultation multipartite 23/02",
                    rfcdate(tz(sent, 1)),
                    "<CAHk3pQ9xR2mN7vB0cT5yW8zL1aF4gJ6hS3dE9uK2oP7iM5nQ@mail.gmail.example.com>",
                    ret="y.benjelloun.cndh@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Salma El Idrissi", "chargée de mission auprès du Secrétariat général",
                     "Conseil National des Droits de l'Homme (CNDH)", ["open_discussion"])],
        notes="speaker named in prose by a colleague writing from a personal Gmail address; title followed by a "
              "description of her portfolio ('en charge du dossier migration et asile'), not part of the title; "
              "'du Royaume du Maroc' after the acronym and 'CNDH - Rabat, Maroc' in the signature are not part "
              "of the affiliation; Date header in +0100."))


def m12():
    """fr follow-up: Lebanese Ministry of Labour replaces the speaker (thread of m05)."""
    when = at("2021-02-05 11:00:26")
    sent = when - dt.timedelta(seconds=4)
    orig = "<7e1b0c2a-5d3f-4b8e-9a61-2f0c4d8e7b15@labor.example.gov.lb>"
    text = """Madame, Monsieur,

Suite à notre message du 2 février, nous vous informons que Mme HAJJ ne pourra malheureusement pas participer pour raisons de service. Le Ministère propose à sa place :

M. Walid SROUR, Directeur général adjoint, Ministère du Travail

pour la même table ronde.

Avec nos excuses pour ce changement.

Georges Khoury
Bureau de la coopération internationale
Ministère du Travail
Beyrouth, Liban

Le 02/02/2021 à 09:40, Georges Khoury a écrit :
> Madame, Monsieur,
>
> Suite à l'invitation de la Réseau régional des Nations Unies sur les
> migrations, le Ministère du Travail libanais souhaite proposer
> l'intervenante suivante pour la table ronde thématique n°3 :
>
> - Nom : HAJJ Rima
> - Fonction : Chef du Service des relations extérieures
> - Institution : Ministère du Travail - République libanaise
>
> Veuillez agréer, Madame, Monsieur, l'expression de nos salutations
> distinguées.
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mail.labor.example.gov.lb", "192.0.2.54", "4DXHk72Gqvz6",
                    "Georges Khoury <g.khoury@labor.example.gov.lb>",
                    hdr("Re: Proposition d'intervenante - table ronde n°3", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 2)), "<b3d8f0e4-1a27-4c6b-8e5d-92f1a0c3d7e8@labor.example.gov.lb>",
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                           ("In-Reply-To", orig), ("References", orig)],
                    ret="g.khoury@labor.example.gov.lb")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Walid Srour", "Directeur général adjoint", "Ministère du Travail", ["roundtable"], 3)],
        thread_of="h129-05.eml",
        notes="replacement speaker in a reply to the sender's own message; one comma-separated line with the "
              "surname in capitals ('M. Walid SROUR'); the roundtable only by reference ('la même table ronde'), "
              "number in the '>'-quoted original, which also still holds the old speaker's labelled lines."))


def m13():
    """fr speaker: Lebanese General Security via attaché in Paris; edge on time, +0100."""
    when = at("2021-02-05 23:41:20")
    sent = when - dt.timedelta(seconds=6)
    text = """Madame, Monsieur,

En réponse à votre aimable invitation, la Direction générale de la Sûreté générale (DGSG) a l'honneur de proposer la candidature du Général de brigade Antoine Mouawad, chef du Département des relations internationales, pour une intervention dans la quatrième table ronde thématique.

Nous vous prions de bien vouloir nous excuser pour l'envoi tardif de ce courrier.

Haute considération,

Cdt Nadim Saliba
Attaché de sécurité intérieure
Ambassade du Liban en France - Paris
"""
    html = html_wrap('<div style="font-family:Times New Roman;font-size:12pt">' + text2html(text) + "</div>")
    body = alt(text, html, "_000_PAXPR01MB8826A3B1C9E0F7D2E5A4PAXPR01MB8826eurp_", cte="base64")
    rows = std_rows(when, "mx.ambliban-fr.example.org", "192.0.2.88", "4DXn2Z9cPtz1",
                    "Nadim Saliba <n.saliba@ambliban-fr.example.org>",
                    hdr("Candidature DGSG - table ronde thématique", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<PAXPR01MB8826A3B1C9E0F7D2E5A4@PAXPR01MB8826.eurprd01.prod.outlook.example.com>",
                    extra=[("Cc", "dgsg.ri@dgsg.example.gov.lb, ambassade@ambliban-fr.example.org")],
                    ret="n.saliba@ambliban-fr.example.org")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Antoine Mouawad", "chef du Département des relations internationales",
                     "Direction générale de la Sûreté générale (DGSG)", ["roundtable"], 4)],
        notes="deadline edge: received 23:41:20 Beirut on 5 Feb, Date header in +0100 (22:41 Paris), the sender "
              "apologises for being 'late' although on time; military rank 'Général de brigade' before the name "
              "(not part of the name, not the post title); sender is an attaché at an embassy, signature is a decoy; "
              "'quatrième table ronde'; base64 parts."))


def m14():
    """ar speaker: Kuwait NHRI, Gulf colloquial iPhone, edge on time, Date header already 6 Feb (+0300)."""
    when = at("2021-02-05 23:56:40")
    sent = when - dt.timedelta(seconds=9)
    text = """السلام عليكم

نبي نرشح الأخت د. نوره فهد المطيري، مستشارة قانونية في الديوان الوطني لحقوق الإنسان، للمشاركة في المائدة المستديرة الثانية. ان شاء الله ما تأخرنا عليكم 🙏

تحياتي
بدر العنزي
الديوان الوطني لحقوق الإنسان - الكويت

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-qt1-f170.google.example.com", "209.85.160.170", "4DXnL03vYsz8",
                    addr("بدر العنزي", "b.alanezi@diwan-hr.example.gov.kw"),
                    hdr("ترشيح للمائدة المستديرة"), rfcdate(tz(sent, 3)),
                    "<9F3C2A71-6B0D-4E58-A1C4-7D2E8B0F5A13@diwan-hr.example.gov.kw>",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="b.alanezi@diwan-hr.example.gov.kw")
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("نوره فهد المطيري", "مستشارة قانونية", "الديوان الوطني لحقوق الإنسان", ["roundtable"], 2)],
        notes="deadline edge: received 23:56:40 Beirut on Fri 5 Feb but the Date header reads 'Sat, 6 Feb 2021 "
              "00:56:31 +0300' (Kuwait); Gulf colloquial ('نبي نرشح', 'ان شاء الله ما تأخرنا'); 'الأخت د.' before "
              "the name; emoji; base64 plain text from iPhone."))


def m15():
    """en speaker: UAE ministry, HTML-only table with two speakers, late by minutes (+0400)."""
    when = at("2021-02-06 00:04:10")
    sent = when - dt.timedelta(seconds=7)
    inner = """<p>Dear Regional UN Network on Migration,</p>
<p>With reference to the invitation, the International Relations Department of the Ministry of Human Resources and Emiratisation (MOHRE) is pleased to nominate the following officials:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Organisation</th><th>Name</th><th>Position</th><th>Session</th></tr>
<tr><td>MOHRE</td><td>H.E. Dr. Omar Saif Al Nuaimi</td><td>Assistant Undersecretary for Labour Policies</td><td>Plenary session</td></tr>
<tr><td>MOHRE</td><td>Ms. Aisha Rashid Al Suwaidi</td><td>Director of International Relations</td><td>Roundtable 3</td></tr>
</table>
<p>Kindly note that H.E. Dr. Al Nuaimi may also be available to act as rapporteur if required.</p>
<p>Best regards,<br>
<b>International Relations Department</b><br>
Ministry of Human Resources &amp; Emiratisation | Dubai, UAE</p>
"""
    body = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.mohre.example.gov.ae", "203.0.113.12", "4DXp0R6kVmz2",
                    "MOHRE International Relations <ir@mohre.example.gov.ae>",
                    "Nominations - Regional Review of the Global Compact for Migration",
                    rfcdate(tz(sent, 4)),
                    "<DXBPR04MB61937E0A2C5D8F1B4E96@DXBPR04MB6193.apcprd04.prod.outlook.example.com>",
                    ret="ir@mohre.example.gov.ae")
    m = top(body, rows)
    aff = "Ministry of Human Resources and Emiratisation (MOHRE)"
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Omar Saif Al Nuaimi", "Assistant Undersecretary for Labour Policies", aff, ["plenary"]),
                  sp("Aisha Rashid Al Suwaidi", "Director of International Relations", aff, ["roundtable"], 3)],
        notes="late by four minutes: received 00:04:10 Beirut on 6 Feb, Date header 'Sat, 6 Feb 2021 02:04:03 "
              "+0400' (UAE); HTML-only table with an 'Organisation' column holding only the acronym, the full "
              "name with acronym in the prose; 'H.E. Dr.' and 'Ms.' honorifics; the rapporteur remark is "
              "conditional ('may also be available ... if required'), not a request."))


def m16():
    """ar other: Iraqi ministry asks about interpretation and link (Iraqi colloquial mixed with MSA)."""
    when = at("2021-02-08 12:00:33")
    sent = when - dt.timedelta(seconds=5)
    text = """مرحبا

عدنا استفسار بخصوص المؤتمر يوم 24 و25 شباط: هل راح تكون ترجمة فورية للعربي بكل الجلسات والموائد المستديرة؟ وشلون نستلم رابط الزوم، على ايميل كل مشارك لو على ايميل الوزارة؟

وفدنا راح يكون ثلاث اشخاص ونحتاج نعرف حتى نرتب الامور.

شكراً جزيلاً
علي كاظم الموسوي
قسم العلاقات والتعاون الدولي
وزارة الهجرة والمهجرين - بغداد
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt(text, html, "000000000000e1b2c705bae07f44", cte="base64")
    rows = std_rows(when, "mail-lj1-f195.google.example.com", "209.85.208.195", "4DZ3bJ6Lwkz5",
                    addr("Ali Kadhim", "ali.kadhim.momd@gmail.example.com"),
                    hdr("استفسار - الترجمة ورابط الاجتماع"), rfcdate(tz(sent, 3)),
                    "<CAPv8sT2kR6mN0bX4cW9zQ3aL7fG1hJ5dS8eU2yK6oP0iM4nR@mail.gmail.example.com>",
                    ret="ali.kadhim.momd@gmail.example.com")
    m = top(body, rows)
    add(16, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="logistics question in Iraqi colloquial ('عدنا', 'راح', 'شلون', 'لو' = or) about interpretation and the "
              "Zoom link; mentions sessions, roundtables and a three-person delegation but proposes no speaker; "
              "English display name on a Gmail address."))


def m17():
    """ar both: Oman Human Rights Commission, report PDF (on time) + rapporteur (late)."""
    when = at("2021-02-10 10:30:18")
    sent = when - dt.timedelta(seconds=6)
    name = "OHRC_GCM_Review_2021_AR.pdf"
    text = """حضرات السادة في فريق الاستعراض الإقليمي للاتفاق العالمي المحترمين،

تهديكم اللجنة العُمانية لحقوق الإنسان أطيب تحياتها، ويسعدها أن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في سلطنة عُمان.

كما تود اللجنة، إن أمكن ذلك رغم انقضاء الموعد المحدد، ترشيح المكرم/ خالد بن سالم الرواحي، نائب رئيس اللجنة، لتقديم الرسائل الرئيسية بصفة مقرر.

مع خالص التقدير،

أمانة سر اللجنة العمانية لحقوق الإنسان
مسقط
"""
    html = html_wrap("<div>" + text2html(text) + "</div>", "rtl")
    a = alt(text, html, "_000_AS8PR07MB7462B0C1D2E3F4A5B6C7AS8PR07MB7462eurp_")
    att = pdf_att(name, ["Oman Human Rights Commission", "Voluntary national review - GCM - 2021 (Arabic)"])
    body = multi("mixed", [a, att], "_004_AS8PR07MB7462B0C1D2E3F4A5B6C7AS8PR07MB7462eurp_")
    rows = std_rows(when, "mail.ohrc.example.om", "192.0.2.240", "4DbR6t2Sfhz9",
                    addr("أمانة سر اللجنة", "secretariat@ohrc.example.om"),
                    hdr("التقرير الطوعي للجنة العمانية لحقوق الإنسان وترشيح مقرر"), rfcdate(tz(sent, 4)),
                    "<AS8PR07MB7462B0C1D2E3F4A5B6C7@AS8PR07MB7462.eurprd07.prod.outlook.example.com>",
                    ret="secretariat@ohrc.example.om")
    m = top(body, rows)
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("خالد بن سالم الرواحي", "نائب رئيس اللجنة", "اللجنة العُمانية لحقوق الإنسان", ["rapporteur"])],
        report_attachments=[name],
        notes="both: report part on time (before 16 Feb) but the speaker part is after 5 Feb, so on_time false; "
              "the sender itself says the deadline has passed; Omani honorific 'المكرم/'; title keeps the generic "
              "'اللجنة'; affiliation written with a damma ('العُمانية') in the prose, without it in the signature."))


def m18():
    """fr report: Lebanese Ministry of Social Affairs, DOCX with accented RFC 2231 name."""
    when = at("2021-02-11 15:00:07")
    sent = when - dt.timedelta(seconds=5)
    name = "Rapport_volontaire_PMM_Liban_Ministère_Affaires_Sociales.docx"
    text = """Bonjour,

Ci-joint le rapport volontaire du Ministère des Affaires sociales sur la mise en oeuvre du Pacte mondial, préparé en concertation avec les autres administrations concernées.

Bien à vous,
Rania Haddad
Unité de coopération internationale - MAS
"""
    p1 = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    att = docx_att(name, ["Ministère des Affaires sociales - Liban", "Rapport volontaire - Pacte mondial sur les migrations",
                          "1. Contexte", "2. Mesures prises depuis 2018"])
    body = multi("mixed", [p1, att], "------------0B7E4C2A9D1F3E5A6C8B0D2F")
    rows = std_rows(when, "mail.socialaffairs.example.gov.lb", "198.51.100.77", "4Dc0Fh1Xnrz4",
                    "Rania Haddad <r.haddad@socialaffairs.example.gov.lb>",
                    "Rapport volontaire PMM - Liban", rfcdate(tz(sent, 2)),
                    "<a9c1e4f7-2b3d-4e6f-8a0b-1c2d3e4f5a6b@socialaffairs.example.gov.lb>",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")],
                    ret="r.haddad@socialaffairs.example.gov.lb")
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="short Thunderbird message, 8bit UTF-8 format=flowed; DOCX name with 'è' sent as RFC 2231 "
              "continuations; 'mise en oeuvre' without the ligature."))


def m19():
    """fr other: thank-you reply to our acknowledgement of m18 (no acknowledgement)."""
    when = at("2021-02-12 09:00:41")
    sent = when - dt.timedelta(seconds=3)
    ack = "<ack-20210211-130012-7f3a@gcmrrarabstates.iom.int>"
    orig = "<a9c1e4f7-2b3d-4e6f-8a0b-1c2d3e4f5a6b@socialaffairs.example.gov.lb>"
    text = """Merci beaucoup pour la confirmation. Bonne continuation !

Rania

Le 11/02/2021 à 15:00, GCM Regional Review Arab States a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre rapport volontaire
> (Rapport_volontaire_PMM_Liban_Ministère_Affaires_Sociales.docx).
>
> Cordialement,
> L'équipe de l'examen régional du PMM
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.socialaffairs.example.gov.lb", "198.51.100.77", "4DcYb83Hkqz7",
                    "Rania Haddad <r.haddad@socialaffairs.example.gov.lb>",
                    hdr("Re: Accusé de réception - Rapport volontaire PMM - Liban", "utf-8", "Q"),
                    rfcdate(tz(sent, 2)), "<e2f4a6c8-0b1d-4f3e-9a5c-7d8e9f0a1b2c@socialaffairs.example.gov.lb>",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
                           ("In-Reply-To", ack), ("References", orig + " " + ack)],
                    ret="r.haddad@socialaffairs.example.gov.lb")
    m = top(body, rows)
    add(19, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h129-18.eml",
        notes="a thank-you reply to our acknowledgement that adds nothing new: no acknowledgement; the quoted "
              "acknowledgement names the report file, but there is no attachment."))


def m20():
    """en report: Qatar Ministry of Labour, covering letter PDF + report PDF."""
    when = at("2021-02-14 13:00:55")
    sent = when - dt.timedelta(seconds=8)
    letter, rep = "Covering_Letter_MOL_Qatar.pdf", "Qatar_GCM_Voluntary_Review_Report_2021.pdf"
    text = """Dear Sir/Madam,

Please find attached the official covering letter signed by H.E. the Undersecretary, together with the voluntary review report of the State of Qatar on the implementation of the GCM.

With best regards,

Noora Al-Kuwari
International Cooperation Department
Ministry of Labour
Doha, Qatar
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    a = alt(text, html, "_000_AM6PR02MB4423F7E8D9C0A1B2C3D4AM6PR02MB4423eurp_")
    body = multi("mixed", [a, pdf_att(letter, ["State of Qatar - Ministry of Labour", "Ref. ICD/2021/311",
                                              "Covering letter: voluntary GCM review report"]),
                           pdf_att(rep, ["State of Qatar", "Voluntary Review Report on the GCM, 2021",
                                         "Part I: Labour reforms", "Part II: Wage Protection System"])],
                 "_004_AM6PR02MB4423F7E8D9C0A1B2C3D4AM6PR02MB4423eurp_")
    rows = std_rows(when, "mail.mol.example.gov.qa", "203.0.113.160", "4DdRv72PnGz3",
                    "Noora Al-Kuwari <n.alkuwari@mol.example.gov.qa>",
                    "Voluntary GCM Review Report - State of Qatar", rfcdate(tz(sent, 3)),
                    "<AM6PR02MB4423F7E8D9C0A1B2C3D4@AM6PR02MB4423.eurprd02.prod.outlook.example.com>",
                    extra=[("Cc", "icd@mol.example.gov.qa, usec.office@mol.example.gov.qa")],
                    ret="n.alkuwari@mol.example.gov.qa")
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[rep],
        notes="two PDFs: an official covering letter (not part of the report) and the report itself; the "
              "Undersecretary is mentioned as signatory only, not proposed as speaker."))


def m21():
    """fr other: Qatar embassy asks about delegation accreditation."""
    when = at("2021-02-15 11:00:02")
    sent = when - dt.timedelta(seconds=6)
    text = """Madame, Monsieur,

L'Ambassade de l'État du Qatar à Beyrouth vous prie de bien vouloir lui indiquer la procédure d'accréditation pour la délégation qatarienne à la Conférence (24-25 février) : faut-il envoyer une liste nominative des participants, et à quelle adresse ? La délégation sera conduite par un haut responsable du Ministère du Travail dont le nom vous sera communiqué ultérieurement.

Avec nos remerciements anticipés,

Section consulaire et protocole
Ambassade de l'État du Qatar - Beyrouth
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = alt(text, html, "_000_LO2P265MB3090A0B1C2D3E4F5A6B7LO2P265MB3090GBRP_", charset="windows-1252")
    rows = std_rows(when, "mail.qatarembassy-lb.example.org", "192.0.2.199", "4DdxQ91Rtmz6",
                    "Protocole <protocole@qatarembassy-lb.example.org>",
                    hdr("Accréditation de la délégation - Conférence régionale PMM", "windows-1252", "Q"),
                    rfcdate(tz(sent, 2)),
                    "<LO2P265MB3090A0B1C2D3E4F5A6B7@LO2P265MB3090.GBRP265.PROD.OUTLOOK.example.com>",
                    ret="protocole@qatarembassy-lb.example.org")
    m = top(body, rows)
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics/accreditation question in French from a Gulf embassy; announces a head of delegation "
              "'whose name will be communicated later' (no speaker proposed); windows-1252."))


def m22():
    """en report: UAE NHRI, PDF plus an inline logo decoy."""
    when = at("2021-02-16 17:20:30")
    sent = when - dt.timedelta(seconds=5)
    name = "NHRI-UAE_Voluntary_Report_GCM.pdf"
    text = """Dear Colleagues,

Kindly find attached the voluntary report of the National Human Rights Institution of the United Arab Emirates on the Global Compact for Migration, submitted within the extended deadline.

Regards,
Khalid Al Hammadi
Senior Researcher | NHRI | Abu Dhabi
"""
    html = html_wrap("<div>" + text2html(text) + '<img src="cid:image001.png@01D70478.5A1B2C30" alt="NHRI logo"></div>')
    logo = leaf("image/png", make_png(), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70478.5A1B2C30>")])
    related = multi("related", [leaf("text/html", html, "utf-8", "quoted-printable"), logo],
                    "_005_DU2PR10MB5123ABCDEF01DU2PR10MB5123eurp_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), related], "_000_DU2PR10MB5123ABCDEF01DU2PR10MB5123eurp_")
    body = multi("mixed", [a, pdf_att(name, ["National Human Rights Institution - UAE", "Voluntary report - GCM 2021"])],
                 "_006_DU2PR10MB5123ABCDEF01DU2PR10MB5123eurp_")
    rows = std_rows(when, "mail.nhri.example.ae", "198.51.100.211", "4DfLm30Qbwz1",
                    "Khalid Al Hammadi <k.alhammadi@nhri.example.ae>",
                    "Voluntary Report - NHRI UAE", rfcdate(tz(sent, 4)),
                    "<DU2PR10MB5123ABCDEF01@DU2PR10MB5123.eurprd10.prod.outlook.example.com>",
                    ret="k.alhammadi@nhri.example.ae")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="report PDF plus an inline signature logo (image001.png) that is not part of the report; "
              "multipart/mixed > alternative > related."))


def m23():
    """en report: Saudi HRC, edge on time, Date header already 17 Feb (+0300)."""
    when = at("2021-02-16 23:57:30")
    sent = when - dt.timedelta(seconds=12)
    name = "HRC-KSA GCM Review Report.pdf"
    text = """Dear GCM Regional Review team,

Further to the extension of the deadline to 16 February, please find attached the voluntary review report of the Human Rights Commission (HRC) of the Kingdom of Saudi Arabia.

Apologies for the late hour.

Sincerely,
Dr. Abdulmajeed Al-Shahri
Director General of International Cooperation
Human Rights Commission
Riyadh
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    a = alt(text, html, "_000_AM0PR09MB3301C2D3E4F5A6B7C8D9AM0PR09MB3301eurp_", cte="base64")
    body = multi("mixed", [a, pdf_att(name, ["Human Rights Commission - Kingdom of Saudi Arabia",
                                             "Voluntary GCM Review Report, February 2021"])],
                 "_004_AM0PR09MB3301C2D3E4F5A6B7C8D9AM0PR09MB3301eurp_")
    rows = std_rows(when, "mail.hrc.example.gov.sa", "203.0.113.77", "4DfwX01Gkmz8",
                    "Abdulmajeed Al-Shahri <a.alshahri@hrc.example.gov.sa>",
                    "HRC voluntary GCM review report", rfcdate(tz(sent, 3)),
                    "<AM0PR09MB3301C2D3E4F5A6B7C8D9@AM0PR09MB3301.eurprd09.prod.outlook.example.com>",
                    ret="a.alshahri@hrc.example.gov.sa")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:30 Beirut on 16 Feb (on time) while the Date header reads 'Wed, 17 "
              "Feb 2021 00:57:18 +0300' (Riyadh); the sender's name/title in the signature are not a speaker request."))


def m24():
    """ar report: Iraq Ministry of Migration and Displacement, DOCX, late by minutes (+0300)."""
    when = at("2021-02-17 00:03:12")
    sent = when - dt.timedelta(seconds=9)
    name = "تقرير وزارة الهجرة والمهجرين - الاتفاق العالمي.docx"
    text = """السادة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمون
تحية طيبة..

نرفق لكم طياً التقرير الطوعي لجمهورية العراق الخاص بتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والمعد من قبل وزارة الهجرة والمهجرين بالتنسيق مع الجهات ذات العلاقة.

نعتذر عن التأخير بسبب انقطاع الانترنت.

مع التقدير
دائرة العلاقات والتعاون الدولي
وزارة الهجرة والمهجرين
"""
    html = html_wrap("<div>" + text2html(text) + "</div>", "rtl")
    a = alt(text, html, "000000000000f3a4b505bb6f2c91")
    body = multi("mixed", [a, docx_att(name, ["Republic of Iraq - Ministry of Migration and Displacement",
                                              "Voluntary GCM review report 2021"])], "000000000000f3a4b605bb6f2c93")
    rows = std_rows(when, "mail-ed1-f41.google.example.com", "209.85.208.41", "4DfxB25Ljnz2",
                    addr("وزارة الهجرة والمهجرين - العلاقات الدولية", "intl.momd.iq@gmail.example.com"),
                    hdr("التقرير الطوعي - جمهورية العراق"), rfcdate(tz(sent, 3)),
                    "<CAM4nP8qR1sT5vW9xY3zB7cD1eF5gH9iJ3kL7mN1oP5qR9sT@mail.gmail.example.com>",
                    ret="intl.momd.iq@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by three minutes: received 00:03:12 Beirut on 17 Feb; Date header 'Wed, 17 Feb 2021 01:03:03 "
              "+0300' (Baghdad); Arabic DOCX name with spaces and a dash, RFC 2231 continuations; apologises for "
              "the delay."))


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
