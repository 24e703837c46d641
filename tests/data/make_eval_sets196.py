#!/usr/bin/env python3
"""Write the blind evaluation set holdout196 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets196.py
Theme: the world of work - trade unions, employers' federations, chambers of commerce, associations of
recruitment agencies and platforms of migrant domestic workers.  Nominations in tables and bullet lists,
several speakers for several roundtables in one mail, acronyms everywhere (Arabic, French, English),
signatures with union positions (secretary-general, shop steward, focal point for migrant workers), replies
that change one of the nominees.  1 to 17 February 2021.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE, outlook_rows

SET = EvalSet(196)
add = SET.add


def pdf_report(title, org, sections):
    lines = [title, org, "Contribution to the Regional Review of the GCM - Arab States - 2021", ""]
    lines += ["%d. %s" % (k, s) for k, s in enumerate(sections, 1)]
    return make_pdf(lines)


def logo(cid, rgb, name="image001.png"):
    return leaf("image/png", make_png(16, 8, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def lines_html(text, rtl=False, font="Calibri"):
    d = "rtl" if rtl else "ltr"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s" style="font-family:%s,sans-serif;font-size:11pt">' % (d, font)
            + "<br>\n".join(esc(x) for x in text.strip("\n").split("\n")) + "</div></body></html>\n")


def gt(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def ack_id(q):
    return "<ack.%s@gcmrrarabstates.iom.int>" % q


# ================================================================ 01  EN  speaker  HTML table, 3 speakers
M01_ID = "<VI1PR03MB4471C2D8E5F60A1B3C9D7E2F4A58@VI1PR03MB4471.eurprd03.prod.outlook.example.com>"
M01_SUBJ = "ARTUC nominations - speakers for the GCM Regional Review (23-25 Feb)"


def m01():
    when = at("2021-02-01 10:15:22")
    sent = sent_at(when, 2, 7)
    text = """Dear Colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

On behalf of the Arab Regional Trade Union Confederation (ARTUC) and two of its affiliates, please find below our nominations for floor interventions at the regional conference:

Name\tPosition\tOrganisation\tSession
Mustapha Belhaj\tGeneral Secretary\tArab Regional Trade Union Confederation (ARTUC)\tPlenary session
Hanan Qaddoumi\tHead of the Migrant Workers' Desk\tGeneral Federation of Jordanian Trade Unions (GFJTU)\tThematic Roundtable 2
Joseph Abi Nader\tShop Steward\tSyndicate of Hotel and Restaurant Workers in Lebanon (SHRWL)\tThematic Roundtable 4

All three will speak in Arabic. Ms Qaddoumi may need interpretation into English for the Q&A.

We remain at your disposal for any further information.

Best regards,

Samer Haddad
Focal Point for Migrant Workers
Arab Regional Trade Union Confederation (ARTUC)
Amman - Jordan
Tel: +962 6 560 1184
"""
    rows = [("Mustapha Belhaj", "General Secretary", "Arab Regional Trade Union Confederation (ARTUC)",
             "Plenary session"),
            ("Hanan Qaddoumi", "Head of the Migrant Workers' Desk",
             "General Federation of Jordanian Trade Unions (GFJTU)", "Thematic Roundtable 2"),
            ("Joseph Abi Nader", "Shop Steward", "Syndicate of Hotel and Restaurant Workers in Lebanon (SHRWL)",
             "Thematic Roundtable 4")]
    cell = '<td style="border:solid #9BBB59 1.0pt;padding:3pt 6pt">%s</td>'
    table = ('<table style="border-collapse:collapse" cellspacing="0" cellpadding="0">\n<tr>'
             + "".join('<td style="border:solid #9BBB59 1.0pt;background:#EBF1DD;padding:3pt 6pt"><b>%s</b></td>'
                       % h for h in ("Name", "Position", "Organisation", "Session")) + "</tr>\n"
             + "".join("<tr>" + "".join(cell % esc(c) for c in r) + "</tr>\n" for r in rows) + "</table>")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif}</style></head><body lang="EN-US"><div class="WordSection1">\n'
            '<p class="MsoNormal">Dear Colleagues,</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal">Thank you for the invitation to the Regional Review of the Global Compact for '
            'Migration in the Arab region.</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal">On behalf of the Arab Regional Trade Union Confederation (ARTUC) and two of its '
            'affiliates, please find below our nominations for floor interventions at the regional conference:</p>'
            '<p class="MsoNormal">&nbsp;</p>\n' + table + '\n<p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal">All three will speak in Arabic. Ms Qaddoumi may need interpretation into English '
            'for the Q&amp;A.</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal">We remain at your disposal for any further information.</p>'
            '<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">Best regards,</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal"><b>Samer Haddad</b><br>Focal Point for Migrant Workers<br>Arab Regional Trade '
            'Union Confederation (ARTUC)<br>Amman - Jordan<br>Tel: +962 6 560 1184</p>\n</div></body></html>\n')
    body = alt(text, "_000_VI1PR03MB4471C2D8E5F60A1B3C9D7E2F4A58VI1PR03MB4471eurp_", html=html)
    m = mk(when, sent, "mail-vi1eur03on0612.outbound.protection.outlook.example.com", "40.107.3.112",
           "4DTk5q0Rz1z8", "Samer Haddad <s.haddad@artuc.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook_rows(M01_SUBJ, "AdcEf3Lk9Qw2Rt5YUi8oPa1sDf4gHw=="),
           cc="ARTUC Secretariat <secretariat@artuc.example.org>")
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mustapha Belhaj", "General Secretary", "Arab Regional Trade Union Confederation (ARTUC)", ["plenary"]),
        sp("Hanan Qaddoumi", "Head of the Migrant Workers' Desk",
           "General Federation of Jordanian Trade Unions (GFJTU)", ["roundtable"], 2),
        sp("Joseph Abi Nader", "Shop Steward", "Syndicate of Hotel and Restaurant Workers in Lebanon (SHRWL)",
           ["roundtable"], 4)],
        notes="three speakers in an HTML table (Outlook; the text part is the tab-separated rendering), two "
              "affiliations differ from the sender's confederation; the sender (focal point for migrant workers, "
              "signature) is not a speaker; 'Ms Qaddoumi' later in the body is not a new speaker; "
              "'Amman - Jordan' is a place."))


# ================================================================ 02  AR  speaker  bullets, 2 speakers
M02_ID = "<CAJq4Rk8mZ1tW6vN3bX9pL2sH7cY5dF0gE4uA@mail.gmail.example.com>"
M02_SUBJ = "ترشيحات الاتحاد للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M02_TEXT = """الإخوة والأخوات في أمانة الاستعراض الإقليمي المحترمين،
تحية نقابية وبعد،

بالإشارة إلى دعوتكم الكريمة، يتشرف الاتحاد العام للنقابات العمالية في المشرق (GFLU) بترشيح كل من:

• السيد نبيل الحاج موسى – الأمين العام للاتحاد – للمداخلة في الجلسة العامة
• السيدة ريم عواد – منسقة ملف العمال المهاجرين – للمداخلة في المائدة المستديرة الثالثة

نأمل أن تتاح الفرصة لصوت العمال المهاجرين، ولا سيما العاملات في المنازل والزراعة، ضمن أعمال المؤتمر.

وتفضلوا بقبول فائق الاحترام والتقدير،

مكتب العلاقات الدولية
الاتحاد العام للنقابات العمالية في المشرق – GFLU
بيروت
"""


def m02():
    when = at("2021-02-01 13:48:09")
    sent = sent_at(when, 2, 5)
    body = alt(M02_TEXT, "0000000000004b7e2a05ba4c61f3", html=lines_html(M02_TEXT, rtl=True, font="Arial"), b64=True)
    m = mk(when, sent, "mail-lf1-f41.google.example.com", "209.85.167.41", "4DTpB21Wk6z3",
           addr("GFLU International Relations", "gflu.intl@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نبيل الحاج موسى", "الأمين العام", "الاتحاد العام للنقابات العمالية في المشرق (GFLU)", ["plenary"]),
        sp("ريم عواد", "منسقة ملف العمال المهاجرين", "الاتحاد العام للنقابات العمالية في المشرق (GFLU)",
           ["roundtable"], 3)],
        notes="two speakers in a bullet list with en dashes, honorifics 'السيد/السيدة' dropped; 'الأمين العام "
              "للاتحاد' recorded as 'الأمين العام' (the 'للاتحاد' refers to the organisation named in the first "
              "sentence with its Latin acronym); roundtable as an ordinal word ('الثالثة'); sent by the "
              "international relations office (no person), Gmail; 'بيروت' in the signature is a place. The second "
              "speaker is replaced in h196-05."))


# ================================================================ 03  EN  other  questions from a domestic workers' group
def m03():
    when = at("2021-02-02 09:20:41")
    sent = sent_at(when, 2, 11)
    text = """Hello,

My name is Tigist, I am coordinator of ASDWG (Addis Sisterhood Domestic Workers Group), we are a group of Ethiopian domestic workers in Beirut, not registered as NGO because we cannot register.

We received the invitation from a friend in the union. We want maybe to propose one of our members to speak but before we have some questions:

1. Can a person speak if her group is not registered? Or she must be from an NGO or union?
2. Is there interpretation in Amharic, or only Arabic/English/French? Some of us speak Arabic but not formal.
3. Many of us work live-in and cannot be on computer in the day. Can she join from the phone (WhatsApp or Zoom on phone)?

Sorry for my English. Thank you very much

Tigist Alemu
ASDWG
Sent from my Huawei phone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f65.google.example.com", "209.85.216.65", "4DVJ3n7Tq2z5",
           "Tigist Alemu <tigist.asdwg@gmail.example.com>", "Questions before nominate speaker",
           "<CAGm7pR2xQ9tL4vK8nW1bZ3sY6hD0cF5jE2uB@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions (unregistered group, Amharic interpretation, joining by phone) before a possible "
              "nomination ('We want maybe to propose one of our members'): nobody is proposed, so other with no "
              "speakers, although the subject says 'nominate speaker'; non-native English; phone client."))


# ================================================================ 04  FR  speaker  signature only, employers' federation
def m04():
    when = at("2021-02-02 16:05:30")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Suite à la réception de votre courrier d'invitation, je souhaiterais prendre part, au nom de notre fédération, à la discussion ouverte de la consultation multipartite prévue le 23 février 2021.

Les agences d'emploi privées agréées au Maroc placent chaque année plusieurs milliers de travailleurs vers les pays du Golfe ; nous souhaitons partager notre expérience sur le recrutement équitable, la lutte contre les frais de recrutement facturés aux travailleurs et la coopération avec l'ANAPEC.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

-- 
Hicham Tazi
Délégué général
Fédération nationale des agences d'emploi privées (FNAEP)
Bd d'Anfa, Casablanca
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.fnaep.example.ma", "41.214.168.20", "4DVd0s2Hm8z1",
           "Hicham Tazi <h.tazi@fnaep.example.ma>", hdr("Consultation multipartite du 23 février - FNAEP", enc="Q"),
           "<6b1f2c9e-4a7d-4e0b-93a5-d2c8f1e07b44@fnaep.example.ma>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hicham Tazi", "Délégué général", "Fédération nationale des agences d'emploi privées (FNAEP)",
           ["open_discussion"])],
        notes="the sender proposes himself ('je souhaiterais prendre part ... à la discussion ouverte'); name, title "
              "and affiliation only in the signature (after '-- '); 'ANAPEC' in the body is another body's acronym, "
              "not the affiliation; address line is not part of it; Thunderbird format=flowed, 8bit."))


# ================================================================ 05  AR  speaker  reply replacing the second nominee of 02
def m05():
    when = at("2021-02-03 11:12:45")
    sent = sent_at(when, 2, 6)
    new = """تحية طيبة،

إلى جانب ترشيحاتنا المرسلة أدناه، نود إعلامكم بأن الزميلة ريم عواد لن تتمكن من المشاركة بسبب ظرف عائلي طارئ، ويرشح الاتحاد بدلاً منها الزميلة هبة السعدي، مسؤولة لجنة العاملات المنزليات في الاتحاد، للمداخلة في نفس المائدة المستديرة.

يبقى ترشيح الأمين العام للجلسة العامة كما هو دون تغيير.

مع الشكر،
مكتب العلاقات الدولية – GFLU
"""
    quoted = ("\n\nفي الاثنين، ١ فبراير ٢٠٢١ في ١:٤٨ م تمت كتابة ما يلي بواسطة GFLU International Relations "
              "<gflu.intl@gmail.example.com>:\n\n" + gt(M02_TEXT) + "\n")
    text = new + quoted
    html = lines_html(new, rtl=True, font="Arial").replace(
        "</body>", '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-right:1px #ccc solid;'
        'padding-right:1ex" dir="rtl">' + "<br>\n".join(esc(x) for x in M02_TEXT.split("\n"))
        + "</blockquote></body>")
    body = alt(text, "000000000000e2c94a05ba63a1d7", html=html, b64=True)
    m = mk(when, sent, "mail-lf1-f44.google.example.com", "209.85.167.44", "4DWF7k3Xp0z2",
           addr("GFLU International Relations", "gflu.intl@gmail.example.com"), re_hdr("Re: ", M02_SUBJ),
           "<CAJq4Rk9nT2uX7wP4cY0qM3tJ8dZ6eG1hF5vB@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h196-02.eml", speakers=[
            sp("هبة السعدي", "مسؤولة لجنة العاملات المنزليات", "الاتحاد العام للنقابات العمالية في المشرق (GFLU)",
               ["roundtable"], 3)],
        notes="replaces ONE of the two nominees of h196-02 (In-Reply-To set): only the new nominee is recorded "
              "(as dev 021); the other nominee is explicitly unchanged; roundtable only by reference ('نفس "
              "المائدة المستديرة' = the third, from the quoted original); title 'مسؤولة لجنة العاملات المنزليات "
              "في الاتحاد' recorded without 'في الاتحاد'; affiliation from the quoted original (the new text "
              "only says 'GFLU'); the quoted original still holds the replaced nominee."))


# ================================================================ 06  EN  speaker  on behalf, recruitment agencies, rapporteur
M06_ID = "<000a01d6fa2b$5c1e8d40$15a3a8c0$@galra.example.kw>"
M06_SUBJ = "Nomination - Rapporteur - GALRA"


def m06():
    when = at("2021-02-03 15:40:10")
    sent = sent_at(when, 3, 9)
    text = """Dear Sir/Madam,

Good day.

Kindly be informed that our Chairman would like to be considered for the role of rapporteur delivering the key messages of the stakeholders at the Regional Review. Please find his details below:

Nominee: Mr. Faisal Al-Mutairi
Designation: Chairman, Board of Directors
Organization: GALRA, Kuwait
Role requested: Rapporteur (key messages)
Mobile: +965 9987 1102

GALRA brings together 64 licensed recruitment offices for domestic workers and has signed the fair recruitment charter of the Ministry of Social Affairs.

For any correspondence kindly reply to info@galra.example.kw.

Thanks & Regards,

Maria Lourdes Santos
Office Manager
Gulf Association of Licensed Recruitment Agencies (GALRA)
Kuwait City, State of Kuwait
"""
    body = alt(text, "----=_NextPart_000_000B_01D6FA44.73A3D140")
    m = mk(when, sent, "mail.galra.example.kw", "62.215.4.77", "4DWRq8t2Lx9z",
           "Maria Santos <maria.santos@galra.example.kw>", M06_SUBJ, M06_ID, body,
           extra=[("Reply-To", "info@galra.example.kw"), ("X-Mailer", "Microsoft Outlook 15.0"),
                  ("Thread-Index", "AdbXq2p8Lk3Rt9w1Qz5YuBn7Cx4Dfg=="), ("Content-Language", "en-us")])
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Faisal Al-Mutairi", "Chairman, Board of Directors",
           "Gulf Association of Licensed Recruitment Agencies (GALRA)", ["rapporteur"])],
        notes="sent on behalf of the chairman by the office manager (her own title in the signature); 'Mr.' "
              "dropped; title written with its unit kept whole (as dev 012); the labelled line gives only 'GALRA, "
              "Kuwait' - the full name with the acronym is in the signature ('Kuwait' is a place); Reply-To differs "
              "from From and the acknowledgement to it bounces (h196-07)."))


# ================================================================ 07  EN  bounce  for the acknowledgement of 06
def m07():
    when = at("2021-02-03 15:41:02")
    text = POSTFIX_NOTICE + """
<info@galra.example.kw>: host mail.galra.example.kw[62.215.4.77] said: 550
    5.1.1 <info@galra.example.kw>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DWRr0v5Mn1z\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; info@galra.example.kw\n"
           "Original-Recipient: rfc822;info@galra.example.kw\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.galra.example.kw\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <info@galra.example.kw>: Recipient address\n"
           "    rejected: User unknown in local recipient table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: info@galra.example.kw\n"
            "Subject: Acknowledgement of receipt - Nomination - Rapporteur - GALRA\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=4)), ack_id("4DWRqz1Kp7z2"), M06_ID))
    body = dsn_report(text, dsn, hdrs, "4DWRr0v5Mn1z.1612359662/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DWRr2x6Nb3z; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203134102.4DWRr2x6Nb3z@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1 user unknown) for the acknowledgement sent to the Reply-To address of h196-06; "
              "only the returned headers (their In-Reply-To names h196-06, whose subject mentions a nomination). "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 08  AR  both  domestic workers' network, PDF + speaker
def m08():
    when = at("2021-02-04 12:30:00")
    sent = sent_at(when, 2, 8)
    text = """مرحبا،

نحنا شبكة العاملات والعمال المنزليين المهاجرين (MDWN) هون بلبنان، شبكة بتجمع أكتر من ١٢ مجموعة مجتمعية من الجاليات الإثيوبية والفيليبينية والسريلانكية والكينية والبنغلادشية.

مرفق تقريرنا الطوعي عن تطبيق الاتفاق العالمي للهجرة من وجهة نظر العاملات أنفسهن: نظام الكفالة، حجز جوازات السفر، الأجور غير المدفوعة بعد الأزمة الاقتصادية وانفجار المرفأ، والعودة الطوعية.

وكمان منحب نرشح رفيقتنا بانشي ييمر، منسقة المجموعات المجتمعية في الشبكة، لتشارك بالنقاش المفتوح يوم ٢٣ شباط. بانشي عاملة منزلية سابقة وبتحكي عربي منيح.

شكراً كتير،
سلام
منسقة التواصل – MDWN
"""
    fname = "MDWN_GCM_Voluntary_Report_2021_AR.pdf"
    pdf = pdf_report("MDWN - Voluntary GCM Review Report (Arabic version)",
                     "Migrant Domestic Workers' Network in Lebanon",
                     ["Kafala and live-in work", "Passport confiscation", "Unpaid wages since 2019",
                      "Voluntary return", "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000d41c3f05ba7e82b9", html=lines_html(text, rtl=True, font="Tahoma"),
                               b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000d41c4005ba7e82bb")
    m = mk(when, sent, "mail-wm1-f53.google.example.com", "209.85.128.53", "4DWy2G5Vt8z4",
           addr("MDWN Lebanon", "mdwn.lebanon@gmail.example.com"),
           hdr("التقرير الطوعي لشبكة MDWN + ترشيح للنقاش المفتوح"),
           "<CAPx1Nq7wR4tK9mZ2vL6bS3yH8cD0fG5jE7uC@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("بانشي ييمر", "منسقة المجموعات المجتمعية", "شبكة العاملات والعمال المنزليين المهاجرين (MDWN)",
               ["open_discussion"])],
        notes="both, on time (4 February); Lebanese dialect ('نحنا', 'منحب', 'شباط' for February); the nominee's "
              "title ends 'في الشبكة' (by reference, dropped) and the affiliation is the network named with its "
              "Latin acronym in the first sentence ('هون بلبنان' after it is a place, "
              "not part of the affiliation); the signature gives only 'سلام' and a role, the sender is not the speaker."))


# ================================================================ 09  FR  report  collective DOCX, union confederation
M09_ID = "<PR2P264MB0718B3A9C4D5E6F708192A3B4C5D@PR2P264MB0718.FRAP264.PROD.OUTLOOK.example.com>"
M09_SUBJ = "Rapport volontaire CSAM - Examen régional du PMM"


def m09():
    when = at("2021-02-04 17:22:13")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Confédération syndicale autonome du Maghreb (CSAM) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM).

Ce rapport est collectif : il a été élaboré avec nos cinq organisations membres (UST-Tunisie, FSA-Algérie, CDT-Migrants, SNTM-Mauritanie et le Syndicat libre des travailleurs du bâtiment) à partir des remontées des délégués syndicaux sur les chantiers et dans les exploitations agricoles. Il traite en particulier des objectifs 6 (recrutement équitable et travail décent) et 22 (portabilité de la sécurité sociale).

Restant à votre disposition,

Bien cordialement,

Leïla Mansouri
Point focal travailleurs migrants
Département des relations internationales
CSAM – Confédération syndicale autonome du Maghreb
Tél. : +216 71 330 417
"""
    fname = "Rapport_CSAM_PMM_février_2021.docx"
    docx = make_docx(["Confédération syndicale autonome du Maghreb (CSAM)",
                      "Rapport volontaire - Examen régional du PMM - Région arabe", "1. Contexte",
                      "2. Objectif 6 : recrutement équitable et travail décent",
                      "3. Objectif 22 : portabilité de la sécurité sociale", "4. Recommandations syndicales"])
    rel = multi("related", [alt(text, "_000_PR2P264MB0718B3A9C4D5E6F708192A3B4C5DPR2P264MB0718FRAP_"),
                            logo("image001.png@01D6FB01.2C4E5A90", (180, 20, 30))],
                "_003_PR2P264MB0718B3A9C4D5E6F708192A3B4C5DPR2P264MB0718FRAP_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach(DOCX, docx, fname)],
                 "_004_PR2P264MB0718B3A9C4D5E6F708192A3B4C5DPR2P264MB0718FRAP_")
    m = mk(when, sent, "mail-pr2fra01on0620.outbound.protection.outlook.example.com", "40.107.12.120",
           "4DX8Fk1Sw5z6", addr("Leïla Mansouri", "l.mansouri@csam-maghreb.example.org", enc="Q"),
           hdr(M09_SUBJ, enc="Q"), M09_ID, body,
           extra=outlook_rows(M09_SUBJ, "AdcG2k7Rt1Yp4Qz8Wx3Nv6Bm9Lc0Sg==", lang="fr-FR", has_attach="yes"))
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (five member unions, named by acronyms in the body); DOCX name with 'é' (RFC 2231 "
              "filename*, RFC 2047 name); inline signature logo image001.png is not part of the report; the "
              "signature (focal point for migrant workers) is not a speaker request. Thanked for the "
              "acknowledgement in h196-18."))


# ================================================================ 10  AR  other  chamber of commerce asks questions
def m10():
    when = at("2021-02-05 10:02:55")
    sent = sent_at(when, 3, 9)
    inner = """<div dir="rtl" style="font-family:'Simplified Arabic';font-size:14pt">
<p>السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية&nbsp;&nbsp;&nbsp;المحترمين</p>
<p>تحية طيبة وبعد،</p>
<p>تلقت غرفة تجارة وصناعة الخليج الشرقي (EGCCI) دعوتكم، ونود قبل الرد الاستفسار عن الآتي:</p>
<ol>
<li>هل يمكن للغرف التجارية واتحادات أصحاب العمل تقديم تقرير طوعي باسم القطاع الخاص، أم أن التقارير مخصصة لمنظمات المجتمع المدني؟</li>
<li>هل يُشترط أن يكون التقرير باللغة الإنجليزية، أم يُقبل باللغة العربية؟</li>
<li>هل يحق لأكثر من ممثل عن الغرفة طلب الكلمة في موائد مستديرة مختلفة؟</li>
</ol>
<p>شاكرين لكم حسن تعاونكم.</p>
<p>قسم العلاقات الدولية والمنظمات<br>غرفة تجارة وصناعة الخليج الشرقي<br>الدمام – المملكة العربية السعودية</p>
</div>"""
    body = html_only(inner, rtl=True, b64=True, lang="ar", newlines=True)
    m = mk(when, sent, "mail.egcci.example.sa", "212.26.44.90", "4DXcZ3m6Qv0z",
           addr("العلاقات الدولية - EGCCI", "intl.relations@egcci.example.sa"),
           hdr("استفسار بخصوص التقارير الطوعية والمداخلات"),
           "<8E2B7C14A6D3F941B05C7A2D9E1F3B60@egcci.example.sa>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sa")])
    add(10, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions only (may a chamber of commerce submit a voluntary report for the private sector? in "
              "Arabic? several representatives in different roundtables?): keyword-heavy but nothing submitted and "
              "nobody named; HTML-only, base64, signed by a department."))


# ================================================================ 11  AR  speaker  pasted form on behalf, windows-1256, 23:10 on 5 Feb
def m11():
    when = at("2021-02-05 23:10:37")
    sent = sent_at(when, 2, 14)
    text = """السادة المحترمين،

بناءً على توجيهات رئيس النقابة، نرسل إليكم أدناه بيانات مرشح النقابة كما تم تعبئتها في نموذج التسجيل الإلكتروني، مع الاعتذار عن الإرسال في وقت متأخر:

------ بيانات المتحدث ------
الاسم الكامل: م. أحمد عبد الجليل الزعبي
الصفة: نقطة الارتكاز لشؤون العمال المهاجرين
الجهة: النقابة المستقلة لعمال البناء والأخشاب (ISBWW) - عمّان
نوع المشاركة: مداخلة في المائدة المستديرة المواضيعية رقم 2
لغة المداخلة: العربية
-----------------------------

وتفضلوا بقبول الاحترام،

سكرتاريا النقابة
النقابة المستقلة لعمال البناء والأخشاب
"""
    body = alt(text, "_000_AM0PR07MB5732F1E2D3C4B5A6978_", charset="windows-1256")
    subj = "ترشيح نقابة البناء والأخشاب - ISBWW"
    m = mk(when, sent, "mail-am0eur02on0701.outbound.protection.outlook.example.com", "40.107.2.101",
           "4DXy6Lq2Rc8z", addr("سكرتاريا النقابة", "secretariat@isbww.example.jo", charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<AM0PR07MB5732F1E2D3C4B5A6978@AM0PR07MB5732.eurprd07.prod.outlook.example.com>", body,
           extra=outlook_rows(hdr(subj, charset="windows-1256"), "AdcHa1Bc2De3Fg4Hi5Jk6Lm7No8Pqg==", lang="ar-JO"))
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أحمد عبد الجليل الزعبي", "نقطة الارتكاز لشؤون العمال المهاجرين",
           "النقابة المستقلة لعمال البناء والأخشاب (ISBWW)", ["roundtable"], 2)],
        notes="on time (23:10 on 5 February Beirut time) although the sender apologises for the late hour; sent "
              "on behalf of the union by its secretariat; details in a pasted registration form; 'م.' (engineer) "
              "is an honorific, dropped; '- عمّان' after the organisation is a place; windows-1256 body and RFC "
              "2047 headers."))


# ================================================================ 12  EN  speaker  late, shop steward, phone, any roundtable
def m12():
    when = at("2021-02-06 08:45:19")
    sent = sent_at(when, 2, 10)
    text = """Dear sir/madam

I am migrant worker from Bangladesh working in garment factory in Al-Hassan Industrial Estate, Irbid since 2012. I am elected shop steward for our factory and member of the union committee for migrant workers. I see the invitation only yesterday night from our union WhatsApp group.

I want to speak in one of the roundtables, any one is ok, about the problems of garment workers (wages, dormitories, passports, COVID lockdown in the factory). I know the date is 5 February, I am sorry, please accept.

Thank you

Shahidul Islam
Shop Steward
General Trade Union of Workers in Textile, Garment and Clothing Industries (GTUWTGCI)

Sent from my iPhone
"""
    body = alt(text, "Apple-Mail-6F1C2B8A-4D3E-4A19-9C77-2E5B1D0A8F34",
               html=lines_html(text, font="-apple-system"))
    m = mk(when, sent, "mail-pf1-f170.google.example.com", "209.85.210.170", "4DYFv9k1Ht4z",
           "Shahidul Islam <shahidul.islam.gtu@gmail.example.com>", "Request to speak (late)",
           "<9F3A2C1D-7B6E-4E58-A0D9-5C4B3A2F1E0D@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Shahidul Islam", "Shop Steward",
           "General Trade Union of Workers in Textile, Garment and Clothing Industries (GTUWTGCI)", ["roundtable"])],
        notes="LATE (Saturday 6 February) and says so; the sender proposes himself; any roundtable ('any one is "
              "ok': roundtable null, as dev 024); name, title and union only in the signature; the factory and "
              "industrial estate in the body are his workplace, not the affiliation; iPhone."))


# ================================================================ 13  FR  speaker  late, chamber of commerce, HTML table, 2 speakers
M13_ID = "<DB7PR09MB2216A4B5C6D7E8F9012345678ABC@DB7PR09MB2216.eurprd09.prod.outlook.example.com>"
M13_SUBJ = "Demande de prise de parole - CCIAM - Revue régionale PMM"
M13_TEXT = """Madame, Monsieur,

La Chambre de commerce et d'industrie arabo-méditerranéenne (CCIAM) a l'honneur de solliciter deux prises de parole lors de la conférence régionale des 24 et 25 février 2021. Nous vous prions de bien vouloir excuser le retard de cette demande, dû au renouvellement de notre bureau.

Intervenant(e)\tFonction\tSession souhaitée
M. Karim Ouali\tVice-président chargé de la mobilité professionnelle\tSéance plénière
Mme Sonia Trabelsi\tResponsable du pôle Emploi et Compétences\tTable ronde n°3

Les deux intervenants s'exprimeront en français.

Nous vous remercions par avance de l'attention portée à notre demande.

Cordialement,

Nadia Ferchichi
Assistante de direction – Direction des relations institutionnelles
Chambre de commerce et d'industrie arabo-méditerranéenne (CCIAM)
Tunis – Marseille
"""


def m13():
    when = at("2021-02-08 10:30:04")
    sent = sent_at(when, 1, 8)
    rows = [("M. Karim Ouali", "Vice-président chargé de la mobilité professionnelle", "Séance plénière"),
            ("Mme Sonia Trabelsi", "Responsable du pôle Emploi et Compétences", "Table ronde n°3")]
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;'
             'font-size:10pt"><tr style="background:#1F3864;color:white"><th>Intervenant(e)</th><th>Fonction</th>'
             '<th>Session souhaitée</th></tr>\n'
             + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>\n" for r in rows) + "</table>")
    paras = M13_TEXT.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div style="font-family:Arial;font-size:10pt">\n'
            + text2html("\n\n".join(paras[:2])) + "\n" + table + "\n" + text2html("\n\n".join(paras[3:]))
            + "\n</div></body></html>\n")
    body = alt(M13_TEXT, "_000_DB7PR09MB2216A4B5C6D7E8F9012345678ABCDB7PR09MB2216eurp_", html=html)
    m = mk(when, sent, "mail-db7eur09on0633.outbound.protection.outlook.example.com", "40.107.9.133",
           "4DZ7Mp4Wn2z0", "Nadia Ferchichi <n.ferchichi@cciam.example.org>", hdr(M13_SUBJ, enc="Q"), M13_ID, body,
           extra=outlook_rows(M13_SUBJ, "AdcJf4Gh5Ij6Kl7Mn8Op9Qr0St1Uvw==", lang="fr-FR"))
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Karim Ouali", "Vice-président chargé de la mobilité professionnelle",
           "Chambre de commerce et d'industrie arabo-méditerranéenne (CCIAM)", ["plenary"]),
        sp("Sonia Trabelsi", "Responsable du pôle Emploi et Compétences",
           "Chambre de commerce et d'industrie arabo-méditerranéenne (CCIAM)", ["roundtable"], 3)],
        notes="LATE (8 February), apologises; two speakers of a chamber of commerce in an HTML table with no "
              "organisation column (affiliation from the first sentence / signature); 'M.'/'Mme' dropped; "
              "'Table ronde n°3'; the sender (executive assistant) is not a speaker; 'Tunis – Marseille' is a "
              "place. Its out-of-office answers the acknowledgement (h196-14); the second speaker is replaced in "
              "h196-19."))


# ================================================================ 14  FR  auto_reply  to the acknowledgement of 13
def m14():
    when = at("2021-02-08 10:31:12")
    sent = sent_at(when, 1, 1)
    text = """Bonjour,

Je suis absente du bureau jusqu'au mercredi 10 février inclus, avec un accès limité à ma messagerie.
Pour toute demande urgente, merci de contacter le secrétariat de la CCIAM : secretariat@cciam.example.org.

Bien cordialement,
Nadia Ferchichi
"""
    body = alt(text, "_000_DB7PR09MB22169F8E7D6C5B4A3_")
    rows = std_rows(when, "mail-db7eur09on0640.outbound.protection.outlook.example.com", "40.107.9.140",
                    "4DZ7Pb0Xs6z3", "Nadia Ferchichi <n.ferchichi@cciam.example.org>",
                    hdr("Réponse automatique : Accusé de réception - " + M13_SUBJ, enc="Q"), rfcdate(sent),
                    "<DB7PR09MB22169F8E7D6C5B4A3@DB7PR09MB2216.eurprd09.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
                    ret="n.ferchichi@cciam.example.org")
    rows += [("In-Reply-To", ack_id("4DZ7N0q3Vr8z")), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "n.ferchichi@cciam.example.org")]
    add(14, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h196-13 answering our acknowledgement 68 seconds after it; "
              "French 'Réponse automatique :' prefix on a subject that names the speaker request; Auto-Submitted: "
              "auto-generated; never acknowledge (loop); thread_of null as for dev auto-replies."))


# ================================================================ 15  EN  report  PDF + logo decoy, domestic workers' alliance
def m15():
    when = at("2021-02-09 14:15:50")
    sent = sent_at(when, 3, 6)
    text = """Dear GCM Regional Review team,

Please find attached the voluntary GCM review submission of the Migrant Domestic Workers' Alliance - Middle East (MDWA-ME).

The report was written together with our member groups in Kuwait, Qatar, Bahrain and Oman, on the basis of 214 interviews with domestic workers and a dozen focus groups held on Zoom between November and January. It looks at GCM objectives 6, 7 and 16 and at what has (and has not) changed for domestic workers since the labour law amendments of 2019-2020.

We would be grateful if the findings could be shared with the rapporteurs of the roundtables.

In solidarity,

Joy Mendoza
Research & Advocacy Coordinator | MDWA-ME
www.mdwa-me.example.org
"""
    fname = "MDWA-ME_GCM_Voluntary_Review_Submission.pdf"
    pdf = pdf_report("Voluntary GCM Review Submission", "Migrant Domestic Workers' Alliance - Middle East",
                     ["Methodology: 214 interviews", "Objective 6 - fair recruitment", "Objective 7 - vulnerabilities",
                      "Objective 16 - inclusion", "Recommendations"])
    html = lines_html(text).replace("</div></body>", '<br><img src="cid:image001.png@01D6FEE2.6A1B3C20" '
                                    'width="120" height="40"></div></body>')
    rel = multi("related", [alt(text, "_000_AS8PR04MB7783E1F2A3B4C5D6_", html=html),
                            logo("image001.png@01D6FEE2.6A1B3C20", (120, 40, 140))],
                "_003_AS8PR04MB7783E1F2A3B4C5D6_", params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)], "_004_AS8PR04MB7783E1F2A3B4C5D6_")
    subj = "MDWA-ME voluntary GCM review submission"
    m = mk(when, sent, "mail-as8eur04on0710.outbound.protection.outlook.example.com", "40.107.7.110",
           "4DZpH6v0Tn2z", "Joy Mendoza <joy.mendoza@mdwa-me.example.org>", subj,
           "<AS8PR04MB7783E1F2A3B4C5D6@AS8PR04MB7783.eurprd04.prod.outlook.example.com>", body,
           extra=outlook_rows(subj, "AdcKx8Yz9Ab0Cd1Ef2Gh3Ij4Kl5Mnw==", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook mixed > related > alternative; inline logo image001.png is a decoy; the request to share "
              "findings with the rapporteurs is not a rapporteur request; hyphenated acronym in the file name."))


# ================================================================ 16  AR  report  DOCX, Outlook windows-1256, union
M16_ID = "<DB9PR01MB6630A7B8C9D0E1F2A3B4C5D6@DB9PR01MB6630.eurprd01.prod.outlook.example.com>"
M16_SUBJ = "التقرير الطوعي للاتحاد العام لنقابات عمال الموانئ والنقل البحري"
M16_TEXT = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي للهجرة              المحترمين

تحية طيبة وبعد،،

مرفق لسيادتكم التقرير الطوعي للاتحاد العام لنقابات عمال الموانئ والنقل البحري (GFPMTU) حول أوضاع البحارة وعمال الموانئ المهاجرين، وبخاصة البحارة العالقين على السفن خلال جائحة كوفيد-19 وصعوبات تبديل الطواقم وتحويل الأجور.

أعد التقرير بالتعاون مع الاتحاد الدولي لعمال النقل (ITF) ولجان البحارة في الموانئ الأعضاء.

نرجو التكرم بتأكيد الاستلام.

وتفضلوا بقبول فائق الاحترام،،

أ. محمود عبد الغفار
أمين سر لجنة العمال الوافدين
الاتحاد العام لنقابات عمال الموانئ والنقل البحري
"""


def m16():
    when = at("2021-02-10 09:40:21")
    sent = sent_at(when, 2, 9)
    fname = "تقرير الاتحاد الطوعي - الموانئ والنقل البحري 2021.docx"
    docx = make_docx(["General Federation of Port, Maritime and Transport Unions (GFPMTU)",
                      "Voluntary GCM report 2021 (Arabic)", "1. Stranded seafarers", "2. Crew change",
                      "3. Wage transfers", "4. Recommendations"])
    body = multi("mixed", [alt(M16_TEXT, "_000_DB9PR01MB6630A7B8C9D0E1F2A3B4C5D6_", charset="windows-1256"),
                           attach(DOCX, docx, fname)], "_004_DB9PR01MB6630A7B8C9D0E1F2A3B4C5D6_")
    m = mk(when, sent, "mail-db9eur01on0640.outbound.protection.outlook.example.com", "40.107.1.140",
           "4F0Hk2Lp7Wz5", addr("محمود عبد الغفار", "m.abdelghaffar@gfpmtu.example.org", charset="windows-1256"),
           hdr(M16_SUBJ, charset="windows-1256"), M16_ID, body,
           extra=outlook_rows(hdr(M16_SUBJ, charset="windows-1256"), "AdcL0a1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Iig==",
                              lang="ar-EG", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="Outlook windows-1256 body and headers; Arabic DOCX name with spaces (RFC 2231); 'ITF' in the body is "
              "a partner's acronym; the signature title (secretary of the migrant workers' committee) is not a "
              "speaker request. A 'did you receive it?' follow-up comes in h196-21."))


# ================================================================ 17  EN  both  employers' network: PDF (on time) + plenary speaker (late)
def m17():
    when = at("2021-02-10 16:55:03")
    sent = sent_at(when, 2, 9)
    text = """Dear Sir / Madam,

On behalf of the Arab Employers' Network for Fair Migration (AENFM), I am pleased to submit the attached voluntary report on the implementation of the GCM, with a focus on Objective 6 (fair and ethical recruitment) and Objective 18 (skills development and mutual recognition of qualifications). The report draws on a survey of 37 member companies and 5 national employers' organisations (incl. JCI, LEBIA and FTCCI).

We would also like to request a floor intervention in the plenary session for:

- Ms. Rasha Khoury, Director of Social Affairs and Labour Policy, AENFM

We are aware that the deadline for speaking requests was last Friday and would be grateful if an exception could be considered, as the employers' perspective is otherwise thin on the agenda.

Kind regards,

Georges Nassar
Policy Officer
Arab Employers' Network for Fair Migration (AENFM)
Beirut Digital District, Building 1288
"""
    fname = "AENFM_Voluntary_Report_GCM_Feb2021.pdf"
    pdf = pdf_report("AENFM Voluntary Report on the GCM", "Arab Employers' Network for Fair Migration",
                     ["Survey of 37 companies", "Objective 6 - fair recruitment",
                      "Objective 18 - skills and recognition", "Employers' commitments"])
    body = multi("mixed", [alt(text, "_000_PAXPR02MB7264B1C2D3E4F5A6B7C8_"), attach("application/pdf", pdf, fname)],
                 "_004_PAXPR02MB7264B1C2D3E4F5A6B7C8_")
    subj = "AENFM - Voluntary report + request for plenary intervention"
    m = mk(when, sent, "mail-pax02on0612.outbound.protection.outlook.example.com", "40.107.20.112",
           "4F0m9Tq5Xk1z", "Georges Nassar <g.nassar@aenfm.example.org>", subj,
           "<PAXPR02MB7264B1C2D3E4F5A6B7C8@PAXPR02MB7264.eurprd02.prod.outlook.example.com>", body,
           extra=outlook_rows(subj, "AdcM1n2Op3Qr4St5Uv6Wx7Yz8Ab9Cdw==", lang="en-GB", has_attach="yes"))
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Rasha Khoury", "Director of Social Affairs and Labour Policy",
               "Arab Employers' Network for Fair Migration (AENFM)", ["plenary"])],
        notes="both: the report part is on time (10 February) but the speaker part is late (says so), so on_time "
              "is false; the nominee line gives only 'AENFM' - the full name with acronym is in the first sentence "
              "and the signature; 'Ms.' dropped; other employers' acronyms (JCI, LEBIA, FTCCI) are decoys; the "
              "sender (policy officer) is not a speaker."))


# ================================================================ 18  FR  other  thanks for the acknowledgement of 09
def m18():
    when = at("2021-02-11 09:05:44")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Bien reçu, merci pour la confirmation.

Bonne continuation dans la préparation de la revue.

Leïla Mansouri
CSAM

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : jeudi 4 février 2021 17:23
À : Leïla Mansouri <l.mansouri@csam-maghreb.example.org>
Objet : Accusé de réception - Rapport volontaire CSAM - Examen régional du PMM

Bonjour,

Nous accusons réception de votre rapport volontaire (Rapport_CSAM_PMM_février_2021.docx), reçu le 4 février 2021. Il a été enregistré et sera transmis à l'équipe de la revue régionale.

Cordialement,
Secrétariat de la revue régionale du PMM - États arabes
"""
    body = alt(text, "_000_PR2P264MB07189A8B7C6D5E4F3_")
    aid = ack_id("4DX8Gq2Tx6z7")
    subj = "RE: Accusé de réception - " + M09_SUBJ
    m = mk(when, sent, "mail-pr2fra01on0631.outbound.protection.outlook.example.com", "40.107.12.131",
           "4F16Bv3Np8z2", addr("Leïla Mansouri", "l.mansouri@csam-maghreb.example.org", enc="Q"),
           hdr(subj, enc="Q"), "<PR2P264MB07189A8B7C6D5E4F3@PR2P264MB0718.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook_rows(hdr("Accusé de réception - " + M09_SUBJ, enc="Q"),
                              "AdcG2k7Rt1Yp4Qz8Wx3Nv6Bm9Lc0SgBgAbCd", lang="fr-FR")
           + [("In-Reply-To", aid), ("References", "%s %s" % (M09_ID, aid))])
    add(18, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h196-09.eml",
        notes="thank-you reply to our acknowledgement of h196-09 that adds nothing new: do not acknowledge; Outlook "
              "quote (French 'De : / Envoyé : / Objet :' header) of the acknowledgement, which names the report file; "
              "References names h196-09, so thread_of is set."))


# ================================================================ 19  FR  speaker  reply replacing the second nominee of 13
def m19():
    when = at("2021-02-11 15:20:00")
    sent = sent_at(when, 1, 9)
    new = """Madame, Monsieur,

Pour faire suite à notre courriel ci-dessous, Mme Sonia Trabelsi ne pourra malheureusement pas intervenir à la table ronde, en raison d'un déplacement à l'étranger.

Elle sera remplacée par M. Anis Gharbi, Chargé d'études au pôle Emploi et Compétences, pour la même session. La demande concernant M. Ouali reste inchangée.

Avec nos remerciements,

Nadia Ferchichi
Assistante de direction – Direction des relations institutionnelles
CCIAM
"""
    quoted = ("\n________________________________\n"
              "De : Nadia Ferchichi <n.ferchichi@cciam.example.org>\n"
              "Envoyé : lundi 8 février 2021 09:29\n"
              "À : gcmrrarabstates@iom.int\n"
              "Objet : %s\n\n" % M13_SUBJ) + M13_TEXT
    body = alt(new + quoted, "_000_DB7PR09MB2216C1D2E3F4A5B6_")
    subj = "RE: " + M13_SUBJ
    m = mk(when, sent, "mail-db7eur09on0651.outbound.protection.outlook.example.com", "40.107.9.151",
           "4F1PwF8Kz3z9", "Nadia Ferchichi <n.ferchichi@cciam.example.org>", hdr(subj, enc="Q"),
           "<DB7PR09MB2216C1D2E3F4A5B6@DB7PR09MB2216.eurprd09.prod.outlook.example.com>", body,
           extra=outlook_rows(hdr(M13_SUBJ, enc="Q"), "AdcJf4Gh5Ij6Kl7Mn8Op9Qr0St1UvwBhQ2Tz", lang="fr-FR")
           + [("In-Reply-To", M13_ID), ("References", M13_ID)])
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h196-13.eml", speakers=[
            sp("Anis Gharbi", "Chargé d'études au pôle Emploi et Compétences",
               "Chambre de commerce et d'industrie arabo-méditerranéenne (CCIAM)", ["roundtable"], 3)],
        notes="replaces one of the two speakers of h196-13 (In-Reply-To set): only the new nominee recorded (as dev "
              "021); late like the original; roundtable by reference ('la même session' = table ronde n°3 in the "
              "quoted original); title written with its unit kept whole (as dev 012); the new text only says "
              "'CCIAM', the full name is in the quoted original; the quoted table still lists the replaced "
              "speaker."))


# ================================================================ 20  FR  both  union DOCX (on time) + 2 speakers (late)
def m20():
    when = at("2021-02-12 11:11:11")
    sent = sent_at(when, 1, 10)
    text = """Bonjour à toute l'équipe,

Au nom de l'Organisation syndicale des travailleurs immigrés au Maroc (OSTIM), je vous transmets en pièce jointe notre contribution écrite à l'examen régional du PMM (rapport volontaire, 14 pages).

Nous savons que le délai pour les demandes d'intervention est dépassé, mais nous souhaiterions malgré tout proposer deux camarades :

* Mamadou Lamine Diop – Secrétaire général de l'OSTIM – discussion ouverte du 23 février
* Grace Mbuyi Kalala – Point focal travailleuses domestiques – TR4 (table ronde thématique n°4)

Grace est elle-même travailleuse domestique à Rabat depuis 2014 et anime la section des travailleuses domestiques de l'OSTIM.

Salutations syndicales,

Ibrahima Sarr
Chargé de l'organisation
OSTIM – Rabat
"""
    fname = "OSTIM_contribution_examen_regional_PMM.docx"
    docx = make_docx(["Organisation syndicale des travailleurs immigrés au Maroc (OSTIM)",
                      "Contribution à l'examen régional du PMM - février 2021", "1. Régularisation et accès aux droits",
                      "2. Travailleuses domestiques", "3. Liberté syndicale des travailleurs migrants",
                      "4. Recommandations"])
    body = multi("mixed", [alt(text, "0000000000009f4e1b05bb1c2d7e", html=lines_html(text, font="Arial")),
                           attach(DOCX, docx, fname)], "0000000000009f4e1d05bb1c2d80")
    m = mk(when, sent, "mail-ej1-f52.google.example.com", "209.85.218.52", "4F22Lr6Qw9z1",
           "Ibrahima Sarr <ostim.organisation@gmail.example.com>",
           hdr("Contribution OSTIM + demandes d'intervention", enc="Q"),
           "<CAM3kT8vQ1pZ6xR4wN9bL2sJ7cH5dF0gY3uE@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
            sp("Mamadou Lamine Diop", "Secrétaire général", "Organisation syndicale des travailleurs immigrés au Maroc (OSTIM)",
               ["open_discussion"]),
            sp("Grace Mbuyi Kalala", "Point focal travailleuses domestiques",
               "Organisation syndicale des travailleurs immigrés au Maroc (OSTIM)", ["roundtable"], 4)],
        notes="both: the report (DOCX) is on time (12 February) but the speaker part is late (says so): on_time "
              "false; two speakers in a '*' list with en dashes; 'Secrétaire général de l'OSTIM' recorded as "
              "'Secrétaire général'; roundtable as 'TR4'; affiliation written in full only in the first sentence; "
              "the sender (organising officer, 'OSTIM – Rabat') is not a speaker."))


# ================================================================ 21  AR  other  did you receive the report of 16?
def m21():
    when = at("2021-02-14 10:25:30")
    sent = sent_at(when, 2, 7)
    new = """السادة المحترمين،

نرجو التكرم بإفادتنا بما إذا كان التقرير المرسل بتاريخ ١٠ فبراير قد وصلكم، حيث لم يصلنا أي تأكيد حتى الآن، وهل يلزم إرسال نسخة بصيغة PDF أيضاً؟

مع الشكر،،
أ. محمود عبد الغفار
أمين سر لجنة العمال الوافدين – GFPMTU
"""
    quoted = ("\nمن: محمود عبد الغفار <m.abdelghaffar@gfpmtu.example.org>\n"
              "تاريخ الإرسال: الأربعاء، ١٠ فبراير، ٢٠٢١ ٩:٤٠ ص\n"
              "إلى: gcmrrarabstates@iom.int\n"
              "الموضوع: %s\n\n" % M16_SUBJ) + M16_TEXT
    body = alt(new + quoted, "_000_DB9PR01MB66307F6E5D4C3B2A_", b64=True)
    m = mk(when, sent, "mail-db9eur01on0652.outbound.protection.outlook.example.com", "40.107.1.152",
           "4F3Qn5Vb1Hz7", addr("محمود عبد الغفار", "m.abdelghaffar@gfpmtu.example.org"),
           re_hdr("RE: ", M16_SUBJ), "<DB9PR01MB66307F6E5D4C3B2A@DB9PR01MB6630.eurprd01.prod.outlook.example.com>",
           body, extra=outlook_rows(hdr(M16_SUBJ), "AdcL0a1Bb2Cc3Dd4Ee5Ff6Gg7Hh8IigBhRk5Q", lang="ar-EG")
           + [("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h196-16.eml",
        notes="'did you receive it?' follow-up on the report of h196-16 (In-Reply-To set), also asks whether a PDF "
              "copy is needed: a question, nothing new attached; Outlook quote with the Arabic 'من: / تاريخ "
              "الإرسال:' header and the whole earlier message (not '>'-prefixed); this time UTF-8."))


# ================================================================ 22  FR  report  PDF + annex, domestic workers' collective
def m22():
    when = at("2021-02-15 18:05:02")
    sent = sent_at(when, 1, 5)
    text = """Bonsoir,

Le Collectif des travailleuses domestiques migrantes de Tunisie (CTDMT) vous fait parvenir son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations, ainsi qu'une annexe rassemblant douze témoignages anonymisés de travailleuses ivoiriennes, camerounaises et guinéennes.

Le rapport porte sur le recrutement par des intermédiaires informels, la confiscation des passeports, les pénalités de dépassement de séjour et l'accès à la justice. Il a été rédigé avec l'appui de juristes bénévoles.

Merci de nous confirmer la bonne réception.

Pour le Collectif,
Awa Koné
Porte-parole du CTDMT
"""
    f1 = "Rapport_CTDMT_travailleuses_domestiques_PMM.pdf"
    f2 = "Annexe_témoignages_CTDMT.pdf"
    pdf1 = pdf_report("Rapport volontaire du CTDMT", "Collectif des travailleuses domestiques migrantes de Tunisie",
                      ["Recrutement informel", "Confiscation des passeports", "Penalites de sejour",
                       "Acces a la justice", "Recommandations"])
    pdf2 = make_pdf(["Annexe - Temoignages (12)", "CTDMT - fevrier 2021", "", "Temoignage 1 : A., 29 ans, Sfax",
                     "Temoignage 2 : M., 34 ans, Tunis"])
    body = multi("mixed", [alt(text, "----=_Part_71822_1193849220.1613405097114"), attach("application/pdf", pdf1, f1),
                           attach("application/pdf", pdf2, f2)], "----=_Part_71821_604215563.1613405097113")
    m = mk(when, sent, "smtp-out.orange.example.tn", "196.203.71.18", "4F4Cq8Hm2Tz6",
           addr("Collectif CTDMT", "ctdmt.collectif@orange.example.tn"),
           hdr("Rapport volontaire + annexe – Collectif CTDMT", enc="Q"),
           "<1426803417.71823.1613405097115@wwinf1m21.orange.example.tn>", body,
           extra=[("X-Mailer", "Orange Messagerie"), ("X-Originating-IP", "[197.14.52.210]")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report made of two PDFs (main report + annex of testimonies, as dev 037), both part of the report; "
              "annex name with 'é' (RFC 2231); signature title 'Porte-parole' is not a speaker request; webmail."))


# ================================================================ 23  AR  report  iPhone minimal, 22:47 on 16 Feb
def m23():
    when = at("2021-02-16 22:47:36")
    sent = sent_at(when, 3, 12)
    fname = "تقرير منصة العاملات.pdf"
    pdf = pdf_report("Platform of Migrant Domestic Workers in the Gulf (PMDW-G)", "Voluntary GCM report 2021",
                     ["Working hours and rest days", "Access to complaints", "Recommendations"])
    t1 = "مرفق تقرير منصة العاملات المنزليات (PMDW-G)\nآسفين على التأخير\n\n"
    t2 = "\n\nأُرسلت من الـ iPhone\n"
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "base64"),
                           leaf("application/pdf", pdf, cte="base64",
                                params=[("name", '"=?utf-8?B?2KrZgtix2YrYsSDZhdmG2LXYqSDYp9mE2LnYp9mF2YTYp9iqLnBkZg==?="'),
                                        ("x-unix-mode", "0644")],
                                disp="inline; filename*=utf-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%20%D9%85%D9%86%D8%B5%D8%A9%20%D8%A7%D9%84%D8%B9%D8%A7%D9%85%D9%84%D8%A7%D8%AA.pdf"),
                           leaf("text/plain", t2, "utf-8", "base64")],
                 "Apple-Mail-B2E4C6A8-1D3F-4B5C-8E7A-9F0D1C2B3A4E")
    m = mk(when, sent, "mail-qt1-f176.google.example.com", "209.85.160.176", "4F4t2Kz8Nb5z",
           addr("Maryam", "pmdwg.platform@gmail.example.com"), hdr("تقرير"),
           "<4C7E9A1B-2D3F-4E5A-B6C7-D8E9F0A1B2C3@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="on time (22:47 on 16 February Beirut time; Date header 23:47 +0300) although the sender apologises "
              "for being late; iPhone layout with the PDF inline between two text parts; one-word subject; Arabic "
              "file name (RFC 2231 + RFC 2047)."))


# ================================================================ 24  EN  report  late, joint business council
def m24():
    when = at("2021-02-17 09:33:20")
    sent = sent_at(when, 4, 8)
    text = """Dear GCM Review Secretariat,

Please find attached the voluntary report of the Joint Business Council for Labour Mobility (JBC-LM), which brings together the chambers of commerce and industry of six GCC and Arab countries of origin.

We apologise for sending it one day after the extended deadline of 16 February: the final text had to be cleared by the JBC-LM Board, which only met yesterday evening. We hope it can still be taken into account in the synthesis of stakeholder contributions.

With best regards,

Dr. Omar Al-Hashimi
Secretary-General
Joint Business Council for Labour Mobility (JBC-LM)
Dubai | Cairo
"""
    fname = "JBC-LM_Voluntary_Report_GCM_2021_final.pdf"
    pdf = pdf_report("JBC-LM Voluntary Report", "Joint Business Council for Labour Mobility",
                     ["Employer-pays principle", "Wage protection systems", "Skills partnerships", "Recommendations"])
    body = multi("mixed", [alt(text, "_000_DU2PR04MB8599A1B2C3D4E5F6_"), attach("application/pdf", pdf, fname)],
                 "_004_DU2PR04MB8599A1B2C3D4E5F6_")
    subj = "JBC-LM Voluntary Report - GCM Regional Review (late submission)"
    m = mk(when, sent, "mail-du2eur04on0615.outbound.protection.outlook.example.com", "40.107.14.115",
           "4F5Gt3Wn7Rz0", "\"Al-Hashimi, Omar\" <o.alhashimi@jbc-lm.example.ae>", subj,
           "<DU2PR04MB8599A1B2C3D4E5F6@DU2PR04MB8599.eurprd04.prod.outlook.example.com>", body,
           extra=outlook_rows(subj, "AdcPq1Rs2Tu3Vw4Xy5Za6Bc7De8Fgw==", lang="en-US", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE (17 February, one day after the extended deadline) and says so; the signature of a "
              "secretary-general is not a speaker request; From display name in 'Last, First' form; "
              "Date header in UTC+4."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
