#!/usr/bin/env python3
"""Write the blind evaluation set holdout82 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets82.py
Theme: agricultural and rural cooperatives, fishermen's associations, environmental and climate-mobility
groups, water and land-rights NGOs (Egypt, Sudan, Yemen, Morocco, Tunisia, Syria).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout82")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h82-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def outlook_quote(frm, sent, to, subject, body):
    """Outlook-style original-message block (not '>'-prefixed)."""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, body))


def gt_quote(text):
    return "\n".join((">" + l) if l.startswith(">") or not l else "> " + l for l in text.split("\n"))


def pdf_part(name, lines, quoted=True, extra=None, disp_kind="attachment"):
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", make_pdf(lines), cte="base64", params=[("name", q)],
                disp='%s; filename=%s' % (disp_kind, q), extra=extra)


# ================================================================ the 24 messages
def m01():
    # Egyptian cooperative president: very short, no punctuation, spelling mistakes, Yahoo on Android
    when = at("2021-02-02 09:14:37")
    sent = when - dt.timedelta(seconds=21)
    text = ("السلام عليكم انا محمود عبد الحى رءيس الجمعيه التعاونيه الزراعيه بمنشاه عباس محافظه البحيره "
            "عاوز اتكلم فى الجلسه العامه بتاعت المؤتمر عن مشاكل الفلاحين والمياه ارجو الرد\n\n"
            "Sent from Yahoo Mail on Android\n")
    html = ('<div dir="rtl">السلام عليكم انا محمود عبد الحى رءيس الجمعيه التعاونيه الزراعيه بمنشاه عباس محافظه البحيره '
            'عاوز اتكلم فى الجلسه العامه بتاعت المؤتمر عن مشاكل الفلاحين والمياه ارجو الرد</div><br>'
            '<div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct">'
            'Sent from Yahoo Mail on Android</a></div>')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html_wrap(html), "UTF-8", "base64")],
                 "----=_Part_1284533_1094512377.1612250056201")
    rows = std_rows(when, "sonic307-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.80", "4DVH4q1bS8z2",
                    addr("Mahmoud Abdelhay", "mahmoud.abdelhay1967@yahoo.example.com"),
                    hdr("طلب"), rfcdate(sent),
                    "<1839102244.1284534.1612250056203@mail.yahoo.example.com>",
                    ret="mahmoud.abdelhay1967@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailAndroid")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("محمود عبد الحى", "رءيس", "الجمعيه التعاونيه الزراعيه بمنشاه عباس", ["plenary"])],
        notes="one unpunctuated Egyptian-colloquial sentence ('عاوز اتكلم فى الجلسه العامه بتاعت المؤتمر') with "
              "misspellings (رءيس for رئيس, ه for ة, ى for ي); one-word subject 'طلب'; display name in Latin "
              "letters only; 'الجلسه العامه' = plenary; the governorate (محافظه البحيره) is a place, not part "
              "of the affiliation; Yahoo Android base64 text+HTML."))


def m02():
    # English auto-reply to the invitation mailing
    when = at("2021-02-02 16:40:09")
    sent = when - dt.timedelta(seconds=3)
    text = """Thank you for your email.

I am currently in the field in North Kordofan with limited connectivity until 14 February 2021. I will respond to your message as soon as possible after my return.

For anything related to the GCM regional review, the voluntary report or the conference programme, please contact my colleague Mr. Osman Bakheet (o.bakheet@sahelclimate-sd.example.org).

Kind regards,
Nafisa Idris
Sahel Climate & Mobility Network - Sudan
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail.sahelclimate-sd.example.org", "41.223.200.17", "4DVTs51kH3z9")),
            ("From", "Nafisa Idris <n.idris@sahelclimate-sd.example.org>"), ("To", BOX),
            ("Subject", "Automatic reply: Invitation - Regional Review of the Global Compact for Migration in the Arab Region"),
            ("Date", rfcdate(sent)),
            ("Message-ID", "<b1c7e0a2f94d4e51a3d6c88e0f2b7a19@mail.sahelclimate-sd.example.org>"),
            ("In-Reply-To", "<invitation-gcmrr-20210201-ar-en-fr@gcmrr.iom.int>"),
            ("References", "<invitation-gcmrr-20210201-ar-en-fr@gcmrr.iom.int>"),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "n.idris@sahelclimate-sd.example.org"),
            ("Content-Language", "en-US")]
    m = top(body, rows)
    add(2, when, m, dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office to the invitation mailing (Auto-Submitted, null Return-Path); the body "
              "names the GCM review, the voluntary report and a colleague with an e-mail address, which reads "
              "like a referral but proposes nothing."))


M03_ID = "<AM6PR08MB4021C3E2B8A1F0D47E91A3C6B5210@AM6PR08MB4021.eurprd08.prod.outlook.example.com>"
M03_SUBJ = "طلب مشاركة كمتحدثة – المائدة المستديرة الثانية"
M03_TEXT = """السادة/ فريق الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة
تحية طيبة وبعد،

بالإشارة إلى خطاب الدعوة الكريم، يسرّ منظمة حقوق المياه والأرض – دارفور (WLRO) أن ترشّح الأستاذة سلمى عثمان الطاهر، Programme Coordinator – Water & Land Rights، للمشاركة بمداخلة في المائدة المستديرة الثانية ضمن المؤتمر الإقليمي يومي 24 و25 فبراير.

تعمل الأستاذة سلمى منذ عام 2016 على قضايا النزاعات حول الموارد المائية والمراعي وأثرها على النزوح الداخلي والهجرة الموسمية في ولايات دارفور.

وتفضلوا بقبول فائق الاحترام،

إبراهيم آدم حسب الله
المدير التنفيذي
منظمة حقوق المياه والأرض – دارفور
نيالا – السودان
"""


def m03():
    when = at("2021-02-03 11:05:52")
    sent = when - dt.timedelta(seconds=6)
    html = ('<div dir="rtl" style="font-family:Simplified Arabic;font-size:14pt">'
            + text2html(M03_TEXT).replace("Programme Coordinator – Water &amp; Land Rights",
                                          '<span dir="ltr">Programme Coordinator – Water &amp; Land Rights</span>')
            + "</div>")
    body = multi("alternative", [leaf("text/plain", M03_TEXT, "utf-8", "base64"),
                                 leaf("text/html", html_wrap(html, "rtl"), "utf-8", "base64")],
                 "_000_AM6PR08MB4021C3E2B8A1F0D47E91A3C6B5210AM6PR08MB4021eurp_")
    rows = std_rows(when, "EUR04-VI1-obe.outbound.protection.outlook.example.com", "40.107.8.91", "4DVySk0m2Kz4",
                    addr("إبراهيم آدم حسب الله", "ibrahim.adam@wlro-darfur.example.org"),
                    hdr(M03_SUBJ), rfcdate(sent), M03_ID, ret="ibrahim.adam@wlro-darfur.example.org")
    rows += [("Thread-Topic", hdr(M03_SUBJ)), ("Thread-Index", "AdcOGy7kQ2mVb1XzT0aSd9r0fP1uAw=="),
             ("Content-Language", "ar-SA"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سلمى عثمان الطاهر", "Programme Coordinator – Water & Land Rights",
                     "منظمة حقوق المياه والأرض – دارفور (WLRO)", ["roundtable"], 2)],
        notes="speaker's title written in English inside the Arabic sentence (bidi span in HTML); sender "
              "(executive director, in the signature) is not the speaker; honorific 'الأستاذة' dropped; "
              "'المائدة المستديرة الثانية' = roundtable 2 in words; Outlook base64 text+HTML."))


def m04():
    # Tunisia, Thunderbird, speaker line with slashes
    when = at("2021-02-03 14:20:18")
    sent = when - dt.timedelta(seconds=35)
    text = flowed("""Bonjour,

Suite à la lettre d'invitation reçue la semaine dernière, l'ATJH souhaite intervenir lors de la table ronde thématique n°3 de la Conférence régionale (24-25 février).

Intervenant proposé :
M. Hatem Ben Salah / Chargé de plaidoyer / Association Tunisienne pour la Justice Hydrique (ATJH)

M. Ben Salah suit depuis plusieurs années la question des petits agriculteurs du Centre-Ouest (Sidi Bouzid, Kasserine) qui quittent leurs terres faute d'accès à l'eau d'irrigation, et les départs de jeunes vers Tunis, la Libye ou l'Italie.

Nous restons à votre disposition.

Cordialement,

-- 
Amel Trabelsi
Secrétaire générale - ATJH
Tél. +216 74 000 318
""")
    body = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.atjh-tn.example.org", "197.14.52.9", "4DW3mW5tZ1z6",
                    addr("Amel Trabelsi", "secretariat@atjh-tn.example.org"),
                    hdr("Demande d'intervention - table ronde 3 - ATJH", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<7d1e4b8a-3f26-0c95-b2e1-6a0f9c4d2e17@atjh-tn.example.org>",
                    ret="secretariat@atjh-tn.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Hatem Ben Salah", "Chargé de plaidoyer", "Association Tunisienne pour la Justice Hydrique (ATJH)",
                     ["roundtable"], 3)],
        notes="speaker line 'M. Hatem Ben Salah / Chargé de plaidoyer / Association Tunisienne pour la Justice "
              "Hydrique (ATJH)' (slash-separated, honorific 'M.' to drop); sender (secrétaire générale, signature "
              "after '-- ') is not the speaker; Thunderbird format=flowed 8bit soft-wraps the slash line across two "
              "lines; Date +0100."))


def m05():
    # Egypt, both: PDF report + speaker roundtable 4, Gmail
    when = at("2021-02-03 19:10:44")
    sent = when - dt.timedelta(seconds=9)
    name = "NDEI_GCM_Voluntary_Review_2021.pdf"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Nile Delta Environmental Initiative (NDEI). It covers salinisation and land subsidence in Kafr El-Sheikh and Damietta and the resulting movement of young farmers and fishermen to Cairo, the Gulf and across the Mediterranean.

We would also like to request a speaking slot in Roundtable 4. Our proposed speaker:

- Dr. Hany El-Sayed Mansour
- Executive Director
- Nile Delta Environmental Initiative (NDEI), Egypt

Many thanks and looking forward to the conference.

Best,
Yasmine

--
Yasmine Fawzy
Communications & Partnerships Officer | NDEI
www.ndei-eg.example.org
"""
    html = '<div dir="ltr">' + text2html(text).replace("<p>- ", "<ul><li>").replace("<br>\n- ", "</li><li>") + "</div>"
    html = html.replace("(NDEI), Egypt</p>", "(NDEI), Egypt</li></ul>")
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "0000000000007a1c3e05ba7e51d2")
    att = pdf_part(name, ["Nile Delta Environmental Initiative (NDEI)", "Voluntary GCM Review Report 2021",
                          "Salinisation, land subsidence and mobility in the northern Delta"],
                   extra=[("X-Attachment-Id", "f_kkp9a1x20"), ("Content-ID", "<f_kkp9a1x20>")])
    body = multi("mixed", [alt, att], "0000000000007a1c3f05ba7e51d4")
    rows = std_rows(when, "mail-ed1-f44.google.example.com", "209.85.208.44", "4DWGxJ2b9Rz1",
                    "Yasmine Fawzy <yasmine.fawzy@ndei-eg.example.org>",
                    "NDEI - voluntary report + speaker request (Roundtable 4)", rfcdate(sent),
                    "<CAH7v2pN0qXw5Rb3kTz8sLm1uYc4eFd9gHj6iKo2pQr5sTu8vWx@mail.gmail.example.com>",
                    ret="yasmine.fawzy@ndei-eg.example.org")
    m = top(body, rows)
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hany El-Sayed Mansour", "Executive Director", "Nile Delta Environmental Initiative (NDEI)",
                     ["roundtable"], 4)],
        report_attachments=[name],
        notes="report PDF and speaker request in one Gmail message; speaker details as a bulleted list with "
              "'Dr.' to drop; sender signs with first name only and is not the speaker; 'Egypt' after the "
              "affiliation is the country."))


def m06():
    # Yemen: organisation only in the subject
    when = at("2021-02-04 10:02:27")
    sent = when - dt.timedelta(seconds=14)
    subj = "جمعية الخوخة التعاونية السمكية - ترشيح للمشاركة"
    text = """الاخوة الاعزاء في فريق الاستعراض الاقليمي المحترمين
السلام عليكم ورحمة الله وبركاته

نشكركم على الدعوة، ونود ترشيح الاخ/ عبدالله سالم باحميش مسؤول العلاقات الخارجية في الجمعية للمشاركة في النقاش المفتوح يوم 23 فبراير.

الاخ عبدالله عنده خبرة في موضوع الصيادين اللي اضطروا يتركوا البحر بعد الحرب وتدمير القوارب ونزحوا الى الحديدة وعدن، وكذلك الصيادين اللي يتم احتجازهم في المياه الاريترية.

نرجو افادتنا بالاستلام وجزاكم الله خير

اخوكم
فؤاد علي الزبيدي
رئيس الجمعية
الخوخة - الحديدة - اليمن
جوال 00967 777 000 412
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000b3e4f705ba8c1e6f")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DWhT41Qp7z3",
                    addr("فؤاد الزبيدي", "fuad.alzubaidi77@gmail.example.com"),
                    hdr(subj), rfcdate(tz(sent, 3)),
                    "<CAJ4rT8wQ1nBv6Xe2Lk9mPz3sHd7fYc5uGa0iNo4pRt8sKw2vLq@mail.gmail.example.com>",
                    ret="fuad.alzubaidi77@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبدالله سالم باحميش", "مسؤول العلاقات الخارجية", "جمعية الخوخة التعاونية السمكية",
                     ["open_discussion"])],
        notes="the organisation is named only in the Subject (body says 'في الجمعية', signature 'رئيس الجمعية'); "
              "Yemeni colloquial touches ('عنده', 'اللي'); 'الاخ/' is a courtesy prefix, not part of the name; "
              "'النقاش المفتوح يوم 23 فبراير' = open discussion; sender (president) is not the speaker; Gmail "
              "base64, Date +0300."))


def m07():
    # follow-up to m03 adding only a phone number (Outlook reply, original quoted below)
    when = at("2021-02-04 12:30:05")
    sent = when - dt.timedelta(seconds=7)
    new = """إلحاقاً برسالتنا أدناه، رقم هاتف الأستاذة سلمى (واتساب): ‎+249 912 604 377

مع الشكر،
إبراهيم
"""
    text = new + outlook_quote("إبراهيم آدم حسب الله <ibrahim.adam@wlro-darfur.example.org>",
                               "Wednesday, February 3, 2021 11:05 AM", "gcmrrarabstates@iom.int",
                               M03_SUBJ, M03_TEXT)
    html = ('<div dir="rtl">' + text2html(new) + '</div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
            '<b>From:</b> إبراهيم آدم حسب الله &lt;ibrahim.adam@wlro-darfur.example.org&gt;<br><b>Sent:</b> '
            'Wednesday, February 3, 2021 11:05 AM<br><b>To:</b> gcmrrarabstates@iom.int<br><b>Subject:</b> '
            + esc(M03_SUBJ) + '</font><div>&nbsp;</div></div><div dir="rtl">' + text2html(M03_TEXT) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", html_wrap(html, "rtl"), "utf-8", "base64")],
                 "_000_AM6PR08MB40219D1E7A3B2C5F80E4D1A2B5210AM6PR08MB4021eurp_")
    rows = std_rows(when, "EUR04-VI1-obe.outbound.protection.outlook.example.com", "40.107.8.97", "4DWlNb3Xw6z8",
                    addr("إبراهيم آدم حسب الله", "ibrahim.adam@wlro-darfur.example.org"),
                    re_hdr("RE: ", M03_SUBJ), rfcdate(sent),
                    "<AM6PR08MB40219D1E7A3B2C5F80E4D1A2B5210@AM6PR08MB4021.eurprd08.prod.outlook.example.com>",
                    ret="ibrahim.adam@wlro-darfur.example.org")
    rows += [("In-Reply-To", M03_ID), ("References", M03_ID),
             ("Thread-Topic", hdr(M03_SUBJ)), ("Thread-Index", "AdcOGy7kQ2mVb1XzT0aSd9r0fP1uAwAC1k3Q"),
             ("Content-Language", "ar-SA"), ("X-Mailer", "Microsoft Outlook 16.0")]
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("سلمى عثمان الطاهر", "Programme Coordinator – Water & Land Rights",
                     "منظمة حقوق المياه والأرض – دارفور (WLRO)", ["roundtable"], 2)],
        thread_of="h82-03.eml",
        notes="reply to the sender's own request h82-03 that only adds the speaker's phone number (with an LRM "
              "before '+249'); all speaker details are in the unprefixed Outlook-quoted original; same speaker, "
              "not a second one."))


def m08():
    # Sudan, HTML-only, two speakers in a table (Name | Organisation | Position)
    when = at("2021-02-04 17:45:31")
    sent = when - dt.timedelta(seconds=12)
    html = """<div style="font-family:Arial;font-size:10pt">
<p>Dear GCM Regional Review Team,</p>
<p>Greetings from Khartoum. On behalf of the Sudanese Pastoralists and Climate Displacement Forum (SPCDF) we would like to propose two speakers for the Regional Review Conference:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>#</th><th>Name</th><th>Organisation</th><th>Position</th><th>Session</th></tr>
<tr><td>1</td><td>Prof. Awad Elkarim Musa</td><td>SPCDF / University of Kordofan</td><td>Chairperson of the Board</td><td>Rapporteur (key messages)</td></tr>
<tr><td>2</td><td>Ms. Hawa Abakar Yahya</td><td>SPCDF</td><td>&ndash;</td><td>Roundtable 1</td></tr>
</table>
<p>Ms. Yahya is a young herder-activist from East Darfur; she has not held a formal position with the Forum but coordinates our women herders group since 2019.</p>
<p>Kindly confirm receipt.</p>
<p>Regards,<br>
Tarig Hassan<br>
Programme Officer<br>
Sudanese Pastoralists and Climate Displacement Forum<br>
Khartoum 2, Street 15, Sudan</p>
</div>"""
    body = leaf("text/html", html_wrap(html), "utf-8", "quoted-printable")
    rows = std_rows(when, "mx.spcdf-sd.example.org", "196.29.166.41", "4DWvKz6Vq0z5",
                    "Tarig Hassan <tarig.hassan@spcdf-sd.example.org>",
                    "Speakers - SPCDF", rfcdate(sent), "<000a01d6fb11$6c2e41b0$448ac510$@spcdf-sd.example.org>",
                    ret="tarig.hassan@spcdf-sd.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AdbvETsoT1NfzHk9QxmXk1yHhkqVbA=="),
             ("Content-Language", "en-gb")]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Awad Elkarim Musa", "Chairperson of the Board", "SPCDF / University of Kordofan", ["rapporteur"]),
                  sp("Hawa Abakar Yahya", None, "Sudanese Pastoralists and Climate Displacement Forum (SPCDF)",
                     ["roundtable"], 1)],
        notes="HTML-only (no text/plain); two speakers in a table whose columns run Name | Organisation | "
              "Position | Session; honorifics 'Prof.'/'Ms.' to drop; the second speaker's position cell is a dash "
              "and the prose says she has no formal position (title null); her affiliation is the acronym only in "
              "the table, the full name is in the first paragraph."))


def m09():
    # Morocco, iPhone, Maghrebi French, proposes the federation president (not the sender)
    when = at("2021-02-05 11:10:03")
    sent = when - dt.timedelta(seconds=40)
    text = """Salam alaykoum,

Je me permets de vous écrire au nom de la Fédération des Coopératives Agricoles de l'Oriental (FCAO) suite à votre invitation. Nous souhaitons proposer notre président Si Lahcen Oubella comme intervenant, de préférence en séance plénière, ou à défaut dans la table ronde 2.

Si Lahcen est lui-même agriculteur à Berkane et préside la FCAO depuis 2014, il connaît très bien la question des saisonniers marocains en Espagne et du retour des jeunes vers les coopératives.

Merci d'avance et bonne journée

Khadija El Ouardi
Assistante administrative FCAO
Oujda

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.menara-mail.example.ma", "41.248.12.93", "4DX6dB2mTy0z",
                    "Khadija El Ouardi <fcao.oriental@menara-mail.example.ma>",
                    hdr("Proposition intervenant - Fédération des coopératives", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<5E0B7C19-2A64-4F3D-8E71-C9D2B0A4F6E3@menara-mail.example.ma>",
                    ret="fcao.oriental@menara-mail.example.ma")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Lahcen Oubella", "président", "Fédération des Coopératives Agricoles de l'Oriental (FCAO)",
                     ["plenary", "roundtable"], 2)],
        notes="speaker proposed by an assistant, in prose: 'notre président Si Lahcen Oubella' (Maghrebi "
              "honorific 'Si' to drop); plenary preferred, roundtable 2 as fallback; sender's own title and "
              "'Oujda' in the signature are decoys; iPhone plain text QP, Date +0100."))


def m10():
    # Egyptian researcher in London, 23:51 Beirut on 5 Feb (21:51 in London): on time
    when = at("2021-02-05 23:51:20")
    sent = when - dt.timedelta(seconds=18)
    text = """Dear Organising Team,

Apologies for writing at the last minute. I'd like to put myself forward to speak in the open discussion of the multi-stakeholder consultation on 23 February.

I coordinate the Lake Nasser & Aswan Fishing Communities Project, a small participatory research project hosted by the Egyptian Association for Small-Scale Fisheries (EASSF). We have been documenting how Nubian and Upper-Egyptian fishing families move between Aswan, the Sudanese border and Cairo as water levels and licensing rules change.

Name: Mona Abdelrahman
Position: Research Coordinator

Thank you,
Mona

Sent from my laptop in London - please excuse brevity
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000e8f1a205ba9b7c30")
    rows = std_rows(when, "mail-wr1-f52.google.example.com", "209.85.221.52", "4DXQ2f0Jc8z7",
                    "Mona Abdelrahman <mona.abdelrahman.eassf@gmail.example.com>",
                    "Speaking request - open discussion (23 Feb)", rfcdate(tz(sent, 0)),
                    "<CAKm3Pq8sR0tVx2Zb4dF6hJ8lN0pR2tV4xZ6bD8fH0jL2nP4rT6@mail.gmail.example.com>",
                    ret="mona.abdelrahman.eassf@gmail.example.com")
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Mona Abdelrahman", "Research Coordinator",
                     "Egyptian Association for Small-Scale Fisheries (EASSF)", ["open_discussion"])],
        notes="deadline edge: received 23:51:20 Beirut on Fri 5 Feb (Date header 21:51 +0000, London), on "
              "time although the sender apologises for the 'last minute'; the affiliation is only in prose (a "
              "project name 'Lake Nasser & Aswan Fishing Communities Project' competes with the host "
              "association); labelled Name/Position lines without an organisation line."))


def m11():
    # Syria (Levantine), both, sent from Gaziantep: Date after midnight +0300 but 23:58:30 Beirut
    when = at("2021-02-05 23:58:30")
    sent = when - dt.timedelta(seconds=25)
    name = "تقرير سنابل الطوعي - الاتفاق العالمي للهجرة 2021.docx"
    text = """مرحبا،

بعتذر عالتأخير، كنا عم نخلص آخر تعديلات عالتقرير. مرفق التقرير الطوعي لمبادرة سنابل لدعم المزارعين النازحين (شمال غرب سوريا).

وكمان بدنا نرشح زميلتنا م. رهام الخطيب، منسقة المشاريع الزراعية بالمبادرة، لتكون مقررة وتقدم الرسائل الرئيسية لأصحاب المصلحة. حسب الرسالة العربية آخر موعد لطلبات المتحدثين 23 شباط، بس حبينا نبعت من هلق.

تحياتي
سامر حمدان
مبادرة سنابل
"""
    t = leaf("text/plain", text, "UTF-8", "base64")
    h = leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + "</div>"), "UTF-8", "base64")
    alt = multi("alternative", [t, h], "000000000000c4d9e105ba9c0a11")
    docx = make_docx(["مبادرة سنابل لدعم المزارعين النازحين", "Sanabel Initiative for Displaced Farmers",
                      "Voluntary GCM review report 2021 - North-West Syria",
                      "Loss of farmland, drought and displacement of rural families"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kksw0b7y0")])
    body = multi("mixed", [alt, att], "000000000000c4d9e305ba9c0a13")
    rows = std_rows(when, "mail-lj1-f181.google.example.com", "209.85.208.181", "4DXQ9p3Lh5z2",
                    addr("سامر حمدان", "samer.hamdan.sanabel@gmail.example.com"),
                    hdr("تقرير + ترشيح مقررة"), rfcdate(tz(sent, 3)),
                    "<CAPz7Lk2nW0sQ4vY6xB8dF0hJ2lN4pR6tV8xZ0bD2fH4jL6nP8r@mail.gmail.example.com>",
                    ret="samer.hamdan.sanabel@gmail.example.com")
    m = top(body, rows)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("رهام الخطيب", "منسقة المشاريع الزراعية", "مبادرة سنابل لدعم المزارعين النازحين",
                     ["rapporteur"])],
        report_attachments=[name],
        notes="deadline edge: received 23:58:30 Beirut on Fri 5 Feb, but the Date header reads Sat 6 Feb 00:58 "
              "+0300 (Gaziantep); Levantine colloquial; quotes the Arabic letter's misprinted speaker deadline "
              "(23 شباط); 'م.' (engineer) honorific to drop; 'مقررة وتقدم الرسائل الرئيسية' = rapporteur; "
              "Gmail RFC 2047 Arabic DOCX name with spaces."))


def m12():
    # Yemeni diaspora researcher in Washington: 17:04 local on Fri 5 Feb = 00:04 Beirut on 6 Feb -> late
    when = at("2021-02-06 00:04:20")
    sent = when - dt.timedelta(seconds=31)
    text = """Hello,

I hope this is not too late - it is still Friday afternoon here in DC!

The Yemen Water and Land Rights Forum would like to request a floor intervention in one of the plenary sessions on 24-25 February. Our speaker would be our co-founder and senior water policy advisor, Eng. Nabil Ahmed Al-Sharjabi. He has worked for 20 years on groundwater depletion in Sana'a basin and Taiz and on land disputes that push rural families into the cities.

His details:
Nabil Ahmed Al-Sharjabi
Co-founder & Senior Water Policy Advisor, Yemen Water and Land Rights Forum (YWLRF)

Thanks so much,
Reem

Reem Al-Absi, PhD
Board member, YWLRF
Washington, DC
"""
    html = ('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">'
            + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                 leaf("text/html", html_wrap(html), "us-ascii", "quoted-printable")],
                 "_000_BN6PR11MB17632F0A8C9D4E3B71A5C6D2E8F1BN6PR11MB1763namp_")
    rows = std_rows(when, "NAM11-BN8-obe.outbound.protection.outlook.example.com", "40.107.236.72", "4DXQHt5Cx1z9",
                    "Reem Al-Absi <reem.alabsi@ywlrf.example.org>",
                    "Request for plenary intervention - Yemen Water and Land Rights Forum", rfcdate(tz(sent, -5)),
                    "<BN6PR11MB17632F0A8C9D4E3B71A5C6D2E8F1@BN6PR11MB1763.namprd11.prod.outlook.example.com>",
                    ret="reem.alabsi@ywlrf.example.org")
    rows += [("Thread-Topic", "Request for plenary intervention - Yemen Water and Land Rights Forum"),
             ("Thread-Index", "AdbwDk9RkX2fYl5mTCeh1c7yYs8Xog=="), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Nabil Ahmed Al-Sharjabi", "Co-founder & Senior Water Policy Advisor",
                     "Yemen Water and Land Rights Forum (YWLRF)", ["plenary"])],
        notes="late by about four minutes: received 00:04:20 Beirut on Sat 6 Feb while the Date header says "
              "Fri 5 Feb 17:03 -0500 and the sender insists it is 'still Friday'; 'Eng.' honorific; the sender "
              "signs 'Reem Al-Absi, PhD' and is not the speaker."))


def m13():
    # Morocco, Darija in Arabic script: question (other)
    when = at("2021-02-08 10:20:47")
    sent = when - dt.timedelta(seconds=5)
    text = """السلام عليكم

عافاكم بغينا نعرفو واش ممكن نصيفطو التقرير الطوعي بالعربية ولا خاصو يكون بالفرنسية ولا بالانجليزية؟ وواش كاين شي نموذج (template) خاصنا نتبعوه؟

وسؤال آخر: فالرسالة بالعربية مكتوب بلي آخر أجل ديال طلبات المداخلة هو الجمعة 23 فبراير، وفالنسخة الفرنسية 5 فبراير، شنو هو الصحيح؟ حيت ما زال ما صيفطناش الطلب.

شكرا بزاف

جمعية واحة فكيك للتنمية والماء
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-qk1-f171.google.example.com", "209.85.222.171", "4DYnK20Wd4z6",
                    "Oasis Figuig <asso.oasisfiguig@gmail.example.com>",
                    hdr("استفسار"), rfcdate(tz(sent, 1)),
                    "<CAB9xN4mP2qR6tV0xZ4bD8fH2jL6nP0rT4vX8zB2dF6hJ0lN4p@mail.gmail.example.com>",
                    ret="asso.oasisfiguig@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan Darija in Arabic script ('واش', 'نصيفطو', 'خاصو', 'بزاف'); questions on report language/"
              "template and on the misprinted Arabic speaker deadline; says explicitly that no speaker request "
              "has been sent yet; received 8 Feb, after the real speaker deadline, which the reply must state."))


M14_NAME = "Rapport_volontaire_UCAS_Migrations_climatiques_Février2021.docx"
M14_ID = "<PR3P194MB0842A7C1E5D9B2F4086C3E1A9D74@PR3P194MB0842.EURP194.PROD.OUTLOOK.example.com>"


def m14():
    # Morocco, Outlook, DOCX with RFC 2231 accented name
    when = at("2021-02-09 09:30:12")
    sent = when - dt.timedelta(seconds=10)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Union des Coopératives Agricoles du Souss (UCAS) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport, élaboré avec 14 coopératives membres (arganiers, safran, maraîchage), traite de l'impact de la sécheresse et de la surexploitation de la nappe du Souss-Massa sur l'exode rural et sur les travailleurs saisonniers.

Nous vous prions d'en accuser réception.

Bien cordialement,

Rachid Aït Baha
Responsable suivi-évaluation
Union des Coopératives Agricoles du Souss (UCAS)
Agadir – Maroc
"""
    html = ('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html_wrap(html, charset="windows-1252"), "windows-1252",
                                     "quoted-printable")],
                "_000_PR3P194MB0842A7C1E5D9B2F4086C3E1A9D74PR3P194MB0842EURP_")
    docx = make_docx(["Union des Coopératives Agricoles du Souss (UCAS)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "Sécheresse, nappe du Souss-Massa et exode rural", "Version 1 - février 2021"])
    att = Message(policy=POL)
    att["Content-Type"] = DOCX + ";\r\n\tname*=" + rfc2231(M14_NAME)
    att["Content-Description"] = M14_NAME.encode("ascii", "replace").decode()
    att["Content-Disposition"] = "attachment;\r\n\tfilename*=" + rfc2231(M14_NAME) + ";\r\n\tsize=%d" % len(docx)
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [alt, att], "_004_PR3P194MB0842A7C1E5D9B2F4086C3E1A9D74PR3P194MB0842EURP_")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.58", "4DZ9Gq1hX3z0",
                    "=?iso-8859-1?Q?Rachid_A=EFt_Baha?= <r.aitbaha@ucas-souss.example.ma>",
                    "Rapport volontaire UCAS - Examen regional PMM", rfcdate(tz(sent, 1)), M14_ID,
                    ret="r.aitbaha@ucas-souss.example.ma")
    rows += [("Thread-Topic", "Rapport volontaire UCAS - Examen regional PMM"),
             ("Thread-Index", "Adb+yQ3L0o5F2s3jRnqkW1xD8cZ9Tg=="), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M14_NAME],
        notes="Outlook windows-1252 text+HTML; DOCX name with an accent only in RFC 2231 form (name*=/filename*=), "
              "Content-Description holds a mangled ASCII copy; report by a union of cooperatives."))


def m15():
    # English logistics question, Thunderbird plain
    when = at("2021-02-10 15:00:40")
    sent = when - dt.timedelta(seconds=16)
    text = """Dear GCM team,

A couple of practical questions from our side:

1. Will there be Arabic-English interpretation during the roundtables? Some of the farmers' representatives in our network do not speak English.
2. Our speaker request went in before the deadline (Feb 4, sent jointly with our partners at SPCDF) - will you confirm the speakers and the time allocated to each? Are PowerPoint slides or a short video allowed?
3. Where do we find the Zoom link for the consultation on 23 February?

Thanks a lot,
Osman

--
Osman Bakheet
M&E Officer
Sahel Climate & Mobility Network - Sudan
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "7bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.sahelclimate-sd.example.org", "41.223.200.17", "4DZhW83Rb2z4",
                    "Osman Bakheet <o.bakheet@sahelclimate-sd.example.org>",
                    "Interpretation / slides / link?", rfcdate(sent),
                    "<3c9b1e72-8a04-d5f6-2e17-b0c4a9d83f51@sahelclimate-sd.example.org>",
                    ret="o.bakheet@sahelclimate-sd.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "en-GB")]
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="numbered logistics questions (interpretation, slides, Zoom link); refers to an earlier speaker "
              "request sent jointly with a partner (SPCDF, cf. h82-08) but proposes nobody and is not in "
              "that thread; sender is the colleague named in the auto-reply h82-02."))


def m16():
    # Egyptian thank-you reply to our acknowledgement (nothing new) - iPhone
    when = at("2021-02-11 11:40:55")
    sent = when - dt.timedelta(seconds=8)
    ack_id = "<ack-20210209-0731@gcmrr.iom.int>"
    text = """شكرا جزيلا على التأكيد 🙏 وبالتوفيق ان شاء الله

أُرسلت من الـ iPhone

> في ٩ فبراير ٢٠٢١، الساعة ٣:١٢ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
> 
> السيدة الفاضلة،
> نؤكد استلام التقرير الطوعي الخاص بجمعية صيادي بحيرة البرلس. شكراً لمساهمتكم في الاستعراض الإقليمي.
> الأمانة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.burullus-fishers.example.org", "156.197.41.12", "4DbBv40Zt8z1",
                    addr("نجلاء الشربيني", "naglaa@burullus-fishers.example.org"),
                    re_hdr("Re: ", "تأكيد استلام - التقرير الطوعي"), rfcdate(sent),
                    "<8F2D6C1B-9E3A-4B70-A5D8-1C7E0F3B2A96@burullus-fishers.example.org>",
                    ret="naglaa@burullus-fishers.example.org")
    rows += [("In-Reply-To", ack_id), ("References", ack_id), ("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None,
        notes="thank-you reply (with emoji) to our acknowledgement of a report that is not in this set: adds "
              "nothing new, so no acknowledgement; the quoted acknowledgement mentions 'التقرير الطوعي'; iPhone "
              "quote header with Arabic-Indic digits."))


def m17():
    # Sudan: forwarded report (Outlook FW) from the union's chairman to its secretary
    when = at("2021-02-12 10:30:19")
    sent = when - dt.timedelta(seconds=11)
    name = "GTFU - GCM voluntary report (final).pdf"
    text = """Dear Sir/Madam,

Please see below and attached, our chairman asked me to forward our report as his email is not working properly.

Regards
Amna

-----Original Message-----
From: Elsir Babiker <elsir.babiker55@yahoo.example.com>
Sent: Thursday, 11 February 2021 21:14
To: Amna Elfadil <amna.gtfu@gmail.example.com>
Subject: report

Amna pls send this to the IOM email for the migration review, the one in the letter. It is the report of the Gezira Tenant Farmers Union on the youth leaving the scheme and going to Libya and the gold mines. Tell them we want to participate also.

Elsir
"""
    html = '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>"
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html_wrap(html), "us-ascii", "quoted-printable")],
                "_000_DB9PR02MB72105E8C1A3F4D9B2E67A0C1F4B8DB9PR02MB7210eurp_")
    att = pdf_part(name, ["Gezira Tenant Farmers Union (GTFU)", "Voluntary report - Global Compact for Migration",
                          "Youth leaving the Gezira Scheme: Libya, gold mining and the Gulf"])
    body = multi("mixed", [alt, att], "_004_DB9PR02MB72105E8C1A3F4D9B2E67A0C1F4B8DB9PR02MB7210eurp_")
    rows = std_rows(when, "EUR02-DB5-obe.outbound.protection.outlook.example.com", "40.107.14.81", "4DbcW71Lm5z3",
                    "Amna Elfadil <amna.gtfu@outlook.example.com>", "FW: report", rfcdate(sent),
                    "<DB9PR02MB72105E8C1A3F4D9B2E67A0C1F4B8@DB9PR02MB7210.eurprd02.prod.outlook.example.com>",
                    ret="amna.gtfu@outlook.example.com")
    rows += [("Thread-Topic", "report"), ("Thread-Index", "AQHXAKv8m5Wc1sN0Tk6XqL3y1e9sFw=="),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Outlook 'FW: report' with an '-----Original Message-----' block; the organisation appears only in "
              "the forwarded text; 'we want to participate also' is vague (no speaker, no role): not a speaker "
              "request; PDF name with spaces and parentheses."))


def m18():
    # Levantine French (Syrian NGO based in Beirut): question about remote participation
    when = at("2021-02-12 13:15:06")
    sent = when - dt.timedelta(seconds=22)
    text = """Bonjour Madame, Monsieur,

Je vous remercie infiniment pour l'invitation à la Revue régionale. Notre association, Terre et Eau – Syrie, travaille avec les familles d'agriculteurs déplacées de la Ghouta et du Hauran qui vivent actuellement dans la Békaa.

Je voulais savoir si la participation à la consultation du 23 février se fera uniquement en ligne, ou bien s'il y aura une possibilité d'y assister en présentiel à Beyrouth ? Et aussi, est-ce que les documents de la conférence seront disponibles en arabe ? Plusieurs de nos membres ne lisent pas le français ni l'anglais.

Avec mes remerciements anticipés, et bonne continuation à toute l'équipe.

Rana Moussalli
Terre et Eau – Syrie
Zahlé, Liban
+961 3 000 512
"""
    html = ('<div style="font-family:Verdana;font-size:10pt">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                 leaf("text/html", html_wrap(html, charset="windows-1252"), "windows-1252",
                                      "quoted-printable")],
                 "----=_NextPart_000_0019_01D7013B.4C8E2F40")
    rows = std_rows(when, "smtp.terre-eau-syrie.example.org", "185.104.59.30", "4Dbj0m2Qs6z7",
                    "\"Rana Moussalli\" <rana.m@terre-eau-syrie.example.org>",
                    "Question sur la participation - consultation du 23 fevrier", rfcdate(sent),
                    "<001801d7012a$f1c3a2e0$d54ae8a0$@terre-eau-syrie.example.org>",
                    ret="rana.m@terre-eau-syrie.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdcBKuxzT7pY0yL0RHiX3m0iFQq5aw=="),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Levantine French (Syrian association in the Bekaa): questions on in-person vs online participation "
              "and Arabic documents; polite and long but no submission; windows-1252 QP (en dash)."))


def m19():
    # Tunisia Kerkennah fishermen: both, speaker part late (14 Feb)
    when = at("2021-02-14 10:05:33")
    sent = when - dt.timedelta(seconds=19)
    name = "Rapport_AKPA_Kerkennah_PMM.pdf"
    text = """Bonjour à toute l'équipe,

Ci-joint notre rapport volontaire (Association Kerkennienne des Pêcheurs Artisanaux) sur la dégradation des fonds marins, la pêche illégale au chalut et le départ des jeunes pêcheurs de l'archipel vers Lampedusa.

On aimerait aussi si c'est encore possible avoir une intervention dans une session plénière de la conférence. Voici notre intervenant :

Organisation : Association Kerkennienne des Pêcheurs Artisanaux (AKPA)
Fonction : porte-parole des pêcheurs de Remla
Nom : Mohamed Ali Ben Amor

Merci beaucoup et bonne fête à tous.

Sana Khemiri
AKPA – Kerkennah, Sfax
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"),
                                leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>", "UTF-8")],
                "0000000000004f2b8c05bb4a19e7")
    att = pdf_part(name, ["Association Kerkennienne des Pecheurs Artisanaux (AKPA)",
                          "Rapport volontaire - Pacte mondial pour les migrations",
                          "Peche artisanale, degradation des fonds marins et migration des jeunes"],
                   extra=[("X-Attachment-Id", "f_kl4t7q0z0"), ("Content-ID", "<f_kl4t7q0z0>")])
    body = multi("mixed", [alt, att], "0000000000004f2b8d05bb4a19e9")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DcGq20Fv9z5",
                    "Sana Khemiri <akpa.kerkennah@gmail.example.com>",
                    "Rapport AKPA + intervention", rfcdate(tz(sent, 1)),
                    "<CAE5tN1kR8pW2xZ6bD0fH4jL8nP2rT6vX0zB4dF8hJ2lN6pR0t@mail.gmail.example.com>",
                    ret="akpa.kerkennah@gmail.example.com")
    m = top(body, rows)
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Mohamed Ali Ben Amor", "porte-parole des pêcheurs de Remla",
                     "Association Kerkennienne des Pêcheurs Artisanaux (AKPA)", ["plenary"])],
        report_attachments=[name],
        notes="report on time but the speaker part (14 Feb) is after the 5 Feb speaker deadline, so on_time is "
              "false; speaker block in reverse order (Organisation / Fonction / Nom); 'si c'est encore possible' "
              "hedges the late request; Gmail, Date +0100."))


def m20():
    # revised version of m14 (reply in the thread)
    when = at("2021-02-15 09:45:28")
    sent = when - dt.timedelta(seconds=13)
    name = "Rapport_volontaire_UCAS_Migrations_climatiques_Février2021_V2.docx"
    text = """Bonjour,

Suite à notre envoi du 9 février, veuillez trouver ci-joint une version corrigée de notre rapport (V2) : nous avons ajouté les chiffres de la Direction régionale de l'agriculture et corrigé quelques coquilles. Merci de bien vouloir remplacer la première version par celle-ci.

Cordialement,

Rachid Aït Baha
Responsable suivi-évaluation
UCAS – Agadir

-----Message d'origine-----
De : Rachid Aït Baha <r.aitbaha@ucas-souss.example.ma>
Envoyé : mardi 9 février 2021 08:30
À : gcmrrarabstates@iom.int
Objet : Rapport volontaire UCAS - Examen regional PMM

Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Union des Coopératives Agricoles du Souss (UCAS) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.
[...]
"""
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">'
                                                            + text2html(text) + "</div>", charset="windows-1252"),
                                     "windows-1252", "quoted-printable")],
                "_000_PR3P194MB08429C3E1A2B5D7F0864E1C3A5B7PR3P194MB0842EURP_")
    docx = make_docx(["Union des Coopératives Agricoles du Souss (UCAS)",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "Sécheresse, nappe du Souss-Massa et exode rural", "Version 2 - 15 février 2021"])
    att = Message(policy=POL)
    att["Content-Type"] = DOCX + ";\r\n\tname*=" + rfc2231(name)
    att["Content-Disposition"] = "attachment;\r\n\tfilename*=" + rfc2231(name) + ";\r\n\tsize=%d" % len(docx)
    att["Content-Transfer-Encoding"] = "base64"
    att.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [alt, att], "_004_PR3P194MB08429C3E1A2B5D7F0864E1C3A5B7PR3P194MB0842EURP_")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.61", "4Dd2Ls4Jk1z8",
                    "=?iso-8859-1?Q?Rachid_A=EFt_Baha?= <r.aitbaha@ucas-souss.example.ma>",
                    "RE: Rapport volontaire UCAS - Examen regional PMM", rfcdate(tz(sent, 1)),
                    "<PR3P194MB08429C3E1A2B5D7F0864E1C3A5B7@PR3P194MB0842.EURP194.PROD.OUTLOOK.example.com>",
                    ret="r.aitbaha@ucas-souss.example.ma")
    rows += [("In-Reply-To", M14_ID), ("References", M14_ID),
             ("Thread-Topic", "Rapport volontaire UCAS - Examen regional PMM"),
             ("Thread-Index", "Adb+yQ3L0o5F2s3jRnqkW1xD8cZ9TgEJk2Vw"), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h82-14.eml",
        notes="revised report (V2) replying to the sender's own h82-14 and asking to replace it; the quoted "
              "original is a truncated '-----Message d'origine-----' block; the new DOCX name differs only by "
              "'_V2'."))


def m21():
    # Tunisia (Gabès): report in the body under a heading, HTML-only, Arabic MSA
    when = at("2021-02-15 18:30:50")
    sent = when - dt.timedelta(seconds=15)
    inner = """<p>السادة المحترمون في أمانة الاستعراض الإقليمي،</p>
<p>تحية طيبة وبعد، نوافيكم فيما يلي بتقريرنا الطوعي مباشرةً في متن هذه الرسالة لتعذّر إرفاق الملف من مقرّنا.</p>
<h3 style="text-align:center">التقرير الطوعي لجمعية حماية واحة شنني (قابس) حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</h3>
<p><b>1. السياق:</b> تعاني واحة شنني الساحلية منذ السبعينيات من التلوث الصناعي لمجمع المواد الكيميائية ومن تراجع الموارد المائية، ما أدى إلى هجرة أعداد متزايدة من الفلاحين الشبان نحو صفاقس وتونس العاصمة وليبيا وأوروبا.</p>
<p><b>2. الأهداف ذات الصلة:</b> الهدف 2 (الحدّ من العوامل الدافعة)، الهدف 5 (مسارات الهجرة النظامية)، الهدف 19 (مساهمة المهاجرين والمغتربين في التنمية).</p>
<p><b>3. الممارسات الجيدة:</b> إعادة تأهيل 40 هكتاراً من السواقي التقليدية بالتعاون مع المجمع المائي للتنمية الفلاحية، ومشروع لإدماج العائدين من ليبيا في زراعة الحناء والرمان.</p>
<p><b>4. التحديات:</b> غياب التنسيق بين السلطات المحلية والمركزية، وعدم اعتراف السياسات الوطنية بالهجرة الناتجة عن التدهور البيئي.</p>
<p><b>5. التوصيات:</b> إدراج التنقل المرتبط بالمناخ في الاستراتيجية الوطنية للهجرة، وتمويل مشاريع المياه في الواحات الساحلية.</p>
<p>وتفضلوا بقبول فائق التقدير والاحترام.</p>
<p>عن الهيئة المديرة<br>د. منجي الحامدي<br>رئيس جمعية حماية واحة شنني<br>قابس – الجمهورية التونسية</p>"""
    body = leaf("text/html", html_wrap('<div dir="rtl" style="font-family:Tahoma">' + inner + "</div>", "rtl"),
                "UTF-8", "quoted-printable")
    rows = std_rows(when, "smtp.topnet-mail.example.tn", "197.3.10.114", "4DdPf91Vg2z6",
                    addr("جمعية حماية واحة شنني", "chenini.oasis@topnet-mail.example.tn"),
                    hdr("التقرير الطوعي - جمعية حماية واحة شنني قابس"), rfcdate(tz(sent, 1)),
                    "<20210215173035.4F1A2B3C4D@topnet-mail.example.tn>",
                    ret="chenini.oasis@topnet-mail.example.tn")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="the report is in the HTML-only body under a centred heading 'التقرير الطوعي ...' with numbered "
              "sections (no attachment, so report_attachments is empty); the sender says the file could not be "
              "attached; signed by the association's president ('د.')."))


def m22():
    # Morocco: 23:55:30 Beirut on 16 Feb = 22:55 in Rabat: on time, sender apologises
    when = at("2021-02-16 23:55:30")
    sent = when - dt.timedelta(seconds=27)
    name = "Rapport GCM - Réseau Draa-Tafilalet pour l'eau et la terre.pdf"
    text = """Bonsoir,

Désolé pour l'envoi tardif, nous avons eu des coupures d'internet toute la journée à Zagora. Vous trouverez en pièce jointe le rapport volontaire du Réseau Draa-Tafilalet pour l'Eau et la Terre (REDET) concernant l'assèchement des oasis du Drâa, la salinisation et l'émigration des jeunes vers les villes et l'Europe.

Bien à vous,
Youssef Ouhammou
coordinateur REDET
"""
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"),
                                leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>", "UTF-8")],
                "000000000000a7d3c105bb6d2e48")
    att = leaf("application/pdf", make_pdf(["Reseau Draa-Tafilalet pour l'Eau et la Terre (REDET)",
                                            "Rapport volontaire - examen regional du PMM",
                                            "Assechement des oasis du Draa et migration"]),
               cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name), extra=[("X-Attachment-Id", "f_kl8ph3v10")])
    body = multi("mixed", [alt, att], "000000000000a7d3c305bb6d2e4a")
    rows = std_rows(when, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DgFhN6Ts0z2",
                    "Youssef Ouhammou <redet.zagora@gmail.example.com>",
                    "Rapport volontaire REDET", rfcdate(tz(sent, 1)),
                    "<CAG8pQ2nT6vX0zB4dF8hJ2lN6pR0tV4xZ8bD2fH6jL0nP4rT8v@mail.gmail.example.com>",
                    ret="redet.zagora@gmail.example.com")
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:55:30 Beirut on Tue 16 Feb (Date 22:55 +0100, Morocco), on time despite "
              "'Désolé pour l'envoi tardif'; PDF name with accents, spaces and an apostrophe as an RFC 2047 "
              "encoded-word inside quotes (Gmail)."))


def m23():
    # Sudanese climate-mobility group in Geneva: 23:04 local on 16 Feb = 00:04 Beirut on 17 Feb -> late
    when = at("2021-02-17 00:04:40")
    sent = when - dt.timedelta(seconds=33)
    name = "SCMN_Voluntary_GCM_Review_Feb2021.pdf"
    text = """Dear colleagues,

On behalf of the Sahel Climate & Mobility Network - Sudan (SCMN), please find attached our voluntary GCM review report, submitted today 16 February within the extended deadline.

The report draws on 120 interviews with displaced pastoralist and farming households in North Kordofan and White Nile states.

With best regards,

Nafisa Idris
Director, SCMN
(currently in Geneva)

________________________________
This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    html = '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text) + "</div>"
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html_wrap(html), "us-ascii", "quoted-printable")],
                "_000_VI1PR07MB61348E2B0D5A9C1F37E4B6A2D0C9VI1PR07MB6134eurp_")
    att = pdf_part(name, ["Sahel Climate & Mobility Network - Sudan (SCMN)", "Voluntary GCM Review Report 2021",
                          "Displacement of pastoralist and farming households, North Kordofan and White Nile"])
    body = multi("mixed", [alt, att], "_004_VI1PR07MB61348E2B0D5A9C1F37E4B6A2D0C9VI1PR07MB6134eurp_")
    rows = std_rows(when, "EUR05-VI1-obe.outbound.protection.outlook.example.com", "40.107.21.90", "4DgFpX2Wr8z4",
                    "Nafisa Idris <n.idris@sahelclimate-sd.example.org>",
                    "SCMN Voluntary GCM Review Report", rfcdate(tz(sent, 1)),
                    "<VI1PR07MB61348E2B0D5A9C1F37E4B6A2D0C9@VI1PR07MB6134.eurprd07.prod.outlook.example.com>",
                    ret="n.idris@sahelclimate-sd.example.org")
    rows += [("Thread-Topic", "SCMN Voluntary GCM Review Report"),
             ("Thread-Index", "AdcEqk0p2Yb7Xc1JSbO0Tfa8Ue1qZg=="), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by about five minutes: received 00:04:40 Beirut on Wed 17 Feb while the Date header is "
              "Tue 16 Feb 23:04 +0100 (Geneva) and the body claims 'submitted today 16 February within the "
              "extended deadline'; same sender as the auto-reply h82-02, now a human message."))


def m24():
    # French-localised DSN for our acknowledgement of h82-22 (mailbox full)
    when = at("2021-02-17 00:09:14")
    qid = "4DgFt83Nc5z1"
    ack_subj = "Accuse de reception - Rapport volontaire REDET"
    text = """Ceci est le système de messagerie de l'hôte mx1.iom.int.

Nous sommes désolés de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez envoyer un courriel à postmaster.

<redet.zagora@gmail.example.com> : l'hôte
    gmail-smtp-in.l.google.example.com[142.250.27.26] a répondu : 552-5.2.2
    The email account that you tried to reach is over quota. (en réponse à
    la commande RCPT TO)
"""
    arr = when - dt.timedelta(seconds=97)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; redet.zagora@gmail.example.com
Original-Recipient: rfc822;redet.zagora@gmail.example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.example.com
Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is
    over quota.
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <redet.zagora@gmail.example.com>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Youssef Ouhammou <redet.zagora@gmail.example.com>
Subject: %s
Date: %s
Message-ID: <ack-20210217-0042@gcmrr.iom.int>
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), ack_subj, rfcdate(arr))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.%d/mx1.iom.int" % (qid, int(when.timestamp())),
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = hdr("Message non délivré retourné à l'expéditeur", "utf-8", "Q")
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<%s.%s@mx1.iom.int>" % (when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"), qid)
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(24, when, m, dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (multipart/report, 5.2.2 over quota) for our acknowledgement of "
              "h82-22, arriving five minutes after h82-23 and minutes after the report deadline; the returned headers mention 'Rapport volontaire REDET' but this is a robot: "
              "never acknowledge, not a follow-up."))


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
