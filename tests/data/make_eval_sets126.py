#!/usr/bin/env python3
"""Write the blind evaluation set holdout126 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets126.py
Theme: trade unions, employers' federations and private recruitment agencies (UAE, Kuwait, Bahrain,
Lebanon, Jordan, Egypt, Tunisia, Morocco): delegations with roles split between speakers.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout126")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h126-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def attach(ctype, data, name, style="plain", extra=None):
    """An attachment leaf; style: plain quoted name, '2231' (RFC 2231), '2047' (Outlook-style encoded word)."""
    if style == "2231":
        params = [("name*", rfc2231(name))]
        disp = "attachment; filename*=%s" % rfc2231(name)
    elif style == "2047":
        params = [("name", '"%s"' % b_word(name))]
        disp = 'attachment; filename="%s"' % b_word(name)
    else:
        params = [("name", '"%s"' % name)]
        disp = 'attachment; filename="%s"' % name
    return leaf(ctype, data, cte="base64", params=params, disp=disp, extra=extra)


def alt_pair(text, html, b, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b)


def quote_gt(text):
    return "\n".join((">" + l) if l.startswith(">") or not l else "> " + l for l in text.split("\n"))


# ================================================================ the 24 messages
M01_MID = "<CAJx7rT1q0LFWUp9Zk3mN8bV2cX5aS4dF6gH7jK9lQ0w@mail.gmail.example.com>"


def m01():
    when = at("2021-02-01 10:12:44")
    sent = when - dt.timedelta(seconds=17)
    text = """Dear colleagues of the Regional UN Network on Migration,

Greetings from Amman and thank you for the invitation to the Regional Review of the GCM.

The Levant Federation of Workers' Unions (LFWU) would like to take part with a small delegation of three, one person per role, as follows:

* Open discussion of the multi-stakeholder consultation (23 Feb) - Ahmad Al-Zoubi, Secretary for International Relations
* Rapporteur (key messages) - Ms. Rima Haddad, Chair of the Women Workers' Committee
* Roundtable 3 - Basel Qudah, Migrant Workers' Desk Coordinator

Rima has been leading our work with domestic and agricultural workers' groups since 2018 and has already coordinated two joint position papers, so we think she is a natural fit for the rapporteur role. Basel follows the cases of migrant workers in the construction and agriculture sectors on a daily basis.

Kindly let us know if you need CVs or anything else from our side.

In solidarity,

Ahmad Al-Zoubi
Secretary for International Relations
Levant Federation of Workers' Unions (LFWU)
Amman - Jordan
+962 6 560 0000
"""
    html = '<div dir="ltr">' + text2html(text).replace("<p>* ", "<p>&bull; ") + "</div>\n"
    body = alt_pair(text, html, "0000000000004f1c2a05ba3d9e11", "UTF-8")
    rows = std_rows(when, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DTk2c1Lq9z3",
                    "Ahmad Al-Zoubi <ahmad.zoubi.lfwu@gmail.example.com>",
                    "LFWU delegation - speakers for the GCM Regional Review (23-25 Feb)",
                    rfcdate(tz(sent, 2)), M01_MID, ret="ahmad.zoubi.lfwu@gmail.example.com")
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Ahmad Al-Zoubi", "Secretary for International Relations",
                     "Levant Federation of Workers' Unions (LFWU)", ["open_discussion"]),
                  sp("Rima Haddad", "Chair of the Women Workers' Committee",
                     "Levant Federation of Workers' Unions (LFWU)", ["rapporteur"]),
                  sp("Basel Qudah", "Migrant Workers' Desk Coordinator",
                     "Levant Federation of Workers' Unions (LFWU)", ["roundtable"], 3)],
        notes="union delegation of three in a bullet list, one role each (open discussion, rapporteur, "
              "roundtable 3); the sender is the first speaker; 'Ms.' is not part of the name; the affiliation "
              "is only given once, before the list; the signature's 'Amman - Jordan' is not part of it."))


def m02():
    when = at("2021-02-01 13:40:09")
    sent = when - dt.timedelta(seconds=31)
    text = """السادة شبكة الأمم المتحدة الإقليمية المعنية بالهجرة المحترمين،
تحية طيبة وبعد،

بالإشارة إلى كتابكم الكريم بخصوص الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يتشرف الاتحاد العربي لعمال النقل والخدمات بترشيح كل من:

1- أمين عام الاتحاد، السيد محمود عبد الفتاح الشريف، لإلقاء مداخلة في الجلسة العامة للمؤتمر.
2- أمين الشؤون الخارجية، الأستاذ نبيل حدّاد، للمشاركة بمداخلة في المائدة المستديرة الثانية.

ويؤكد الاتحاد حرصه على إيصال صوت العمال المهاجرين في قطاعي النقل البري والخدمات اللوجستية، وعلى المساهمة الفاعلة في أعمال الاستعراض.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب الأمين العام
الاتحاد العربي لعمال النقل والخدمات
عمّان - المملكة الأردنية الهاشمية
هاتف: 0096264650000
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">' + text2html(text)
                     + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_VI1PR0601MB2207A3C1E9D54F7B8D0B6E2AC9B20VI1PR0601MB2207_")
    rows = std_rows(when, "mail.aftsu.example.org", "198.51.100.23", "4DTpQ05xHc7m",
                    addr("الاتحاد العربي لعمال النقل والخدمات", "gs.office@aftsu.example.org", "windows-1256"),
                    hdr("ترشيح متحدثين - الاستعراض الإقليمي للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(tz(sent, 2)),
                    "<VI1PR0601MB2207A3C1E9D54F7B8D0B6E2AC9B20@VI1PR0601MB2207.eurprd06.prod.outlook.example.com>",
                    extra=[("Thread-Topic", hdr("ترشيح متحدثين", "windows-1256")), ("Content-Language", "ar-JO")],
                    ret="gs.office@aftsu.example.org")
    add(2, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمود عبد الفتاح الشريف", "أمين عام الاتحاد", "الاتحاد العربي لعمال النقل والخدمات", ["plenary"]),
                  sp("نبيل حدّاد", "أمين الشؤون الخارجية", "الاتحاد العربي لعمال النقل والخدمات", ["roundtable"], 2)],
        notes="Arabic union letter, windows-1256 Outlook: each post written BEFORE the name ('أمين عام الاتحاد، "
              "السيد ...', 'أمين الشؤون الخارجية، الأستاذ ...'); honorifics السيد/الأستاذ dropped; roundtable as an "
              "ordinal word (الثانية); sent by the Secretary-General's office, not by a speaker."))


def m03():
    when = at("2021-02-02 08:55:30")
    sent = when - dt.timedelta(seconds=12)
    text = """Dear Sir/Madam,

Ref. your invitation letter for the GCM regional review.

We would like to request a speaking slot in Roundtable 4 for myself. As a licensed agency we can share the practical side of zero-fee recruitment (employer-pays model) which we apply since 2019 for our Nepal and Kenya corridors.

Pls confirm receipt.

Best Regards,

Rakesh Menon
Chief Executive Officer
Al Wafa Bridge Manpower Services L.L.C.
MOHRE Licence No. 1184/2016
Office 1204, Al Attar Business Tower, Sheikh Zayed Road
P.O. Box 118733, Dubai, United Arab Emirates
T: +971 4 330 0000 | M: +971 50 000 0000
www.alwafabridge.example.ae

Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = alt_pair(text, html, "_000_DB7PR02MB4987C2F8A1E7B39D5F7C0E61B3D40DB7PR02MB4987eurp_", "us-ascii")
    rows = std_rows(when, "mail-db8eur05on2101.outbound.protection.outlook.example.com", "40.107.20.101",
                    "4DV0cK6TfRz9", "Rakesh Menon <rakesh@alwafabridge.example.ae>",
                    "Speaker request - Roundtable 4", rfcdate(tz(sent, 4)),
                    "<DB7PR02MB4987C2F8A1E7B39D5F7C0E61B3D40@DB7PR02MB4987.eurprd02.prod.outlook.example.com>",
                    extra=[("Thread-Topic", "Speaker request - Roundtable 4"), ("Content-Language", "en-GB")],
                    ret="rakesh@alwafabridge.example.ae")
    add(3, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rakesh Menon", "Chief Executive Officer", "Al Wafa Bridge Manpower Services L.L.C.",
                     ["roundtable"], 4)],
        notes="recruitment-agency CEO proposes himself ('for myself'): name, title and company only in the "
              "signature, which also holds a licence number, street address, P.O. box and city that are not "
              "part of the affiliation; brief business English."))


M04_MID = "<6b1f0c2e-4a7d-3e91-b2c5-8d0f1a7e3c44@cttl.example.tn>"
M04_TEXT = """Madame, Monsieur,

Suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial sur les migrations dans la région arabe, la Confédération tunisienne des travailleurs libres (CTTL) a l'honneur de vous proposer les deux intervenants suivants :

  Nom et prénom     | Fonction                                     | Rôle souhaité
  ------------------+----------------------------------------------+---------------------
  BOUAZIZI Hichem   | Secrétaire national chargé de la migration   | Séance plénière
  JERIDI Amel       | Secrétaire générale adjointe                 | Table ronde n° 1

Les deux intervenants s'exprimeront en français.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

--
Sonia Mejri
Chargée de communication
CTTL - 27, rue de Marseille, 1000 Tunis
"""


def m04():
    when = at("2021-02-02 16:20:03")
    sent = when - dt.timedelta(seconds=9)
    body = leaf("text/plain", M04_TEXT, "ISO-8859-1", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.cttl.example.tn", "197.0.2.61", "4DVQ2m0PkB1s",
                    addr("Sonia Mejri", "communication@cttl.example.tn"),
                    hdr("Proposition d'intervenants pour l'Examen régional - CTTL", "ISO-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), M04_MID,
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                          "Thunderbird/78.7.0"), ("Content-Language", "fr")],
                    ret="communication@cttl.example.tn")
    add(4, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Hichem Bouazizi", "Secrétaire national chargé de la migration",
                     "Confédération tunisienne des travailleurs libres (CTTL)", ["plenary"]),
                  sp("Amel Jeridi", "Secrétaire générale adjointe",
                     "Confédération tunisienne des travailleurs libres (CTTL)", ["roundtable"], 1)],
        notes="plain-text ASCII table (Thunderbird, ISO-8859-1 QP, format=flowed); names written SURNAME first in "
              "capitals ('BOUAZIZI Hichem'), recorded given name first; sender (communication officer) is not a "
              "speaker; address after the acronym in the signature. Roles are swapped later by h126-08."))


def m05():
    when = at("2021-02-03 11:02:51")
    sent = when - dt.timedelta(seconds=22)
    text = """مرحبا،

أنا صاحب مكتب استقدام عاملات بلبنان، وصلتني الدعوة تبعكن عن طريق نقابة أصحاب مكاتب الاستقدام. بدي اسأل سؤال: هل فينا نحضر المؤتمر كمكاتب خاصة ولا الحضور بس للنقابات والجمعيات؟ وكمان الاجتماع رح يكون اونلاين ولا حضوري؟

نحنا ما بدنا نحكي، بس حابين نسمع شو عم ينطرح بموضوع الكفالة والعقد الموحد لأنو هيدا الشي بيأثر علينا مباشرة.

شكراً سلفاً
جورج خوري
مكتب الأرز للاستقدام - جونيه
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    body = alt_pair(text, html, "000000000000a7d3e105ba5c0f4e", "UTF-8", "base64")
    rows = std_rows(when, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DVzL84nGd2x",
                    "George Khoury <georgekhoury.cedars@gmail.example.com>",
                    hdr("سؤال عن الحضور"), rfcdate(tz(sent, 2)),
                    "<CAN8fQw2zK0vbP4sEm7YtR1cH6uJ9nX3aL5dG8oW2eT4yU6iS0@mail.gmail.example.com>",
                    ret="georgekhoury.cedars@gmail.example.com")
    add(5, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese colloquial Arabic question from a recruitment-agency owner: may private agencies attend, "
              "online or in person; says explicitly 'ما بدنا نحكي' (we don't want to speak): not a speaker request "
              "although name and agency are given."))


M06_MID = "<AM0PR08MB5396E1D4B7F20A9C3E5D1B84F6A20@AM0PR08MB5396.eurprd08.prod.outlook.example.com>"


def m06():
    when = at("2021-02-03 14:30:15")
    sent = when - dt.timedelta(seconds=14)
    name = "KFPSE_Letter_GCM_Regional_Review.pdf"
    text = """Dear GCM Regional Review Secretariat,

Attached please find the official letter of the Kuwait Federation of Private Sector Employers (KFPSE) regarding our participation with a floor intervention in the plenary session.

Our speaker will be Eng. Fahad Al-Mutairi, Vice-Chairman of the Board.

Kind regards,
Dalal Al-Enezi
Executive Office | KFPSE
Kuwait City, Kuwait
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    alt = alt_pair(text, html, "_000_AM0PR08MB5396E1D4B7F20A9C3E5D1B84F6A20AM0PR08MB5396eurp_", "us-ascii")
    pdf = make_pdf(["KUWAIT FEDERATION OF PRIVATE SECTOR EMPLOYERS", "Ref: KFPSE/EXT/2021/041      Date: 2 February 2021",
                    "", "To: Regional UN Network on Migration - Arab States",
                    "Subject: Regional Review of the Global Compact for Migration",
                    "", "The Federation welcomes the invitation and wishes to contribute to the plenary",
                    "sessions of 24-25 February 2021 through a floor intervention by its representative,",
                    "whose details are communicated by our Executive Office.",
                    "", "Private sector employers in Kuwait support the reform of recruitment fees",
                    "and the digitalisation of work permits.", "", "Chairman of the Board"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [alt, att], "_004_AM0PR08MB5396E1D4B7F20A9C3E5D1B84F6A20AM0PR08MB5396eurp_")
    rows = std_rows(when, "mail-am6eur05on2072.outbound.protection.outlook.example.com", "40.107.22.72",
                    "4DW3sN1hWq8k", "Dalal Al-Enezi <executive.office@kfpse.example.com.kw>",
                    "KFPSE letter - GCM Regional Review plenary", rfcdate(tz(sent, 3)), M06_MID,
                    extra=[("Thread-Topic", "KFPSE letter - GCM Regional Review plenary"),
                           ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")],
                    ret="executive.office@kfpse.example.com.kw")
    add(6, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Fahad Al-Mutairi", "Vice-Chairman of the Board",
                     "Kuwait Federation of Private Sector Employers (KFPSE)", ["plenary"])],
        notes="employers' federation: the attached PDF is the official nomination letter (not a report: no "
              "report_attachments) and does not name the speaker; the speaker is named only in the short covering "
              "e-mail; 'Eng.' is an honorific; the sender is the executive office."))


def m07():
    when = at("2021-02-03 14:31:02")
    text = """Thank you for your message.

The Executive Office of the Kuwait Federation of Private Sector Employers is closed from 3 to 6 February 2021. Your e-mail will be handled when we are back on Sunday 7 February.

For urgent matters please call +965 2200 0000.

Executive Office | KFPSE
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = alt_pair(text, html, "_000_AM0PR08MB53961A2B3C4D5E6F708192A3B4C50AM0PR08MB5396eurp_", "us-ascii")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail-am6eur05on2072.outbound.protection.outlook.example.com",
                                  "40.107.22.72", "4DW3tQ7mZs1b")),
            ("From", "Dalal Al-Enezi <executive.office@kfpse.example.com.kw>"), ("To", BOX),
            ("Subject", "Automatic reply: Acknowledgement of receipt - KFPSE letter - GCM Regional Review plenary"),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=3), 0))),
            ("Message-ID", "<AM0PR08MB53961A2B3C4D5E6F708192A3B4C5@AM0PR08MB5396.eurprd08.prod.outlook.example.com>"),
            ("In-Reply-To", "<ack-20210203143021.8c1e@gcmrrarabstates.iom.int>"),
            ("References", "%s <ack-20210203143021.8c1e@gcmrrarabstates.iom.int>" % M06_MID),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", "Acknowledgement of receipt - KFPSE letter - GCM Regional Review plenary")]
    add(7, when, top(body, rows), dict(
        category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office answering the service's acknowledgement of h126-06 (References carries "
              "h126-06's Message-ID); same From as the human sender. Not a follow-up."))


def m08():
    when = at("2021-02-04 09:15:27")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour,

Petite modification concernant notre proposition d'hier : après réunion du bureau exécutif, c'est finalement Mme Amel Jeridi qui prendra la parole en séance plénière, et M. Hichem Bouazizi interviendra à la table ronde n° 1 (il suit de plus près le dossier du recrutement équitable).

Le reste est inchangé. Merci de votre compréhension.

Cordialement,
Sonia Mejri
CTTL

Le 02/02/2021 à 15:20, Sonia Mejri a écrit :
""" + quote_gt(M04_TEXT.rstrip("\n")) + "\n"
    body = leaf("text/plain", text, "ISO-8859-1", "quoted-printable", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.cttl.example.tn", "197.0.2.61", "4DWVd61yJr3c",
                    addr("Sonia Mejri", "communication@cttl.example.tn"),
                    hdr("Re: Proposition d'intervenants pour l'Examen régional - CTTL", "ISO-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<0d9a7e41-5c2b-8f16-a3e0-71b4c6d2e9f8@cttl.example.tn>",
                    extra=[("In-Reply-To", M04_MID), ("References", M04_MID),
                           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                          "Thunderbird/78.7.0"), ("Content-Language", "fr")],
                    ret="communication@cttl.example.tn")
    add(8, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Amel Jeridi", "Secrétaire générale adjointe",
                     "Confédération tunisienne des travailleurs libres (CTTL)", ["plenary"]),
                  sp("Hichem Bouazizi", "Secrétaire national chargé de la migration",
                     "Confédération tunisienne des travailleurs libres (CTTL)", ["roundtable"], 1)],
        thread_of="h126-04.eml",
        notes="follow-up that swaps the roles of the two speakers proposed in h126-04; titles and the full "
              "affiliation are only in the '>'-quoted original, whose table still shows the old roles; the new "
              "message says 'proposition d'hier' though it is two days later in Tunis time."))


def m09():
    when = at("2021-02-04 12:45:38")
    sent = when - dt.timedelta(seconds=26)
    name = "تقرير الاستعراض الطوعي - نقابة العاملين بالخارج 2021.pdf"
    text = """إزيكم، أتمنى تكونوا بخير

مرفق لحضراتكم التقرير الطوعي بتاع اتحاد نقابات العاملين المصريين بالخارج عن تنفيذ الاتفاق العالمي للهجرة، التقرير جماعي واشتركت فيه ٦ نقابات فرعية.

وكمان حابين نرشّح الدكتورة هبة سليمان، مسؤولة ملف الهجرة في الاتحاد، عشان تتكلم في المائدة المستديرة رقم ٢، لأنها شغالة على موضوع العمالة الموسمية في الخليج بقالها سنين.

لو محتاجين أي بيانات تانية ياريت تبلغونا.

مع خالص التحية،
محمد عبد العزيز
سكرتير العلاقات الخارجية
اتحاد نقابات العاملين المصريين بالخارج - القاهرة
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = alt_pair(text, html, "000000000000c31b8f05ba6f1d20", "UTF-8", "base64")
    pdf = make_pdf(["Federation of Egyptian Workers Abroad Unions", "Voluntary GCM Review Report - collective (6 unions)",
                    "Objectives 6, 7, 16, 20", "Cairo, February 2021"])
    att = attach("application/pdf", pdf, name, "2231", extra=[("X-Attachment-Id", "f_kkq3b7a20")])
    body = multi("mixed", [alt, att], "000000000000c31b9005ba6f1d22")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DWg1B9xRk6p",
                    addr("محمد عبد العزيز", "m.abdelaziz.fewau@gmail.example.com"),
                    hdr("التقرير الطوعي + ترشيح متحدثة"), rfcdate(tz(sent, 2)),
                    "<CAP2dLs9wE4tQ1yR8uI5oN7mB3vC6xZ0aK2jH4gF9dS1pL8e@mail.gmail.example.com>",
                    ret="m.abdelaziz.fewau@gmail.example.com")
    add(9, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هبة سليمان", "مسؤولة ملف الهجرة", "اتحاد نقابات العاملين المصريين بالخارج", ["roundtable"], 2)],
        report_attachments=[name],
        notes="Egyptian colloquial; collective report as PDF with an Arabic file name (RFC 2231) and a speaker "
              "proposed for someone else in prose, roundtable number in Arabic-Indic digits (رقم ٢); 'الدكتورة' "
              "is an honorific; the sender's own title in the signature is not a speaker."))


def m10():
    when = at("2021-02-05 10:30:47")
    sent = when - dt.timedelta(seconds=19)
    html = html_wrap("""<div style="font-family:Verdana;font-size:10pt">
<p>Chers Messieurs, Mesdames,</p>
<p>Suite &agrave; votre aimable invitation, j'ai le plaisir de vous informer que notre Pr&eacute;sident souhaiterait prendre la parole lors de la discussion ouverte de la consultation multipartite du 23 f&eacute;vrier, et si possible assurer aussi le r&ocirc;le de rapporteur pour les messages cl&eacute;s.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Nom</b></td><td>Me Joseph KARAM</td></tr>
<tr><td><b>Fonction</b></td><td>Pr&eacute;sident</td></tr>
<tr><td><b>Organisme</b></td><td>Syndicat des propri&eacute;taires d'agences de recrutement au Liban (SPARL)</td></tr>
</table>
<p>Me Karam est avocat et pr&eacute;side le Syndicat depuis 2017 ; il a particip&eacute; aux travaux sur le contrat de travail unifi&eacute; pour les travailleuses domestiques.</p>
<p>Prière de nous confirmer la bonne r&eacute;ception.</p>
<p>Bien &agrave; vous,</p>
<p>Rita Sfeir<br>Assistante de direction<br>SPARL &ndash; Immeuble Sayegh, rue Gouraud, Gemmayz&eacute;, Beyrouth</p>
</div>""")
    body = leaf("text/html", html, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mx.sparl.example.org.lb", "203.0.113.88", "4DXB9r2mTf5w",
                    "Rita Sfeir <direction@sparl.example.org.lb>",
                    hdr("Participation du Président du SPARL – Examen régional PMM", "UTF-8", "Q"),
                    rfcdate(tz(sent, 2)), "<1612513828.4471.sparl@webmail.sparl.example.org.lb>",
                    extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)")],
                    ret="direction@sparl.example.org.lb")
    add(10, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Joseph Karam", "Président",
                     "Syndicat des propriétaires d'agences de recrutement au Liban (SPARL)",
                     ["open_discussion", "rapporteur"])],
        notes="HTML-only (no text/plain), Levantine French; request made by an assistant for her president; "
              "one speaker, two roles; 'Me' (Maître, lawyer) is an honorific and KARAM is in capitals; "
              "HTML entities in the body."))


def m11():
    when = at("2021-02-05 19:40:12")
    sent = when - dt.timedelta(seconds=40)
    name = "GCM report - Al Nakheel Recruitment.pdf"
    text = """السلام عليكم ورحمة الله

مرفق لكم تقرير مكتبنا عن تطبيق الاتفاق العالمي للهجرة من جهتنا كمكتب استقدام، حاولنا نغطي موضوع الرسوم وتذاكر السفر وفترة التجربة. ان شاء الله يكون وافي ويفيدكم بالاستعراض

تحياتي
أبو خالد
مكتب النخيل لاستقدام العمالة المنزلية - الكويت

أُرسلت من الـ iPhone الخاص بي"""
    txt = leaf("text/plain", text, "utf-8", "base64")
    pdf = make_pdf(["Al Nakheel Domestic Labour Recruitment Office - Kuwait",
                    "Contribution to the GCM Regional Review (voluntary report)",
                    "1. Recruitment fees  2. Air tickets  3. Probation period"])
    att = attach("application/pdf", pdf, name)
    tail = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [txt, att, tail], "Apple-Mail-4C1B7E52-9A0D-4F3E-8B61-2D7C5A9E0F13")
    rows = std_rows(when, "smtp.nakheel-kw.example.com", "203.0.113.140", "4DXRw4Zc0Hn8",
                    addr("مكتب النخيل", "info@nakheel-kw.example.com"),
                    hdr("تقرير"), rfcdate(tz(sent, 3)),
                    "<4C1B7E52-9A0D-4F3E-8B61-2D7C5A9E0F12@nakheel-kw.example.com>",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="info@nakheel-kw.example.com")
    add(11, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Gulf colloquial, iPhone Mail (base64 body, trailing empty text part after the attachment); "
              "one-word subject 'تقرير'; report from a private recruitment office signed with a kunya (أبو خالد); "
              "the word 'تقرير' alone must suffice."))


def m12():
    when = at("2021-02-05 23:57:40")
    sent = when - dt.timedelta(seconds=21)
    text = """Dear Team,

Apologies for the last-minute mail. Manama Fair Hire would like to nominate 2 speakers:

Name            | Position            | Session
Sunita Pillai   | Director            | Roundtable 4
Yusuf Al-Aali   | Compliance Manager  | Plenary (floor intervention)

Both available 24-25 Feb.

Thanks & regards,
Sunita Pillai | Director | Manama Fair Hire W.L.L. | LMRA Licence 0427 | Manama, Bahrain
"""
    rows_html = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in
                        [("Sunita Pillai", "Director", "Roundtable 4"),
                         ("Yusuf Al-Aali", "Compliance Manager", "Plenary (floor intervention)")])
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Dear Team,</p>'
                     '<p>Apologies for the last-minute mail. Manama Fair Hire would like to nominate 2 speakers:</p>'
                     '<table border="1" cellpadding="2" cellspacing="0"><tr><th>Name</th><th>Position</th>'
                     '<th>Session</th></tr>' + rows_html + '</table><p>Both available 24-25 Feb.</p>'
                     '<p>Thanks &amp; regards,<br>Sunita Pillai | Director | Manama Fair Hire W.L.L. | LMRA Licence '
                     '0427 | Manama, Bahrain</p></div>')
    body = alt_pair(text, html, "_000_PR3P195MB0731F4D2A9C81E7B6D3A5F09E1B20PR3P195MB0731EURP_", "us-ascii")
    rows = std_rows(when, "mail-he1eur04on0712.outbound.protection.outlook.example.com", "40.107.7.112",
                    "4DXbZ0q9Ct2v", "Sunita Pillai <sunita@manamafairhire.example.bh>",
                    "Nomination of speakers - Manama Fair Hire", rfcdate(tz(sent, 3)),
                    "<PR3P195MB0731F4D2A9C81E7B6D3A5F09E1B2@PR3P195MB0731.EURP195.PROD.OUTLOOK.example.com>",
                    extra=[("Content-Language", "en-US")], ret="sunita@manamafairhire.example.bh")
    add(12, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Sunita Pillai", "Director", "Manama Fair Hire W.L.L.", ["roundtable"], 4),
                  sp("Yusuf Al-Aali", "Compliance Manager", "Manama Fair Hire W.L.L.", ["plenary"])],
        notes="deadline edge, on time: received 23:57:40 Beirut on 5 Feb while the Date header reads Sat 6 Feb "
              "00:57 +0300 (Bahrain); agency director in brief business English, two speakers in a small table "
              "with roles split; affiliation only in the pipe-separated signature (licence and city are not part "
              "of it) and as 'Manama Fair Hire' in the body."))


def m13():
    when = at("2021-02-06 00:03:12")
    sent = when - dt.timedelta(seconds=17)
    text = """Bonsoir,

Au nom de l'Union marocaine des travailleurs du secteur privé (UMTSP), je me permets de proposer ma candidature pour intervenir dans l'une des tables rondes thématiques, de préférence la 3e, sur la protection sociale des travailleurs migrants subsahariens au Maroc.

J'espère que nous sommes encore dans les délais, on a eu un souci de connexion toute la soirée.

Salutations militantes,

Mustapha EL OUAFI
Secrétaire national chargé de la migration
UMTSP - Casablanca
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt_pair(text, html, "00000000000091e4d705baa0c3b7", "UTF-8")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DXcf84SnY0r",
                    "Mustapha El Ouafi <m.elouafi.umtsp@gmail.example.com>",
                    "Candidature table ronde - UMTSP", rfcdate(tz(sent, 1)),
                    "<CAKt3Wq8oB5xN2mV7cZ1aS4dF9gH0jL6kP3yR8uE2iO5wQ7n@mail.gmail.example.com>",
                    extra=[("Cc", "secretariat@umtsp.example.ma")], ret="m.elouafi.umtsp@gmail.example.com")
    add(13, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Mustapha El Ouafi", "Secrétaire national chargé de la migration",
                     "Union marocaine des travailleurs du secteur privé (UMTSP)", ["roundtable"], 3)],
        notes="deadline edge, late by 3 min 13 s: Date header Fri 5 Feb 23:02:55 +0100 (Casablanca) but received "
              "00:03:12 Beirut on 6 Feb; the sender hopes to be on time; roundtable as '3e'; name in capitals in "
              "the signature; Cc to a union mailbox whose acknowledgement bounces (h126-14)."))


def m14():
    when = at("2021-02-06 00:05:40")
    ack_mid = "<ack-20210206000321.51fa@gcmrrarabstates.iom.int>"
    human = """Ceci est le logiciel de courrier de l'hôte mx.umtsp.example.ma.

Votre message n'a pas pu être délivré à un ou plusieurs destinataires.

<secretariat@umtsp.example.ma>: la boîte aux lettres est pleine
    (host mx.umtsp.example.ma[196.200.0.12] said: 552 5.2.2 Mailbox full)
"""
    p1 = leaf("text/plain", human, "UTF-8", "quoted-printable", extra=[("Content-Description", "Notification")])
    status = Message(policy=POL)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in ([("Reporting-MTA", "dns; mx.umtsp.example.ma"), ("X-Postfix-Queue-ID", "7F3A21C04B"),
                    ("X-Postfix-Sender", "rfc822; gcmrrarabstates@iom.int"),
                    ("Arrival-Date", "Sat, 6 Feb 2021 00:05:31 +0200")],
                   [("Final-Recipient", "rfc822; secretariat@umtsp.example.ma"),
                    ("Original-Recipient", "rfc822;secretariat@umtsp.example.ma"), ("Action", "failed"),
                    ("Status", "5.2.2"), ("Remote-MTA", "dns; mx.umtsp.example.ma"),
                    ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")]):
        b = Message(policy=POL)
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    status.set_payload(blocks)
    hdrs = Message(policy=POL)
    hdrs["Content-Description"] = "Undelivered Message Headers"
    hdrs["Content-Type"] = "text/rfc822-headers"
    hdrs.set_payload("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                     "To: Mustapha El Ouafi <m.elouafi.umtsp@gmail.example.com>\n"
                     "Cc: secretariat@umtsp.example.ma\n"
                     "Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Candidature_table_ronde_-_UMTSP?=\n"
                     "Date: Sat, 6 Feb 2021 00:03:21 +0200\nMessage-ID: %s\n" % ack_mid)
    body = multi("report", [p1, status, hdrs], "7F3A21C04B.1612562740/mx.umtsp.example.ma",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mx.umtsp.example.ma", "196.200.0.12", "4DXchq2Vb7Lt")),
            ("From", "MAILER-DAEMON@mx.umtsp.example.ma (Mail Delivery System)"), ("To", BOX),
            ("Subject", "Courrier non distribuable : retour à l'expéditeur"),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=9), 1))),
            ("Message-ID", "<20210205230531.9B2E41C04C@mx.umtsp.example.ma>"),
            ("Auto-Submitted", "auto-replied")]
    m = top(body, rows)
    m.replace_header("Subject", hdr("Courrier non distribuable : retour à l'expéditeur", "UTF-8", "Q"))
    add(14, when, m, dict(
        category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (mailbox full, 5.2.2) for the acknowledgement sent to the Cc address "
              "of h126-13; only the returned headers are included; RFC 2047 French subject."))


M15_MID = "<AS8PR03MB6872B5E9D1C04F3A7E2D6C19A8F30@AS8PR03MB6872.eurprd03.prod.outlook.example.com>"
M15_NAME = "التقرير الطوعي - ائتلاف النقابات المستقلة.pdf"
M15_TEXT = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

يسرّنا أن نرفق لكم التقرير الطوعي الجماعي الصادر عن ائتلاف نقابات العمال المستقلة في الأردن حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أُعدّ بالتشاور مع إحدى عشرة نقابة ولجنة عمالية، ويركّز على عمال الزراعة والإنشاءات وعاملات المنازل.

نرجو التكرم بتأكيد الاستلام.

مع فائق الاحترام،

ليلى العمري
منسقة الائتلاف
ائتلاف نقابات العمال المستقلة في الأردن
عمّان، جبل الحسين
"""


def m15():
    when = at("2021-02-08 10:00:54")
    sent = when - dt.timedelta(seconds=13)
    html = html_wrap('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(M15_TEXT)
                     + '<p><img src="cid:image001.png@01D6FDF0.3A8B4C20" width="90" height="40"></p></div>', "rtl")
    alt = alt_pair(M15_TEXT, html, "_000_AS8PR03MB6872B5E9D1C04F3A7E2D6C19A8F30AS8PR03MB6872eurp_", "utf-8", "base64")
    logo = leaf("image/png", make_png(), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D6FDF0.3A8B4C20>")])
    rel = multi("related", [alt, logo], "_006_AS8PR03MB6872B5E9D1C04F3A7E2D6C19A8F30AS8PR03MB6872eurp_",
                params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Coalition of Independent Workers' Unions in Jordan",
                    "Collective Voluntary GCM Review Report (11 unions and workers' committees)", "Amman, February 2021"])
    att = attach("application/pdf", pdf, M15_NAME, "2047")
    body = multi("mixed", [rel, att], "_007_AS8PR03MB6872B5E9D1C04F3A7E2D6C19A8F30AS8PR03MB6872eurp_")
    rows = std_rows(when, "mail-vi1eur03on2051.outbound.protection.outlook.example.com", "40.107.2.51",
                    "4DZ8kP3fQw6y", addr("ليلى العمري", "coordinator@iwuc-jo.example.org"),
                    hdr("التقرير الطوعي الجماعي - ائتلاف نقابات العمال المستقلة"), rfcdate(tz(sent, 2)), M15_MID,
                    extra=[("Content-Language", "ar-JO"), ("X-MS-Has-Attach", "yes")],
                    ret="coordinator@iwuc-jo.example.org")
    add(15, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_NAME],
        notes="collective union report as PDF with an Arabic file name in Outlook-style RFC 2047 encoded words; "
              "inline logo image001.png in multipart/related is not part of the report; replaced by h126-23."))


def m16():
    when = at("2021-02-09 11:11:05")
    sent = when - dt.timedelta(seconds=30)
    text = """Bonjour Madame, Monsieur,

J'ai deux petites questions pratiques svp :
1) est-ce que les intervenants déjà proposés doivent s'inscrire aussi sur la plateforme en ligne, ou bien la liste envoyée par mail suffit ?
2) y aura-t-il une interprétation simultanée vers le français pendant les tables rondes ? certains de nos collègues ne maîtrisent pas bien l'anglais.

Merci d'avance et bonne journée.

Karim Tlili
Agence Horizons Emploi International - Sfax
Agrément n° 2014/087
"""
    body = leaf("text/plain", text, "UTF-8", "8bit")
    rows = std_rows(when, "smtp.topnet.example.tn", "197.3.0.15", "4DZx1s7Gm2Kd",
                    "Karim Tlili <horizons.emploi@topnet.example.tn>",
                    hdr("Questions pratiques - inscription et interprétation", "UTF-8", "Q"), rfcdate(tz(sent, 1)),
                    "<000a01d6fed2$5e3c1a40$1ab44ec0$@topnet.example.tn>",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbNAbCdEfGh1234567890AbCdEfGhIj=="),
                           ("Content-Language", "fr")],
                    ret="horizons.emploi@topnet.example.tn")
    add(16, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (registration of speakers already proposed, interpretation) from a Tunisian "
              "placement agency; mentions 'intervenants' and 'tables rondes' but proposes nobody; 8bit UTF-8."))


def m17():
    when = at("2021-02-10 15:22:18")
    sent = when - dt.timedelta(seconds=11)
    n1 = "JAGE_GCM_Voluntary_Review_Feb2021.docx"
    n2 = "Annex 1 - Migrant workforce data 2019-2020.pdf"
    text = """Dear Sir / Madam,

On behalf of the Jordanian Association of Garment Exporters (JAGE), please find attached our voluntary GCM review report, together with its statistical annex (Annex 1), which should be read as part of the report.

The report focuses on the Qualifying Industrial Zones, where migrant workers from Bangladesh, Sri Lanka, India and Nepal make up around 70 percent of the workforce, and on the joint employer-union collective agreement signed in 2019.

Best,

Tareq Nimri
Head of Sustainability & Compliance
JAGE | Amman, Jordan
"""
    html = html_wrap('<div style="font-family:Segoe UI;font-size:10.5pt">' + text2html(text) + "</div>")
    alt = alt_pair(text, html, "_000_HE1PR0402MB3466A6C2B1D9E84F7E3C5A20D1B40HE1PR0402MB3466_", "us-ascii")
    docx = make_docx(["Jordanian Association of Garment Exporters (JAGE)", "Voluntary GCM Review Report - February 2021",
                      "1. Context: the Qualifying Industrial Zones", "2. Fair recruitment and the employer-pays principle",
                      "3. Collective agreement 2019", "4. Recommendations"])
    pdf = make_pdf(["Annex 1 - Migrant workforce data 2019-2020", "Workers by nationality and sector (QIZ)"])
    body = multi("mixed", [alt, attach(DOCX, docx, n1), attach("application/pdf", pdf, n2)],
                 "_004_HE1PR0402MB3466A6C2B1D9E84F7E3C5A20D1B40HE1PR0402MB3466_")
    rows = std_rows(when, "mail-he1eur02on0628.outbound.protection.outlook.example.com", "40.107.1.128",
                    "4F0BfT8qJz5n", "Tareq Nimri <t.nimri@jage.example.jo>",
                    "JAGE - Voluntary GCM Review report + annex", rfcdate(tz(sent, 2)),
                    "<HE1PR0402MB3466A6C2B1D9E84F7E3C5A20D1B4@HE1PR0402MB3466.eurprd04.prod.outlook.example.com>",
                    extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")], ret="t.nimri@jage.example.jo")
    add(17, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="employers' association report in two files: DOCX report plus a PDF statistical annex that the "
              "sender says is part of the report; file name with spaces."))


def m18():
    when = at("2021-02-11 21:14:33")
    sent = when - dt.timedelta(seconds=25)
    name = "rapport_taqrir_naqaba_filaha.docx"
    text = """السلام عليكم

كنصيفطو ليكم التقرير ديال النقابة الوطنية لعمال الفلاحة على تطبيق الميثاق العالمي للهجرة، خصوصاً على العمال الموسميين اللي كيمشيو لإسبانيا وعلى العمال الأفارقة اللي خدامين فسوس.

وبغينا نقترحو الأخ عبد الإله بنعلي، الكاتب الوطني المكلف بالعمال المهاجرين، باش يشارك فالمائدة المستديرة الرابعة. عارفين بلي التاريخ ديال المتحدثين فات، ولكن إلا كانت شي إمكانية غادي نكونو ممنونين.

مع التحية النقابية
سعاد الإدريسي
النقابة الوطنية لعمال الفلاحة - أكادير
"""
    txt = leaf("text/plain", text, "UTF-8", "base64")
    docx = make_docx(["النقابة الوطنية لعمال الفلاحة", "تقرير طوعي حول تنفيذ الاتفاق العالمي للهجرة", "فبراير 2021"])
    body = multi("mixed", [txt, attach(DOCX, docx, name)], "----=_Part_88213_1517750212.1613070873000")
    rows = std_rows(when, "smtp.menara.example.ma", "196.200.131.7", "4F11mR6sCw3h",
                    addr("سعاد الإدريسي", "snaf.agadir@menara.example.ma"),
                    hdr("التقرير ديال النقابة + اقتراح متدخل"), rfcdate(tz(sent, 1)),
                    "<1425933186.88214.1613070873001@webmail.menara.example.ma>",
                    extra=[("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev22")], ret="snaf.agadir@menara.example.ma")
    add(18, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("عبد الإله بنعلي", "الكاتب الوطني المكلف بالعمال المهاجرين", "النقابة الوطنية لعمال الفلاحة",
                     ["roundtable"], 4)],
        report_attachments=[name],
        notes="Moroccan darija; 'both': the report (DOCX with a transliterated file name) is on time but the "
              "speaker part is late (11 Feb > 5 Feb) and the sender knows it, so on_time is false; 'الأخ' is a "
              "union form of address, not part of the name; city after a dash in the signature."))


def m19():
    when = at("2021-02-12 18:10:49")
    sent = when - dt.timedelta(seconds=15)
    name = "rapport ATAPE v3 FINAL.pdf"
    text = """Bonsoir,
ci-joint notre contribution (rapport volontaire) pour l'examen régional.
Bien cordialement
Nadia Ben Salem
ATAPE

Envoyé de mon iPhone"""
    txt = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Association tunisienne des agences de placement a l'etranger (ATAPE)",
                    "Rapport volontaire - Pacte mondial pour des migrations sures, ordonnees et regulieres",
                    "Version 3 - fevrier 2021"])
    att = attach("application/pdf", pdf, name)
    body = multi("mixed", [txt, att], "Apple-Mail-9E20B6D1-47C3-4A8F-B5E2-1C0D3F7A6B59")
    rows = std_rows(when, "smtp.gnet.example.tn", "197.2.0.40", "4F1tB2yXh9Qm",
                    "Nadia Ben Salem <n.bensalem@atape.example.tn>", "Rapport volontaire ATAPE",
                    rfcdate(tz(sent, 1)), "<9E20B6D1-47C3-4A8F-B5E2-1C0D3F7A6B58@atape.example.tn>",
                    extra=[("X-Mailer", "iPhone Mail (18D52)")], ret="n.bensalem@atape.example.tn")
    add(19, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="very short iPhone message ('contribution (rapport volontaire)'), file name with spaces and "
              "'v3 FINAL'; recruitment agencies' association."))


def m20():
    when = at("2021-02-13 12:37:02")
    sent = when - dt.timedelta(seconds=28)
    text = """Hello,

Two quick questions from our side:

- Is the deadline for speaker nominations still open or is it closed now? We only saw the letter this week.
- Can the voluntary report be submitted in Arabic only, or is an English version required?

Thank you,
Hanan Saeed
Programme Officer
Gulf Domestic Workers' Union Network
"""
    body = leaf("text/plain", text, "us-ascii", "7bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail-ot1-f52.google.example.com", "209.85.210.52", "4F2Jq7wNv4Xe",
                    "Hanan Saeed <hanan.gdwun@gmail.example.com>", "questions - speakers deadline / report language",
                    rfcdate(tz(sent, 4)), "<CAM5vQp1rT8wE3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3mQ6w@mail.gmail.example.com>",
                    ret="hanan.gdwun@gmail.example.com")
    add(20, when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None,
        notes="questions about the (past) speaker deadline and the report language; no speaker named and no "
              "report attached, though both keywords appear."))


def m21():
    when = at("2021-02-16 23:52:30")
    sent = when - dt.timedelta(seconds=19)
    name = "Rapport_volontaire_PMM_FGTM.docx"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Fédération générale des travailleurs migrants (FGTM) sur la mise en œuvre du Pacte mondial, préparé avec nos sections de Tunis, Sousse et Médenine.

Nous nous excusons pour l'envoi tardif, le document a été validé par le bureau fédéral ce soir même.

Avec nos salutations syndicales,

Walid Hammami
Secrétaire général adjoint chargé des relations extérieures
FGTM
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = alt_pair(text, html, "000000000000e71c4205bb7a2f90", "UTF-8")
    docx = make_docx(["Fédération générale des travailleurs migrants (FGTM)", "Rapport volontaire - Pacte mondial sur les migrations",
                      "Février 2021"])
    body = multi("mixed", [alt, attach(DOCX, docx, name)], "000000000000e71c4305bb7a2f92")
    rows = std_rows(when, "mail-lj1-f169.google.example.com", "209.85.208.169", "4Dg0A3rFt7Yk",
                    "Walid Hammami <walid.hammami.fgtm@gmail.example.com>",
                    hdr("Rapport volontaire FGTM – Pacte mondial", "UTF-8", "Q"), rfcdate(tz(sent, 1)),
                    "<CAHw8sE2rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1r@mail.gmail.example.com>",
                    ret="walid.hammami.fgtm@gmail.example.com")
    add(21, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge, on time: received 23:52:30 Beirut on 16 Feb (Date header 22:52:11 +0100, Tunis); "
              "the sender apologises for 'l'envoi tardif' although it is within the extended deadline."))


def m22():
    when = at("2021-02-17 00:04:10")
    sent = when - dt.timedelta(seconds=18)
    name = "EBCER Voluntary GCM Review 2021.pdf"
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Emirates Business Council for Ethical Recruitment (EBCER), still within today's deadline we hope.

We would also like to propose our Chairman, Omar Al Hashimi, for a floor intervention in Roundtable 2.

Regards,
Priya Nair
Policy Analyst, EBCER
Level 9, Emirates Towers, Dubai, UAE
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    alt = alt_pair(text, html, "_000_DXBPR01MB2201E7A1C94D3B5F8E6A2C70B1D50DXBPR01MB2201apcp_", "us-ascii")
    pdf = make_pdf(["Emirates Business Council for Ethical Recruitment (EBCER)", "Voluntary GCM Review Report 2021"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, name)],
                 "_004_DXBPR01MB2201E7A1C94D3B5F8E6A2C70B1D50DXBPR01MB2201apcp_")
    rows = std_rows(when, "mail-sg2apc01on2090.outbound.protection.outlook.example.com", "40.107.128.90",
                    "4Dg0F9wLc2Pr", "Priya Nair <priya.nair@ebcer.example.ae>",
                    "EBCER voluntary report + speaker", rfcdate(tz(sent, 4)),
                    "<DXBPR01MB2201E7A1C94D3B5F8E6A2C70B1D5@DXBPR01MB2201.apcprd01.prod.outlook.example.com>",
                    extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")],
                    ret="priya.nair@ebcer.example.ae")
    add(22, when, top(body, rows), dict(
        category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Omar Al Hashimi", "Chairman", "Emirates Business Council for Ethical Recruitment (EBCER)",
                     ["roundtable"], 2)],
        report_attachments=[name],
        notes="deadline edge, late: received 00:04:10 Beirut on 17 Feb; Date header Wed 17 Feb 02:03:52 +0400 "
              "(Dubai) while the body says 'still within today's deadline'; the report part is 4 minutes late and "
              "the speaker part 11 days late; the speaker is the sender's chairman, written 'our Chairman, Omar Al "
              "Hashimi'."))


def m23():
    when = at("2021-02-17 10:30:06")
    sent = when - dt.timedelta(seconds=12)
    name = "التقرير الطوعي - ائتلاف النقابات المستقلة - نسخة مصححة.pdf"
    text = """حضرات السادة المحترمين،

نرجو اعتماد النسخة المصححة المرفقة من تقريرنا الطوعي بدلاً من النسخة المرسلة بتاريخ ٨ شباط، إذ تبيّن وجود خطأ في جدول أعداد العمال المنتسبين (الصفحة ٤). لم يتغير أي شيء آخر.

مع الشكر والتقدير،
ليلى العمري
منسقة الائتلاف

________________________________
From: ليلى العمري <coordinator@iwuc-jo.example.org>
Sent: Monday, February 8, 2021 10:00 AM
To: gcmrrarabstates@iom.int
Subject: التقرير الطوعي الجماعي - ائتلاف نقابات العمال المستقلة

""" + M15_TEXT
    html = html_wrap('<div dir="rtl" style="font-family:Arial;font-size:12pt">' + text2html(text) + "</div>", "rtl")
    alt = alt_pair(text, html, "_000_AS8PR03MB687207C3E1A9B54D2F8E6A31C7D90AS8PR03MB6872eurp_", "utf-8", "base64")
    pdf = make_pdf(["Coalition of Independent Workers' Unions in Jordan",
                    "Collective Voluntary GCM Review Report - corrected version", "Amman, February 2021"])
    body = multi("mixed", [alt, attach("application/pdf", pdf, name, "2047")],
                 "_004_AS8PR03MB687207C3E1A9B54D2F8E6A31C7D90AS8PR03MB6872eurp_")
    rows = std_rows(when, "mail-vi1eur03on2051.outbound.protection.outlook.example.com", "40.107.2.51",
                    "4DgM5hR1tV8c", addr("ليلى العمري", "coordinator@iwuc-jo.example.org"),
                    re_hdr("RE: ", "التقرير الطوعي الجماعي - ائتلاف نقابات العمال المستقلة"), rfcdate(tz(sent, 2)),
                    "<AS8PR03MB687207C3E1A9B54D2F8E6A31C7D9@AS8PR03MB6872.eurprd03.prod.outlook.example.com>",
                    extra=[("In-Reply-To", M15_MID), ("References", M15_MID), ("Content-Language", "ar-JO"),
                           ("X-MS-Has-Attach", "yes")], ret="coordinator@iwuc-jo.example.org")
    add(23, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[name], thread_of="h126-15.eml",
        notes="corrected version replacing the report of h126-15 (Outlook reply with the original quoted under a "
              "'From:/Sent:' header block); received 17 Feb, after the extended deadline, so on_time is false "
              "even though the original was on time; Levantine month name (شباط)."))


def m24():
    when = at("2021-02-18 09:05:44")
    sent = when - dt.timedelta(seconds=10)
    text = """شكراً جزيلاً على التأكيد، وصلت الرسالة.

ليلى

-----Original Message-----
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 17, 2021 10:31 AM
Subject: تأكيد استلام - التقرير الطوعي الجماعي

شكراً لكم، تم استلام التقرير الطوعي المرسل من ائتلاف نقابات العمال المستقلة في الأردن.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    ack_mid = "<ack-20210217103107.c2d9@gcmrrarabstates.iom.int>"
    rows = std_rows(when, "mail-vi1eur03on2051.outbound.protection.outlook.example.com", "40.107.2.51",
                    "4DhB0sW6mK3q", addr("ليلى العمري", "coordinator@iwuc-jo.example.org"),
                    re_hdr("RE: ", "تأكيد استلام - التقرير الطوعي الجماعي"), rfcdate(tz(sent, 2)),
                    "<AS8PR03MB68729F1E4D2C7B3A5E8D0C61F2A70@AS8PR03MB6872.eurprd03.prod.outlook.example.com>",
                    extra=[("In-Reply-To", ack_mid),
                           ("References", "%s <AS8PR03MB687207C3E1A9B54D2F8E6A31C7D9@AS8PR03MB6872.eurprd03.prod"
                                          ".outlook.example.com> %s" % (M15_MID, ack_mid)),
                           ("Content-Language", "ar-JO")], ret="coordinator@iwuc-jo.example.org")
    add(24, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=False, on_time=None, thread_of="h126-15.eml",
        notes="thank-you reply to the service's acknowledgement of the corrected report: adds nothing new, so no "
              "acknowledgement (would loop); References name h126-15 and h126-23."))


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
