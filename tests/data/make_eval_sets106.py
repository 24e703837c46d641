#!/usr/bin/env python3
"""Write the blind evaluation set holdout106 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets106.py
Theme: organisations in conflict and crisis settings (Sudan, Libya, Yemen, Syria, Iraq, Gaza): poor
connectivity, resent messages, files too big sent as links, apologies for delays, partial submissions.
MIME helper functions follow tests/data/make_eval_sets72.py.
"""
import datetime as dt
import json
import os
import re
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout106")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h106-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def attach(ctype, data, name, disp="attachment", quote=True, extra=None, name_param=None):
    """A base64 attachment; non-ASCII names as RFC 2231 (filename*) plus RFC 2047 name= (Gmail style)."""
    try:
        name.encode("ascii")
        q = '"%s"' % name if quote else name
        params = [("name", name_param or q)]
        d = "%s; filename=%s" % (disp, q)
    except UnicodeEncodeError:
        params = [("name", name_param or '"%s"' % b_word(name))]
        d = "%s; filename*=%s" % (disp, rfc2231(name))
    return leaf(ctype, data, cte="base64", params=params, disp=d, extra=extra)


def alt(text, html, boundary, charset="UTF-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)],
                 boundary)


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return "<div%s>" % d + text2html(text) + "</div>\n"


# our own acknowledgement Message-IDs (the service's replies, not in this folder)
ACK_01 = "<PR3P193MB0781A1C2E5F0B7D94E3A2C11B9C10@PR3P193MB0781.EURP193.PROD.OUTLOOK.COM>"
ACK_03 = "<PR3P193MB0781F3D0A8B21C7E5D4F6A90B9C30@PR3P193MB0781.EURP193.PROD.OUTLOOK.COM>"
ACK_16 = "<PR3P193MB07815B9E2D4C6A8F0E1D3C57B9CB0@PR3P193MB0781.EURP193.PROD.OUTLOOK.COM>"
ACK_21 = "<PR3P193MB0781C7A9E1B3D5F7092B4D68B9D10@PR3P193MB0781.EURP193.PROD.OUTLOOK.COM>"


# ================================================================ the 24 messages
M01_ID = "<CAJ7pQx3Lm0vNw8RtY2kZs9bUe4fHg6iKd1oPa5cVr3TnXyWqEg@mail.gmail.com>"


def m01():
    when = at("2021-01-27 14:22:10")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear GCM Regional Review team,

Greetings from Tripoli.

With reference to your invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, we would like to request a speaking role for our colleague Ms. Hanan Elmabrouk, Head of the Protection Unit at منظمة بلادي لحقوق الإنسان, for a floor intervention in thematic roundtable 3.

Hanan has been running our detention monitoring visits in western Libya since 2018 and can speak to the situation of migrants intercepted at sea and returned to Libya.

Please note our connection is very unstable these days so if you need anything please also try Hanan's WhatsApp +218 91 555 0142.

Thank you and best regards,

Mohamed Shebani
Programme Officer
Tripoli, Libya
"""
    body = alt(text, gmail_html(text), "0000000000004b7e1205b9d3c2a1")
    rows = std_rows(when, "mail-ed1-f41.google.com", "209.85.208.41", "4DQm1b2Fr7z3",
                    "Mohamed Shebani <m.shebani@beladi-ly.org>",
                    "Request for speaking role - GCM Regional Review", rfcdate(sent), M01_ID,
                    ret="m.shebani@beladi-ly.org")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Elmabrouk", "Head of the Protection Unit", "منظمة بلادي لحقوق الإنسان", ["roundtable"], 3)],
        notes="English message, but the speaker's organisation is written only in Arabic (no English name anywhere; "
              "the sender's signature gives no organisation); the sender nominates a colleague; 'Ms.' is not part "
              "of the name; a WhatsApp number is mentioned. Re-sent two days later as h106-02."))


def m02():
    when = at("2021-01-29 09:41:33")
    sent = when - dt.timedelta(seconds=14)
    text = """Dear colleagues,

I am resending this in case the first email did not arrive, we have had almost no internet in Tripoli since Wednesday and our office mail server is down, so I am writing from my personal account.

We kindly request a speaking slot for Ms. Hanan Elmabrouk (Head of the Protection Unit, منظمة بلادي لحقوق الإنسان) in Thematic Roundtable III (floor intervention).

Could you please confirm receipt?

Many thanks,
Mohamed Shebani
Programme Officer

Sent from Yahoo Mail on Android
"""
    html = ('<html><head></head><body><div class="ydp4f2a1c3byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + text2html(text) + '</div></body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")],
                 "----=_Part_1187442_903512418.1611906079118")
    rows = std_rows(when, "sonic307-20.consmr.mail.ir2.yahoo.com", "77.238.177.146", "4DRr0p4Vbnz6",
                    "Mohamed Shebani <mshebani77@yahoo.com>",
                    "Request for speaking role - GCM Regional Review (resent)", rfcdate(sent),
                    "<1290433751.1187443.1611906079120@mail.yahoo.com>", ret="mshebani77@yahoo.com")
    rows += [("X-Mailer", "WebService/1.1.17597 YMailNorrin")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hanan Elmabrouk", "Head of the Protection Unit", "منظمة بلادي لحقوق الإنسان", ["roundtable"], 3)],
        thread_of="h106-01.eml",
        notes="same request as h106-01 re-sent as a NEW message (no In-Reply-To/References) from a different "
              "address (personal Yahoo account instead of the organisation's domain) with different wording: "
              "'Thematic Roundtable III' instead of 'roundtable 3', title+organisation in parentheses; only the "
              "sender's name links it to the first one. Must not create a second, different speaker."))


M03_ID = "<000f01d6f6e2$8a4c1b30$9ee45190$@alsahil-ye.org>"


def m03():
    when = at("2021-01-30 12:05:00")
    sent = when - dt.timedelta(seconds=48)
    text = """السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي بشأن الهجرة المحترمين
تحية طيبة وبعد،،

بالإشارة إلى رسالة الدعوة الكريمة بخصوص المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسعدنا في مؤسسة الساحل للتنمية والإغاثة أن نرشح الأستاذة/ أروى عبده الحكيمي - مديرة البرامج بالمؤسسة - للقيام بدور المقرر وتقديم الرسائل الرئيسية لأصحاب المصلحة.

علماً بأن الأستاذة أروى تعمل منذ سنوات مع المهاجرين من القرن الأفريقي الواصلين إلى سواحل شبوة وأبين.

نعتذر مسبقاً في حال تأخرنا في الرد على مراسلاتكم نظراً لانقطاع الكهرباء والإنترنت المتكرر في عدن.

وتقبلوا خالص التحية والتقدير،،

صالح محمد باعباد
المدير التنفيذي
مؤسسة الساحل للتنمية والإغاثة
عدن - الجمهورية اليمنية
ت: 967-2-255-118+
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\',serif;font-size:14pt">'
                     + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0010_01D6F6F3.4DD5A2C0")
    rows = std_rows(when, "mail.alsahil-ye.org", "134.35.12.201", "4DSHk07Qm1z2",
                    addr("صالح باعباد", "s.baabbad@alsahil-ye.org", "windows-1256"),
                    hdr("ترشيح مقرر للمراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(tz(sent, 3)), M03_ID, ret="s.baabbad@alsahil-ye.org")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdbtljkwNXsXhB2pQSqVc3Y1Lw9DmA=="),
             ("Content-Language", "ar-ye")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("أروى عبده الحكيمي", "مديرة البرامج", "مؤسسة الساحل للتنمية والإغاثة", ["rapporteur"])],
        notes="formal MSA from Aden, Outlook 2010, windows-1256 text+HTML; honorific 'الأستاذة/' with a slash; the "
              "title is between dashes and says 'بالمؤسسة' (the organisation is named earlier in the sentence "
              "and in the signature); the executive director signing is not the speaker; Date header UTC+3."))


M04_ID = "<6b0c1e4f-2d3a-9f71-4c85-a3e2b1d07f96@ptlmh.org.tn>"


def m04():
    when = at("2021-02-01 10:17:45")
    sent = when - dt.timedelta(seconds=25)
    text = flowed("""Bonjour Mesdames et Messieurs,

Suite a votre lettre d'invitation concernant l'examen régional du Pacte mondial sur les migrations, notre plateforme souhaite proposer un intervenant pour la consultation multipartite du 23 février :

- Nom et prénom : Skander BEN AMOR
- Fonction : Chargé de plaidoyer
- Organisation : Plateforme Tuniso-Libyenne pour la Mobilité Humaine (PTLMH)
- Intervention souhaitée : discussion ouverte de la consultation multipartite

M. Ben Amor suit depuis 2019 la situation des migrants subsahariens qui quittent la Libye vers la Tunisie par Ras Jedir et par le désert.

Merci de nous confirmer la bonne réception, nos mails ne passent pas toujours (problème de serveur).

Cordialement,

-- 
Rim Jaziri
Assistante de coordination - PTLMH
Médenine / Zarzis, Tunisie
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "mx.ptlmh.org.tn", "197.14.58.90", "4DTfZ63KqHz0",
                    "Rim Jaziri <rim.jaziri@ptlmh.org.tn>",
                    hdr("Proposition d'intervenant – consultation multipartite du 23 février", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), M04_ID, ret="rim.jaziri@ptlmh.org.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    m = top(t, rows)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Skander Ben Amor", "Chargé de plaidoyer", "Plateforme Tuniso-Libyenne pour la Mobilité Humaine (PTLMH)",
           ["open_discussion"])],
        notes="Thunderbird format=flowed 8bit; labelled list but the name is written with the surname in capitals "
              "('Skander BEN AMOR'); role as 'discussion ouverte de la consultation multipartite'; the sender "
              "(Rim Jaziri, coordination assistant) is not the speaker; 'a' without accent (typo); Date header UTC+1."))


def m05():
    when = at("2021-02-02 15:30:12")
    sent = when - dt.timedelta(seconds=31)
    text = """ازيكم عاملين ايه
معلش الايميل متأخر شوية النت هنا بيقطع كل شوية
حبيت ابعتلكم اسم الزميلة اللي هتتكلم معانا في المراجعة الاقليمية:
أ. سلمى عثمان الطيب
منسقة الحماية المجتمعية
مبادرة النيل للاجئين السودانيين، القاهرة
وعايزين لو ينفع مداخلة في الجلسة العامة يوم ٢٤
شكرا جدا
منى

أُرسلت من الـ iPhone
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.nileinitiative-eg.org", "41.33.170.12", "4DVB3t5Jhgz4",
                    addr("Mona Fathy", "mona.fathy@nileinitiative-eg.org"),
                    hdr("مداخلة"), rfcdate(sent),
                    "<E4A7B1C2-93D5-4F0A-8E6B-2C1D7F9A3B55@nileinitiative-eg.org>",
                    ret="mona.fathy@nileinitiative-eg.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(t, rows)
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سلمى عثمان الطيب", "منسقة الحماية المجتمعية", "مبادرة النيل للاجئين السودانيين", ["plenary"])],
        notes="Egyptian colloquial, iPhone, base64 text/plain only, one-word subject; speaker details on three "
              "bare lines with the honorific 'أ.'; the city after the organisation ('، القاهرة') is a place, not "
              "part of the name; plenary given as 'مداخلة في الجلسة العامة يوم ٢٤' with Arabic-Indic digits; "
              "sender's display name in Latin script but writes in Arabic, signs with first name only."))


def m06():
    when = at("2021-02-03 09:20:41")
    sent = when - dt.timedelta(seconds=2)
    text = """شكراً لرسالتكم.

أنا خارج المكتب حتى يوم الأحد 7 فبراير 2021، ونظراً لانقطاع شبكة الاتصالات والإنترنت في عدن قد يتأخر الرد على رسائلكم.
للأمور العاجلة يرجى التواصل مع مكتب المؤسسة على الرقم 967-2-255-118+.

صالح باعباد
مؤسسة الساحل للتنمية والإغاثة
"""
    t = leaf("text/plain", text, "windows-1256", "quoted-printable")
    rows = std_rows(when, "mail.alsahil-ye.org", "134.35.12.201", "4DVqLm0Yb8z1",
                    addr("صالح باعباد", "s.baabbad@alsahil-ye.org", "windows-1256"),
                    re_hdr("Automatic reply: ", "تأكيد استلام – المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<7d41b0c2a59e4f63b8a1e2d7c4f5a6b1@alsahil-ye.org>",
                    extra=[("In-Reply-To", ACK_03), ("References", ACK_03)], ret="")
    rows[0] = ("Return-Path", "<>")
    rows += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "s.baabbad@alsahil-ye.org"), ("Content-Language", "ar-ye")]
    m = top(t, rows)
    add(6, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic out-of-office (Exchange 'Automatic reply:' prefix, Auto-Submitted: auto-replied, null "
              "Return-Path) answering our acknowledgement of h106-03; mentions the connectivity problems of the "
              "theme, which is not a human request; must not be acknowledged."))


M07_ID = "<AM6PR08MB4117D2C9A6E13F5B80D4A7E2C4F20@AM6PR08MB4117.eurprd08.prod.outlook.com>"
M07_DOC = "SRB_GCM voluntary review_NW Syria_FINAL.docx"


def m07():
    when = at("2021-02-03 11:02:08")
    sent = when - dt.timedelta(seconds=11)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report prepared by Syrian Relief Bridge on the situation of IDPs and returnees in north-west Syria (Idlib and northern Aleppo). Apologies for the formatting, it was put together by three field teams sharing one very slow connection.

I would also like to request a floor intervention in RT4 on 24 or 25 Feb for myself, if possible. I will connect from Gaziantep.

Kind regards,

Dr. Yaman Kassab
Protection & Durable Solutions Lead | Syrian Relief Bridge (SRB)
Gaziantep office, Turkey
+90 342 555 07 19

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=us-ascii"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(x) or "&nbsp;") for x in text.split("\n"))
            + "</div></body></html>\n")
    body_alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                     leaf("text/html", html, "us-ascii", "quoted-printable")],
                     "_000_AM6PR08MB4117D2C9A6E13F5B80D4A7E2C4F20AM6PR08MB4117eurp_")
    docx = make_docx(["Syrian Relief Bridge (SRB)", "Voluntary GCM Review Report - North-west Syria",
                      "1. Context: displacement in Idlib and northern Aleppo",
                      "2. GCM objectives 2, 7 and 21", "3. Recommendations"])
    att = attach(DOCX, docx, M07_DOC)
    body = multi("mixed", [body_alt, att], "_004_AM6PR08MB4117D2C9A6E13F5B80D4A7E2C4F20AM6PR08MB4117eurp_")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.98", "4DVwR23s1Kz5",
                    "Yaman Kassab <y.kassab@srb-syria.org>",
                    "GCM voluntary review report + speaking request - SRB", rfcdate(tz(sent, 3)), M07_ID,
                    ret="y.kassab@srb-syria.org")
    rows += [("Thread-Topic", "GCM voluntary review report + speaking request - SRB"),
             ("Thread-Index", "AQHW+hK1rY0m3m0cN0K8yA2l9XbZ8A=="), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Yaman Kassab", "Protection & Durable Solutions Lead", "Syrian Relief Bridge (SRB)", ["roundtable"], 4)],
        report_attachments=[M07_DOC],
        notes="both in one Outlook message: DOCX report attached and the sender asks a slot 'for myself' in "
              "'RT4' (abbreviation); name, title and organisation only in the signature, title and organisation "
              "separated by '|'; 'Dr.' stripped; Gaziantep office is a location; file name with spaces; Date UTC+3."))


M08_DOC = "التقرير الطوعي - الشبكة الليبية لمناهضة الاتجار بالبشر.docx"


def m08():
    when = at("2021-02-04 16:44:20")
    sent = when - dt.timedelta(seconds=37)
    text = """السلام عليكم ورحمة الله

نبعتولكم في المرفق التقرير الطوعي متاع الشبكة الليبية لمناهضة الاتجار بالبشر حول تنفيذ الاتفاق العالمي في الجنوب الليبي. سامحونا على التأخير، الكهرباء والنت في سبها تقريبا مقطوعين من أسبوع.

وبالنسبة للمشاركة، نبو نشاركو في النقاش المفتوح متاع المشاورة يوم 23 فبراير، والمتحدث حيكون:
عبد الحكيم الفيتوري – منسق الشبكة في المنطقة الجنوبية

لو فيه أي ملاحظة على التقرير قولولنا.

تحياتي
خديجة العجيلي
الشبكة الليبية لمناهضة الاتجار بالبشر - سبها
"""
    body_alt = alt(text, gmail_html(text, rtl=True), "000000000000a31f7e05ba84c2d7")
    docx = make_docx(["Libyan Network against Human Trafficking", "Voluntary GCM review - southern Libya (Sabha)",
                      "Summary", "Findings", "Recommendations"])
    att = attach(DOCX, docx, M08_DOC, extra=[("X-Attachment-Id", "f_kkr7n2p60")])
    body = multi("mixed", [body_alt, att], "000000000000a32a0e05ba84c2d9")
    rows = std_rows(when, "mail-wm1-f66.google.com", "209.85.128.66", "4DWgT85Rn2z7",
                    addr("خديجة العجيلي", "khadija.ajili.lnaht@gmail.com"),
                    hdr("التقرير الطوعي + المشاركة في النقاش المفتوح"), rfcdate(sent),
                    "<CAGx7mRp0Tq8Wn2Kc4zY6bHs1vLd9eJf3uPo5aNi8kQ2rXt7cMw@mail.gmail.com>",
                    ret="khadija.ajili.lnaht@gmail.com")
    m = top(body, rows)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الحكيم الفيتوري", "منسق الشبكة في المنطقة الجنوبية", "الشبكة الليبية لمناهضة الاتجار بالبشر",
           ["open_discussion"])],
        report_attachments=[M08_DOC],
        notes="Libyan colloquial ('نبعتولكم', 'متاع', 'نبو نشاركو', 'حيكون'); DOCX with an Arabic file name (RFC 2231 "
              "filename*, RFC 2047 name=); speaker is not the sender; his organisation is only given as the "
              "sender's organisation (report sentence and signature, '- سبها' is the city); gmail.com address."))


def m09():
    when = at("2021-02-04 21:10:05")
    sent = when - dt.timedelta(seconds=19)
    text = """Bonsoir,

Suite à votre lettre d'invitation, l'Association Nour pour l'Entraide et le Développement (ANED), coordinatrice terrain Mme Rana Haddad, souhaiterait intervenir dans la table ronde n°1 le 24 février. Rana travaille avec les familles syriennes dans la Bekaa depuis 2013.

Je vous envoie ça du téléphone, le courant est coupé au bureau, pardon pour la forme.

Bien à vous,
Georges Khoury
ANED - Beyrouth

Envoyé de mon iPhone"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "<br>".join(esc(x) for x in text.split("\n")) + "</body></html>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "Apple-Mail-2B6D9E41-7C3A-4F18-B0E5-91A6D3C2F874")
    rows = std_rows(when, "mail.aned-lb.org", "178.135.2.44", "4DX1yq0Pj6z3",
                    "Georges Khoury <g.khoury@aned-lb.org>",
                    hdr("Intervention table ronde n°1 – ANED", "utf-8", "Q"), rfcdate(sent),
                    "<5C9A2E71-0B4D-4E8F-A3C6-7D1F2B9E0A44@aned-lb.org>", ret="g.khoury@aned-lb.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rana Haddad", "coordinatrice terrain", "Association Nour pour l'Entraide et le Développement (ANED)",
           ["roundtable"], 1)],
        notes="iPhone multipart/alternative, Levantine French; awkward order: organisation, then title, then "
              "'Mme' + name in one run-on phrase; 'table ronde n°1'; the sender (Georges Khoury) is not the speaker."))


def m10():
    when = at("2021-02-05 23:55:41")
    sent = when - dt.timedelta(seconds=21)
    rows_t = [("د. كاوه عزيز محمد", "مدير برنامج النازحين", "منظمة دجلة للإغاثة والتنمية المستدامة (DRSD)",
               "مداخلة في الجلسة العامة"),
              ("السيدة نور الهدى جاسم", "باحثة ميدانية", "منظمة دجلة للإغاثة والتنمية المستدامة (DRSD)",
               "مداخلة في المائدة المستديرة الثانية")]
    intro = """السادة المحترمون في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة
تحية طيبة،

نعتذر عن تأخر إرسال طلبنا إلى هذه الساعة بسبب انقطاع الإنترنت في مخيمات دهوك طوال اليوم. ومع أن النسخة العربية من رسالة الدعوة تذكر يوم الجمعة 23 شباط موعداً نهائياً، فضّلنا الإرسال اليوم التزاماً بموعد 5 شباط الوارد في النسخة الإنجليزية.

نرجو التفضل بقبول ترشيح المتحدثَين التاليين:"""
    outro = """مع خالص الشكر والتقدير

ريباز حسن
مسؤول العلاقات الخارجية
منظمة دجلة للإغاثة والتنمية المستدامة
دهوك – إقليم كوردستان العراق"""
    text = intro + "\n\n" + "\n".join("%s | %s | %s | %s" % r for r in
                                      [("الاسم", "المنصب", "الجهة", "نوع المشاركة")] + rows_t) + "\n\n" + outro + "\n"
    trs = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                  + "</tr>" for r in rows_t)
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma;font-size:11pt">' + text2html(intro)
                     + '<table dir="rtl" style="border-collapse:collapse"><tr>'
                     + "".join('<th style="border:1px solid #999;background:#ddeeff">%s</th>' % h
                               for h in ("الاسم", "المنصب", "الجهة", "نوع المشاركة"))
                     + "</tr>" + trs + "</table><br>" + text2html(outro) + "</div>", "rtl", "utf-8")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", html, "utf-8", "base64")],
                 "_000_VI1PR0102MB3127A8E6C1D54B2F9E0D7C3A5B6E1VI1PR0102MB3127_")
    rows = std_rows(when, "EUR03-VE1-obe.outbound.protection.outlook.com", "40.107.5.71", "4DXbc51Fkwz8",
                    addr("Rebaz Hassan", "rebaz.hassan@drsd-iq.org"),
                    hdr("ترشيح متحدثين - منظمة دجلة (DRSD)"), rfcdate(tz(sent, 3)),
                    "<VI1PR0102MB3127A8E6C1D54B2F9E0D7C3A5B6E1@VI1PR0102MB3127.eurprd01.prod.exchangelabs.com>",
                    ret="rebaz.hassan@drsd-iq.org")
    rows += [("Thread-Index", "AQHW+98xL2kq0Y8bT0mZ1rQeFh3KcQ=="), ("Content-Language", "ar-IQ")]
    m = top(body, rows)
    aff = "منظمة دجلة للإغاثة والتنمية المستدامة (DRSD)"
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("كاوه عزيز محمد", "مدير برنامج النازحين", aff, ["plenary"]),
        sp("نور الهدى جاسم", "باحثة ميدانية", aff, ["roundtable"], 2)],
        notes="deadline edge: received 23:55:41 Beirut on Fri 5 Feb (on time) but the Date header reads "
              "'Sat, 6 Feb 2021 00:55:20 +0300' (Duhok); the sender quotes the Arabic misprint '23 شباط' and says "
              "they follow the English date; two speakers in an HTML table (plain part is a pipe table), "
              "honorifics 'د.' and 'السيدة' inside the name cells; roundtable as 'المائدة المستديرة الثانية'."))


M11_PDF = "Rapport volontaire ATMM - examen régional PMM 2021.pdf"


def m11():
    when = at("2021-02-05 23:57:36")
    sent = when - dt.timedelta(seconds=34)
    text = """Bonsoir,

Je vous prie de trouver ci-joint le rapport volontaire de l'ATMM pour l'examen régional du PMM. Désolée pour l'heure tardive, on a eu une coupure d'internet tout l'après-midi à Sfax et je n'ai pu envoyer qu'à l'instant.

Nous souhaiterions également qu'une de nos juristes prenne la parole en plénière le 24 février :
Mlle Ines Trabelsi, juriste, Association Tunisienne pour les Migrants en Méditerranée (ATMM).

Elle a accompagné plusieurs dizaines de migrants refoulés de Libye en 2020.

Cordialement
Amel Chaabane
Secrétaire générale, ATMM
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body><div style="font-family:Calibri,Arial;font-size:11pt">' + text2html(text) + "</div></body></html>\n")
    body_alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                                     leaf("text/html", html, "iso-8859-1", "quoted-printable")],
                     "_000_PR2P264MB0419E7C1B3A95D2F604E8A1C7D3B2PR2P264MB0419FRAP_")
    pdf = make_pdf(["Association Tunisienne pour les Migrants en Mediterranee (ATMM)",
                    "Rapport volontaire - Examen regional du PMM, region arabe, 2021",
                    "Refoulements depuis la Libye et protection des migrants a Sfax et Medenine"])
    att = leaf("application/pdf", pdf, cte="base64",
               params=[("name", '"=?iso-8859-1?Q?Rapport_volontaire_ATMM_-_examen_r=E9gional_PMM_2021.pdf?="')],
               disp='attachment;\r\n\tfilename="=?iso-8859-1?Q?Rapport_volontaire_ATMM_-_examen_r=E9gional_PMM_2021.pdf?="')
    body = multi("mixed", [body_alt, att], "_004_PR2P264MB0419E7C1B3A95D2F604E8A1C7D3B2PR2P264MB0419FRAP_")
    rows = std_rows(when, "FRA01-PR2-obe.outbound.protection.outlook.com", "40.107.12.59", "4DXbfG6Cqvz2",
                    addr("Amel Chaabane", "amel.chaabane@atmm.tn"),
                    hdr("Rapport volontaire ATMM + demande d'intervention en plénière", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<PR2P264MB0419E7C1B3A95D2F604E8A1C7D3B2@PR2P264MB0419.FRAP264.PROD.OUTLOOK.COM>",
                    ret="amel.chaabane@atmm.tn")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ines Trabelsi", "juriste", "Association Tunisienne pour les Migrants en Méditerranée (ATMM)",
           ["plenary"])],
        report_attachments=[M11_PDF],
        notes="deadline edge for the speaker part: received 23:57:36 Beirut on Fri 5 Feb, Date header "
              "'22:57:02 +0100' (Tunisia); both parts on time; 'Mlle' not part of the name; Outlook "
              "iso-8859-1 with the PDF name as an RFC 2047 Q word inside quotes (filename and name)."))


def m12():
    when = at("2021-02-06 00:04:12")
    sent = when - dt.timedelta(seconds=17)
    text = flowed("""Dear colleagues,

Apologies that this comes at the very last minute - we had to wait for our colleagues inside Syria to get a working connection to confirm their availability.

On behalf of the Syria Civil Platform for Return and Protection (SCPRP) I would like to propose two speakers for the regional review:

1. Lama Darwish, Advocacy Manager, SCPRP - as rapporteur to deliver the key messages of the stakeholders
2. Mr. Khaled Al-Omar, Field Coordinator, based in Idlib - floor intervention in the plenary (24 or 25 Feb). Khaled may have to connect by phone given the situation.

I hope this is still within the deadline.

Best regards,
Nadia Saleh
SCPRP liaison, Geneva
""")
    t = leaf("text/plain", text, "UTF-8", "7bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.infomaniak.ch", "83.166.143.168", "4DXbpk3XYzz9",
                    "Nadia Saleh <nadia.saleh@scprp.org>",
                    "SCPRP speakers - GCM Regional Review Arab States", rfcdate(tz(sent, 1)),
                    "<3e9d1c07-5a2b-4f8e-91c6-d0a7b4e2f315@scprp.org>", ret="nadia.saleh@scprp.org")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "en-GB")]
    m = top(t, rows)
    aff = "Syria Civil Platform for Return and Protection (SCPRP)"
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Lama Darwish", "Advocacy Manager", aff, ["rapporteur"]),
        sp("Khaled Al-Omar", "Field Coordinator", aff, ["plenary"])],
        notes="late by four minutes: received 00:04:12 Beirut on Sat 6 Feb, but the Date header reads 'Fri, 5 Feb "
              "2021 23:03:55 +0100' (Geneva) and the sender hopes it is 'still within the deadline'; numbered "
              "list; first speaker's line says 'SCPRP' only, the full name is in the intro ('On behalf of the ...'); "
              "second speaker has no organisation on his line ('based in Idlib' is a place), affiliation inferred "
              "from 'on behalf of'; 'Mr.' stripped."))


def m13():
    when = at("2021-02-08 13:20:07")
    sent = when - dt.timedelta(seconds=9)
    text = """مرحبا،

نحنا جمعية سنابل للإغاثة والتنمية بحلب، وعم نحضّر التقرير الطوعي للمراجعة الإقليمية. بس عنا مشكلة: النت هون كتير ضعيف والملف حجمه حوالي 35 ميغا مع الصور، وكل ما نحاول نرفقه بالإيميل بيفشل.

فينا نبعتلكم رابط Google Drive أو WeTransfer بدل المرفق؟ ولا لازم يكون مرفق؟
وكمان سؤال تاني: لازم التقرير يكون بالإنكليزي ولا مقبول بالعربي؟

شكراً كتير الكن
وسيم
"""
    body = alt(text, gmail_html(text, rtl=True), "000000000000f1c27d05bad1e3a0")
    rows = std_rows(when, "mail-lj1-f170.google.com", "209.85.208.170", "4DZ3Kr1wVnz6",
                    addr("Wassim Sanabel", "sanabel.aleppo@gmail.com"),
                    hdr("استفسار بخصوص إرسال التقرير"), rfcdate(sent),
                    "<CAM3vNq8Yt1Rx5Kp0Lw7Zb2Hc9Uf4Dg6Js3Ea8Ti1Mo5Pk2Qy0w@mail.gmail.com>",
                    ret="sanabel.aleppo@gmail.com")
    m = top(body, rows)
    add(13, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine (Aleppo) question before submitting: may the report be sent as a Google Drive/WeTransfer "
              "link, and may it be in Arabic; announces a report but submits nothing; must not be filed as a "
              "voluntary report."))


def m14():
    when = at("2021-02-09 10:11:27")
    sent = when - dt.timedelta(seconds=40)
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة في أمانة المراجعة الإقليمية المحترمين،

بعرف إنه الموعد النهائي لطلبات المداخلة كان يوم الجمعة 5 شباط، بس إحنا اعتمدنا على النسخة العربية من الرسالة اللي مكتوب فيها 23 شباط، وما انتبهنا للفرق إلا مبارح. وفوق هيك الكهرباء عنا بغزة بتيجي 4 ساعات باليوم والنت ضعيف جداً.

فبنرجو منكم، إذا في مجال، تعتبرونا استثناء وتقبلوا ترشيح زميلتنا:
الاسم: م. ريم يوسف أبو شمالة
الصفة: منسقة مشاريع الحماية
المؤسسة: مركز غزة لدراسات الهجرة واللجوء
للمداخلة في إحدى الموائد المستديرة المواضيعية (أي وحدة بتناسبكم).

جزاكم الله خير، وبنعتذر مرة تانية عن التأخير.

أحمد أبو جزر
مركز غزة لدراسات الهجرة واللجوء
غزة - فلسطين
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.gcmrs-ps.org", "213.6.112.30", "4DZnHf2sQkz4",
                    addr("أحمد أبو جزر", "a.abujazar@gcmrs-ps.org", "utf-8", "Q"),
                    hdr("طلب استثناء - ترشيح متحدثة (مركز غزة لدراسات الهجرة)"), rfcdate(sent),
                    "<20210209081047.2F1C4A0E3B@mail.gcmrs-ps.org>", ret="a.abujazar@gcmrs-ps.org")
    rows += [("User-Agent", "Roundcube Webmail/1.4.9")]
    m = top(t, rows)
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("ريم يوسف أبو شمالة", "منسقة مشاريع الحماية", "مركز غزة لدراسات الهجرة واللجوء", ["roundtable"])],
        notes="after the deadline (Tue 9 Feb), explicitly asks for an exception and cites the Arabic misprint "
              "'23 شباط' as the reason; Palestinian colloquial mixed with MSA; labelled lines with the honorific "
              "'م.' (engineer) before the name; 'any roundtable' gives the role but no number; Roundcube, "
              "RFC 2047 Q display name."))


def m15():
    when = at("2021-02-10 09:05:52")
    sent = when - dt.timedelta(seconds=12)
    text = """Slt,
Svp je voulais savoir si on peut envoyer notre rapport volontaire par lien wetransfer ? Le fichier fait 28 Mo avec les annexes (photos + témoignages audio transcrits) et notre boite mail refuse au dessus de 10 Mo. On est basés entre Tripoli et Tunis et la connexion coté Libye est vraiment catastrophique.
Autre question : est-ce que le rapport peut etre en arabe avec un résumé en français ou il faut obligatoirement l'anglais ?
Merci d'avance et bon courage à toute l'équipe
Youssef El Amrani
Réseau Maghreb-Sahel Migrations
"""
    body = alt(text, gmail_html(text), "000000000000c8e2a905bae57b10")
    rows = std_rows(when, "mail-wr1-f52.google.com", "209.85.221.52", "4DbNcq4tHfz1",
                    "Youssef El Amrani <y.elamrani.rmsm@gmail.com>",
                    "question envoi rapport", rfcdate(tz(sent, 1)),
                    "<CAH5wZr2Pq7Lm9Nc0Kt4Ys1Vb8Dx3Fe6Gj2Ha5Ui9Ro7Tk0Sw3Q@mail.gmail.com>",
                    ret="y.elamrani.rmsm@gmail.com")
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="informal Maghrebi French ('Slt', 'Svp', missing accents); questions about sending the report by "
              "WeTransfer and about the language of the report; nothing submitted yet, mentions sizes and "
              "annexes that a keyword rule could take for a submission."))


M16_ID = "<CAK9rTb4Wn1Qx6Lp3Mz8Yc0Vh5Ed2Gf7Ja1Ks4Uo9Ri6Pn3Tm8w@mail.gmail.com>"
M16_P1 = "تقرير المراجعة الطوعية - منظمة دارفور للسلام والتنمية - الجزء 1.pdf"
M16_P2 = "تقرير المراجعة الطوعية - منظمة دارفور للسلام والتنمية - الجزء 2.pdf"


def m16():
    when = at("2021-02-11 18:33:19")
    sent = when - dt.timedelta(seconds=58)
    text = """السلام عليكم ورحمة الله

الإخوة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،

نرسل ليكم التقرير الطوعي لمنظمة دارفور للسلام والتنمية عن الاتفاق العالمي للهجرة. الملف كان كبير شديد وما قدرنا نرفعه مرة واحدة بسبب النت الضعيف في نيالا، فقسمناه لجزئين:
- الجزء الأول: المقدمة والسياق ووضع النازحين واللاجئين العائدين
- الجزء التاني: التوصيات والملاحق

لو ما وصلكم أي جزء أو الملف ما بيفتح أرجو تعلمونا عشان نرسله تاني.

مع خالص الشكر
آدم إسحاق عبد الرحمن
مسؤول البرامج
منظمة دارفور للسلام والتنمية
نيالا - جنوب دارفور
الإيميل الرسمي: adam.ishag@dopd-sd.org (السيرفر بيقيف أحياناً، فالأحسن تردوا على الاتنين)
"""
    body_alt = alt(text, gmail_html(text, rtl=True), "0000000000007d3e1b05bb12f6a4")
    p1 = make_pdf(["Darfur Organization for Peace and Development", "Voluntary GCM Review Report - Part 1",
                   "Introduction, context, IDPs and returning refugees in South Darfur"])
    p2 = make_pdf(["Darfur Organization for Peace and Development", "Voluntary GCM Review Report - Part 2",
                   "Recommendations and annexes"])
    a1 = attach("application/pdf", p1, M16_P1, extra=[("X-Attachment-Id", "f_kl0a1b2c0")])
    a2 = attach("application/pdf", p2, M16_P2, extra=[("X-Attachment-Id", "f_kl0a1b2d1")])
    body = multi("mixed", [body_alt, a1, a2], "0000000000007d3e1d05bb12f6a6")
    rows = std_rows(when, "mail-ej1-f47.google.com", "209.85.218.47", "4DcB0x5Lpmz3",
                    addr("Adam Ishag", "adam.ishag.dopd@gmail.com"),
                    hdr("التقرير الطوعي - منظمة دارفور للسلام والتنمية (جزئين)"), rfcdate(sent), M16_ID,
                    ret="adam.ishag.dopd@gmail.com")
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_P1, M16_P2],
        notes="Sudanese colloquial ('ليكم', 'كبير شديد', 'التاني'); the report is split into two PDFs (part 1 and "
              "part 2), both make up the report; long Arabic file names differing only in the digit, RFC 2231 "
              "filename* and RFC 2047 name=. Our acknowledgement to this sender bounced (h106-17)."))


def m17():
    when = at("2021-02-12 07:12:44")
    qid = "4DcBv02Hk7z9"
    human = """This is the mail system at host mx1.iom.int.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 12 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<adam.ishag@dopd-sd.org>: connect to mail.dopd-sd.org[196.29.166.9]:25: Connection
    timed out
"""
    t = leaf("text/plain", human, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds_text = ("Reporting-MTA: dns; mx1.iom.int\r\nX-Postfix-Queue-ID: %s\r\n"
                   "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\r\n"
                   "Arrival-Date: Thu, 11 Feb 2021 18:40:02 +0200 (EET)\r\n\r\n"
                   "Final-Recipient: rfc822; adam.ishag@dopd-sd.org\r\n"
                   "Original-Recipient: rfc822;adam.ishag@dopd-sd.org\r\n"
                   "Action: delayed\r\nStatus: 4.4.1\r\n"
                   "Diagnostic-Code: X-Postfix; connect to mail.dopd-sd.org[196.29.166.9]:25:\r\n"
                   "    Connection timed out\r\n"
                   "Will-Retry-Until: Tue, 16 Feb 2021 18:40:02 +0200 (EET)\r\n" % qid)
    blocks = []
    for chunk in ds_text.split("\r\n\r\n"):
        b = Message(policy=POL)
        for line in re.split(r"\r\n(?![ \t])", chunk.strip("\r\n")):
            k, v = line.split(":", 1)
            b[k] = v.strip()
        blocks.append(b)
    ds.set_payload(blocks)
    h = leaf("text/rfc822-headers",
             "Received: from PR3P193MB0781.EURP193.PROD.OUTLOOK.COM by mx1.iom.int (Postfix)\n"
             "\twith ESMTPS id %s; Thu, 11 Feb 2021 18:40:02 +0200 (EET)\n"
             "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
             "To: adam.ishag@dopd-sd.org\nCc: adam.ishag.dopd@gmail.com\n"
             "Subject: %s\n"
             "Date: Thu, 11 Feb 2021 16:39:58 +0000\n"
             "Message-ID: %s\nIn-Reply-To: %s\nReferences: %s\n" % (qid, b_word("تأكيد استلام"), ACK_16, M16_ID, M16_ID),
             "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [t, ds, h], "%s.1613110364/mx1.iom.int" % qid, params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"), ("To", BOX),
            ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20210212051244.%s@mx1.iom.int>" % qid)]
    m = top(body, rows)
    m.preamble = body.preamble
    add(17, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix delay warning (Action: delayed, 4.4.1 connection timed out) for our acknowledgement of "
              "h106-16 sent to the organisation's own domain (the Cc to the gmail address was delivered); "
              "multipart/report delivery-status; its returned headers reference h106-16's Message-ID, but a "
              "bounce must never be acknowledged nor threaded as a submission."))


M18_ID = "<a4d2f7c9-1e3b-6a05-8c2d-9b7e0f4a1c63@rspd-syria.org>"
M18_PDF = "RSPD_rapport_volontaire_PMM_partie1.pdf"
M18_TEXT = """Bonjour à toute l'équipe,

Vous trouverez ci-joint la première partie du rapport volontaire du Réseau Syrien pour la Protection des Déplacés (RSPD) dans le cadre de l'examen régional du Pacte mondial.

Cette partie 1 couvre le contexte et les objectifs 7 et 21 (chapitres 1 à 3). La seconde partie (chapitres 4 et 5, recommandations) est encore en relecture chez nos collègues à Deir ez-Zor et Raqqa, qui n'ont presque pas de connexion ; elle vous sera envoyée avant le 16 février par notre collègue Lina Mourad depuis Paris.

Merci de votre compréhension et de votre patience,

-- 
Dalia Nasrallah
Chargée de programmes
RSPD – Beyrouth
"""


def m18():
    when = at("2021-02-14 17:26:44")
    sent = when - dt.timedelta(seconds=22)
    t = leaf("text/plain", flowed(M18_TEXT), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Reseau Syrien pour la Protection des Deplaces (RSPD)",
                    "Rapport volontaire PMM - Partie 1 (chapitres 1 a 3)",
                    "Contexte; objectif 7; objectif 21"])
    att = attach("application/pdf", pdf, M18_PDF)
    body = multi("mixed", [t, att], "------------A7C20E5B19F3D4826E0C1B93")
    rows = std_rows(when, "mail.rspd-syria.org", "185.104.44.18", "4Ddgr26XkQz5",
                    "Dalia Nasrallah <d.nasrallah@rspd-syria.org>",
                    hdr("Rapport volontaire RSPD – partie 1/2", "utf-8", "Q"), rfcdate(sent), M18_ID,
                    ret="d.nasrallah@rspd-syria.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_PDF],
        notes="partial submission: only part 1 of the report is attached, part 2 announced from another sender "
              "(completed in h106-21, which arrives late); Thunderbird format=flowed 8bit; subject 'partie 1/2'."))


def m19():
    when = at("2021-02-15 12:48:03")
    sent = when - dt.timedelta(seconds=45)
    inner = """<p class="MsoNormal">Dear Sir/Madam,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">On behalf of the Yemeni Coalition for Migrants and Refugees Rights (YCMRR), kindly find below the link to download our voluntary GCM review report (collective report of 9 member organisations in Sana&#8217;a, Hodeidah, Aden and Marib).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We tried to attach it three times but the file is 19 MB and the connection keeps dropping, so we uploaded it to WeTransfer:</p>
<p class="MsoNormal"><a href="https://we.tl/t-Y7mKq2Rz4x">https://we.tl/t-Y7mKq2Rz4x</a> (the link expires after 7 days, on 22 February)</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kindly confirm once downloaded.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best Regards,</p>
<p class="MsoNormal"><b>Abdulrahman Al-Sharjabi</b><br>Coordinator<br>Yemeni Coalition for Migrants and Refugees Rights (YCMRR)<br>Sana&#8217;a &#8211; Yemen</p>
<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D70392.5F1C2A30" alt="YCMRR logo"></p>"""
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US" link="#0563C1"><div class="WordSection1">\n' + inner + "\n</div></body></html>\n")
    h = leaf("text/html", html, "utf-8", "quoted-printable")
    img = leaf("image/png", make_png(12, 4, (20, 110, 60)), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70392.5F1C2A30>")])
    body = multi("related", [h, img], "_004_DB7PR03MB4572B3F1A9C0E2D64F8A1B5C7E9D2DB7PR03MB4572eurp_",
                 params=[("type", '"text/html"')])
    rows = std_rows(when, "EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.54", "4Df1Mh3RwTz7",
                    "Abdulrahman Al-Sharjabi <coordinator@ycmrr-ye.org>",
                    "YCMRR - Voluntary GCM Review Report (download link)", rfcdate(tz(sent, 3)),
                    "<DB7PR03MB4572B3F1A9C0E2D64F8A1B5C7E9D2@DB7PR03MB4572.eurprd03.prod.outlook.com>",
                    ret="coordinator@ycmrr-ye.org")
    rows += [("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[],
        notes="report submitted only as a WeTransfer link (expires 22 Feb): nothing to file, report_attachments "
              "empty but still a voluntary report; HTML-only Outlook message (multipart/related with an inline "
              "signature logo image001.png that is not the report); Date header UTC+3 (Sana'a)."))


def m20():
    when = at("2021-02-16 23:58:40")
    sent = when - dt.timedelta(seconds=26)
    name = "IRMN_GCM_Voluntary_Report_FINAL_v3.pdf"
    text = """Dear GCM team,

Very sorry for this last-minute submission, we had a power cut in Baghdad for most of the evening and the generator only came back now. I know it is already past midnight here, I really hope it can still be considered.

Attached is the voluntary GCM review report of the Iraqi Returnees and Migrants Network (IRMN). The annexes (photos and the survey data, about 60 MB) are on Google Drive:
https://drive.google.com/drive/folders/1aZx9Qk3LmT0pRw7YbN2cV5uHs8Jd4Fe?usp=sharing

Best,
Zainab Al-Rubaie
Research Coordinator, IRMN
"""
    body_alt = alt(text, gmail_html(text).replace(
        "https://drive.google.com/drive/folders/1aZx9Qk3LmT0pRw7YbN2cV5uHs8Jd4Fe?usp=sharing",
        '<a href="https://drive.google.com/drive/folders/1aZx9Qk3LmT0pRw7YbN2cV5uHs8Jd4Fe?usp=sharing">'
        'https://drive.google.com/drive/folders/1aZx9Qk3LmT0pRw7YbN2cV5uHs8Jd4Fe?usp=sharing</a>'),
        "000000000000e7a52c05bb7c4d18")
    pdf = make_pdf(["Iraqi Returnees and Migrants Network (IRMN)", "Voluntary GCM Review Report 2021 - final v3",
                    "Return, reintegration and internal displacement in Iraq"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl8z1x0q0")])
    body = multi("mixed", [body_alt, att], "000000000000e7a52e05bb7c4d1a")
    rows = std_rows(when, "mail-wm1-f48.google.com", "209.85.128.48", "4DgLwZ0n2Fz1",
                    "Zainab Al-Rubaie <zainab.alrubaie@irmn-iq.org>",
                    "IRMN voluntary report - sorry for the delay", rfcdate(tz(sent, 3)),
                    "<CAE2uYs7Kp4Mx0Qn9Lb1Wc6Rt3Hz8Dv5Jf2Go7Ai4Ne1Ts9Uk6r@mail.gmail.com>",
                    ret="zainab.alrubaie@irmn-iq.org")
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:58:40 Beirut on Tue 16 Feb (on time) although the Date header is 'Wed, "
              "17 Feb 2021 00:58:14 +0300' and the sender believes she is late ('already past midnight here'); "
              "the report PDF is attached, the annexes are only a Google Drive link (not attachments)."))


M21_ID = "<CAN8pXe3Rk0Lw5Mz2Qb7Yt4Vc1Hs9Dg6Jf3Ea0Ui8Ko5Pn2Tm7q@mail.gmail.com>"


def m21():
    when = at("2021-02-17 00:03:15")
    sent = when - dt.timedelta(seconds=25)
    name = "RSPD_rapport_volontaire_PMM_partie2.pdf"
    quoted = "\n".join(("> " + x) if x else ">" for x in M18_TEXT.rstrip("\n").split("\n"))
    text = """Bonsoir,

Comme annoncé par ma collègue Dalia, voici la deuxième et dernière partie du rapport volontaire du RSPD (chapitres 4 et 5 et recommandations). Nos collègues de Deir ez-Zor n'ont pu nous renvoyer leurs corrections que ce soir, désolée pour ce délai.

Le rapport est donc complet avec la partie 1 envoyée dimanche.

Bien cordialement,
Lina Mourad
RSPD – antenne de Paris

Le dim. 14 févr. 2021 à 16:26, Dalia Nasrallah <d.nasrallah@rspd-syria.org> a écrit :

""" + quoted + "\n"
    html = ('<div dir="ltr">' + text2html(text.split("\nLe dim. 14")[0]) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">Le&nbsp;dim. 14 févr. 2021 à&nbsp;16:26, Dalia Nasrallah &lt;'
            '<a href="mailto:d.nasrallah@rspd-syria.org">d.nasrallah@rspd-syria.org</a>&gt; a écrit&nbsp;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + text2html(M18_TEXT) + "</blockquote></div>\n")
    body_alt = alt(text, html, "0000000000002f9c4e05bb7c61b2")
    pdf = make_pdf(["Reseau Syrien pour la Protection des Deplaces (RSPD)",
                    "Rapport volontaire PMM - Partie 2 (chapitres 4 et 5)", "Recommandations"])
    att = attach("application/pdf", pdf, name, extra=[("X-Attachment-Id", "f_kl90c3e71")])
    body = multi("mixed", [body_alt, att], "0000000000002f9c5005bb7c61b4")
    rows = std_rows(when, "mail-wr1-f45.google.com", "209.85.221.45", "4DgM2q6Vtbz4",
                    "Lina Mourad <lina.mourad.rspd@gmail.com>",
                    re_hdr("Re: ", "Rapport volontaire RSPD – partie 1/2"), rfcdate(tz(sent, 1)),
                    M21_ID,
                    extra=[("In-Reply-To", M18_ID), ("References", M18_ID)],
                    ret="lina.mourad.rspd@gmail.com")
    rows.insert(7, ("Cc", "Dalia Nasrallah <d.nasrallah@rspd-syria.org>"))
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name], thread_of="h106-18.eml",
        notes="completes the partial submission h106-18 (reply from a different sender, Gmail, quoting part 1's "
              "message); late by three minutes: received 00:03:15 Beirut on Wed 17 Feb while the Date header "
              "reads 'Tue, 16 Feb 2021 23:02:50 +0100' (Paris); only part 2 is attached here."))


def m22():
    when = at("2021-02-17 09:37:52")
    sent = when - dt.timedelta(seconds=33)
    name = "Rapport GCM - ONG Espoir Sahel Ouaddaï.docx"
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'ONG Espoir Sahel sur la mise en œuvre du Pacte mondial pour les migrations, en particulier la situation des réfugiés soudanais et des retournés tchadiens dans les camps de l'Est du Tchad.

Nous sommes conscients que le délai du 16 février est dépassé. Depuis Abéché la connexion est très difficile et notre premier envoi d'hier soir est resté bloqué dans la boîte d'envoi. Nous sollicitons votre bienveillance afin que notre rapport soit exceptionnellement pris en compte.

Dans l'attente, veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mahamat Abakar Issa
Coordonnateur national
ONG Espoir Sahel
Abéché, Tchad
"""
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:times new roman, new york, '
            'times, serif;font-size:16px;">' + text2html(text) + "</div></body></html>\n")
    body_alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                     leaf("text/html", html, "UTF-8", "quoted-printable")],
                     "----=_Part_2290817_1537764209.1613547439102")
    docx = make_docx(["ONG Espoir Sahel", "Rapport volontaire - Pacte mondial pour les migrations",
                      "Refugies soudanais et retournes tchadiens, Est du Tchad (Ouaddai)"])
    att = attach(DOCX, docx, name)
    body = multi("mixed", [body_alt, att], "----=_Part_2290816_1166030418.1613547439101")
    rows = std_rows(when, "sonic316-21.consmr.mail.bf2.yahoo.com", "74.6.130.121", "4DgZfX1Rmcz8",
                    "Mahamat Abakar Issa <espoirsahel_td@yahoo.fr>",
                    "Rapport volontaire - ONG Espoir Sahel (demande de prise en compte)", rfcdate(tz(sent, 1)),
                    "<1766390427.2290818.1613547439104@mail.yahoo.com>", ret="espoirsahel_td@yahoo.fr")
    rows += [("X-Mailer", "WebService/1.1.17712 YahooMailAndroidMobile")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late report (Wed 17 Feb morning) with an explicit request for an exception, blaming an outbox that "
              "did not send the evening before; formal Chadian French; DOCX name with spaces and 'ï' (RFC 2231); "
              "Yahoo Mail, Date UTC+1."))


def m23():
    when = at("2021-02-18 14:02:11")
    sent = when - dt.timedelta(seconds=8)
    text = """Hello,

Thanks for acknowledging our two speakers. One practical question in case Dr Kawa gets the plenary slot: the internet in the camps around Duhok is very unstable, and Kawa will probably be connecting from Khanke camp. Is there a phone dial-in number for the Zoom sessions, or could he send a pre-recorded video of his intervention as a backup (3 minutes)?

Also, will the Zoom links be sent by email? Our IT says some of your emails end up in spam.

Thanks,
Rebaz

--
Rebaz Hassan | External Relations Officer
DRSD – Duhok, Kurdistan Region of Iraq
"""
    body = alt(text, gmail_html(text), "00000000000051d8a305bb9a2c6e")
    rows = std_rows(when, "mail-pj1-f44.google.com", "209.85.216.44", "4DhRw15Kcfz2",
                    "Rebaz Hassan <rebaz.hassan@drsd-iq.org>",
                    "Dial-in / pre-recorded intervention? (DRSD)", rfcdate(tz(sent, 3)),
                    "<CAFq2Rk6Tm0Wx3Lp8Ny5Zb1Vc4Hd7Ge9Ja2Ks6Uo3Ri0Pn8Tq5w@mail.gmail.com>",
                    ret="rebaz.hassan@drsd-iq.org")
    m = top(body, rows)
    add(23, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics question (phone dial-in, pre-recorded video, Zoom links) about a speaker already "
              "proposed in h106-10 (in Arabic, by the same sender); this one is in English and not a reply "
              "(no In-Reply-To); it names a speaker and a role but proposes nothing new, so no speakers."))


def m24():
    when = at("2021-02-18 16:20:30")
    sent = when - dt.timedelta(seconds=5)
    text = """Merci beaucoup pour la confirmation, c'est bien reçu de notre côté. Bon courage pour l'organisation !

Dalia

Envoyé de mon iPhone

> Le 18 févr. 2021 à 15:52, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
> Chère Madame,
>
> Nous accusons réception de la deuxième partie du rapport volontaire du RSPD.
>
> Bien cordialement,
> Secrétariat de l'examen régional du PMM – États arabes
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.rspd-syria.org", "185.104.44.18", "4DhVb96Pyxz0",
                    "Dalia Nasrallah <d.nasrallah@rspd-syria.org>",
                    re_hdr("Re: ", "Accusé de réception – rapport volontaire RSPD"), rfcdate(sent),
                    "<8F1E3C52-6A9D-4B07-B2E4-C9D0A7F3E615@rspd-syria.org>",
                    extra=[("In-Reply-To", ACK_21), ("References", "%s %s %s" % (M18_ID, M21_ID, ACK_21))],
                    ret="d.nasrallah@rspd-syria.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(t, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h106-18.eml",
        notes="a thank-you replying to our acknowledgement of h106-21 (References name h106-18, h106-21 and our "
              "acknowledgement): adds nothing new, must not be acknowledged; iPhone quoting; the quoted text "
              "mentions the report ('rapport volontaire') but nothing is submitted."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            p = os.path.join(OUT, n)
            if os.path.isfile(p):
                os.remove(p)
    os.makedirs(OUT, exist_ok=True)
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
