#!/usr/bin/env python3
"""Write the blind evaluation set holdout111 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets111.py
Theme: Levant and Iraq NGOs writing Arabic full of English/French loanwords, Word-form pastes,
forwarded WhatsApp chats, emoji lists and mixed-script names.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout111")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h111-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ generic builder
def mk(num, when_s, off_h, frm, subject, body, mid, label, host="mail.example.org", ip="198.51.100.23",
       qid=None, extra=(), irt=None, refs=None, lag=17, to=BOX, ret=None):
    when = at(when_s)
    sent = tz(when - dt.timedelta(seconds=lag), off_h)
    qid = qid or ("4D%02dK%sQz%d" % (num, "abcdefghjkmnpqrstvwxyz"[num % 22], num % 10))
    rows = std_rows(when, host, ip, qid, frm, subject, rfcdate(sent), mid, to=to, ret=ret)
    if irt:
        rows += [("In-Reply-To", irt), ("References", refs or irt)]
    rows += list(extra)
    m = top(body, rows)
    add(num, when, m, label)


def alt(text, html, b, charset="UTF-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b)


def attach(ctype, data, name, ascii_name=True):
    if ascii_name:
        return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment; filename="%s"' % name)
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % b_word(name))],
                disp="attachment; filename*=%s" % rfc2231(name))


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcBq7Yx2mR0aG9LTiu8kq3Pw0Zb1A==")]
IPHONE = [("X-Mailer", "iPhone Mail (18C66)")]
TBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]

M01_ID = "<004f01d6f93a$61c2b3e0$2547fba0$@amal-ngo.example.org>"
M11_ID = "<9b2f6c1e-3d47-4a0e-8f55-1c2a9e7d4b60@lcmr-lb.example.org>"
M18_ID = "<CAL7x2Ru0fQn-8hY3bVd+KpZ1mTq4sWc6eXa9gJr2NyLuOi5H3w@mail.gmail.example.com>"


# ================================================================ Arabic
def m01():
    text = (
        "مرحبا فريق الـGCM،\n\n"
        "بالإشارة لرسالة الدعوة للـRegional Review، حابين نرشّح زميلتنا للمداخلة. "
        "عبّيت الـform اللي عنا بالـWord ونسختلكم المعلومات هون:\n\n"
        "الاسم الكامل:\tزينب عبد الكريم\n"
        "المسمى الوظيفي:\tمنسقة الـprogrammes\n"
        "الجهة / المنظمة:\tجمعية أمل للتنمية المجتمعية (AMAL)\n"
        "البلد:\tلبنان – البقاع\n"
        "نوع المشاركة:\tمداخلة في الـroundtable\n"
        "رقم الطاولة:\t3\n"
        "رقم الهاتف:\t+961 3 418 552\n\n"
        "إذا في أي شي ناقص خبّروني.\n"
        "شكراً كتير 🙏\n\n"
        "هبة\n"
        "الـadmin officer\n"
        "جمعية أمل للتنمية المجتمعية\n")
    rows_html = "".join(
        '<tr><td style="border:1px solid #999">%s</td><td style="border:1px solid #999">%s</td></tr>' % (esc(a), esc(b))
        for a, b in [("الاسم الكامل:", "زينب عبد الكريم"), ("المسمى الوظيفي:", "منسقة الـprogrammes"),
                     ("الجهة / المنظمة:", "جمعية أمل للتنمية المجتمعية (AMAL)"), ("البلد:", "لبنان – البقاع"),
                     ("نوع المشاركة:", "مداخلة في الـroundtable"), ("رقم الطاولة:", "3"),
                     ("رقم الهاتف:", "+961 3 418 552")])
    html = html_wrap('<div dir="rtl"><p>مرحبا فريق الـGCM،</p><p>بالإشارة لرسالة الدعوة للـRegional Review، حابين نرشّح '
                     'زميلتنا للمداخلة. عبّيت الـform اللي عنا بالـWord ونسختلكم المعلومات هون:</p>'
                     '<table class="MsoTableGrid">' + rows_html + '</table><p>إذا في أي شي ناقص خبّروني.<br>شكراً كتير 🙏</p>'
                     '<p>هبة<br>الـadmin officer<br>جمعية أمل للتنمية المجتمعية</p></div>', "rtl")
    body = alt(text, html, "----=_NextPart_000_0050_01D6F94B.2544C3F0")
    mk(1, "2021-02-02 11:41:09", 2, addr("هبة صالح", "heba.saleh@amal-ngo.example.org"),
       hdr("ترشيح متحدثة - الـRegional Review للـGCM"), body, M01_ID,
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("زينب عبد الكريم", "منسقة الـprogrammes", "جمعية أمل للتنمية المجتمعية (AMAL)", ["roundtable"], 3)],
           notes="details pasted from a Word form as tab-separated 'field:\\tvalue' lines (a table in the HTML part); "
                 "Levantine Arabic with loanwords (الـform، الـroundtable); sender (admin officer, signs 'هبة') is not "
                 "the speaker; title keeps the loanword 'منسقة الـprogrammes'."),
       host="mail.amal-ngo.example.org", ip="185.112.45.9", extra=OUTLOOK + [("Content-Language", "ar-lb")])


def m02():
    text = ("السلام عليكم ورحمة الله،\n\n"
            "يسعدنا في جمعية سنابل للإغاثة والتنمية (Sanabel Relief & Development) أن نرشّح زميلتنا ليال منصور، "
            "الـProgramme Manager في جمعية سنابل، لتقديم floor intervention في الـplenary session يوم 24 أو 25 شباط. "
            "ليال بتشتغل من ٢٠١٤ على ملف العمال المهاجرين ونظام الكفالة وعندها خبرة بالـcase management.\n\n"
            "بنتمنى تأكيد الاستلام.\n\n"
            "مع التحية،\n"
            "كريم\n")
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl")
    body = leaf("text/html", html, "UTF-8", "base64")
    mk(2, "2021-02-01 16:03:55", 2, addr("Karim Haddad", "karim.h@sanabel-rd.example.org"),
       hdr("ترشيح ليال منصور للجلسة العامة"), body,
       "<CAJ4pq8Xv2nTz0aLm6rEw_3kHf9oY1cBd7uSg5iQj2VxW8ePn4A@mail.gmail.example.com>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("ليال منصور", "Programme Manager", "جمعية سنابل للإغاثة والتنمية (Sanabel Relief & Development)",
              ["plenary"])],
           notes="HTML-only, base64; English title inside an Arabic sentence ('الـProgramme Manager في جمعية سنابل'); "
                 "fuller bilingual affiliation only in the first sentence; Latin display name, Arabic body; "
                 "'floor intervention في الـplenary session' = plenary."),
       host="mail-ej1-f41.google.example.com", ip="209.85.218.41", ret="karim.h@sanabel-rd.example.org")


def m03():
    text = ("مرحبا\n"
            "منظمة الأمل العراقية للهجرة (IHMO) تحب تشارك بالمشاورة، ونرشح:\n\n"
            "🔹 محمد الجبوري – مدير الـoperations – منظمة الأمل العراقية للهجرة — للـopen discussion يوم ٢٣\n"
            "🔹 سارة الدليمي – باحثة / research officer – نفس المنظمة — تحب تكون الـrapporteur مال الـkey messages\n\n"
            "اذا اكو اي form لازم نعبيه دزولنا ياه 🙏🏻\n\n"
            "Sent from my iPhone\n")
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    mk(3, "2021-02-04 21:17:30", 3, addr("Mohammed Al-Jubouri", "m.jubouri@ihmo-iq.example.org"),
       "Re: GCM speakers", body, "<6A4C1F2B-90D3-4E7A-B2C8-5F1E0D3A9B77@ihmo-iq.example.org>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("محمد الجبوري", "مدير الـoperations", "منظمة الأمل العراقية للهجرة (IHMO)", ["open_discussion"]),
           sp("سارة الدليمي", "باحثة / research officer", "منظمة الأمل العراقية للهجرة (IHMO)", ["rapporteur"])],
           notes="iPhone, Iraqi colloquial (اكو، دزولنا، مال); emoji bullet list of two speakers with dash-separated "
                 "fields; second speaker's organisation given as 'نفس المنظمة'; subject 'Re:' but no thread; "
                 "one role per speaker; Date in UTC+3."),
       host="mail.ihmo-iq.example.org", ip="37.236.14.88", extra=IPHONE)


def m04():
    text = ("صباح الخير،\n\n"
            "رنا طلبت مني ابعتلكم رسالتها لأنو الإيميل تبعها عم يعمل مشكلة. هي الرسالة من الواتساب متل ما هي:\n\n"
            "[10:42, 2/3/2021] Rana: مرحبا فرح، فيكي تبعتي لـ gcmrrarabstates@iom.int إنو بدي سجّل كـspeaker؟\n"
            "[10:42, 2/3/2021] Rana: اسمي رنا عيسى Rana Issa\n"
            "[10:43, 2/3/2021] Rana: الـfocal point للهجرة والحماية بشبكة المنظمات الأهلية في طرابلس (NGO Network Tripoli)\n"
            "[10:44, 2/3/2021] Rana: بدي احكي بالطاولة المستديرة الرابعة، وإذا ما في محل فيها بالـplenary كمان عادي 😊\n"
            "[10:44, 2/3/2021] Rana: ميرسي حبيبتي ❤️\n"
            "[10:51, 2/3/2021] Farah: تكرم عينك، هلأ ببعتها\n\n"
            "شكراً إلكن،\n"
            "فرح\n"
            "---\n"
            "Farah Merhi | Communications\n"
            "NGO Network Tripoli\n")
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(4, "2021-02-03 11:06:12", 2, "Farah Merhi <farah.merhi@ngonet-tripoli.example.org>",
       "Fwd: WhatsApp - Rana speaker request", body,
       "<CAHv3Lz9Q0w+Ym2cTr4kPq8Jd1Na6Bx5Ue7Fo3Gi9Sh0Rl2Wt4A@mail.gmail.example.com>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("رنا عيسى", "الـfocal point للهجرة والحماية",
              "شبكة المنظمات الأهلية في طرابلس (NGO Network Tripoli)", ["roundtable", "plenary"], 4)],
           notes="the request is inside a forwarded WhatsApp chat ('[10:42, 2/3/2021] Rana: ...', date in M/D "
                 "order = 3 Feb); the sender is a colleague; name given in Arabic and Latin ('رنا عيسى Rana Issa'); "
                 "roundtable as ordinal 'الرابعة', plenary only as a fallback; base64 plain text."),
       host="mail-wm1-f67.google.example.com", ip="209.85.128.67")


def m05():
    pdf = make_pdf(["Iraqi Network for Migrants' Rights (INMR)",
                    "Collective Voluntary GCM Review Report - Iraq, February 2021",
                    "Endorsed by 14 civil society organisations (Baghdad, Erbil, Basra, Mosul)",
                    "1. Return and reintegration  2. Access to documentation  3. Labour migration"])
    docx = make_docx(["ملحق: قائمة المنظمات الموقعة على التقرير الجماعي", "1. شبكة العراق لحقوق المهاجرين",
                      "2. جمعية الأمل - البصرة", "3. مركز المسار - أربيل"])
    n1 = "تقرير_المراجعة_الطوعية_GCM_العراق_نهائي.pdf"
    n2 = "Annex - signatories list.docx"
    text = ("السادة المحترمين\n\n"
            "مرفق لكم التقرير الجماعي للمراجعة الطوعية (voluntary review) الخاص بالعراق، بإسم الشبكة العراقية لحقوق "
            "المهاجرين و١٤ منظمة شريكة، مع الـannex بأسماء المنظمات الموقعة.\n"
            "اعتذر عن التأخير، الـfinal version تأخرت بسبب الـfeedback من اربيل.\n\n"
            "مع التقدير\n"
            "علي حسين الربيعي  |  Ali Hussein Al-Rubaie\n"
            "Coordinator – Iraqi Network for Migrants' Rights (INMR)\n")
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("mixed", [alt(text, html, "0000000000004c9e1105bb7f3a21"),
                           attach("application/pdf", pdf, n1, False), attach(DOCX, docx, n2)],
                 "0000000000004c9e1305bb7f3a23")
    mk(5, "2021-02-16 23:58:10", 3, addr("علي الربيعي", "ali.rubaie@inmr-iq.example.org"),
       hdr("التقرير الجماعي - المراجعة الطوعية للاتفاق العالمي - العراق"), body,
       "<CAN2fTw8xPq1Rz5kLm0vYb7cH3eJ9aUd4Gs6Io2Wn8Ku1Xr5Ee0@mail.gmail.example.com>",
       dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
            report_attachments=[n1, n2],
            notes="deadline edge: Date header 'Wed, 17 Feb 2021 00:57 +0300' (Baghdad) but received 23:58:10 Beirut "
                  "on 16 Feb, on time; sender apologises for 'delay'; Arabic RFC 2231 file name; annex DOCX is part "
                  "of the report; signature with mixed-script name."),
       host="mail-pj1-f52.google.example.com", ip="209.85.216.52", lag=61)


def m06():
    pdf = make_pdf(["Al-Mawrid Centre for Legal Aid (MCLA) - Voluntary GCM Review contribution",
                    "Legal aid for stateless persons and undocumented migrants, Lebanon and Syria 2019-2020"])
    name = "MCLA_GCM_review_AR-EN.pdf"
    text = ("تحية طيبة،\n\n"
            "1- نرفق لكم مساهمة مركز المورد للمساعدة القانونية (MCLA) في المراجعة الطوعية للاتفاق العالمي، "
            "بالعربي والإنكليزي بنفس الملف.\n\n"
            "2- كما نود ترشيح المدير التنفيذي للمركز د. هادي الموسوي (Dr. Hadi Al-Mousawi) للمشاركة في الـthematic "
            "roundtable رقم 1 (يفضل) أو 2.\n\n"
            "ولكم جزيل الشكر.\n\n"
            "نادين\n"
            "________________________________\n"
            "Nadine Khoury\n"
            "Legal Officer | مسؤولة قانونية\n"
            "Al-Mawrid Centre for Legal Aid | مركز المورد للمساعدة القانونية\n"
            "Beirut – Lebanon\n")
    body = multi("mixed", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                           attach("application/pdf", pdf, name)], "_002_DB8PR03MB5899A1C2_")
    mk(6, "2021-02-04 14:22:48", 2, "Nadine Khoury <n.khoury@mawrid-legal.example.org>",
       hdr("Submission + speaker / مساهمة ومداخلة", "windows-1256"), body,
       "<DB8PR03MB5899A1C2E3F4B5D6@DB8PR03MB5899.eurprd03.prod.outlook.example.com>",
       dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
           sp("هادي الموسوي", "المدير التنفيذي", "مركز المورد للمساعدة القانونية (MCLA)", ["roundtable"], 1)],
            report_attachments=[name],
            notes="both in numbered points; speaker name in Arabic and Latin ('د. هادي الموسوي (Dr. Hadi Al-Mousawi)'), "
                  "honorific dropped; title before the name ('المدير التنفيذي للمركز'); roundtable 1 preferred over 2; "
                  "windows-1256 QP body with bilingual signature; sender is not the speaker."),
       host="mail-db8eur03.outbound.protection.outlook.example.com", ip="40.107.6.90",
       extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "ar-LB")])


def m07():
    text = ("مساء الخير،\n"
            "سؤال صغير: الـlink تبع الـZoom للمشاورة يوم ٢٣ رح يوصل على نفس الإيميل؟ ومنقدر نحضر كـobservers "
            "بدون ما نكون مسجلين كـspeakers؟ وفي interpretation عربي؟\n"
            "ممنونة سلفاً\n\n"
            "تالا\n"
            "Jusoor Youth Initiative\n")
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    mk(7, "2021-02-10 19:45:02", 2, "Tala Abu Ghazaleh <tala.ag@jusoor-youth.example.org>",
       hdr("سؤال عن الـZoom link"), body,
       "<b3a7c2d1-5e4f-4a9b-8c0d-1e2f3a4b5c6d@jusoor-youth.example.org>",
       dict(category="other", language="ar", acknowledge=True, on_time=None,
            notes="logistics question only (Zoom link, attending as observers, interpretation); mentions 'speakers' "
                  "but requests no speaking role; Thunderbird format=flowed 8bit."),
       host="mail.jusoor-youth.example.org", ip="94.249.12.70", extra=TBIRD)


def m08():
    text = ("عفواً، تصحيح على الإيميل السابق:\n"
            "الاسم الكامل لازم يكون: زينب عبد الكريم الساعدي (نسيت الكنية)\n"
            "والـtitle صار: Senior Programmes Coordinator / منسقة أولى للبرامج\n"
            "والطاولة بدل ٣ خلوها ٢ لو سمحتوا، لأنو موضوعها أقرب لشغلنا.\n\n"
            "آسفة عالإزعاج وعالتأخير 🙏\n"
            "هبة\n\n"
            "-----Original Message-----\n"
            "From: هبة صالح <heba.saleh@amal-ngo.example.org>\n"
            "Sent: Tuesday, February 2, 2021 11:41 AM\n"
            "To: gcmrrarabstates@iom.int\n"
            "Subject: ترشيح متحدثة - الـRegional Review للـGCM\n\n"
            "مرحبا فريق الـGCM،\n"
            "الاسم الكامل:\tزينب عبد الكريم\n"
            "المسمى الوظيفي:\tمنسقة الـprogrammes\n"
            "الجهة / المنظمة:\tجمعية أمل للتنمية المجتمعية (AMAL)\n"
            "رقم الطاولة:\t3\n")
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = alt(text, html, "----=_NextPart_000_0091_01D6FC2E.8A11B7D0")
    mk(8, "2021-02-06 00:05:40", 3, addr("هبة صالح", "heba.saleh@amal-ngo.example.org"),
       re_hdr("RE: ", "ترشيح متحدثة - الـRegional Review للـGCM"), body,
       "<009201d6fc2e$8a11b7d0$9e3527f0$@amal-ngo.example.org>",
       dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
           sp("زينب عبد الكريم الساعدي", "Senior Programmes Coordinator / منسقة أولى للبرامج",
              "جمعية أمل للتنمية المجتمعية (AMAL)", ["roundtable"], 2)],
            thread_of="h111-01.eml",
            notes="correction of h111-01 (full name, new title, roundtable 3 -> 2), sent from Baghdad-time laptop "
                  "(Date 01:05 +0300) = 00:05 Beirut on Sat 6 Feb: late by 6 minutes; affiliation only in the "
                  "quoted original; Outlook '-----Original Message-----' quoting."),
       host="mail.amal-ngo.example.org", ip="185.112.45.9", irt=M01_ID, lag=9,
       extra=OUTLOOK + [("Content-Language", "ar-lb")])


# ================================================================ English
def m09():
    text = ("Dear GCM Regional Review team,\n\n"
            "Apologies for the last-minute submission - our board only confirmed tonight. Please find below our "
            "speaker for the thematic roundtables:\n\n"
            "Organisation\tPosition\tName\tSession\n"
            "Jordanian Women's Union - Migrant Workers Unit (JWU-MWU)\tHead of Unit\tSawsan Dababneh\tRoundtable 1 + plenary\n\n"
            "Regards,\n"
            "Omar\n\n"
            "Omar Nimri\n"
            "Partnerships & Grants\n"
            "Jordanian Women's Union\n"
            "Currently in Geneva\n")
    html = html_wrap("<p>Dear GCM Regional Review team,</p><p>Apologies for the last-minute submission - our board only "
                     "confirmed tonight. Please find below our speaker for the thematic roundtables:</p>"
                     '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Organisation</th><th>Position</th>'
                     "<th>Name</th><th>Session</th></tr><tr><td>Jordanian Women&#39;s Union - Migrant Workers Unit "
                     "(JWU-MWU)</td><td>Head of Unit</td><td>Sawsan Dababneh</td><td>Roundtable 1 + plenary</td></tr>"
                     "</table><p>Regards,<br>Omar</p><p>Omar Nimri<br>Partnerships &amp; Grants<br>Jordanian Women&#39;s "
                     "Union<br>Currently in Geneva</p>")
    body = alt(text, html, "----=_NextPart_000_01A3_01D6FC07.6D9E4A10")
    mk(9, "2021-02-05 23:56:31", 1, "Omar Nimri <o.nimri@jwu-jo.example.org>",
       "Speaker - JWU - GCM Regional Review", body, "<01a201d6fc07$6d9e4a10$48dade30$@jwu-jo.example.org>",
       dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Sawsan Dababneh", "Head of Unit", "Jordanian Women's Union - Migrant Workers Unit (JWU-MWU)",
              ["roundtable", "plenary"], 1)],
            notes="deadline edge: sent from Geneva 'Fri, 5 Feb 2021 22:56 +0100', received 23:56:31 Beirut, on time "
                  "by 3.5 minutes; table columns in the unusual order Organisation/Position/Name (tab-separated in "
                  "the plain part); sender is not the speaker."),
       host="mail.jwu-jo.example.org", ip="91.186.227.14", extra=OUTLOOK)


def m10():
    pdf = make_pdf(["Kurdistan Migration Watch (KMW) - Voluntary GCM Review Report",
                    "Erbil, February 2021", "Objectives 7, 15 and 21: returnees and IDPs in the Kurdistan Region"])
    name = "KMW GCM review report Feb2021.pdf"
    text = ("Hello,\n\n"
            "pls find attached the voluntary GCM review report of Kurdistan Migration Watch (KMW). its our first time "
            "submitting to the regional review so let me know if the format is ok or you need it in word\n\n"
            "Thanks alot\n"
            "Shilan\n\n"
            "--\n"
            "Shilan Aziz | شيلان عزيز\n"
            "M&E officer, Kurdistan Migration Watch\n"
            "Erbil, KRI\n")
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("mixed", [alt(text, html, "000000000000a1b2c305bb1d2e4f"),
                           attach("application/pdf", pdf, name)], "000000000000a1b2c505bb1d2e51")
    mk(10, "2021-02-10 13:20:44", 3, "Shilan Aziz <shilan.aziz@kmw-krg.example.org>",
       "Voluntary report - KMW", body,
       "<CAGh5Tq2Lw9-Xe3nRb1kPz0Vy8Ma4Cd6Fj7Su2Io5Ql1Bw3Ex9Y@mail.gmail.example.com>",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
            notes="short informal Gmail mail with typos; PDF file name with spaces; offers a Word version "
                  "(not a question that changes the category); bilingual signature."),
       host="mail-lf1-f45.google.example.com", ip="209.85.167.45")


def m11():
    pdf = make_pdf(["Lebanese Coalition for Migrant Rights (LCMR)",
                    "Collective voluntary report - GCM Regional Review, Arab region 2021",
                    "Members: 9 organisations", "Kafala reform, access to justice, COVID-19 and the Beirut blast"])
    name = "LCMR_collective_GCM_report_2021.pdf"
    text = ("Dear colleagues,\n\n"
            "On behalf of the Lebanese Coalition for Migrant Rights (LCMR), I am pleased to submit our collective "
            "voluntary report for the Regional Review of the Global Compact for Migration. The report was prepared "
            "jointly by the nine member organisations of the coalition between November 2020 and January 2021 and "
            "covers in particular:\n\n"
            "  - the kafala (sponsorship) system and reform attempts;\n"
            "  - access to justice for migrant domestic workers;\n"
            "  - the impact of COVID-19 and of the 4 August Beirut port explosion on migrants.\n\n"
            "We would be grateful for a confirmation of receipt.\n\n"
            "Best regards,\n\n"
            "-- \n"
            "Maya Sleiman\n"
            "Coordinator, LCMR secretariat\n"
            "Beirut, Lebanon\n")
    body = multi("mixed", [leaf("text/plain", text, "UTF-8", "7bit"), attach("application/pdf", pdf, name)],
                 "------------8F2C1A5B7D3E9F0A4C6B2D1E")
    body.preamble = "This is a multi-part message in MIME format."
    mk(11, "2021-02-12 10:08:27", 2, "Maya Sleiman <maya.sleiman@lcmr-lb.example.org>",
       "LCMR collective voluntary report - GCM Regional Review", body, M11_ID,
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
            notes="plain collective report submission from Thunderbird; straightforward baseline."),
       host="mail.lcmr-lb.example.org", ip="178.135.80.21", extra=TBIRD)


def m12():
    docx = make_docx(["Syrian Diaspora Solidarity Forum (SDSF)", "Contribution to the GCM Regional Review 2021",
                      "Remittances, family reunification and the situation of Syrian refugees in Europe and the region"])
    name = "SDSF contribution GCM RR final.docx"
    text = ("Dear all\n\n"
            "Please find our contribution attached - sorry it is so late in the day, we were waiting on the last "
            "sign-offs from our Berlin and Gaziantep colleagues. Hope it can still be considered.\n\n"
            "Warm regards\n"
            "Dr Yara Hallak\n"
            "Research Director\n"
            "Syrian Diaspora Solidarity Forum (SDSF), London\n")
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    body = multi("mixed", [alt(text, html, "_000_AM6PR10MB21874F3C2A1B_"), attach(DOCX, docx, name)],
                 "_004_AM6PR10MB21874F3C2A1B_")
    mk(12, "2021-02-17 00:04:19", 0, "Yara Hallak <y.hallak@sdsf-uk.example.org>",
       "SDSF contribution - GCM Regional Review", body,
       "<AM6PR10MB21874F3C2A1B9D8E7F6A5B4C3D2@AM6PR10MB2187.EURPRD10.PROD.OUTLOOK.example.COM>",
       dict(category="voluntary_report", language="en", acknowledge=True, on_time=False, report_attachments=[name],
            notes="late by about 4 minutes: Date 'Tue, 16 Feb 2021 22:04 +0000' (London) looks like the 16th but "
                  "received 00:04:19 Beirut on 17 Feb; 'contribution' rather than 'report'; DOCX."),
       host="mail-am6eur05.outbound.protection.outlook.example.com", ip="40.107.22.77",
       extra=[("X-MS-Has-Attach", "yes")])


def m13():
    docx = make_docx(["Jordan River Migrant Solidarity Network (JRMSN)", "Voluntary GCM review report 2021",
                      "Irregular migrants, Egyptian workers in agriculture, and detention in Jordan"])
    name = "JRMSN_VoluntaryReview_GCM.docx"
    text = ("Good afternoon,\n\n"
            "Two things from our side:\n\n"
            "1) Attached is the voluntary GCM review report of the Jordan River Migrant Solidarity Network "
            "(JRMSN), in Word.\n"
            "2) The Network's Executive Director, Ms. Dana Qudah, would like to deliver "
            "the key messages as rapporteur if that role is still open; otherwise a floor intervention in the "
            "plenary on 24 Feb.\n\n"
            "Many thanks and best,\n"
            "Laith\n"
            "(on behalf of Dana)\n\n"
            "Sent from Outlook for iOS\n")
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, docx, name)],
                 "_002_VI1PR08MB3322C0FFEE11_")
    mk(13, "2021-02-03 15:37:02", 2, "Laith Bataineh <laith.b@jrmsn.example.org>",
       "JRMSN report + rapporteur", body,
       "<VI1PR08MB3322C0FFEE11D2E3F4A5@VI1PR08MB3322.eurprd08.prod.outlook.example.com>",
       dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
           sp("Dana Qudah", "Executive Director", "Jordan River Migrant Solidarity Network (JRMSN)",
              ["rapporteur", "plenary"])],
            report_attachments=[name],
            notes="both; speaker proposed by a colleague, possessive order 'The Network's Title, Ms. Name' (the "
                  "organisation is named only in the report line); rapporteur first, plenary as fallback."),
       host="mail-vi1eur08.outbound.protection.outlook.example.com", ip="40.107.13.55")


def m14():
    text = ("Thank you so much, well received! Looking forward to the review.\n\n"
            "Maya\n\n"
            "On Fri, Feb 12, 2021 at 12:30 PM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:\n"
            "> Dear Maya Sleiman,\n"
            "> We acknowledge receipt of your voluntary GCM review report.\n"
            "> Kind regards,\n"
            "> GCM Regional Review secretariat\n")
    body = leaf("text/plain", text, "UTF-8", "7bit")
    ack = "<ack-20210212-0117@gcmrr.iom.int>"
    mk(14, "2021-02-12 13:02:50", 2, "Maya Sleiman <maya.sleiman@lcmr-lb.example.org>",
       "Re: LCMR collective voluntary report - GCM Regional Review", body,
       "<CAB1q8Wn4-Zr7Tx2Ym5Lk0Pv3Hc9Ud6Gf1Ja8Se4Ob2Ki7Mu5W@mail.gmail.example.com>",
       dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h111-11.eml",
            notes="thank-you reply to our acknowledgement of h111-11 (from phone Gmail, not the Thunderbird of the "
                  "original); adds nothing new, so no acknowledgement."),
       host="mail-ot1-f51.google.example.com", ip="209.85.210.51", irt=ack, refs=M11_ID + " " + ack)


def m15():
    text = ("I am out of the office with limited access to email until 14 February 2021.\n"
            "For urgent matters please contact info@ihmo-iq.example.org.\n\n"
            "انا خارج المكتب لغاية ١٤ شباط ٢٠٢١. للأمور العاجلة يرجى التواصل مع info@ihmo-iq.example.org\n\n"
            "Mohammed Al-Jubouri\n")
    body = leaf("text/plain", text, "utf-8", "base64")
    mk(15, "2021-02-05 09:12:03", 3, "Mohammed Al-Jubouri <m.jubouri@ihmo-iq.example.org>",
       "Automatic reply: Acknowledgement - GCM speakers", body,
       "<ooo-7d3e1a9c@ihmo-iq.example.org>",
       dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
            notes="bilingual English/Arabic out-of-office answering our acknowledgement of h111-03; Auto-Submitted "
                  "header; must not be acknowledged nor treated as a new speaker request."),
       host="mail.ihmo-iq.example.org", ip="37.236.14.88", lag=2, irt="<ack-20210204-0290@gcmrr.iom.int>",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("Precedence", "auto_reply")])


def m16():
    text = ("hi team,\n\n"
            "quick one - we registered 3 ppl from Basmeh Relief via the online form last week but only 2 got the "
            "confirmation. the third is Ahmad Al-Khatib (أحمد الخطيب). can u check? also is there any way to "
            "join in person in beirut or its all online??\n\n"
            "tnx\n"
            "Joud\n\n"
            "Sent from my iPhone\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + text2html(text) + "</body></html>\n")
    body = alt(text, html, "Apple-Mail-3F2A6C1D-9B8E-4D7A-A5C3-1E0F2B4D6A8C")
    mk(16, "2021-02-08 08:31:15", 3, "Joud Kassem <joud.kassem@basmeh-relief.example.org>",
       "registration question", body, "<4B1E7C2A-8D3F-4A6B-9C5E-0F2D1A3B7E6C@basmeh-relief.example.org>",
       dict(category="other", language="en", acknowledge=True, on_time=None,
            notes="registration/logistics question (missing confirmation, in-person or online); names a "
                  "participant in Arabic and Latin script but proposes no speaker; iPhone, Date in UTC+3 "
                  "(sender travelling in the Gulf)."),
       host="mail.basmeh-relief.example.org", ip="5.62.61.12", extra=IPHONE)


# ================================================================ French
def m17():
    html = html_wrap(
        '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
        "<p>Bonjour,</p>"
        "<p>Suite &agrave; votre lettre d&#39;invitation, l&#39;association Nawaya pour l&#39;autonomisation des "
        "jeunes (Nawaya) souhaiterait proposer Mme Joëlle Abi Nader, responsable plaidoyer au sein de "
        "l&#39;association, pour une intervention dans la <b>table ronde III</b>.</p>"
        "<p>Mme Abi Nader suit depuis 2017 la situation des jeunes migrants et des enfants non accompagn&eacute;s "
        "au Liban (Mont-Liban et Akkar).</p>"
        "<p>Bien &agrave; vous,</p>"
        "<p>Rita<br>---<br>Rita Saadé<br>Assistante de direction<br>Association Nawaya<br>Jdeideh, Liban</p>"
        "</div>")
    body = leaf("text/html", html, "iso-8859-1", "quoted-printable")
    mk(17, "2021-02-04 10:15:58", 2, addr("Rita Saadé", "rita.saade@nawaya-lb.example.org", "iso-8859-1", "Q"),
       hdr("Proposition d'intervenante - table ronde III", "iso-8859-1", "Q"), body,
       "<000301d6fad4$1a2b3c4d$4e5f6a7b$@nawaya-lb.example.org>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Joëlle Abi Nader", "responsable plaidoyer",
              "association Nawaya pour l'autonomisation des jeunes (Nawaya)", ["roundtable"], 3)],
            notes="HTML-only Outlook in ISO-8859-1 QP with HTML entities; Lebanese French; honorific 'Mme' before a "
                  "compound surname; title after the name ('responsable plaidoyer au sein de l'association'); "
                  "roundtable in Roman numerals 'table ronde III'; sender is an assistant."),
       host="mail.nawaya-lb.example.org", ip="178.135.2.44", extra=OUTLOOK)


def m18():
    pdf = make_pdf(["Association Marocaine Tadamon pour les Migrants (AMTM)",
                    "Rapport volontaire - Examen regional du PMM, region arabe 2021", "Version du 15 fevrier 2021"])
    name = "Rapport_examen_volontaire_PMM_AMTM_Maroc.pdf"
    text = ("Salam alikoum,\n\n"
            "Nous vous transmettons ci-joint le rapport volontaire de l'Association Marocaine Tadamon pour les "
            "Migrants (AMTM) dans le cadre de l'examen régional du Pacte mondial sur les migrations (PMM).\n"
            "Le rapport a été préparé avec nos antennes d'Oujda et de Tanger, bzaf de travail cette année avec le "
            "Covid.\n\n"
            "Merci de nous confirmer la bonne réception.\n\n"
            "Cordialement,\n"
            "Youssef Benali\n"
            "Chargé de projets - AMTM\n"
            "Tél : +212 6 61 23 45 67\n")
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("mixed", [alt(text, html, "000000000000f1e2d305bb5c6d7e"), attach("application/pdf", pdf, name)],
                 "000000000000f1e2d505bb5c6d80")
    mk(18, "2021-02-15 17:40:11", 1, "Youssef Benali <youssef.benali.amtm@gmail.example.com>",
       "Rapport volontaire AMTM - examen régional PMM", body, M18_ID,
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
            notes="Maghrebi French with darija ('Salam alikoum', 'bzaf'); PMM = GCM in French; Gmail; sent from "
                  "Morocco (Date in +0100)."),
       host="mail-wr1-f44.google.example.com", ip="209.85.221.44")


def m19():
    pdf = make_pdf(["Forum Tunisien pour les Droits des Migrants (FTDM)", "Rapport volontaire - PMM 2021",
                    "Migration irreguliere, retours forces et societe civile en Tunisie"])
    name = "FTDM - rapport PMM 2021.pdf"
    text = ("Bonsoir,\n\n"
            "Désolé pour l'heure tardive. Vous trouverez en pièce jointe le rapport volontaire du Forum Tunisien pour "
            "les Droits des Migrants (FTDM).\n\n"
            "Par la même occasion, nous souhaitons inscrire notre présidente pour une prise de parole en plénière "
            "(24 ou 25 février) :\n"
            "Nom : BEN SALEM Amira\n"
            "Fonction : Présidente\n"
            "Organisation : FTDM\n\n"
            "Bien cordialement,\n"
            "Walid Jaziri\n"
            "Chargé de communication, FTDM – Tunis\n"
            "(actuellement à Paris)\n")
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach("application/pdf", pdf, name)],
                 "------------A1B2C3D4E5F60718293A4B5C")
    body.preamble = "This is a multi-part message in MIME format."
    mk(19, "2021-02-05 23:58:47", 1, "Walid Jaziri <walid.jaziri@ftdm-tn.example.org>",
       "Rapport FTDM + demande d'intervention en plénière", body,
       "<5e8c1a2b-7f3d-4b9e-a6c0-2d1f3e4a5b6c@ftdm-tn.example.org>",
       dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Amira BEN SALEM", "Présidente", "Forum Tunisien pour les Droits des Migrants (FTDM)", ["plenary"])],
            report_attachments=[name],
            notes="deadline edge for 'both': Date 'Fri, 5 Feb 2021 22:58 +0100' (Paris), received 23:58:47 Beirut, "
                  "so the speaker part is on time by about a minute; surname-first capitalised 'BEN SALEM Amira'; "
                  "the form line gives only the acronym, the full name of the organisation is in the prose."),
       host="mail.ftdm-tn.example.org", ip="197.14.56.201", extra=TBIRD)


def m20():
    text = ("Bonjour à toute l'équipe,\n\n"
            "Suite à notre échange téléphonique avec Mme Hanane, voici les deux intervenants proposés par le "
            "Collectif Syrien pour la Protection des Déplacés (CSPD), basé entre Damas et Beyrouth :\n\n"
            "- Nom : Dr. Bassel Haddad\n"
            "  Fonction : Conseiller juridique\n"
            "  Organisme : CSPD\n"
            "  Souhait : discussion ouverte du 23 février\n\n"
            "- Nom : Nour el-Houda Kabbani\n"
            "  Fonction : coordinatrice terrain\n"
            "  Organisme : CSPD (antenne de Beyrouth)\n"
            "  Souhait : table ronde n°2\n\n"
            "Merci d'avance et au plaisir,\n"
            "Lina\n")
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html, "0000000000003e4f5a05bb0a1b2c", "UTF-8", "base64")
    mk(20, "2021-02-01 12:27:33", 2, "Lina Chami <lina.chami.cspd@gmail.example.com>",
       "Intervenants CSPD", body,
       "<CAM9vKp3Rt1-Hy7wZq2Nc5Lb0Xj4Uf8Dg6Ae1Ts3Ow9Ki2Mr7Pn5@mail.gmail.example.com>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
           sp("Bassel Haddad", "Conseiller juridique", "Collectif Syrien pour la Protection des Déplacés (CSPD)",
              ["open_discussion"]),
           sp("Nour el-Houda Kabbani", "coordinatrice terrain",
              "Collectif Syrien pour la Protection des Déplacés (CSPD)", ["roundtable"], 2)],
            notes="two speakers in a dashed 'Nom/Fonction/Organisme/Souhait' list; 'Mme Hanane' is a contact, not a "
                  "speaker; full organisation name only in the intro; 'Dr.' inside the Nom field; base64 text and "
                  "HTML; Syrian/Levantine French."),
       host="mail-wm1-f50.google.example.com", ip="209.85.128.50")


def m21():
    pdf = make_pdf(["Association Marocaine Tadamon pour les Migrants (AMTM)",
                    "Rapport volontaire - Examen regional du PMM - VERSION CORRIGEE", "Version du 16 fevrier 2021"])
    name = "Rapport_examen_volontaire_PMM_AMTM_Maroc_V2_corrigé.pdf"
    text = ("Bonsoir,\n\n"
            "Veuillez trouver ci-joint la version corrigée de notre rapport, qui remplace celle envoyée hier (il "
            "manquait les annexes statistiques et il y avait une erreur dans les chiffres d'Oujda). Merci de ne "
            "prendre en compte que cette version.\n\n"
            "Youssef\n\n"
            "Le lun. 15 févr. 2021 à 16:39, Youssef Benali <youssef.benali.amtm@gmail.example.com> a écrit :\n"
            "> Salam alikoum,\n"
            ">\n"
            "> Nous vous transmettons ci-joint le rapport volontaire de l'Association Marocaine Tadamon pour les\n"
            "> Migrants (AMTM) dans le cadre de l'examen régional du Pacte mondial sur les migrations (PMM).\n")
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("mixed", [alt(text, html, "000000000000b7c8d905bb6f0a1b"),
                           attach("application/pdf", pdf, name, False)], "000000000000b7c8db05bb6f0a1d")
    mk(21, "2021-02-16 23:59:41", 1, "Youssef Benali <youssef.benali.amtm@gmail.example.com>",
       "Re: Rapport volontaire AMTM - examen régional PMM", body,
       "<CAL7x2Ru3kPq-1nZ8cVf+TyW0sLm5dXh7eBa4gRj6NyKuOi9H2q@mail.gmail.example.com>",
       dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
            thread_of="h111-18.eml",
            notes="revised report replacing h111-18; deadline edge: Date 'Tue, 16 Feb 2021 22:59 +0100' (Morocco), "
                  "received 23:59:41 Beirut, on time by 18 seconds; non-ASCII RFC 2231 file name; Gmail French "
                  "quote header."),
       host="mail-wr1-f44.google.example.com", ip="209.85.221.44", irt=M18_ID, lag=24)


def m22():
    text = ("Bonjour Madame, Monsieur,\n\n"
            "Je me permets de vous écrire au nom du Réseau Algérien de Solidarité avec les Migrants. Nous "
            "aimerions savoir si le rapport volontaire peut être rédigé en français, et s'il y a une limite de "
            "pages ou un modèle à respecter ? Aussi, un rapport commun avec deux associations tunisiennes est-il "
            "accepté, ou faut-il que chaque organisation envoie le sien ?\n\n"
            "Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.\n\n"
            "Karima Boudiaf\n"
            "Secrétaire générale\n"
            "Réseau Algérien de Solidarité avec les Migrants (RASM)\n"
            "Oran\n")
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    mk(22, "2021-02-09 09:54:20", 1, addr("Karima Boudiaf", "k.boudiaf@rasm-dz.example.org"),
       hdr("Question - langue et format du rapport volontaire", "iso-8859-1", "Q"), body,
       "<20210209085401.4F2A1C3B@rasm-dz.example.org>",
       dict(category="other", language="fr", acknowledge=True, on_time=None,
            notes="questions about the voluntary report (language, length, joint report) but no report attached "
                  "or written: 'other', not 'voluntary_report'; formal Algerian French; Latin-1 QP."),
       host="mail.rasm-dz.example.org", ip="41.111.8.36", extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869")])


def m23():
    when = at("2021-02-20 11:02:09")
    qid = "4DmX7p1Lq9z3"
    text = ("Ceci est le rapport de non-remise du système de messagerie.\n\n"
            "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
            "<contact@ftdm-tn.example.org> : adresse inconnue (550 5.1.1 User unknown)\n")
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
Arrival-Date: %s

Final-Recipient: rfc822; contact@ftdm-tn.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ftdm-tn.example.org
Diagnostic-Code: smtp; 550 5.1.1 <contact@ftdm-tn.example.org>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % (qid, rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: contact@ftdm-tn.example.org\n"
            "Subject: =?UTF-8?Q?Rappel_=E2=80=93_Examen_r=C3=A9gional_du_PMM?=\n"
            "Date: %s\n"
            "Message-ID: <reminder-20210220-0031@gcmrr.iom.int>\n" % rfcdate(when - dt.timedelta(seconds=3)))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1613811729/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = hdr("Non remis : Rappel – Examen régional du PMM", "utf-8", "Q")
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210220090209.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    m.preamble = body.preamble
    add(23, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-language Postfix DSN (multipart/report) for a reminder sent to a dead FTDM contact address; "
              "mentions 'Examen régional du PMM' but is machine mail; never acknowledge."))


def m24():
    text = ("Bonjour,\n\n"
            "J'espère qu'il n'est pas trop tard ! Depuis Montréal, je voudrais proposer ma candidature pour "
            "intervenir lors de l'examen régional.\n\n"
            "Chargée de recherche à l'Observatoire libanais des migrations et de la diaspora (OLMD), je travaille "
            "sur la diaspora libanaise et les transferts de fonds après la crise de 2019. Je serais ravie de "
            "prendre la parole dans la table ronde sur les voies de migration régulière, ou à défaut lors de la "
            "discussion ouverte de la consultation multipartite.\n\n"
            "Bien à vous,\n"
            "Carla (كارلا) Frangieh\n")
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = alt(text, html, "Apple-Mail=_8E1D2C3B-4A5F-6E7D-8C9B-0A1F2E3D4C5B", "utf-8", "quoted-printable")
    mk(24, "2021-02-06 00:04:05", -5, "Carla Frangieh <carla.frangieh@olmd.example.org>",
       "Candidature - intervention examen regional", body,
       "<A7C3E1F9-2B4D-4E6A-8C0F-1D3B5A7C9E2F@olmd.example.org>",
       dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
           sp("Carla Frangieh", "Chargée de recherche",
              "Observatoire libanais des migrations et de la diaspora (OLMD)", ["roundtable", "open_discussion"])],
            notes="late: Date 'Fri, 5 Feb 2021 17:04 -0500' (Montréal) is still the 5th locally, but received "
                  "00:04:05 Beirut on Sat 6 Feb; self-nomination with title and organisation in an opening "
                  "appositive phrase; roundtable named by theme, no number; name with Arabic script inserted "
                  "('Carla (كارلا) Frangieh')."),
       host="mail.olmd.example.org", ip="24.48.120.9", extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])


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
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
