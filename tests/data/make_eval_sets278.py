#!/usr/bin/env python3
"""Write the blind evaluation set holdout278 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets278.py
Theme: humanitarian field NGOs in Yemen, Sudan, Libya and Syria writing over poor connections (26 January - 18
February 2021).  An Aden coastal relief foundation asking from a phone whether photographed pages and a phone dial-in
are acceptable, a Marib foundation whose nomination comes in two fragments (name and ranked roles first, title and
full name of the organisation forty minutes later), a Tripoli NGO ranking three roles and later withdrawing its
speaker, an El Geneina health initiative sending its report as a ZIP from Yahoo on Android (and the same mail again
five minutes later), a Gaziantep cross-border organisation sending a compressed PDF and a rapporteur-first speaker
(its Cc'd manager's Exchange out-of-office answers), a Misrata organisation sending a 'small' report and two speakers
(then a thank-you), a Zalingei base writing at 23:57 on the speaker deadline when the generator comes back, a Sana'a
network writing twelve minutes too late (our acknowledgement to its .ye server bounces five days later, connection
timed out), a Kassala organisation asking whether a late nomination is still possible and then sending it, an Idlib
volunteer team sending a handwritten report as WhatsApp photos in two mails, a Benghazi INGO mission with a
compressed PDF (its Cc'd colleague's out-of-office from Kufra), a Beirut-based Syrian network sending a light DOCX
and a late speaker, a Syrian medical union that declines but wants to listen, a Qamishli association at 23:46 on the
report deadline and a Sebha collective whose phone queued its mail until after midnight.  Bodies mixing Arabic and
English, ranked role preferences, low-bandwidth signatures, apologies for power cuts.  Helpers from mailgen.py.
"""
import datetime as dt
import io
import struct
import zipfile

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(278)
add = SET.add
H = "h278-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
YAHOO_ANDROID = "WebService/1.1.17648 YahooMailAndroidMobile"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3953)"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


# ---------------------------------------------------------------- local helpers
def android_html(text, rtl=False):
    """The Gmail app on Android: one dir=auto div, lines joined with <br>."""
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7c2e91a4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s</body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def outlook_mobile_html(text, foot):
    """Outlook for Android / iOS: dir=auto divs and the 'Get Outlook' footer as a link."""
    inner = "".join('<div dir="auto">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '%s<div dir="auto"><br></div><div dir="auto">%s</div></body></html>\n' % (inner, foot))


def make_jpg(seed, n=9000, w=1200, h=1600):
    """JPEG-shaped bytes as WhatsApp re-encodes photos (SOI, APP0 JFIF, no Exif, DQT, SOF0, DHT, SOS, scan, EOI)."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    dqt = b"\x00" + bytes((i * 3 + seed) % 40 + 2 for i in range(64))
    sof = b"\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    dht = b"\x00" + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    x, scan = seed, bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        b = (x >> 16) & 0xff
        scan.append(b)
        if b == 0xff:
            scan.append(0)
    return (b"\xff\xd8" + seg(0xe0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00") + seg(0xdb, dqt)
            + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + bytes(scan) + b"\xff\xd9")


def zip_of(files, stamp=(2021, 2, 2, 9, 12, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM – États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def ooo_rows(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """An Exchange out-of-office answering our acknowledgement of a message (localised subject prefix)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  other  Aden: photos of pages? phone dial-in?
def m01():
    when = at("2021-01-26 11:08:14")
    subj = "Questions from Aden - report format and joining by phone"
    text = """السلام عليكم
Dear GCM Regional Review team,

Greetings from Aden. I am writing from my phone because our office has electricity only 4-5 hours a day these days and the internet goes with it, so please excuse the short style.

We received the invitation letter through the Protection Cluster mailing list and we want to take part, but before we start we have some practical questions:

1. The voluntary report: our team in the field can write it in Arabic but we don't have a working scanner. Is it OK to send the pages as photos from the phone, or as a compressed (zip) file if it is too big? Or must it be Word/PDF?
2. If we nominate someone to speak (we are thinking of one of our field team leaders in Lahj, not decided yet), can that person join the conference by normal phone call or WhatsApp audio if the internet is cut on the day?
3. The deadlines in the letter, 5 and 16 February, are they Beirut time? Aden is one hour ahead.

جزاكم الله خير, and thank you for your patience with us.

Afrah Saeed Bamatraf
Protection Officer - Aden Coastal Relief Foundation (ACRF)
مؤسسة عدن الساحلية للإغاثة
Aden, Yemen
"""
    body = alt(text, "0000000000004b7e2a05b9c3f1d8", html=android_html(text))
    m = mk(when, sent_at(when, 3, 9), "mail-pj1-f43.google.example.com", "192.0.2.43", "4DQ7Lb2WpXz1",
           "Afrah Bamatraf <afrah.bamatraf.acrf@gmail.example.com>", subj,
           "<CAJ7pLw3Nx8tQ2vR+k5Hb1Zc6sM9dFy4gE2@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="practical questions before anything is sent (photos or zip instead of Word/PDF, phone or WhatsApp "
              "dial-in for a speaker, which time zone the deadlines use), typed on a phone during a power cut; "
              "English body with an Arabic greeting, blessing and the foundation's Arabic name in the signature: "
              "acknowledge in English. 'one of our field team leaders in Lahj, not decided yet' names nobody, so no "
              "speaker; no report. Gmail app, Date UTC+3."))


# ================================================================ 02  AR  speaker  Marib: fragment 1 (name and ranked roles, title to follow)
M02_ID = "<CAM4qTz8Rv2nL6wK+f3Xp9Bc1sH7dGy5jA0@mail.gmail.example.com>"
M02_SUBJ = "ترشيح متحدث - مؤسسة سبأ للإغاثة والتنمية"
M02_TEXT = """Dear GCM team,

السلام عليكم ورحمة الله وبركاته

نرشح من فريقنا الأخ فؤاد علي الحميري للمشاركة في المؤتمر الإقليمي.
الخيار الأول: مداخلة في المائدة المستديرة الثانية
وإذا ما في مكان: مداخلة من القاعة في الجلسة العامة

بقية بياناته (الصفة الوظيفية) بأرسلها لكم في رسالة ثانية، النت ضعيف جداً عندنا اليوم وانقطع مرتين وأنا أكتب هذه الرسالة.

عبدالله ناجي القيسي
مؤسسة سبأ للإغاثة والتنمية - مأرب
أُرسلت من هاتفي
"""


def m02():
    when = at("2021-01-31 19:42:33")
    body = alt(M02_TEXT, "000000000000a3c81f05ba2d6e49", html=android_html(M02_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 21), "mail-oi1-f196.google.example.com", "192.0.2.196", "4DTx3Ns8QcZ4",
           addr("عبدالله القيسي", "abdullah.alqaisi.saba@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فؤاد علي الحميري", None, "مؤسسة سبأ للإغاثة والتنمية", ["roundtable", "plenary"], 2)],
        notes="first fragment of a nomination typed on a phone in Marib: name and ranked roles only ('الخيار الأول: "
              "... المائدة المستديرة الثانية / وإذا ما في مكان: ... الجلسة العامة' = roundtable 2 first, plenary as "
              "fallback), the title explicitly 'in a second message' (title null here). 'الأخ' is a form of address, "
              "dropped; affiliation from 'من فريقنا' and the signature ('- مأرب' is the place). Opens with an English "
              "'Dear GCM team,' then Arabic throughout: language ar. The sender is not the speaker. Completed by "
              "h278-03."))


# ================================================================ 03  AR  speaker  Marib: fragment 2 (title and full organisation name)
def m03():
    when = at("2021-01-31 20:19:05")
    text = """تكملة لرسالتي السابقة (انقطع النت):

الاسم: فؤاد علي الحميري
الصفة: منسق مخيمات النزوح الميدانية
الجهة: مؤسسة سبأ للإغاثة والتنمية (SRDF) - مأرب
المشاركة: نفس ما ذكرت في الرسالة الأولى، المائدة المستديرة الثانية أولاً وإلا الجلسة العامة

رقم الواتساب حقه: +967 77 000 0000 (الشبكة عندنا أحسن من النت)

عبدالله

في الأحد، 31 يناير 2021 في 8:42 م، كتب عبدالله القيسي <abdullah.alqaisi.saba@gmail.example.com>:

""" + gt(M02_TEXT) + "\n"
    body = alt(text, "000000000000e5f20b05ba2df3a7", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 14), "mail-oi1-f196.google.example.com", "192.0.2.196", "4DTy0Kv5RmZ8",
           addr("عبدالله القيسي", "abdullah.alqaisi.saba@gmail.example.com"), re_hdr("Re: ", M02_SUBJ),
           "<CAM4qTz9Wb5mK1xP+g8Nc3Hd6sL2fYe7kB4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M02_ID), ("References", M02_ID)])
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 2, speakers=[
            sp("فؤاد علي الحميري", "منسق مخيمات النزوح الميدانية", "مؤسسة سبأ للإغاثة والتنمية (SRDF)",
               ["roundtable", "plenary"], 2)],
        notes="second fragment of the nomination of h278-02, 37 minutes later, as a Gmail reply to the sender's own "
              "message ('تكملة لرسالتي السابقة'): labelled lines now give the title and the organisation with its "
              "Latin acronym ('- مأرب' is the place, dropped); the roles are given by reference ('نفس ما ذكرت في "
              "الرسالة الأولى') and restated briefly. Same speaker as h278-02, completed (not a second speaker); "
              "acknowledge, as it adds the missing title. The WhatsApp number is noise."))


# ================================================================ 04  FR  speaker  Tripoli: three ranked roles, Outlook for Android
M04_ID = "<AM6PR02MB4278D1C3E5A7B9F0@AM6PR02MB4278.eurprd02.prod.outlook.example.com>"
M04_SUBJ = "Demande d'intervention – OLSH (Tripoli)"
M04_QID = "4DW2Hq7NcTz3"


def m04():
    when = at("2021-02-01 09:55:41")
    text = """Bonjour,

Suite à votre lettre d'invitation, l'Organisation Libyenne pour la Solidarité Humanitaire (OLSH) souhaite proposer M. Salem Abudabbous, responsable des équipes mobiles de protection, pour prendre la parole. Ses équipes interviennent chaque semaine auprès des migrants et des familles déplacées dans les quartiers sud de Tripoli et à Tajoura.

Par ordre de préférence :
1) une intervention dans la table ronde thématique n° 3 ;
2) sinon, la discussion ouverte de la consultation multipartite du 23 février ;
3) à défaut, une prise de parole depuis la salle en séance plénière.

M. Abudabbous s'exprime en arabe ; il participera en ligne depuis notre bureau de Tripoli (coupures d'électricité fréquentes, nous aurons un générateur ce jour-là).

Cordialement,

Wafa Ben Romdhane
Responsable des programmes
Organisation Libyenne pour la Solidarité Humanitaire (OLSH) / المنظمة الليبية للتضامن الإنساني
Tripoli – Libye
Connexion limitée : merci de ne pas joindre de fichiers lourds dans vos réponses.
"""
    foot = 'Obtenir <a href="https://aka.example.ms/AAb9ysg">Outlook pour Android</a>'
    plain = text + "\nObtenir Outlook pour Android<https://aka.example.ms/AAb9ysg>\n"
    body = alt(plain, "_000_AM6PR02MB4278D1C3E5A7B9F0_", html=outlook_mobile_html(text, foot))
    m = mk(when, sent_at(when, 2, 11), "mail-am6eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M04_QID, addr("Wafa Ben Romdhane", "w.benromdhane@olsh-libya.example.org"),
           hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AQHW+HbK3pL8Ns2Xv5Qz1Mc7Rt4Wd9Ey6A==", lang="fr-FR")[:5])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salem Abudabbous", "responsable des équipes mobiles de protection",
           "Organisation Libyenne pour la Solidarité Humanitaire (OLSH)", ["roundtable", "open_discussion", "plenary"],
           3)],
        notes="three roles ranked in a numbered list ('table ronde thématique n° 3', else 'la discussion ouverte de la "
              "consultation multipartite', else 'une prise de parole depuis la salle en séance plénière'): all three "
              "recorded, roundtable 3 the first choice. 'M.' dropped; title in prose after the name; the signature "
              "adds the Arabic name after a slash (not recorded). Low-bandwidth signature line and generator remark "
              "are noise. The sender (programme manager) is not the speaker. Outlook for Android, Date UTC+2. "
              "Withdrawn in h278-24."))


# ================================================================ 05  EN  report  El Geneina: report zipped, Yahoo on Android
M05_SUBJ = "Voluntary GCM review report - DCHI El Geneina (zip)"
M05_ZIP = "DCHI_GCM_Voluntary_Report_2021.zip"
M05_TEXT = """Assalamu alaikum,
Dear GCM review team,

Please find attached the voluntary GCM review report of the Darfur Community Health Initiative (DCHI), El Geneina, West Darfur.

The file is compressed (zip) because our connection here is very slow and the PDF with the annex did not go through this morning. Inside the zip you will find the report (PDF) and Annex 1 with the case data (Word).

Our Khartoum liaison office already sent our speaker nomination separately last week, so this email is only for the report.

Kindly confirm receipt.

Regards,
Ibrahim Yahya Abdalla
M&E Officer, DCHI
El Geneina, West Darfur, Sudan

Sent from Yahoo Mail on Android
"""


def m05_body():
    pdf = rep_pdf("Voluntary GCM review report - Darfur Community Health Initiative (DCHI)",
                  "El Geneina, West Darfur, January 2021",
                  ["Who we are and where we work", "Displacement, returns and movement towards Libya and Chad",
                   "Health access for people on the move", "Recommendations"])
    annex = make_docx(["DCHI - Annex 1 - Case data 2020", "Table 1. Consultations by site and month",
                       "Table 2. Referrals of people in transit"])
    z = zip_of([("DCHI_GCM_Voluntary_Report_2021.pdf", pdf), ("Annex1_Case_data_2020.docx", annex)])
    a = alt(M05_TEXT, "----=_Part_1184526_902173455.1612269083512", html=yahoo_html(M05_TEXT))
    zp = leaf("application/zip", z, cte="base64", params=[("name", '"%s"' % M05_ZIP)],
              disp='attachment; filename="%s"' % M05_ZIP)
    return multi("mixed", [a, zp], "----=_Part_1184525_1508826141.1612269083511")


def m05():
    when = at("2021-02-02 14:31:27")
    m = mk(when, sent_at(when, 2, 33), "sonic307-4.consmr.mail.ne1.yahoo.example.com", "198.51.100.47",
           "4DX5Rk1PvWz6", "Ibrahim Yahya <ibrahim.yahya.dchi@yahoo.example.com>", M05_SUBJ,
           "<1502988417.1184527.1612269083514@mail.yahoo.example.com>", m05_body(), extra=[("X-Mailer", YAHOO_ANDROID)])
    add(5, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M05_ZIP],
        notes="the report sent as a ZIP (PDF report + DOCX annex inside) to get through a slow connection: the file "
              "to record is the .zip as sent. 'our speaker nomination ... sent separately last week' by another "
              "office is not a request in this mail, so not 'both'. Yahoo Mail on Android ('Sent from Yahoo Mail on "
              "Android' line), 'Assalamu alaikum' opening. Sent again five minutes later (h278-06)."))


# ================================================================ 06  EN  report  El Geneina: the same mail again
def m06():
    when = at("2021-02-02 14:36:02")
    m = mk(when, sent_at(when, 2, 12), "sonic314-19.consmr.mail.ne1.yahoo.example.com", "198.51.100.54",
           "4DX5Xc4LmTz0", "Ibrahim Yahya <ibrahim.yahya.dchi@yahoo.example.com>", M05_SUBJ,
           "<1877203164.1187340.1612269360748@mail.yahoo.example.com>", m05_body(), extra=[("X-Mailer", YAHOO_ANDROID)])
    add(6, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 5, report_attachments=[M05_ZIP],
        notes="exact duplicate of h278-05 (same subject, body and ZIP bytes; new Message-ID, no In-Reply-To) sent "
              "again by the phone app after a 'sending failed' on the weak connection: labelled like dev 041 "
              "(keeps its category, points to the first message); the service should not file the report twice."))


# ================================================================ 07  AR  both  Gaziantep / northern Aleppo: compressed PDF + rapporteur first
M07_ID = "<VI1PR03MB6190A8E2C4F7B135@VI1PR03MB6190.eurprd03.prod.outlook.example.com>"
M07_SUBJ = "التقرير الطوعي + ترشيح متحدثة - منظمة بصمة أمل"
M07_QID = "4DYb6Tm3KqZ9"
M07_FILE = "تقرير بصمة أمل - المراجعة الطوعية - نسخة مضغوطة.pdf"


def m07():
    when = at("2021-02-03 11:20:48")
    text = """السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نرسل إليكم في المرفق التقرير الطوعي لمنظمة بصمة أمل للإغاثة والتنمية عن الاستعراض الإقليمي للاتفاق العالمي للهجرة، ويغطي عملنا مع النازحين والعائدين في ريف حلب الشمالي خلال 2019-2020.

ملاحظة: الملف الأصلي حجمه 14 ميغا بسبب الصور والخرائط، واضطررنا نضغطه إلى أقل من 1 ميغا حتى يقدر الـ field team يرسله من الداخل، فجودة الصور منخفضة. إذا احتجتم النسخة الكاملة نرسلها عبر رابط.

كما نرغب بترشيح زميلتنا للمشاركة في المؤتمر:
الاسم: رهف محمود الحسين
الصفة: مسؤولة الحماية الميدانية (Field Protection Officer)
الجهة: منظمة بصمة أمل للإغاثة والتنمية
الخيار الأول: مقررة لإيصال الرسائل الرئيسية لأصحاب المصلحة
الخيار الثاني: مداخلة في المائدة المستديرة الرابعة

رهف موجودة داخل سوريا وستشارك أونلاين، والاتصال عندها متقطع، لذلك نرجو إرسال أي تفاصيل تقنية إلى الـ focal point في مكتب غازي عنتاب (أنا) مع نسخة لمدير البرامج.

مع الشكر والتقدير،

نور الهدى قطيني
مسؤولة المناصرة والتواصل
منظمة بصمة أمل للإغاثة والتنمية
مكتب غازي عنتاب - تركيا
"""
    cid = "image001.png@01D6FA21.3E4B5C60"
    html = outlook_html(text, lang="AR-SY", img_cid=cid, rtl=True)
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
              "_000_VI1PR03MB6190A8E2C4F7B135_")
    rel = multi("related", [a, logo(cid, (0, 110, 80))], "_004_VI1PR03MB6190A8E2C4F7B135_",
                params=[("type", '"multipart/alternative"')])
    pdf = rep_pdf("Basmat Amal Relief and Development - Voluntary GCM review (compressed copy)",
                  "Gaziantep / northern Aleppo countryside, January 2021",
                  ["Displacement and returns in northern Aleppo", "Civil documentation", "Protection risks on the "
                   "move", "Recommendations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M07_FILE)], "_005_VI1PR03MB6190A8E2C4F7B135_")
    m = mk(when, sent_at(when, 3, 10), "mail-vi1eur03on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", M07_QID, addr("نور الهدى قطيني", "nour.qutaini@basmatamal.example.org"), hdr(M07_SUBJ),
           M07_ID, body, cc=addr("عمر فاروق الشيخ", "omar.alsheikh@basmatamal.example.org"),
           extra=outlook(hdr(M07_SUBJ), "AQHW+hR5Lk2Nx8Vq4Pb7Tz1Mc3Wd6Ys9E==", lang="ar-SA", has_attach="yes"))
    add(7, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رهف محمود الحسين", "مسؤولة الحماية الميدانية", "منظمة بصمة أمل للإغاثة والتنمية",
           ["rapporteur", "roundtable"], 4)],
        report_attachments=[M07_FILE],
        notes="both, on time (3 February): a PDF compressed from 14 MB to under 1 MB ('نسخة مضغوطة' in the Arabic "
              "file name, RFC 2231 + RFC 2047) and a speaker with ranked roles (first rapporteur, second 'المائدة "
              "المستديرة الرابعة' = 4). The title line carries its English translation in brackets (not recorded, "
              "the Arabic form is the written title). Arabic body with English words ('field team', 'focal "
              "point'); the sender (advocacy officer) is not the speaker. Inline logo not a report file; the Cc'd "
              "programme manager's out-of-office follows (h278-08). Outlook, Date UTC+3 (Gaziantep)."))


# ================================================================ 08  AR  auto_reply  Cc'd programme manager's Exchange out-of-office
def m08():
    when = at("2021-02-03 11:21:56")
    ack = ack_mid(M07_QID)
    text = """السلام عليكم،

أنا حالياً في مهمة ميدانية داخل سوريا حتى يوم الأحد 14 شباط/فبراير، وإمكانية الوصول إلى الإنترنت محدودة جداً. سأرد على رسالتكم بعد عودتي.
للأمور العاجلة يرجى التواصل مع مكتب غازي عنتاب: info@basmatamal.example.org

I am on a field mission inside Syria until Sunday 14 February with very limited connectivity. For urgent matters please contact info@basmatamal.example.org.

عمر فاروق الشيخ
مدير البرامج | Programme Manager
منظمة بصمة أمل للإغاثة والتنمية
"""
    body = alt(text, "_000_AM0PR03MB5732C9D1E4A6B820_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد تلقائي: تأكيد استلام - " + M07_SUBJ)
    rows = ooo_rows(when, "mail-am0eur03on0621.outbound.protection.outlook.example.com", "198.51.100.121",
                    "4DYb8Fw1NsZ2", addr("عمر فاروق الشيخ", "omar.alsheikh@basmatamal.example.org"),
                    "<AM0PR03MB5732C9D1E4A6B820@AM0PR03MB5732.eurprd03.prod.outlook.example.com>", subj,
                    hdr("تأكيد استلام - " + M07_SUBJ), M07_ID, ack, "ar-SA", (3, 3))
    add(8, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic + English Exchange out-of-office ('رد تلقائي:' before our acknowledgement's subject, "
              "Auto-Submitted, X-Auto-Response-Suppress, null Return-Path) of the programme manager in Cc of "
              "h278-07, 68 seconds after our acknowledgement; the field-mission and connectivity wording reads like "
              "a person. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  EN  both  Misrata: 'small' report + two speakers with ranked roles
M09_ID = "<CAP8xWn2Lq5tR9vM+c4Kz7Hb3sF1dYg6jN8@mail.gmail.example.com>"
M09_SUBJ = "LRHO - voluntary report + 2 speaker requests"
M09_QID = "4DZn4Pc9XwZ5"
M09_FILE = "LRHO_GCM_Review_2021_small.pdf"


def m09():
    when = at("2021-02-04 13:05:19")
    text = """السلام عليكم ورحمة الله وبركاته
Dear colleagues,

I hope you are well. On behalf of the Libyan Relief and Health Organisation (LRHO), I am sending two things in this email:

1. Our voluntary GCM review report (attached, PDF). This is the "small" version (1.2 MB) because our office internet in Misrata cannot upload the full one (28 MB, with photos and maps). If you need the full version, tell us and we will try from Tripoli next week.

2. Two speaker requests for the conference:

- Dr. Huda Al-Mabrouk, Medical Coordinator, LRHO
  First choice: rapporteur, to deliver the stakeholders' key messages. If that is not possible: a floor intervention in Roundtable 1.

- Mr. Nasser Ben Omran, Community Liaison Officer, LRHO
  Roundtable 3 only.

Both will join online. Please note that power cuts in Misrata are 6-8 hours a day at the moment, so if there is a phone dial-in option it would help a lot.

بارك الله فيكم
Best regards,

Marwa Elturki
Programme Officer | LRHO - منظمة الإغاثة والصحة الليبية
Misrata, Libya
Mobile/WhatsApp: +218 91 000 0000
"""
    pdf = rep_pdf("Libyan Relief and Health Organisation (LRHO) - Voluntary GCM review 2021 (small version)",
                  "Misrata, February 2021",
                  ["Health services for migrants in Misrata and the central coast", "Disembarkation and detention",
                   "Access to care for people without documents", "Recommendations"])
    a = alt(text, "000000000000c2f7a905ba8e3b15", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "000000000000c2f7ab05ba8e3b17")
    m = mk(when, sent_at(when, 2, 41), "mail-ed1-f66.google.example.com", "192.0.2.166", M09_QID,
           "Marwa Elturki <marwa.elturki.lrho@gmail.example.com>", M09_SUBJ, M09_ID, body)
    lrho = "Libyan Relief and Health Organisation (LRHO)"
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Huda Al-Mabrouk", "Medical Coordinator", lrho, ["rapporteur", "roundtable"], 1),
        sp("Nasser Ben Omran", "Community Liaison Officer", lrho, ["roundtable"], 3)],
        report_attachments=[M09_FILE],
        notes="both, on time (4 February): a 'small' PDF of the report (the full 28 MB version is only offered) and two "
              "speakers on dash lines, each 'name, title, LRHO' with the roles ranked below ('First choice: "
              "rapporteur ... If that is not possible: ... Roundtable 1'; 'Roundtable 3 only'). 'Dr.'/'Mr.' dropped; "
              "the acronym is expanded in the first paragraph (fullest form recorded). English body opened and "
              "closed with Arabic formulas. The sender is not a speaker. Thanked in h278-10."))


# ================================================================ 10  EN  other  Misrata: thank-you answering our acknowledgement
def m10():
    when = at("2021-02-04 17:40:37")
    ack = ack_mid(M09_QID)
    quoted = ack_text("en", M09_SUBJ, "the voluntary report and speaker requests it contains")
    text = """Thank you very much, well received. We shared it with Dr. Huda and Nasser.

جزاكم الله خيراً
Marwa

On Thu, 4 Feb 2021 at 13:06, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000f8a14c05ba91d2e6", html=android_html(text))
    m = mk(when, sent_at(when, 2, 26), "mail-pl1-f171.google.example.com", "192.0.2.171", "4DZy1Tk6HbZ7",
           "Marwa Elturki <marwa.elturki.lrho@gmail.example.com>",
           "Re: Acknowledgement of receipt - " + M09_SUBJ,
           "<CAP8xWn5Mz2kT7qB+d1Lx9Vc4sG6eHf3kR2@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack)])
    add(10, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="thank-you answering our acknowledgement of h278-09 (References name h278-09): adds nothing new, so no "
              "acknowledgement (LABELS.md); it names the speakers by first name only ('Dr. Huda and Nasser'), not "
              "a new nomination. Gmail app on Android; Arabic blessing line."))


# ================================================================ 11  FR  speaker  Zalingei: 23:57 on the deadline, generator back
def m11():
    when = at("2021-02-05 23:57:41")
    subj = "Proposition d'intervenant – ASCD Darfour (envoi tardif, panne de courant)"
    text = """Bonsoir,

Pardon pour l'heure : le générateur de notre base de Zalingei est tombé en panne cet après-midi et le courant vient juste de revenir. Je vous écris tout de suite pour ne pas manquer la date du 5 février.

L'Alliance pour la Santé Communautaire au Darfour (ASCD) souhaite proposer le Dr Abakar Mahamat Nour, médecin-chef des cliniques mobiles de l'ASCD, qui suit depuis 2018 les familles déplacées et les personnes en transit vers la Libye le long de la route de Nyala et de Zalingei.

Notre premier choix serait qu'il soit rapporteur pour porter les messages clés des parties prenantes. Si ce rôle est déjà attribué, il pourrait faire une intervention en séance plénière.

Il parle arabe, français et anglais, et participera en ligne depuis Zalingei.

Merci de votre compréhension,

Hissein Adoum Brahim
Chargé de liaison – ASCD
Base de Zalingei, Darfour central – Soudan
[Connexion VSAT partagée : merci de répondre en texte simple, sans pièce jointe]
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 2, 160), "mail.ascd-darfur.example.org", "203.0.113.61", "4DbR7Qz2LnZ4",
           "Hissein Adoum Brahim <h.adoum@ascd-darfur.example.org>", hdr(subj, enc="Q"),
           "<7e3b9c21-4f8a-4d06-b1e5-2a9c0d7f3e18@ascd-darfur.example.org>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abakar Mahamat Nour", "médecin-chef des cliniques mobiles",
           "Alliance pour la Santé Communautaire au Darfour (ASCD)", ["rapporteur", "plenary"])],
        notes="deadline edge: received 23:57:41 Beirut time on Friday 5 February (Date 23:55 +0200, Zalingei; the mail "
              "sat in the outbox of a shared VSAT link), on time although the subject says 'envoi tardif'. Ranked "
              "roles: 'premier choix ... rapporteur' then 'intervention en séance plénière'. 'Dr' dropped; title as "
              "written without 'de l'ASCD'. Power-cut apology and a low-bandwidth signature line. Thunderbird, 8bit "
              "format=flowed; the sender is not the speaker."))


# ================================================================ 12  EN  speaker  Sana'a: 12 minutes late, plain text over 2G
M12_ID = "<20210206011158.5c2e8f41a7@webmail.ywpn.example.ye>"
M12_SUBJ = "Speaker nomination - YWPN Sanaa"
M12_QID = "4DbS2Wx8KtZ1"
M12_TO = "bushra.aladimi@ywpn.example.ye"


def m12():
    when = at("2021-02-06 00:12:09")
    text = """Dear GCM Regional Review team,

Salam. I am very sorry for sending this at this hour. The electricity was cut in our area of Sana'a from the afternoon and came back only now, it is 1 am here. I hope it is still acceptable, in Beirut it should be just around midnight.

The Yemen Women's Protection Network (YWPN) would like to nominate:

Name: Ms. Entisar Abdulwahab Qaid
Title: Protection Programme Manager
Organisation: Yemen Women's Protection Network (YWPN)

Our first preference is a floor intervention in Roundtable 4. If it is full, she can take part in the open discussion of the consultation on 23 February instead.

She will connect by phone from Sana'a. ان شاء الله the connection will be ok on the day.

With thanks and apologies,
Bushra Al-Adimi
Executive Director, YWPN
Sana'a - Yemen
-- 
Sent over a weak 2G line. Plain text only please, no attachments.
"""
    tp = leaf("text/plain", text, "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 3, 11), "webmail.ywpn.example.ye", "203.0.113.45", M12_QID,
           "Bushra Al-Adimi <%s>" % M12_TO, M12_SUBJ, M12_ID, tp, extra=[("User-Agent", ROUNDCUBE)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Entisar Abdulwahab Qaid", "Protection Programme Manager", "Yemen Women's Protection Network (YWPN)",
           ["roundtable", "open_discussion"], 4)],
        notes="late by 12 minutes: received 00:12:09 Beirut time on Saturday 6 February (Date header 01:11 +0300, "
              "Sana'a); the sender hopes it is 'just around midnight' in Beirut, but on_time follows received_at. "
              "Labelled lines ('Ms.' dropped); ranked roles: Roundtable 4 first, the open discussion as fallback. "
              "Arabic phrase inside the English text; low-bandwidth signature after '-- '. Plain-text webmail on a "
              "Yemeni server: our acknowledgement to it bounces five days later (h278-19)."))


# ================================================================ 13  AR  other  Kassala: is a late nomination still possible?
M13_ID = "<CAE2nRv7Kt4pX9wL+h6Mz3Qc8sB1dFy5gT3@mail.gmail.example.com>"
M13_SUBJ = "استفسار عن ترشيح متأخر - منظمة الشرق - كسلا"
M13_TEXT = """السلام عليكم ورحمة الله
الإخوة في أمانة الاستعراض الإقليمي، سلام وتحية

معاكم مصطفى آدم أوهاج من منظمة الشرق للتنمية وإغاثة اللاجئين في كسلا.

عندنا مشكلة: الكهرباء والنت كانوا قاطعين عندنا من يوم الأربعاء لحدي امبارح بالليل، وما قدرنا نرسل ليكم ترشيحنا قبل يوم الجمعة 5 فبراير زي ما مكتوب في الخطاب.

سؤالنا: هل لسه ممكن نرسل ترشيح متحدثة، ولا الباب اتقفل خلاص؟ لو في إمكانية بنرسل ليكم اسمها وبياناتها طوالي.

والتقرير الطوعي شغالين فيه وإن شاء الله يكون عندكم قبل 16 فبراير.

وشكراً ليكم
مصطفى آدم أوهاج
منسق المشاريع
منظمة الشرق للتنمية وإغاثة اللاجئين - كسلا
"""


def m13():
    when = at("2021-02-07 10:48:22")
    body = alt(M13_TEXT, "000000000000d4a93c05bac5e2f1", html=gmail_html(M13_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DcK5Lp3VrZ6",
           addr("Mustafa Ohaj", "mustafa.ohaj.edrro@gmail.example.com"), hdr(M13_SUBJ), M13_ID, body)
    add(13, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Sudanese colloquial ('لحدي امبارح', 'لسه', 'اتقفل خلاص', 'طوالي') question after a power and internet "
              "cut: is a late speaker nomination still possible? The candidate is only 'متحدثة' (no name: 'بنرسل "
              "ليكم اسمها ... لو في إمكانية'), and the report is only announced, so 'other'. Latin-script From name; "
              "Gmail web, base64. The nomination follows in h278-14 as a reply to the secretariat's answer."))


# ================================================================ 14  AR  speaker  Kassala: the late nomination, as a reply to our answer
def m14():
    when = at("2021-02-08 12:20:15")
    answer_id = "<DB8PR09MB3561E2B7A4C9D018@DB8PR09MB3561.eurprd09.prod.outlook.example.com>"
    answer = """السيد مصطفى آدم أوهاج المحترم،

شكراً لرسالتكم. انتهى موعد تلقي طلبات المداخلة يوم الجمعة 5 شباط/فبراير 2021، غير أنه يمكنكم إرسال اسم المرشحة وصفتها والجهة التي تمثلها، وسيُنظر في الطلبات المتأخرة حسب توفر الوقت في البرنامج. أما التقارير الطوعية فتُقبل حتى 16 شباط/فبراير 2021.

الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية"""
    text = """شكراً ليكم على الرد السريع، ربنا يجزيكم خير.

دي بيانات المرشحة:
الاسم: سعاد محمد أحمد أوشيك
الصفة: مديرة البرامج
الجهة: منظمة الشرق للتنمية وإغاثة اللاجئين (EDRRO)
المشاركة: الأفضلية الأولى مداخلة في المائدة المستديرة الأولى، ولو ما في مكان أي مداخلة في الجلسة العامة

بتشارك أونلاين من كسلا، ولو النت قطع بنحاول من مكتب القضارف.

مصطفى

في الأحد، 7 فبراير 2021 في 3:12 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(answer) + "\n>\n> في الأحد، 7 فبراير 2021 في 10:48 ص، كتب Mustafa Ohaj <mustafa.ohaj.edrro@gmail.example.com>:\n" \
        + "\n".join("> " + x if x else ">" for x in gt(M13_TEXT).split("\n")) + "\n"
    body = alt(text, "000000000000a7e51d05bad93c48", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-wm1-f52.google.example.com", "192.0.2.52", "4DdF9Tb1QxZ3",
           addr("Mustafa Ohaj", "mustafa.ohaj.edrro@gmail.example.com"), re_hdr("Re: ", M13_SUBJ),
           "<CAE2nRv9Xb3mQ6zT+j2Nc8Kd5sH4fGy1lW7@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", answer_id), ("References", M13_ID + " " + answer_id)])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False,
        thread_of=H % 13, speakers=[
            sp("سعاد محمد أحمد أوشيك", "مديرة البرامج", "منظمة الشرق للتنمية وإغاثة اللاجئين (EDRRO)",
               ["roundtable", "plenary"], 1)],
        notes="the nomination announced in h278-13, sent as a reply to the secretariat's answer (References name "
              "h278-13): late (8 February) even though the secretariat invited it, since on_time follows the "
              "deadline. Labelled lines in Sudanese colloquial ('دي بيانات'); ranked roles ('الأفضلية الأولى ... "
              "المائدة المستديرة الأولى، ولو ما في مكان أي مداخلة في الجلسة العامة' = roundtable 1, plenary as "
              "fallback). The quoted answer repeats both deadlines; the sender is not the speaker."))


# ================================================================ 15  AR  report  Idlib: handwritten report as WhatsApp photos, part 1
M15_ID = "<CAG6tPx1Nw8qL3vZ+m7Kb2Rc5sD9fHy4jE6@mail.gmail.example.com>"
M15_SUBJ = "تقرير فريق سنابل الخير التطوعي (1)"
M15_FILES = ["IMG-20210209-WA0003.jpg", "IMG-20210209-WA0004.jpg", "IMG-20210209-WA0005.jpg",
             "IMG-20210209-WA0006.jpg"]
M15_TEXT = """السلام عليكم

مرحبا، هاد التقرير الطوعي تبع فريق سنابل الخير التطوعي بريف إدلب الشمالي، عن أوضاع المهجّرين والنازحين بالمخيمات وعن الشباب يلي عم يحاولوا يطلعوا لبرّا.

كتبناه على الورق وصوّرناه بالموبايل لأنو ما في كهربا غير كم ساعة باليوم وما عنا طابعة ولا سكانر، سامحونا على جودة الصور.

هدول أول 4 صفحات، والصفحات الباقية (من 5 لـ 7) رح ابعتهن برسالة تانية لأنو النت ضعيف وما عم يقبل يرفع كل الصور مع بعض.

الله يعطيكن العافية
أحمد الحمدو
فريق سنابل الخير التطوعي - ريف إدلب الشمالي
"""


def jpg_part(fname, seed):
    return attach("image/jpeg", make_jpg(seed, n=9000 + seed * 37), fname)


def m15():
    when = at("2021-02-09 15:02:44")
    a = alt(M15_TEXT, "0000000000007c3e9b05baf1d4a2", html=android_html(M15_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a] + [jpg_part(f, 3 + k) for k, f in enumerate(M15_FILES)],
                 "0000000000007c3e9d05baf1d4a4")
    m = mk(when, sent_at(when, 3, 94), "mail-ej1-f48.google.example.com", "192.0.2.48", "4DfH3Nq7WcZ2",
           addr("Ahmad Alhamdo", "sanabel.idlib.team@gmail.example.com"), hdr(M15_SUBJ), M15_ID, body)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M15_FILES,
        notes="handwritten report photographed with a phone and sent as WhatsApp-named JPEGs (no Exif), in two mails "
              "because uploads fail: this is pages 1-4, all four images are the report (listed in order); pages 5-7 "
              "follow in h278-16. Syrian colloquial ('هاد', 'تبع', 'يلي', 'عم يحاولوا', 'ما عنا'); volunteer team, no "
              "speaker. Gmail app, base64, Date UTC+3."))


# ================================================================ 16  AR  report  Idlib: pages 5-7, reply to the first mail
def m16():
    when = at("2021-02-09 15:57:30")
    files = ["IMG-20210209-WA0007.jpg", "IMG-20210209-WA0008.jpg", "IMG-20210209-WA0009.jpg"]
    text = """وهي باقي الصفحات 5 و6 و7، هيك صار التقرير كامل (7 صفحات).

يا ريت تأكدولنا إنو وصل كلو وإنو الصور مقروءة، وإذا في صفحة مو واضحة منعيد تصويرها.

أحمد

في الثلاثاء، 9 فبراير 2021 في 4:02 م، كتب Ahmad Alhamdo <sanabel.idlib.team@gmail.example.com>:

""" + gt(M15_TEXT) + "\n"
    a = alt(text, "000000000000e1b47205baf2a9c1", html=android_html(text, rtl=True), b64=True)
    body = multi("mixed", [a] + [jpg_part(f, 7 + k) for k, f in enumerate(files)], "000000000000e1b47405baf2a9c3")
    m = mk(when, sent_at(when, 3, 61), "mail-ej1-f48.google.example.com", "192.0.2.48", "4DfJ6Rt0KmZ5",
           addr("Ahmad Alhamdo", "sanabel.idlib.team@gmail.example.com"),
           re_hdr("Re: ", M15_SUBJ), "<CAG6tPx4Qz1nW8kM+p3Lc6Vd9sJ2gKy7mR1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 15, report_attachments=files,
        notes="second part of the photographed report of h278-15 (pages 5-7, three WhatsApp JPEGs), a Gmail reply to "
              "the sender's own message 55 minutes later: only this message's images are listed; the subject still "
              "ends in '(1)'. Asks for confirmation that all pages are legible, so acknowledge."))


# ================================================================ 17  FR  report  Benghazi INGO mission: compressed PDF, a colleague who will only listen
M17_ID = "<PR2P264MB0479B3E8C1D5A926@PR2P264MB0479.FRAP264.PROD.OUTLOOK.example.com>"
M17_SUBJ = "Rapport volontaire – AHM Mission Libye"
M17_QID = "4DgL8Vc2PnZ7"
M17_FILE = "Rapport_AHM_Libye_PMM_2021_compressé.pdf"


def m17():
    when = at("2021-02-10 10:14:08")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la mission Libye d'Action Humanitaire Méditerranée (AHM) pour l'examen régional du Pacte mondial sur les migrations.

Le rapport couvre nos activités de 2020 à Benghazi, Ajdabiya et Koufra : soins de santé primaires, protection des migrants en transit et des déplacés internes, et suivi des expulsions vers la frontière sud. Le PDF a été compressé (de 11 Mo à 850 Ko) pour pouvoir partir depuis la base de Benghazi ; certaines cartes sont donc peu lisibles, nous pouvons envoyer la version complète sur demande.

Notre responsable de base à Benghazi, M. Othman Elfitouri, aimerait par ailleurs suivre en ligne les débats de la table ronde 2, sans prendre la parole : pourriez-vous lui faire parvenir le lien de connexion le moment venu ?

Je mets en copie mon collègue Julien Marchetti, coordinateur terrain.

Bien cordialement,

Claire Vautrin
Cheffe de mission adjointe – AHM Libye
Action Humanitaire Méditerranée (AHM)
Benghazi – Libye
Tél. Thuraya : +88216 0000 0000
"""
    cid = "image001.png@01D6FF8A.1C2D3E40"
    html = outlook_html(text, lang="FR", img_cid=cid)
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "_000_PR2P264MB0479B3E8C1D5A926_")
    rel = multi("related", [a, logo(cid, (200, 60, 30))], "_004_PR2P264MB0479B3E8C1D5A926_",
                params=[("type", '"multipart/alternative"')])
    pdf = rep_pdf("Action Humanitaire Mediterranee (AHM) - Mission Libye - Rapport volontaire PMM 2021",
                  "Benghazi, fevrier 2021 (version compressee)",
                  ["Benghazi, Ajdabiya, Koufra : contexte", "Soins de sante primaires pour les migrants",
                   "Protection en transit et deplacement interne", "Expulsions vers la frontiere sud",
                   "Recommandations"])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M17_FILE)], "_005_PR2P264MB0479B3E8C1D5A926_")
    m = mk(when, sent_at(when, 2, 19), "mail-pr2fra01on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", M17_QID, addr("Claire Vautrin", "c.vautrin@ahm-libye.example.org"),
           hdr(M17_SUBJ, enc="Q"), M17_ID, body,
           cc=addr("Julien Marchetti", "j.marchetti@ahm-libye.example.org"),
           extra=outlook(hdr(M17_SUBJ, enc="Q"), "AQHW/ZxK4Lp7Nq2Rv8Tb5Mc1Xz3Wd6Ys0F==", lang="fr-FR",
                         has_attach="yes"))
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="report only: a PDF compressed to leave a field base (accented file name 'compressé', RFC 2231 + RFC "
              "2047). The one sentence that could make it 'both' is not a request: the base manager (named, 'M.') "
              "wants to follow roundtable 2 online 'sans prendre la parole' and asks for the link. Outlook mixed > "
              "related > alternative with an inline logo (not a report file); Thuraya number in the signature. The "
              "Cc'd colleague's out-of-office follows (h278-18)."))


# ================================================================ 18  FR  auto_reply  Cc'd field coordinator's out-of-office from Kufra
def m18():
    when = at("2021-02-10 10:14:51")
    ack = ack_mid(M17_QID)
    text = """Bonjour,

Je suis en mission à Koufra jusqu'au 22 février. Sur place, je n'ai accès au courriel que par liaison satellite, une fois par jour au mieux : les pièces jointes ne sont pas téléchargées.

Pour toute urgence, merci de contacter la base de Benghazi : benghazi@ahm-libye.example.org

Julien Marchetti
Coordinateur terrain – AHM Libye
"""
    body = alt(text, "_000_PR2P264MB1822D7A3F9E0C451_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M17_SUBJ, enc="Q")
    rows = ooo_rows(when, "mail-pr2fra01on0617.outbound.protection.outlook.example.com", "198.51.100.117",
                    "4DgL9Bx5TsZ0", addr("Julien Marchetti", "j.marchetti@ahm-libye.example.org"),
                    "<PR2P264MB1822D7A3F9E0C451@PR2P264MB1822.FRAP264.PROD.OUTLOOK.example.com>", subj,
                    hdr("Accusé de réception - " + M17_SUBJ, enc="Q"), M17_ID, ack, "fr-FR", (2, 3))
    add(18, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office ('Réponse automatique :' before our acknowledgement's subject; "
              "Auto-Submitted, X-Auto-Response-Suppress, null Return-Path) of the coordinator in Cc of h278-17, 43 "
              "seconds after our acknowledgement: satellite-only access at Kufra. Never acknowledge; thread_of null "
              "as for dev auto-replies."))


# ================================================================ 19  EN  bounce  our acknowledgement of 12 expires: connection timed out
def m19():
    when = at("2021-02-11 00:13:30")
    host, ip = "mail.ywpn.example.ye", "203.0.113.45"
    arrival = at("2021-02-06 00:12:40")
    text = POSTFIX_NOTICE + """
<%s>: connect to %s[%s]:25: Connection timed out
""" % (M12_TO, host, ip)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DbS3Gk1NvZ9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 4.4.1\n"
           "Diagnostic-Code: X-Postfix; connect to %s[%s]:25: Connection timed out\n"
           % (rfcdate(arrival, "EET"), M12_TO, M12_TO, host, ip))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Bushra Al-Adimi <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M12_TO, M12_SUBJ, rfcdate(arrival - dt.timedelta(seconds=1)), ack_mid(M12_QID),
                                  M12_ID, M12_ID))
    body = dsn_report(text, dsn, hdrs, "4Dk2Wn6HqLz8.1612995210/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4Dk2Wn6HqLz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210210221330.4Dk2Wn6HqLz8@mx1.iom.int>")]
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN after five days in the queue (Action: failed, Status 4.4.1, 'connect to ... Connection "
              "timed out'): our acknowledgement of h278-12 never reached the Sana'a server; the returned headers carry "
              "h278-12's 'Speaker nomination' subject. A transient status code on a final failure. Never "
              "acknowledge; thread_of null as for dev bounces; the secretariat may want to reach the sender another "
              "way."))


# ================================================================ 20  FR  both  Syrian network (Beirut office): light DOCX on time, speaker late
def m20():
    when = at("2021-02-14 18:33:19")
    subj = "Rapport volontaire RSAP + proposition d'intervenante (hors délai)"
    file_ = "RSAP_Rapport_volontaire_PMM_2021_allégé.docx"
    text = """Bonjour,

Je vous prie d'excuser ce message tardif pour la partie intervention : nos équipes de Homs et de Deraa ont été presque sans électricité ni réseau ces dernières semaines (quatre heures de courant par jour au mieux) et nous n'avons pu nous coordonner qu'hier soir.

Vous trouverez ci-joint le rapport volontaire du Réseau Syrien d'Aide de Proximité (RSAP), dans une version Word allégée : nous avons retiré les photos pour que le fichier puisse être envoyé depuis Homs.

Par ailleurs, nous savons que la date du 5 février pour les demandes d'intervention est passée, mais si une place reste disponible, nous aimerions proposer notre coordinatrice terrain à Homs, Mme Dima Sabbagh. Par ordre de préférence : une intervention en séance plénière ; à défaut, une intervention dans la table ronde 1.

Mme Sabbagh parle arabe et français ; elle se connectera depuis Homs si le réseau le permet, sinon depuis notre bureau de Beyrouth.

Avec nos remerciements,

Georges Haddad
Responsable plaidoyer – RSAP
Bureau de Beyrouth
"""
    doc = make_docx(["Reseau Syrien d'Aide de Proximite (RSAP) - Rapport volontaire PMM 2021 (version allegee)",
                     "1. Homs et Deraa : retours et deplacements", "2. Documents d'etat civil",
                     "3. Electricite, reseau et acces aux services", "4. Recommandations"])
    a = alt(text, "=_b7e2c9f1a4d3", html=zimbra_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, file_)], "=_3f8a1c6e9b20")
    m = mk(when, sent_at(when, 2, 7), "mail.rsap-syrie.example.org", "203.0.113.162", "4DmW5Kr8LbZ1",
           "Georges Haddad <g.haddad@rsap-syrie.example.org>", hdr(subj, enc="Q"),
           "<1742918305.88231.1613320392114.JavaMail.zimbra@rsap-syrie.example.org>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Xk7q2Nb8Lp3Vz5Rt1Mc9Wd4Ys6")])
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Dima Sabbagh", "coordinatrice terrain", "Réseau Syrien d'Aide de Proximité (RSAP)",
           ["plenary", "roundtable"], 1)],
        report_attachments=[file_],
        notes="'both' on 14 February: the report (DOCX 'allégé', accent in the name, RFC 2231 + RFC 2047) is on time, "
              "the speaker part is late and the sender says so, so on_time false. Speaker in prose ('notre "
              "coordinatrice terrain à Homs, Mme Dima Sabbagh': 'Mme' dropped, 'à Homs' is the place); ranked roles "
              "'en séance plénière ; à défaut, ... la table ronde 1' = plenary first, roundtable 1. Zimbra webmail; "
              "the sender is not the speaker."))


# ================================================================ 21  FR  other  Syrian medical union declines, an advocacy officer only wants to listen
def m21():
    when = at("2021-02-15 09:41:02")
    subj = "Examen régional PMM – réponse de l'UMSS"
    text = """Madame, Monsieur,

Nous vous remercions pour votre invitation à l'examen régional du Pacte mondial pour les migrations.

Malheureusement, l'Union Médicale Syrienne de Secours (UMSS) ne pourra cette année ni soumettre de rapport volontaire ni proposer d'intervenant : nos équipes dans le nord-ouest de la Syrie sont entièrement mobilisées (COVID-19, vague de froid et inondations dans les camps de janvier) et nos connexions y sont très instables.

Notre chargée de plaidoyer, Dr Rim Hallak, aimerait néanmoins suivre la conférence des 24 et 25 février en ligne, comme simple auditrice, sans prendre la parole. Pourriez-vous nous indiquer comment s'inscrire et à quelle heure commencent les sessions ?

Avec nos salutations distinguées,

Dr Nabil Kayali
Directeur exécutif
Union Médicale Syrienne de Secours (UMSS)

Envoyé de mon iPhone
"""
    body = alt(text, "Apple-Mail-2B7E41C9-5D08-4F3A-9C61-E0A4B7D2F815", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 6), "mr85p00im-hyfv06021701.me.example.com", "198.51.100.185", "4DnB2Hs6QwZ4",
           "Nabil Kayali <nabil.kayali@umss.example.org>", hdr(subj, enc="Q"),
           "<4C9E2A7F-1B63-4D85-A0F4-8E2D5C71B39A@umss.example.org>", body, extra=[("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a medical union declines ('ne pourra ... ni soumettre de rapport volontaire ni proposer d'intervenant') "
              "and asks how one staff member can register to follow the conference 'comme simple auditrice, sans "
              "prendre la parole': a named person with a title, but no speaking role, so no speaker. iPhone from "
              "France (Date UTC+1); 'Dr' in the signature."))


# ================================================================ 22  EN  report  Qamishli: 23:46 on the report deadline, generator back at 11
def m22():
    when = at("2021-02-16 23:46:12")
    subj = "JCRA voluntary GCM review report (sorry, last minute)"
    file_ = "JCRA_Voluntary_GCM_Review_Feb2021_lowres.pdf"
    text = """Dear GCM Regional Review secretariat,

Please find attached the voluntary GCM review report of the Jazira Community Relief Association (JCRA), Qamishli, North-East Syria.

Apologies for sending it so late in the evening: the city power was off all day and our generator only came back at 11 pm, so we could finish the last section and export the PDF just now. It is a low-resolution export (the maps are not very sharp) so that it uploads on our connection.

Our director would have liked to speak at the conference, but we missed the 5 February deadline for speaking requests, so this email is only to submit the report.

The report covers internal displacement after the October 2019 offensive, the camps in Al-Hasakah governorate, families of foreign nationals, and young people leaving for Iraqi Kurdistan and Europe.

Thank you,

Shiyar Hassan | شيار حسن
Programme Coordinator | منسق البرامج
Jazira Community Relief Association (JCRA) | جمعية الجزيرة للإغاثة المجتمعية
Qamishli, North-East Syria
(low-bandwidth signature - no images)
"""
    pdf = rep_pdf("Jazira Community Relief Association (JCRA) - Voluntary GCM review 2021 (low resolution)",
                  "Qamishli, 16 February 2021",
                  ["Internal displacement since October 2019", "Camps in Al-Hasakah governorate",
                   "Families of foreign nationals", "Young people leaving", "Recommendations"])
    a = alt(text, "00000000000093b1e705bb7c2d4f", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "00000000000093b1e905bb7c2d51")
    m = mk(when, sent_at(when, 2, 48), "mail-wr1-f54.google.example.com", "192.0.2.154", "4DpQ8Ym2RcZ6",
           "Shiyar Hassan <shiyar.hassan.jcra@gmail.example.com>", subj,
           "<CAB5rLw8Tq3nX6vK+n9Hz1Pc4sM7dFy2gJ5@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[file_],
        notes="deadline edge: received 23:46:12 Beirut time on Tuesday 16 February (Date 23:45 +0200, Qamishli), on "
              "time although the subject says 'last minute'. One sentence rules out 'both': the director 'would have "
              "liked to speak ... but we missed the 5 February deadline, so this email is only to submit the "
              "report' (no one is proposed). Low-resolution PDF; bilingual English/Arabic signature without images. "
              "Gmail web."))


# ================================================================ 23  FR  report  Sebha: Date 23:58 on the 16th, received 00:26 on the 17th
def m23():
    when = at("2021-02-17 00:26:44")
    subj = "Rapport volontaire CEMOAS Sebha"
    file_ = "Rapport CEMOAS Sebha - PMM 2021.docx"
    text = """Bonsoir,

Le courant est revenu à 23 h 30 ici à Sebha et je vous envoie tout de suite notre rapport volontaire, avant minuit j'espère. Le réseau est très faible ce soir, je ne sais pas si le message va partir tout de suite.

Le Collectif d'Entraide des Migrants Ouest-Africains de Sebha (CEMOAS) regroupe des travailleurs nigériens, maliens, ghanéens et nigérians du Fezzan. Le rapport parle du travail journalier, des enlèvements sur la route du nord, des centres de détention et de l'accès aux soins.

Merci de confirmer la réception.

Mamadou Lamine Kanté
Secrétaire général – CEMOAS
Sebha, Libye

Envoyé de Yahoo Mail pour Android
"""
    doc = make_docx(["Collectif d'Entraide des Migrants Ouest-Africains de Sebha (CEMOAS)",
                     "Rapport volontaire - Examen regional du PMM 2021", "1. Le travail journalier au Fezzan",
                     "2. La route du nord", "3. Detention et acces aux soins", "4. Nos demandes"])
    a = alt(text, "----=_Part_4471203_1174592388.1613512690311", html=yahoo_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, file_)], "----=_Part_4471202_381645027.1613512690310")
    m = mk(when, sent_at(when, 2, 1714), "sonic311-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.222",
           "4DpS1Lt7VnZ9", addr("Mamadou Lamine Kanté", "cemoas.sebha@yahoo.example.fr", enc="Q"), subj,
           "<1304875521.4471204.1613512690313@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[file_],
        notes="late: the Date header reads Tue 16 Feb 23:58:10 +0200 (written before midnight, 'avant minuit "
              "j'espère'), but the phone kept it in its outbox on a weak network and the server received it at "
              "00:26:44 on Wednesday 17 February Beirut time: on_time follows received_at (dev 026). DOCX with "
              "spaces and a dash in the name. Yahoo Mail for Android."))


# ================================================================ 24  FR  other  Tripoli: the speaker of 04 is withdrawn
def m24():
    when = at("2021-02-18 11:07:55")
    ack = ack_mid(M04_QID)
    quoted = ack_text("fr", M04_SUBJ, "la demande d'intervention qu'il contient")
    text = """Bonjour,

Je reviens vers vous au sujet de notre demande du 1er février. M. Salem Abudabbous a été réaffecté en urgence à notre base de Sabratha et ne sera pas disponible les 23, 24 et 25 février.

Nous retirons donc notre demande d'intervention ; nous n'avons malheureusement personne d'autre disponible à ces dates. Merci de ne pas le maintenir dans le programme.

Nous restons très intéressés à suivre la conférence en ligne.

Cordialement,
Wafa Ben Romdhane
OLSH – Tripoli

Obtenir Outlook pour Android<https://aka.example.ms/AAb9ysg>

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 1 février 2021 09:56
À : Wafa Ben Romdhane <w.benromdhane@olsh-libya.example.org>
Objet : Accusé de réception - %s

%s
""" % (M04_SUBJ, quoted)
    foot_idx = text.index("Obtenir Outlook")
    html = outlook_mobile_html(text[:foot_idx].rstrip("\n") + "\n", 'Obtenir <a href="https://aka.example.ms/AAb9ysg">'
                               'Outlook pour Android</a>').replace(
        "</body>", "<hr><div>%s</div></body>" % "<br>".join(esc(x) for x in text[text.index("De : "):].split("\n")))
    body = alt(text, "_000_AM6PR02MB4278F6A2C9E1D357_", html=html)
    subj = hdr("RE: Accusé de réception - " + M04_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 2, 13), "mail-am6eur02on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DqT6Nb3KwZ2", addr("Wafa Ben Romdhane", "w.benromdhane@olsh-libya.example.org"), subj,
           "<AM6PR02MB4278F6A2C9E1D357@AM6PR02MB4278.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)]
           + outlook(subj, "AQHW+HbK3pL8Ns2Xv5Qz1Mc7Rt4Wd9Ey6AAMR4kQ2", lang="fr-FR")[:5])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="withdrawal of the speaker request of h278-04 ('Nous retirons donc notre demande d'intervention ; nous "
              "n'avons ... personne d'autre'), as an Outlook for Android reply to our acknowledgement (References name "
              "h278-04): it names the speaker and the quoted acknowledgement mentions the request, but proposes no "
              "one, so 'other' with no speakers; the secretariat must act on it, so acknowledge. Received 18 "
              "February, after both deadlines (no deadline for 'other')."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
