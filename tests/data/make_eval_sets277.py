#!/usr/bin/env python3
"""Write the blind evaluation set holdout277 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets277.py
Theme: local authorities, municipalities, national human rights institutions and parliamentarians (25 January -
17 February 2021).  Formal protocol language in English, French and Arabic, requests made on behalf of an official
by a chief of staff, a protocol office, a secretary or a parliamentary adviser, long Cc chains, honorifics (H.E.,
Hon., Son Excellence, معالي, سعادة) and delegations of which only one member speaks: a Jordanian mayor's chief of
staff asking for a plenary slot for 'H.E. Eng.' the Mayor with seven addresses in Cc (a mistyped one bounces our
acknowledgement, and a reply-all thanks us), a human rights institution's three-person delegation led by 'معالي'
its president, of which only 'سعادة الدكتورة' the commissioner speaks (the president's out-of-office answers, and
the office later sends the delegation list), a Tunisian commune's protocol service asking questions before any
request, a parliamentary forum's report and rapporteur (the rapporteur is later withdrawn without a replacement),
a Djibouti council's cabinet proposing 'Son Excellence Madame la Présidente' (her secretariat's out-of-office
follows), a Lebanese mayor's secretary in dialect, an MP who only wants to attend, a Lebanese municipal delegation
in French, a Moroccan commune's designation letter then a change of role, a Tunisian municipality's report and
mayor, an MP's adviser at 23:52 on the speaker deadline, a Libyan municipal council writing late in dialect, a
Yemeni local council's 'both' with a late speaker part, a Mauritanian commission's note verbale with its report, a
network of cities' report and annex sent by the Secretary-General's assistant, an Iraqi parliamentary committee at
00:56 Baghdad time on 17 February (23:56 in Beirut) and a Somali municipality's report a day late.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(277)
add = SET.add
H = "h277-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
OUTLOOK14 = "Microsoft Outlook 14.0"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp6c1e8a40yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def enc_phrase(name, charset="utf-8"):
    """A non-ASCII display name as encoded words cut between words (each word's following space kept inside the
    encoded word, as RFC 2047 decoders drop the folding white space between encoded words)."""
    import base64
    import quopri
    words = name.split(" ")
    chunks, cur = [], ""
    for k, w in enumerate(words):
        piece = w + (" " if k < len(words) - 1 else "")
        if cur and len((cur + piece).encode(charset)) > 39:
            chunks.append(cur)
            cur = ""
        cur += piece
    chunks.append(cur)
    latin = any("a" <= c.lower() <= "z" for c in name)
    out = []
    for c in chunks:
        data = c.encode(charset)
        if latin:
            q = quopri.encodestring(data, header=True).decode("ascii").replace("=\n", "")
            q = q.replace("?", "=3F").replace("'", "=27").replace(",", "=2C")
            out.append("=?%s?Q?%s?=" % (charset, q))
        else:
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(data).decode("ascii")))
    return " ".join(out)


def addr_list(items):
    """A list of addresses in one header: non-ASCII display names as encoded words, the rest as they are."""
    out = []
    for name, a in items:
        try:
            name.encode("ascii")
            out.append(('"%s"' % name if any(c in name for c in ',.;:()<>@') else name) + " <%s>" % a)
        except UnicodeEncodeError:
            out.append("%s <%s>" % (enc_phrase(name), a))
    return ", ".join(out)


def ack_text(lang, subject, what):
    """The acknowledgement the secretariat sent, as quoted in replies."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  EN  speaker  a mayor's chief of staff asks a plenary slot for 'H.E. Eng.' the Mayor; seven Cc
M01_ID = "<VI1PR09MB4127B83E5D1A6C09@VI1PR09MB4127.eurprd09.prod.outlook.example.com>"
M01_SUBJ = "Ref. GWRM/MO/2021/117 - Request for H.E. the Mayor to address the Plenary - GCM Regional Review"
M01_QID = "4DPm7Rq30Kz2"
M01_FROM = "Hala Odeh <h.odeh@gwrm.example.jo>"
M01_CC = ("Mayor's Office <mayor.office@gwrm.example.jo>, \"Eng. Rania Haddad\" <r.hadad@gwrm.example.jo>, "
          "Ahmad Al-Zoubi <protocol@gwrm.example.jo>, Samer Qasem <s.qasem@gwrm.example.jo>, "
          "\"Lubna Tarawneh (MoLA)\" <l.tarawneh@mola.example.gov.jo>, "
          "\"Jordan Cities Forum - Secretariat\" <secretariat@jordancities.example.org>, "
          "Deputy Mayor <deputy.mayor@gwrm.example.jo>")
M01_TEXT = """Dear Sir/Madam,

Ref: GWRM/MO/2021/117
Date: 25 January 2021

With reference to the invitation to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region, and upon the instructions of H.E. Eng. Nidal Saleh Al-Khreisat, Mayor of Greater Wadi Al-Rayhan, I have the honour to request that His Excellency be given the floor during a plenary session of the Regional Conference on 24-25 February 2021.

His Excellency would speak on the experience of the Municipality, which today serves some 112,000 Jordanians together with around 38,000 Syrian refugees and several thousand Egyptian and Asian migrant workers, on municipal service delivery under this pressure, and on the inclusion of migrant workers in the municipal solid-waste and agriculture sectors.

H.E. the Mayor will be accompanied by the following members of the Municipality:
- Eng. Rania Haddad, Director of Local Development and Host Community Affairs
- Mr. Ahmad Al-Zoubi, Head of Protocol and Public Relations

Both colleagues will attend the Conference but will not take the floor.

For any logistical matter, kindly liaise with the undersigned and with the Protocol Section, copied herewith. The Ministry of Local Administration and the Jordan Cities Forum are copied for their information.

Please accept, Sir/Madam, the assurances of our highest consideration.

Hala Odeh
Chief of Staff
Office of the Mayor
Greater Wadi Al-Rayhan Municipality (GWRM)
Wadi Al-Rayhan - Hashemite Kingdom of Jordan
Tel: +962 2 000 0000 | Ext. 101

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee(s). If you have received it in error, please notify the sender and delete it. Views expressed are those of the sender and do not necessarily reflect the official position of Greater Wadi Al-Rayhan Municipality.
"""


def m01():
    when = at("2021-01-25 09:52:18")
    cid = "image001.png@01D6F2F0.4B7E2A10"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-US", img_cid=cid)),
                            logo(cid, (0, 102, 51))], "_004_VI1PR09MB4127B83E5D1A6C09_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_VI1PR09MB4127B83E5D1A6C09_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur09on0702.outbound.protection.outlook.example.com",
           "198.51.100.72", M01_QID, M01_FROM, M01_SUBJ, M01_ID, body, cc=M01_CC,
           extra=outlook(M01_SUBJ, "AdbzD4Fh7Jk9Lq1Zx3Cv5Bn7Mq9We==", lang="en-US"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nidal Saleh Al-Khreisat", "Mayor of Greater Wadi Al-Rayhan", "Greater Wadi Al-Rayhan Municipality (GWRM)",
           ["plenary"])],
        notes="the Mayor's chief of staff asks, 'upon the instructions of', for a plenary slot for the Mayor: 'H.E. "
              "Eng.' dropped from the name, then 'His Excellency' / 'H.E. the Mayor' only; the title is written "
              "with the town ('Mayor of Greater Wadi Al-Rayhan') and the full affiliation with its acronym is only "
              "in the sender's signature. A delegation of two more people (with 'Eng.'/'Mr.' and titles) will "
              "attend but 'will not take the floor': not speakers. Seven addresses in Cc (one mistyped: our "
              "acknowledgement's copy bounces, h277-02), Outlook with a logo and a legal disclaimer; 112,000 and "
              "38,000 are population figures. A reply-all thank-you follows (h277-03)."))


# ================================================================ 02  EN  bounce  the Cc copy of our acknowledgement of 01 to the mistyped address
def m02():
    when = at("2021-01-25 09:53:31")
    rcpt = "r.hadad@gwrm.example.jo"
    remote = "gwrm-example-jo.mail.protection.outlook.example.com"
    text = POSTFIX_NOTICE + """
<%s>: host %s[198.51.100.5] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not
    found by SMTP address lookup (in reply to RCPT TO command)
""" % (rcpt, remote, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DPm9Tw52Lz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Remote-MTA: dns; %s\n"
           "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
           "    %s not found by SMTP address lookup\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, remote, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Cc: Mayor's Office <mayor.office@gwrm.example.jo>,\n"
            " \"Eng. Rania Haddad\" <r.hadad@gwrm.example.jo>,\n"
            " Ahmad Al-Zoubi <protocol@gwrm.example.jo>, Samer Qasem <s.qasem@gwrm.example.jo>,\n"
            " \"Lubna Tarawneh (MoLA)\" <l.tarawneh@mola.example.gov.jo>,\n"
            " \"Jordan Cities Forum - Secretariat\" <secretariat@jordancities.example.org>,\n"
            " Deputy Mayor <deputy.mayor@gwrm.example.jo>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M01_FROM, M01_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M01_QID),
                                  M01_ID, M01_ID))
    body = dsn_report(text, dsn, hdrs, "4DPm9Xb84Nz1.1611561211/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DPm9Xb84Nz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210125075331.4DPm9Xb84Nz1@mx1.iom.int>")]
    add(2, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the copy of our acknowledgement of h277-01 sent to its mistyped Cc 'r.hadad@' "
              "(Exchange Online 550 5.1.10 RESOLVER.ADR.RecipientNotFound); the returned headers carry the whole "
              "Cc chain and h277-01's subject about H.E. the Mayor's plenary request. Never acknowledge; thread_of "
              "null as for dev bounces."))


# ================================================================ 03  EN  other  reply-all thank-you to our acknowledgement of 01 (Outlook quote)
def m03():
    when = at("2021-01-25 14:07:55")
    ack = ack_mid(M01_QID)
    quoted = ack_text("en", M01_SUBJ, "your request for a speaking role")
    text = """Dear colleagues,

Well received, with many thanks. H.E. the Mayor looks forward to your confirmation of the programme in due course.

Best regards,

Hala Odeh
Chief of Staff
Office of the Mayor
Greater Wadi Al-Rayhan Municipality (GWRM)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, January 25, 2021 9:53 AM
To: Hala Odeh <h.odeh@gwrm.example.jo>
Cc: Mayor's Office <mayor.office@gwrm.example.jo>; Eng. Rania Haddad <r.hadad@gwrm.example.jo>; Ahmad Al-Zoubi <protocol@gwrm.example.jo>; Samer Qasem <s.qasem@gwrm.example.jo>; Lubna Tarawneh (MoLA) <l.tarawneh@mola.example.gov.jo>; Jordan Cities Forum - Secretariat <secretariat@jordancities.example.org>; Deputy Mayor <deputy.mayor@gwrm.example.jo>
Subject: Acknowledgement of receipt - """ + M01_SUBJ + "\n\n" + quoted + "\n"
    body = alt(text, "_000_VI1PR09MB41279C2D7E4F1A83_", html=outlook_html(text, lang="EN-US"))
    subj = "RE: Acknowledgement of receipt - " + M01_SUBJ
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur09on0702.outbound.protection.outlook.example.com",
           "198.51.100.72", "4DPx2Hn61Qz4", M01_FROM, subj,
           "<VI1PR09MB41279C2D7E4F1A83@VI1PR09MB4127.eurprd09.prod.outlook.example.com>", body, cc=M01_CC,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook(subj, "AdbzD4Fh7Jk9Lq1Zx3Cv5Bn7Mq9WeAAGk2Rs=", lang="en-US"))
    add(3, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 1,
        notes="reply-all thank-you to our acknowledgement of h277-01 (References name it), with the seven Cc "
              "addresses again and an Outlook-style quoted header block: adds nothing new, so no acknowledgement "
              "(and no new copies to the Cc chain). 'looks forward to your confirmation of the programme' is not a "
              "new request."))


# ================================================================ 04  AR  speaker  NHRI delegation of three led by 'معالي' its president; only 'سعادة الدكتورة' speaks
M04_ID = "<DB9PR01MB7364A2C5E81F4B07@DB9PR01MB7364.eurprd01.prod.outlook.example.com>"
M04_SUBJ = "مشاركة وفد المؤسسة الوطنية المستقلة لحقوق الإنسان في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M04_QID = "4DQs5Kv20Hz8"
M04_FROM_NAME = "مكتب الرئيس - المؤسسة الوطنية المستقلة لحقوق الإنسان"
M04_FROM_ADDR = "president.office@nihr.example.bh"
M04_TEXT = """المؤسسة الوطنية المستقلة لحقوق الإنسان
مكتب الرئيس

الرقم: م و م ح إ/ر/2021/46
التاريخ: 26 يناير 2021م

سعادة منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترم

الموضوع: مشاركة وفد المؤسسة في المؤتمر الإقليمي

تحية طيبة وبعد،

بالإشارة إلى الدعوة الكريمة الموجهة إلى المؤسسة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يسرني بتوجيه من معالي رئيس المؤسسة أن أحيطكم علماً بأن المؤسسة ستشارك في المؤتمر الإقليمي يومي 24 و25 فبراير 2021 بوفد يتكون من:

1. معالي السيد علي حسن السيد، رئيس المؤسسة الوطنية المستقلة لحقوق الإنسان، رئيساً للوفد.
2. سعادة الدكتورة مريم عبدالرحمن الجودر، عضو مجلس المفوضين ورئيسة لجنة الحقوق الاقتصادية والاجتماعية والعمالة الوافدة.
3. الأستاذ فيصل محمد النعيمي، باحث قانوني أول بإدارة الشكاوى والرصد.

وترغب المؤسسة في أن تتولى سعادة الدكتورة مريم الجودر إلقاء مداخلة المؤسسة في المائدة المستديرة المواضيعية الثالثة، على أن يقتصر حضور معالي الرئيس وبقية أعضاء الوفد على المتابعة دون مداخلات.

وستوافيكم المؤسسة لاحقاً ببيانات أعضاء الوفد لأغراض التسجيل.

شاكرين لكم حسن تعاونكم، وتفضلوا بقبول فائق الاحترام والتقدير،

يوسف خليفة الدوسري
مدير مكتب الرئيس
المؤسسة الوطنية المستقلة لحقوق الإنسان
المنامة
هاتف: 00973 1700 0000

تنويه: هذه الرسالة وما يرفق بها سرية ومخصصة للمرسل إليه فقط، فإذا وصلتكم عن طريق الخطأ يرجى إشعار المرسل وحذفها.
"""


def m04():
    when = at("2021-01-26 10:31:07")
    cid = "image001.png@01D6F3C1.2E5A9B70"
    rel = multi("related", [leaf("text/html", outlook_html(M04_TEXT, lang="AR-SA", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (140, 20, 30))], "_004_DB9PR01MB7364A2C5E81F4B07_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M04_TEXT, cte="base64"), rel], "_000_DB9PR01MB7364A2C5E81F4B07_")
    ccs = addr_list([("علي حسن السيد", "a.alsayed@nihr.example.bh"), ("مريم الجودر", "m.aljowder@nihr.example.bh"),
                     ("فيصل النعيمي", "f.alnuaimi@nihr.example.bh"),
                     ("إدارة العلاقات الدولية", "international@nihr.example.bh")])
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur01on0655.outbound.protection.outlook.example.com",
           "198.51.100.155", M04_QID, "%s <%s>" % (enc_phrase(M04_FROM_NAME), M04_FROM_ADDR), hdr(M04_SUBJ), M04_ID, body, cc=ccs,
           extra=outlook(hdr(M04_SUBJ), "AdbzE5Gi8Kl0Mr2Xy4Dw6Co8Nr0Xf==", lang="ar-SA"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مريم عبدالرحمن الجودر", "عضو مجلس المفوضين ورئيسة لجنة الحقوق الاقتصادية والاجتماعية والعمالة الوافدة",
           "المؤسسة الوطنية المستقلة لحقوق الإنسان", ["roundtable"], 3)],
        notes="formal letter of a national human rights institution's president's office (From is the office "
              "mailbox, signed by its director): a three-person delegation with honorifics ('معالي السيد' for the "
              "president who heads it, 'سعادة الدكتورة', 'الأستاذ'), of which only the commissioner speaks ('على أن "
              "يقتصر حضور معالي الرئيس وبقية أعضاء الوفد على المتابعة دون مداخلات'); 'سعادة الدكتورة' dropped from "
              "her name; long title in the numbered list; roundtable as an ordinal word ('الثالثة'). The signer is "
              "not a speaker. Outlook RTL with a logo, four Cc in encoded words; the president's out-of-office "
              "answers our acknowledgement (h277-05), the office sends the delegation list later (h277-18)."))


# ================================================================ 05  AR  auto_reply  'معالي' the president's out-of-office (bilingual) on our acknowledgement of 04
def m05():
    when = at("2021-01-26 10:32:02")
    ack = ack_mid(M04_QID)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في مهمة رسمية حتى يوم الثلاثاء 2 فبراير 2021، ولن أتمكن من الاطلاع على بريدي الإلكتروني بشكل منتظم.
للأمور العاجلة يرجى التواصل مع مكتب الرئيس على البريد president.office@nihr.example.bh أو الهاتف 00973 1700 0000.

علي حسن السيد
رئيس المؤسسة الوطنية المستقلة لحقوق الإنسان

Thank you for your email. I am out of the office on an official mission until Tuesday 2 February 2021. For urgent matters, please contact the President's Office at president.office@nihr.example.bh.
"""
    body = alt(text, "_000_DB9PR01MB7364OOF5E2A1C9_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M04_SUBJ)
    rows = exch_ooo(when, "mail-db9eur01on0655.outbound.protection.outlook.example.com", "198.51.100.155",
                    "4DQs6Pw73Jz1", addr("علي حسن السيد", "a.alsayed@nihr.example.bh"),
                    "<DB9PR01MB7364C0F2A6E8D513@DB9PR01MB7364.eurprd01.prod.outlook.example.com>", subj,
                    hdr("إشعار استلام - " + M04_SUBJ), M04_ID, ack, "ar-SA", (3, 2))
    add(5, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the institution's president ('معالي', in Cc of h277-04) answering our "
              "acknowledgement 55 seconds later; Arabic first, then an English paragraph (acknowledgement language "
              "would be Arabic, but none is sent). Signed with his name and full title, so it can look like a "
              "speaker; References name h277-04. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  FR  other  a Tunisian commune's protocol service asks questions before any request
def m06():
    when = at("2021-01-27 11:15:40")
    subj = "Demande d'informations protocolaires – participation de Monsieur le Maire de Sidi Bou Khalfa"
    text = """Madame, Monsieur,

Le Service du Protocole et des Relations Publiques de la Commune de Sidi Bou Khalfa a l'honneur de solliciter de votre bienveillance quelques précisions, à la demande de Monsieur le Maire, M. Karim Ben Hassine, qui envisage de prendre part à la Conférence régionale des 24 et 25 février 2021 :

1. Serait-il possible de nous adresser une invitation nominative au nom de Monsieur le Maire ? Ce document est exigé par le Ministère des Affaires Locales pour l'autorisation de déplacement.
2. La Conférence se tiendra-t-elle en présentiel à Beyrouth ou à distance, compte tenu de la situation sanitaire ?
3. Une interprétation simultanée arabe–français est-elle prévue ?
4. Un temps de parole est-il réservé aux élus locaux ? Le cas échéant, quelle est la procédure à suivre ?

Dès réception de vos réponses, la Commune vous fera parvenir, s'il y a lieu, une demande d'intervention en bonne et due forme.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Chef du Service du Protocole et des Relations Publiques
Slim Jaziri
Commune de Sidi Bou Khalfa
Tél. : +216 71 000 000
"""
    body = alt(text, "000000000000b3e7a105b9d1f2c4", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DRf3Nq58Tz6",
           addr("Protocole - Commune de Sidi Bou Khalfa", "protocole.sidiboukhalfa@gmail.example.com"),
           hdr(subj, enc="Q"), "<CAJ4rTz8Vn2qL6mW+d3Kx9Pb1sH5eFy7gC0@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a commune's protocol service asks four questions (a nominative invitation for the travel "
              "authorisation, venue, interpretation, speaking time for local elected officials) on behalf of the "
              "Mayor, who is named but not proposed: 'la Commune vous fera parvenir, s'il y a lieu, une demande "
              "d'intervention' decides the category (nothing is requested yet). Gmail, Date in UTC+1."))


# ================================================================ 07  EN  both  parliamentary forum: report PDF + 'Hon. Dr.' MP as rapporteur
M07_ID = "<AM6PR10MB2871F4D0C3B7A952@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>"
M07_SUBJ = "APFPM voluntary GCM review report and proposal of a rapporteur"
M07_QID = "4DSg8Wc14Rz3"
M07_FILE = "APFPM_Voluntary_GCM_Review_Report_2021.pdf"
M07_FROM = "Dana Barghouti <d.barghouti@apfpm.example.org>"


def m07():
    when = at("2021-01-28 15:02:11")
    text = """Dear Colleagues,

On behalf of the Secretary-General of the Arab Parliamentary Forum on Population and Migration (APFPM), H.E. Mr. Walid Tawfiq Abu Shaqra, I have the pleasure to submit the Forum's voluntary GCM review report, attached in PDF.

The report draws on a questionnaire answered by 41 members of parliament from eleven Arab countries and on two regional hearings held online in November and December 2020. It looks at how parliaments have used their legislative, budgetary and oversight powers on labour migration, on the protection of migrants in vulnerable situations and on the reintegration of returnees since 2018.

The Forum would also like to propose Hon. Dr. Salwa Nasser Al-Kurdi, Chair of the Working Group on Labour Mobility, to serve as one of the rapporteurs delivering the stakeholders' key messages. Dr. Al-Kurdi is a Member of the House of Representatives of Jordan and led the drafting of the report. Her parliamentary office is copied.

We remain at your disposal for any further information.

Kind regards,

Dana Barghouti
Programme Officer
Secretariat of the Arab Parliamentary Forum on Population and Migration (APFPM)
Amman - Jordan
www.apfpm.example.org
"""
    pdf = rep_pdf("Voluntary GCM review report", "Arab Parliamentary Forum on Population and Migration (APFPM)",
                  ["Parliaments and the GCM: survey of 41 MPs", "Legislation on labour migration",
                   "Budget and oversight", "Returnees and reintegration", "Recommendations to parliaments"])
    cid = "image001.png@01D6F58A.1C3D7E20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (30, 60, 120))], "_006_AM6PR10MB2871F4D0C3B7A952_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR10MB2871F4D0C3B7A952_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M07_FILE)], "_007_AM6PR10MB2871F4D0C3B7A952_")
    cc = ("\"Office of H.E. the Secretary-General\" <sg.office@apfpm.example.org>, "
          "\"Office of Hon. Dr. Salwa Al-Kurdi\" <office.alkurdi@parliament.example.jo>")
    m = mk(when, sent_at(when, 2, 10), "mail-am6eur10on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", M07_QID, M07_FROM, M07_SUBJ, M07_ID, body, cc=cc,
           extra=outlook(M07_SUBJ, "AdbzF6Hj9Lm1Ns3Za5Ex7Dp9Os1Yg==", lang="en-GB", has_attach="yes"))
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Salwa Nasser Al-Kurdi", "Chair of the Working Group on Labour Mobility",
           "Arab Parliamentary Forum on Population and Migration (APFPM)", ["rapporteur"])],
        report_attachments=[M07_FILE],
        notes="a parliamentary forum's programme officer submits the report and proposes an MP as rapporteur "
              "('one of the rapporteurs delivering the stakeholders' key messages'): 'Hon. Dr.' dropped; her title "
              "is the Forum's working-group chair, while 'a Member of the House of Representatives of Jordan' is "
              "a description and her parliament is not the affiliation she is proposed for. The Secretary-General "
              "('H.E. Mr.') on whose behalf the mail is sent is not a speaker. Outlook with a logo; 41 MPs, eleven "
              "countries and 2018/2020 are report data. The rapporteur is withdrawn later (h277-21)."))


# ================================================================ 08  FR  speaker  Djibouti council's cabinet proposes 'Son Excellence Madame la Présidente'
M08_ID = "<MR2P264MB0518D7A3F1C9E284@MR2P264MB0518.FRAP264.PROD.OUTLOOK.example.com>"
M08_SUBJ = "N° 027/HCDHM/CAB/2021 – Participation de la Présidente du HCDHM à l'Examen régional du Pacte mondial"
M08_QID = "4DTb1Lm96Vz5"


def m08():
    when = at("2021-01-29 09:40:27")
    text = """République de Djibouti
Haut Conseil des Droits Humains et de la Mobilité
Cabinet de la Présidente

Djibouti, le 28 janvier 2021
N° 027/HCDHM/CAB/2021

À l'attention du Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières – région arabe

Objet : Participation à la consultation multipartite du 23 février 2021

Madame, Monsieur,

Faisant suite à votre aimable invitation, j'ai l'honneur de vous informer que Son Excellence Madame Fatouma Ali Guedi, Présidente du Haut Conseil des Droits Humains et de la Mobilité (HCDHM), souhaite prendre la parole lors de la discussion ouverte de la consultation multipartite du mardi 23 février 2021.

Madame la Présidente souhaiterait y évoquer la situation des migrants de la Corne de l'Afrique qui traversent le territoire national vers la péninsule Arabique, ainsi que celle des Djiboutiens et des migrants refoulés ou rapatriés par la même route.

Elle sera accompagnée de M. Houssein Omar Dirieh, Conseiller juridique, qui suivra les travaux sans intervenir.

Madame la Présidente est en copie du présent courriel. Le Cabinet reste à votre disposition pour toute information complémentaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Le Chef de Cabinet
Abdourahman Moussa Farah

Haut Conseil des Droits Humains et de la Mobilité (HCDHM)
Cabinet de la Présidente
Djibouti – République de Djibouti
Tél. : +253 21 00 00 00
"""
    cid = "image001.png@01D6F63B.5E8A1C90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 110, 170))], "_004_MR2P264MB0518D7A3F1C9E284_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_MR2P264MB0518D7A3F1C9E284_")
    m = mk(when, sent_at(when, 3, 9), "mail-mr2fra01on0618.outbound.protection.outlook.example.com",
           "198.51.100.181", M08_QID, "Abdourahman Moussa Farah <cabinet@hcdhm.example.dj>", hdr(M08_SUBJ, enc="Q"),
           M08_ID, body,
           cc="Fatouma Ali Guedi <f.aliguedi@hcdhm.example.dj>, Houssein Omar Dirieh <h.dirieh@hcdhm.example.dj>",
           extra=outlook(hdr(M08_SUBJ, enc="Q"), "AdbzG7Ik0Mn2Ot4Ab6Fy8Eq0Pt2Zh==", lang="fr-FR"))
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatouma Ali Guedi", "Présidente", "Haut Conseil des Droits Humains et de la Mobilité (HCDHM)",
           ["open_discussion"])],
        notes="the cabinet chief of a Djibouti rights council writes for 'Son Excellence Madame' the President "
              "(honorific dropped): 'la discussion ouverte de la consultation multipartite du mardi 23 février' = "
              "open_discussion. Her legal adviser ('M.', title) accompanies her 'sans intervenir': not a speaker. "
              "Formal letter with 'N°', 'Objet :' and a letter date of 28 January; Outlook with a logo, Date in "
              "UTC+3. The President's out-of-office (written by her secretariat) follows (h277-09)."))


# ================================================================ 09  FR  auto_reply  the President's out-of-office, written by her secretariat
def m09():
    when = at("2021-01-29 09:41:13")
    ack = ack_mid(M08_QID)
    text = """Bonjour,

Son Excellence Madame la Présidente du Haut Conseil des Droits Humains et de la Mobilité est en mission hors de Djibouti jusqu'au vendredi 5 février 2021. Votre message lui sera transmis à son retour.

Pour toute demande urgente, nous vous remercions de bien vouloir contacter le Cabinet : cabinet@hcdhm.example.dj – Tél. : +253 21 00 00 00.

Le Secrétariat de la Présidente
Haut Conseil des Droits Humains et de la Mobilité (HCDHM)
"""
    body = alt(text, "_000_MR2P264MB0518OOF7C1D3E5_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M08_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-mr2fra01on0618.outbound.protection.outlook.example.com", "198.51.100.181",
                    "4DTb2Qn07Wz9", "Fatouma Ali Guedi <f.aliguedi@hcdhm.example.dj>",
                    "<MR2P264MB0518A1E9C4B7F360@MR2P264MB0518.FRAP264.PROD.OUTLOOK.example.com>", subj,
                    hdr("Accusé de réception - " + M08_SUBJ, enc="Q"), M08_ID, ack, "fr-FR", (3, 2))
    add(9, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="out-of-office of the President proposed in h277-08 (she was in Cc), set up by her secretariat in the "
              "third person ('Son Excellence Madame la Présidente ... est en mission'): answers our acknowledgement "
              "46 seconds later, 5 February in it is her return date, not the speaker deadline. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 10  AR  speaker  Lebanese union of municipalities: the president's secretary, dialect, iPhone
def m10():
    when = at("2021-02-01 12:03:44")
    subj = "مشاركة رئيس اتحاد بلديات الوادي الأخضر"
    text = """مرحبا،

أنا ريتا، سكرتيرة رئيس اتحاد بلديات الوادي الأخضر. الريّس طلب مني ابعتلكن انو حابب يشارك ويحكي بالمؤتمر، بالطاولة المستديرة الرابعة إذا بيصير، لأنو الموضوع تبعها بيخصنا كتير (العمال الأجانب والنازحين السوريين بالبلدات تبعنا، وكيف البلديات عم تدبّر حالها بلا ميزانية).

هيدي المعلومات:
الاسم: سمير نعمة الله الحاج
الصفة: رئيس اتحاد بلديات الوادي الأخضر (وكمان رئيس بلدية عين الصفصاف)
التلفون: 03 000 000

إذا بدكن كتاب رسمي من الاتحاد مع الختم خبروني وببعتلكن ياه بكرا ع الإيميل.

شكراً كتير
ريتا ضو
أمانة سر رئاسة اتحاد بلديات الوادي الأخضر

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f52.google.example.com", "192.0.2.52", "4DVk6Rt29Cz0",
           addr("Rita Daou", "rita.daou.itihad@gmail.example.com"), hdr(subj),
           "<6E1B4A7C-3D92-4F58-A0C6-8B2E17D59F43@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سمير نعمة الله الحاج", "رئيس اتحاد بلديات الوادي الأخضر", "اتحاد بلديات الوادي الأخضر", ["roundtable"], 4)],
        notes="the president's secretary writes in Lebanese colloquial ('الريّس طلب مني ابعتلكن', 'بالطاولة "
              "المستديرة الرابعة إذا بيصير') from an iPhone: the speaker's details in 'الاسم:/الصفة:' lines; the "
              "title names the union (affiliation = the union) and adds a second office in brackets ('وكمان رئيس "
              "بلدية عين الصفصاف'). The sender (first name only in the text, Latin From name) is not the speaker; "
              "the offer of an official stamped letter is not an attachment. text/plain base64."))


# ================================================================ 11  EN  other  an MP's adviser registers him to attend only ('will not be requesting the floor')
def m11():
    when = at("2021-02-02 10:18:52")
    subj = "Registration - H.E. MP Dr. Fadi Nakhleh - Regional Conference 24-25 February"
    text = """Dear GCM Regional Review team,

I am writing on behalf of H.E. Dr. Fadi Georges Nakhleh, Member of Parliament and member of the Parliamentary Committee on Labour and Social Affairs, who would like to attend the Regional Conference on 24 February as an observer.

Please note that he will not be requesting the floor: he will be following the plenary between two committee sessions and in a personal capacity. He will be accompanied by myself.

Could you kindly register us both and let us know whether the conference will be held in person or online, and if online, send the connection details to both addresses? Should a registration form be needed, I would be grateful if you could send it to me.

I am copying the Directorate of External Relations of the Parliament and the Secretary of the Committee, as per our usual practice.

Many thanks in advance.

Best regards,
Nour Saab
Parliamentary Adviser to H.E. Dr. Fadi Nakhleh
Beirut - Lebanon
+961 3 000 000
"""
    body = alt(text, "000000000000c7d2e805ba1b3f97", html=gmail_html(text))
    cc = ("\"Dr. Fadi Nakhleh\" <fadi.nakhleh.mp@gmail.example.com>, "
          "\"Directorate of External Relations\" <external.relations@parliament.example.lb>, "
          "\"Committee Secretary - Labour and Social Affairs\" <labour.committee@parliament.example.lb>")
    m = mk(when, sent_at(when, 2, 6), "mail-qk1-f173.google.example.com", "192.0.2.173", "4DWc0Hv38Fz4",
           "Nour Saab <nour.saab.office@gmail.example.com>", subj,
           "<CAM7xPq3Rw8tV1nK+f5Lz2Hd9sB4cYe6jN3@mail.gmail.example.com>", body, cc=cc)
    add(11, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="an MP's parliamentary adviser registers him and herself to attend as observers: 'H.E. Dr.', a full "
              "name, 'Member of Parliament' and a committee look like a speaker request, but 'he will not be "
              "requesting the floor' decides it: other (registration and a question about the format). The MP and "
              "two parliament services are in Cc; 24 February is the conference date. Gmail."))


# ================================================================ 12  FR  speaker  Lebanese municipal delegation of three; only the councillor speaks (Apple Mail)
def m12():
    when = at("2021-02-02 16:47:30")
    subj = "Délégation de la Municipalité de Deir el-Zaytoun – table ronde"
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de la Municipalité de Deir el-Zaytoun (caza du Metn, Liban), qui souhaite participer à la Conférence régionale des 24 et 25 février.

Notre délégation sera composée de trois personnes :
– M. Élie Bou Khalil, Président du Conseil municipal, qui conduira la délégation ;
– Mme Carla Nassif, membre du Conseil municipal et présidente de la Commission des affaires sociales ;
– moi-même, en tant que coordinatrice du Bureau de développement social.

Seule Mme Nassif prendra la parole, lors de la deuxième table ronde thématique si cela est possible : c'est elle qui suit depuis 2017 le dossier des travailleuses domestiques migrantes et des familles syriennes installées dans la commune, et qui a mis en place avec les ONG locales le registre municipal des résidents étrangers. M. Bou Khalil assistera aux travaux sans intervenir.

Nous restons à votre disposition pour tout complément.

Bien cordialement,

Joumana Rizk
Coordinatrice du Bureau de développement social
Municipalité de Deir el-Zaytoun
Metn – Liban
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_9D3F2A61-4E7B-4C15-B8A0-7E6C1F52D4B9")
    m = mk(when, sent_at(when, 2, 6), "smtp.idm.example.net.lb", "203.0.113.88", "4DWq4Jm62Gz7",
           "Joumana Rizk <j.rizk@deirzaytoun-municipality.example.lb>", hdr(subj, enc="Q"),
           "<4B7E1C92-A6D3-4F08-9E25-C31D8F6A07B4@deirzaytoun-municipality.example.lb>", body,
           cc="Carla Nassif <c.nassif@deirzaytoun-municipality.example.lb>, "
              "\"Elie Bou Khalil\" <president@deirzaytoun-municipality.example.lb>",
           extra=[("X-Mailer", APPLE)])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Carla Nassif", "membre du Conseil municipal et présidente de la Commission des affaires sociales",
           "Municipalité de Deir el-Zaytoun", ["roundtable"], 2)],
        notes="a Lebanese municipality's delegation of three in a dash list (the council president who leads it, "
              "a councillor, the sender); 'Seule Mme Nassif prendra la parole' and 'M. Bou Khalil assistera aux "
              "travaux sans intervenir' decide who is a speaker; 'Mme' dropped; roundtable as an ordinal word "
              "('deuxième table ronde thématique'). The head of the delegation ranks higher but is not a speaker. "
              "Apple Mail, quoted-printable; 2017 is history."))


# ================================================================ 13  FR  speaker  Moroccan commune: the President's secretariat sends a designation letter (PDF)
M13_ID = "<000a01d6fa1c$5e3b7d20$1ab27760$@communebabtazirt.example.ma>"
M13_SUBJ = "Désignation de M. Hassan Amzil – Examen régional du Pacte mondial (table ronde n° 1)"
M13_LETTER = "Lettre_President_CC_BabTazirt_designation.pdf"
M13_TEXT = """Madame, Monsieur,

Sur instruction de Monsieur le Président du Conseil communal de Bab Tazirt, nous avons l'honneur de vous transmettre ci-joint la lettre portant désignation de M. Hassan Amzil, Premier Vice-Président chargé des affaires sociales et de la coopération décentralisée, pour représenter la Commune à la Conférence régionale et intervenir lors de la table ronde thématique n° 1.

M. Amzil préside depuis 2016 la commission communale chargée de l'accueil des migrants subsahariens en transit et des Marocains de retour, et a piloté la convention signée en 2019 avec les associations locales pour l'accès aux soins de base.

Nous vous saurions gré de bien vouloir accuser réception de la présente.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Secrétariat du Président
Conseil communal de Bab Tazirt
Province de Taounate – Royaume du Maroc
Tél. : +212 5 35 00 00 00
"""
M13_QID = "4DXh9Sc75Mz3"


def m13():
    when = at("2021-02-03 11:22:05")
    letter = make_pdf(["Royaume du Maroc - Ministere de l'Interieur", "Province de Taounate",
                       "Conseil communal de Bab Tazirt - Le President", "Bab Tazirt, le 2 fevrier 2021",
                       "Objet : Designation d'un representant", "M. Hassan Amzil, Premier Vice-President",
                       "(signature et cachet)"])
    a = alt(M13_TEXT, "----=_NextPart_001_000B_01D6FA1C.5E3B7D20", html=outlook_html(M13_TEXT, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", letter, M13_LETTER)],
                 "----=_NextPart_000_000A_01D6FA1C.5E3B7D20")
    m = mk(when, sent_at(when, 1, 9), "smtp.communebabtazirt.example.ma", "196.200.140.21", M13_QID,
           addr("Secrétariat du Président - Commune de Bab Tazirt", "secretariat@communebabtazirt.example.ma", enc="Q"),
           hdr(M13_SUBJ, enc="Q"), M13_ID, body,
           cc="Hassan Amzil <h.amzil@communebabtazirt.example.ma>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+hxeO30gGrJ3YGBoP3c9kQ2aBg=="),
                  ("Content-Language", "fr-ma")])
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hassan Amzil", "Premier Vice-Président chargé des affaires sociales et de la coopération décentralisée",
           "Conseil communal de Bab Tazirt", ["roundtable"], 1)],
        notes="the President's secretariat (no personal signature) transmits the President's designation letter "
              "(PDF, not a report) and names the designated speaker in the body: 'Monsieur le Président' is not the "
              "speaker; 'M.' dropped; 'table ronde thématique n° 1' (also in the subject). 2016 and 2019 are "
              "history. Outlook, Date in UTC+1. The role is changed by a reply the next day but one (h277-15)."))


# ================================================================ 14  AR  both  Tunisian municipality: report DOCX + its mayor ('السيدة رئيسة البلدية') for roundtable 4
M14_FILE = "التقرير الطوعي لبلدية حمام الزيتون - إدماج المهاجرين في الخدمات البلدية.docx"


def m14():
    when = at("2021-02-04 13:10:40")
    subj = "التقرير الطوعي لبلدية حمام الزيتون ومقترح مداخلة السيدة رئيسة البلدية"
    text = """الجمهورية التونسية
وزارة الشؤون المحلية والبيئة
بلدية حمام الزيتون

إلى السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

الموضوع: التقرير الطوعي للبلدية ومقترح مداخلة

تحية طيبة وبعد،

يشرفني، بتكليف من السيدة رئيسة البلدية، أن أوجه إليكم مصاحباً لهذا التقرير الطوعي لبلدية حمام الزيتون حول تجربتها في استقبال المهاجرين القادمين من بلدان جنوب الصحراء وإدماجهم في الخدمات البلدية (الحالة المدنية، الصحة الأساسية، النظافة، التشغيل الموسمي)، وهو في الملف المرفق بصيغة Word.

كما تقترح البلدية مشاركة السيدة رئيسة البلدية، الأستاذة سنية بن عمر، بمداخلة في المائدة المستديرة المواضيعية الرابعة، لعرض تجربة "خلية الإنصات والتوجيه للمهاجرين" التي أحدثها المجلس البلدي منذ ديسمبر 2019 بالشراكة مع جمعيات المجتمع المدني.

وتفضلوا بقبول فائق عبارات التقدير والاحترام.

رئيس مصلحة الشؤون الاجتماعية والتعاون اللامركزي
منير القلال
بلدية حمام الزيتون
الهاتف: 00216 73 000 000
"""
    doc = make_docx(["بلدية حمام الزيتون", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: المهاجرون في المدينة منذ 2015", "ثانياً: الحالة المدنية والصحة الأساسية",
                     "ثالثاً: خلية الإنصات والتوجيه للمهاجرين", "رابعاً: التوصيات"])
    a = alt(text, "000000000000d4a9e205ba3c6b12", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M14_FILE)], "000000000000d4a9e405ba3c6b14")
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f44.google.example.com", "192.0.2.144", "4DYd3Kf81Pz6",
           addr("بلدية حمام الزيتون", "baladiya.hammamzitoun@gmail.example.com"), hdr(subj),
           "<CAE2kWr6Tn9pX3mQ+h8Lc4Vd1sJ7fGy5bK2@mail.gmail.example.com>", body,
           cc=addr("الكاتب العام للبلدية", "sg.hammamzitoun@gmail.example.com"))
    add(14, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سنية بن عمر", "رئيسة البلدية", "بلدية حمام الزيتون", ["roundtable"], 4)],
        report_attachments=[M14_FILE],
        notes="a Tunisian municipality sends its voluntary report (DOCX, long Arabic file name, RFC 2231 + RFC 2047) "
              "and proposes its mayor, written title first with honorifics ('السيدة رئيسة البلدية، الأستاذة سنية بن "
              "عمر': both dropped); 'المائدة المستديرة المواضيعية الرابعة'. Sent by the head of a municipal service "
              "'بتكليف من' the mayor; letterhead with the ministry, 2019 is history. Both parts on time (4 "
              "February). Gmail, base64, Date in UTC+1."))


# ================================================================ 15  FR  speaker  the commune changes the role of its speaker by a reply to 13
def m15():
    when = at("2021-02-05 10:05:19")
    subj = "RE: " + M13_SUBJ
    text = """Madame, Monsieur,

Faisant suite à notre courriel du 3 février, nous vous informons que Monsieur le Président du Conseil communal souhaiterait que M. Hassan Amzil intervienne plutôt lors d'une séance plénière, le 24 ou le 25 février, et non lors de la table ronde n° 1, afin de présenter l'expérience de la Commune dans son ensemble.

Le reste de notre demande demeure inchangé.

Avec nos remerciements et l'expression de notre haute considération.

Secrétariat du Président
Conseil communal de Bab Tazirt

-----Message d'origine-----
De : Secrétariat du Président - Commune de Bab Tazirt [mailto:secretariat@communebabtazirt.example.ma]
Envoyé : mercredi 3 février 2021 10:22
À : gcmrrarabstates@iom.int
Cc : 'Hassan Amzil' <h.amzil@communebabtazirt.example.ma>
Objet : """ + M13_SUBJ + "\nPièce jointe : " + M13_LETTER + "\n\n" + M13_TEXT
    body = alt(text, "----=_NextPart_000_0031_01D6FB9A.7C1E4F60", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "smtp.communebabtazirt.example.ma", "196.200.140.21", "4DZm1Bw47Rz2",
           addr("Secrétariat du Président - Commune de Bab Tazirt", "secretariat@communebabtazirt.example.ma", enc="Q"),
           hdr(subj, enc="Q"), "<003101d6fb9a$7c1e4f60$745aee20$@communebabtazirt.example.ma>", body,
           cc="Hassan Amzil <h.amzil@communebabtazirt.example.ma>",
           extra=[("In-Reply-To", M13_ID), ("References", M13_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Index", "AQHW+hxeO30gGrJ3YGBoP3c9kQ2aBgAwKxLm"), ("Content-Language", "fr-ma")])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hassan Amzil", "Premier Vice-Président chargé des affaires sociales et de la coopération décentralisée",
           "Conseil communal de Bab Tazirt", ["plenary"])],
        thread_of=H % 13,
        notes="revision of h277-13 by a reply to it (In-Reply-To/References, Outlook '-----Message d'origine-----' "
              "quote): same speaker, the role changes from 'table ronde n° 1' to 'une séance plénière' ('et non lors "
              "de la table ronde n° 1' must not keep roundtable 1); title and full affiliation only in the quoted "
              "original; the PDF letter is named in the quote but not re-attached. Sent on the speaker deadline "
              "day, on time."))


# ================================================================ 16  EN  speaker  an MP's adviser at 23:52 on the speaker deadline (Gmail, 'Hon.')
def m16():
    when = at("2021-02-05 23:52:07")
    subj = "Speaking request: Hon. Amal Fathy Sorour, MP - plenary"
    text = """Dear Secretariat,

Apologies for the late hour - I have only just received the Honourable Member's confirmation, and I understand today is the deadline for speaking requests.

On behalf of Hon. Amal Fathy Sorour, Member of Parliament and Deputy Chair of the Human Rights Committee of the House of Representatives, I would like to request a floor intervention for her in the plenary session of the Regional Conference (24 or 25 February, whichever suits the programme). She would speak on the draft law on the protection of workers abroad that the Committee is currently reviewing, and on the role of parliaments in following up the GCM.

Her details for the list of speakers:
Name: Amal Fathy Sorour
Title: Member of Parliament and Deputy Chair of the Human Rights Committee
Affiliation: House of Representatives

Hon. Sorour is copied on this message.

With many thanks and kind regards,
Karim Adel
Parliamentary Adviser, Office of Hon. Amal Sorour
Cairo
"""
    body = alt(text, "000000000000f7b3c905bab0e2d5", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-pj1-f49.google.example.com", "192.0.2.49", "4DZx8Ck20Tz5",
           "Karim Adel <karim.adel.parl@gmail.example.com>", subj,
           "<CAP9nTv4Lw7qR2xM+g6Kb1Zc8sF3dHy0jU4@mail.gmail.example.com>", body,
           cc="\"Hon. Amal Sorour\" <amal.sorour.mp@gmail.example.com>")
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amal Fathy Sorour", "Member of Parliament and Deputy Chair of the Human Rights Committee",
           "House of Representatives", ["plenary"])],
        notes="an MP's parliamentary adviser writes at 23:52 on 5 February (Date header in UTC+2): on time although "
              "the sender fears it is late; 'Hon.' dropped; the 'Name:/Title:/Affiliation:' lines give the fields "
              "(the prose adds 'of the House of Representatives' to the title). The adviser is not a speaker; the MP "
              "is in Cc. '24 or 25 February' = plenary days; the draft law is a topic."))


# ================================================================ 17  AR  speaker  Libyan municipal council, Libyan colloquial, late (Yahoo)
def m17():
    when = at("2021-02-06 10:27:14")
    subj = "طلب مشاركة عميد بلدية وادي زمزم الغربية في المؤتمر"
    text = """السلام عليكم ورحمة الله وبركاته

نحن من مكتب عميد بلدية وادي زمزم الغربية. الدعوة توا بس وصلتنا عن طريق وزارة الحكم المحلي، وعرفنا إن آخر موعد لطلبات الكلمة كان يوم الجمعة، نرجو إنكم تقبلوا الطلب هذا ولو متأخر شوية.

العميد يبي يشارك بكلمة في الجلسة العامة يوم 24 فبراير، على خاطر البلدية عندها تجربة كبيرة مع المهاجرين اللي يعدوا من الجنوب للساحل، وعندنا مركز إيواء ومشاكل في الصحة والمياه وما فيش دعم كافي من الدولة.

بيانات المتحدث:
الاسم: مصطفى علي الزروق
الصفة: عميد بلدية وادي زمزم الغربية

والوفد فيه حتى عضو المجلس البلدي حسين امحمد الككلي ومسؤول ملف الهجرة في البلدية، لكن الكلمة بيلقيها العميد بروحه.

ومشكورين على تعاونكم
عبدالسلام الفيتوري
مدير مكتب عميد البلدية
"""
    a = alt(text, "----=_Part_2290417_1846093562.1612599629871", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "sonic302-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4F0Gq57Vnz9", addr("مكتب عميد البلدية", "wz.gharbia.mayor@yahoo.example.com"), hdr(subj),
           "<1612599629871.2290418@mail.yahoo.example.com>", a, extra=[("X-Mailer", YAHOO)])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مصطفى علي الزروق", "عميد بلدية وادي زمزم الغربية", "بلدية وادي زمزم الغربية", ["plenary"])],
        notes="late speaker request (Saturday 6 February) in Libyan colloquial ('توا', 'يبي', 'على خاطر', 'بروحه') "
              "from the mayor's office manager, who knows the Friday deadline has passed; 'الجلسة العامة يوم 24 "
              "فبراير' = plenary. A council member of the delegation is named but 'الكلمة بيلقيها العميد بروحه': only "
              "the mayor ('عميد البلدية') speaks; affiliation only inside his title and the office's name. Yahoo, "
              "base64, RTL."))


# ================================================================ 18  AR  other  the NHRI office sends its delegation list in a reply to our acknowledgement of 04
def m18():
    when = at("2021-02-08 09:55:26")
    ack = ack_mid(M04_QID)
    quoted = ack_text("ar", M04_SUBJ, "طلب المشاركة بمداخلة")
    text = """سعادة منسق أمانة الاستعراض الإقليمي المحترم،

تحية طيبة وبعد،

إلحاقاً بكتابنا المؤرخ في 26 يناير 2021 بشأن مشاركة وفد المؤسسة الوطنية المستقلة لحقوق الإنسان، نرجو التكرم بتسجيل أعضاء الوفد لحضور المؤتمر الإقليمي يومي 24 و25 فبراير 2021 وفق البيانات التالية:

1. معالي السيد علي حسن السيد - رئيس المؤسسة - a.alsayed@nihr.example.bh
2. سعادة الدكتورة مريم عبدالرحمن الجودر - عضو مجلس المفوضين - m.aljowder@nihr.example.bh
3. الأستاذ فيصل محمد النعيمي - باحث قانوني أول - f.alnuaimi@nihr.example.bh
4. السيدة هند جاسم بوحجي - أخصائية إعلام - h.bohaji@nihr.example.bh

ونود التأكيد على أن سعادة الدكتورة مريم الجودر هي المتحدثة الوحيدة باسم المؤسسة في المائدة المستديرة الثالثة وفق ما ورد في كتابنا السابق، وقد انضمت السيدة هند بوحجي إلى الوفد لأغراض التغطية الإعلامية فقط.

كما نرجو إفادتنا بما إذا كان المؤتمر سيعقد حضورياً في بيروت أم عبر الاتصال المرئي، وبإمكانية إصدار بطاقات دخول لأعضاء الوفد.

وتفضلوا بقبول فائق الاحترام والتقدير،

يوسف خليفة الدوسري
مدير مكتب الرئيس
المؤسسة الوطنية المستقلة لحقوق الإنسان

من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الثلاثاء، 26 يناير 2021 11:31 ص
إلى: مكتب الرئيس - المؤسسة الوطنية المستقلة لحقوق الإنسان <president.office@nihr.example.bh>
الموضوع: إشعار استلام - """ + M04_SUBJ + "\n\n" + quoted + "\n"
    body = alt(text, "_000_DB9PR01MB73648E4B2D9C1F06_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد: إشعار استلام - " + M04_SUBJ)
    m = mk(when, sent_at(when, 3, 7), "mail-db9eur01on0655.outbound.protection.outlook.example.com",
           "198.51.100.155", "4F2Cx61Wmz0", "%s <%s>" % (enc_phrase(M04_FROM_NAME), M04_FROM_ADDR), subj,
           "<DB9PR01MB73648E4B2D9C1F06@DB9PR01MB7364.eurprd01.prod.outlook.example.com>", body,
           cc=addr("إدارة العلاقات الدولية", "international@nihr.example.bh"),
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)]
           + outlook(subj, "AdbzE5Gi8Kl0Mr2Xy4Dw6Co8Nr0XfAEx5Tk=", lang="ar-SA"))
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 4,
        notes="reply to our acknowledgement of h277-04 (References name it) sending the delegation's registration "
              "list (four names with honorifics, titles and e-mail addresses, one new member for media coverage) "
              "and asking about the format and access badges: it restates that the same commissioner is 'المتحدثة "
              "الوحيدة' in roundtable 3 but proposes no new speaker, so other (after the speaker deadline, which "
              "does not apply). Questions need an answer: acknowledged. Outlook Arabic quote header ('من:', 'تم "
              "الإرسال:', 'الموضوع:')."))


# ================================================================ 19  AR  both  Yemeni local council: report PDF on time, speaker part late; stamped letter photo
M19_FILE = "تقرير المجلس المحلي لمديرية وادي البرك - المهاجرون العابرون.pdf"
M19_IMG = "خطاب الترشيح المختوم.png"


def m19():
    when = at("2021-02-09 14:30:58")
    subj = "تقرير طوعي وترشيح متحدث - المجلس المحلي لمديرية وادي البرك"
    text = """بسم الله الرحمن الرحيم

الإخوة الأعزاء في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله وبركاته

بتوجيه من الأخ الأمين العام للمجلس المحلي لمديرية وادي البرك، نرفق لكم التقرير الطوعي للمجلس حول أوضاع المهاجرين القادمين من القرن الأفريقي الذين يصلون إلى سواحل المديرية ويعبرونها في طريقهم شمالاً، وما يتحمله المجلس والأهالي من أعباء في الإيواء والغذاء والدفن، في ظل غياب شبه كامل للدعم.

كما يرشح المجلس الأستاذ عادل سعيد باصرة، الأمين العام للمجلس المحلي، للمشاركة بمداخلة في المائدة المستديرة الثانية. ومرفق صورة من خطاب الترشيح المختوم.

نعتذر عن التأخير، فالدعوة وصلتنا متأخرة عن طريق مكتب المحافظة.

وتقبلوا خالص التحية والتقدير
مدير مكتب الأمين العام
نبيل أحمد العمودي
المجلس المحلي لمديرية وادي البرك - محافظة لحج
"""
    pdf = rep_pdf("Voluntary report - Local Council of Wadi Al-Barak District", "Lahj Governorate, Yemen",
                  ["Arrivals from the Horn of Africa since 2019", "Shelter, food and burials",
                   "Burden on host communities", "Recommendations"])
    a = alt(text, "000000000000a2c8f105bae1d7c3", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE),
                           attach("image/png", make_png(40, 56, (230, 228, 220)), M19_IMG)],
                 "000000000000a2c8f305bae1d7c5")
    m = mk(when, sent_at(when, 3, 9), "mail-lf1-f45.google.example.com", "192.0.2.45", "4F3Jp26Ybz8",
           addr("نبيل العمودي", "nabil.alamoudi.lc@gmail.example.com"), hdr(subj),
           "<CAD5mQx2Vt8nW4rL+k7Pb3Hc9sE1fZy6gR8@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عادل سعيد باصرة", "الأمين العام للمجلس المحلي", "المجلس المحلي لمديرية وادي البرك", ["roundtable"], 2)],
        report_attachments=[M19_FILE],
        notes="a Yemeni local council sends its report and a speaker on 9 February: the report part is on time, "
              "the speaker part is late, so on_time false for 'both'; the sender's apology ('نعتذر عن التأخير') "
              "is about the invitation. Two attachments with Arabic names: the PDF is the report, the photo of "
              "the stamped nomination letter is not; 'الأستاذ' dropped; 'المائدة المستديرة الثانية'. The "
              "sender (office manager) is not the speaker. Gmail, base64, Date in UTC+3."))


# ================================================================ 20  FR  report  Mauritanian commission: note verbale + report; its delegation attends as observer
M20_NV = "NV_CNIDH_021-2021.pdf"
M20_FILE = "CNIDH_Rapport_volontaire_PMM_2021.pdf"


def m20():
    when = at("2021-02-10 10:12:33")
    subj = "Note verbale N° 021/CNIDH/2021 – Transmission du rapport volontaire"
    text = """République Islamique de Mauritanie
Commission Nationale Indépendante des Droits de l'Homme (CNIDH)
Honneur – Fraternité – Justice

Note verbale N° 021/CNIDH/2021

La Commission Nationale Indépendante des Droits de l'Homme (CNIDH) présente ses compliments au Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe et a l'honneur de lui transmettre, ci-joint, son rapport volontaire relatif à la mise en œuvre du Pacte mondial.

Le rapport porte notamment sur la situation des migrants ouest-africains à Nouadhibou et à Nouakchott, sur les conditions de rétention et de reconduite à la frontière, ainsi que sur l'accès des migrants à la justice et à l'état civil.

La CNIDH informe en outre le Secrétariat que sa délégation, conduite par Son Excellence Monsieur Sidi Mohamed Ould Ethmane, Président de la Commission, prendra part à la Conférence régionale en qualité d'observateur.

La Commission Nationale Indépendante des Droits de l'Homme saisit cette occasion pour renouveler au Secrétariat les assurances de sa haute considération.

Nouakchott, le 9 février 2021

P.J. : Note verbale signée ; Rapport volontaire de la CNIDH

--
Bureau d'ordre – CNIDH
Nouakchott – Mauritanie
"""
    nv = make_pdf(["Republique Islamique de Mauritanie", "Commission Nationale Independante des Droits de l'Homme",
                   "Note verbale N 021/CNIDH/2021", "Nouakchott, le 9 fevrier 2021", "(cachet)"])
    pdf = rep_pdf("Rapport volontaire - CNIDH", "Commission Nationale Independante des Droits de l'Homme (Mauritanie)",
                  ["Migrants ouest-africains a Nouadhibou et Nouakchott", "Retention et reconduite a la frontiere",
                   "Acces a la justice et a l'etat civil", "Recommandations"])
    a = alt(text, "=_c4e1a7b3f2d94e6a8b0c5d1e7f203a9b", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", nv, M20_NV), attach("application/pdf", pdf, M20_FILE)],
                 "=_8d2f5a1c6e3b47d9a0f1b2c3d4e5f607")
    m = mk(when, sent_at(when, 0, 6), "mail.cnidh.example.mr", "41.188.64.30", "4F4Lr93Gcz1",
           "Bureau d'ordre CNIDH <bo@cnidh.example.mr>", hdr(subj, enc="Q"),
           "<1523087416.70412.1612944747321.JavaMail.zimbra@cnidh.example.mr>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "f9LkQ2wZb7Rx0Tq4Vs1Ncm8Yp3Hd6A=="),
                  ("Thread-Topic", "Note verbale N° 021/CNIDH/2021 – Transmission du rapport volontaire")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="third-person note verbale ('présente ses compliments ... a l'honneur de lui transmettre') from a "
              "commission's registry office: two PDFs, the signed note verbale and the report, only the second is "
              "the report. 'Son Excellence Monsieur ..., Président de la Commission' leads a delegation that attends "
              "'en qualité d'observateur': no speaker. Zimbra webmail, Date in UTC+0; the note's own date (9 "
              "February) is not the reception date."))


# ================================================================ 21  EN  other  the forum of 07 withdraws its rapporteur, no replacement (reply to our acknowledgement)
def m21():
    when = at("2021-02-12 12:44:09")
    ack = ack_mid(M07_QID)
    quoted = ack_text("en", M07_SUBJ, "your voluntary report and your proposal of a speaker")
    text = """Dear Colleagues,

Further to our message of 28 January, I regret to inform you that Hon. Dr. Salwa Nasser Al-Kurdi will unfortunately not be able to serve as rapporteur, as the House of Representatives has convened an extraordinary session from 22 to 25 February.

Since the deadline for speaking roles has passed, the Forum will not be proposing a replacement. Our voluntary report, submitted on 28 January, stands as submitted.

With apologies for the inconvenience and many thanks for your understanding,

Dana Barghouti
Programme Officer
Secretariat of the Arab Parliamentary Forum on Population and Migration (APFPM)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, January 28, 2021 3:03 PM
To: Dana Barghouti <d.barghouti@apfpm.example.org>
Cc: Office of H.E. the Secretary-General <sg.office@apfpm.example.org>; Office of Hon. Dr. Salwa Al-Kurdi <office.alkurdi@parliament.example.jo>
Subject: Acknowledgement of receipt - """ + M07_SUBJ + "\n\n" + quoted + "\n"
    body = alt(text, "_000_AM6PR10MB28713B9E5C1D7A40_", html=outlook_html(text, lang="EN-GB"))
    subj = "RE: Acknowledgement of receipt - " + M07_SUBJ
    cc = ("\"Office of H.E. the Secretary-General\" <sg.office@apfpm.example.org>, "
          "\"Office of Hon. Dr. Salwa Al-Kurdi\" <office.alkurdi@parliament.example.jo>")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur10on0619.outbound.protection.outlook.example.com",
           "198.51.100.119", "4F5Dn04Hpz6", M07_FROM, subj,
           "<AM6PR10MB28713B9E5C1D7A40@AM6PR10MB2871.EURPRD10.PROD.OUTLOOK.example.com>", body, cc=cc,
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack)]
           + outlook(subj, "AdbzF6Hj9Lm1Ns3Za5Ex7Dp9Os1YgAP2m7Qc=", lang="en-GB"))
    add(21, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="the forum of h277-07 withdraws its rapporteur in a reply to our acknowledgement (References name "
              "h277-07) and says it 'will not be proposing a replacement': no speaker and no new report ('stands "
              "as submitted'), so other, but it changes the submission and is acknowledged. The MP's name, "
              "'rapporteur' and 28 January must not revive the request; 22-25 February is the session."))


# ================================================================ 22  FR  report  network of cities: report PDF + annex DOCX sent by the Secretary-General's assistant
M22_FILE = "RVAIM_Rapport_volontaire_PMM_2021.pdf"
M22_ANNEX = "RVAIM_Annexe_Fiches_villes_membres.docx"


def m22():
    when = at("2021-02-15 17:20:45")
    subj = "Rapport volontaire du RVAIM – Examen régional du Pacte mondial sur les migrations"
    text = """Madame, Monsieur,

Au nom de Son Excellence M. Mondher Ghali, Secrétaire général du Réseau des Villes Arabes pour l'Inclusion et la Mobilité (RVAIM), j'ai l'honneur de vous transmettre le rapport volontaire du Réseau au titre de l'examen régional du Pacte mondial, ainsi que son annexe.

Le rapport rassemble l'expérience de 27 villes membres de huit pays de la région en matière d'accueil, d'accès aux services municipaux et de participation des migrants à la vie locale. L'annexe présente une fiche par ville (population, services, partenaires).

Monsieur le Secrétaire général regrette que le Réseau n'ait pu, faute de temps, vous proposer d'intervenant dans les délais ; les maires des villes membres copiés suivront les travaux.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Ines Karoui
Assistante de direction du Secrétaire général
Réseau des Villes Arabes pour l'Inclusion et la Mobilité (RVAIM)
Tunis – Tunisie

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
"""
    pdf = rep_pdf("Rapport volontaire - RVAIM", "Reseau des Villes Arabes pour l'Inclusion et la Mobilite",
                  ["27 villes membres dans huit pays", "Accueil et services municipaux",
                   "Participation des migrants a la vie locale", "Recommandations aux Etats"])
    doc = make_docx(["Annexe au rapport volontaire du RVAIM", "Fiches des villes membres",
                     "Sousse", "Tripoli (Liban)", "Irbid", "Oujda", "...", "Population, services, partenaires"])
    cid = "image001.png@01D703B4.8A2C6E10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (200, 120, 0))], "_006_PR0P264MB1736E9A2C5D8B301_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR0P264MB1736E9A2C5D8B301_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE), attach(DOCX, doc, M22_ANNEX)],
                 "_007_PR0P264MB1736E9A2C5D8B301_")
    cc = addr_list([("Mondher Ghali", "sg@rvaim.example.org"), ("Cabinet du Maire de Sousse", "cabinet.maire@sousse.example.tn"),
                    ("Bureau du Maire - Irbid", "mayor.office@irbid.example.jo"),
                    ("Municipalité de Tripoli - Relations extérieures", "relations.ext@tripoli-municipality.example.lb"),
                    ("Commune d'Oujda - Coopération", "cooperation@oujda.example.ma"),
                    ("RVAIM - Programmes", "programmes@rvaim.example.org")])
    m = mk(when, sent_at(when, 1, 9), "mail-pr0fra01on0641.outbound.protection.outlook.example.com",
           "198.51.100.141", "4F7Bs38Kdz4", "Ines Karoui <i.karoui@rvaim.example.org>", hdr(subj, enc="Q"),
           "<PR0P264MB1736E9A2C5D8B301@PR0P264MB1736.FRAP264.PROD.OUTLOOK.example.com>", body, cc=cc,
           extra=outlook(hdr(subj, enc="Q"), "AdcDtE8Jl2Np4Qu6Bc8Gz0Fr2Qu4Ai==", lang="fr-FR", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE, M22_ANNEX],
        notes="a network of cities' report sent 'Au nom de Son Excellence M. ..., Secrétaire général' by his "
              "executive assistant: a PDF report plus a DOCX annex (one sheet per member city), both make up the "
              "report; the signature logo is not part of it. 'n'ait pu ... vous proposer d'intervenant' says no "
              "speaker is proposed; six addresses in Cc (mayors' offices of member cities). Outlook, Date in UTC+1; "
              "27 cities and eight countries are report data."))


# ================================================================ 23  AR  report  Iraqi parliamentary committee at 00:56 Baghdad time (23:56 in Beirut), windows-1256
M23_FILE = "تقرير لجنة العمل والهجرة والمغتربين - الاستعراض الطوعي 2021.pdf"


def m23():
    when = at("2021-02-16 23:56:48")
    subj = "التقرير الطوعي للجنة العمل والهجرة والمغتربين"
    text = """مجلس النواب
لجنة العمل والهجرة والمغتربين

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون

تحية طيبة..

بتوجيه من سعادة رئيس اللجنة النائب الدكتور حسين جبار الساعدي، نرفق لكم طياً التقرير الطوعي للجنة العمل والهجرة والمغتربين في مجلس النواب بشأن تنفيذ الاتفاق العالمي للهجرة، والذي يتناول أوضاع العمالة الوافدة غير الموثقة، وعودة العراقيين من الخارج، والتشريعات قيد المناقشة.

نعتذر عن إرساله في هذه الساعة المتأخرة، إذ لم يكتمل توقيع أعضاء اللجنة عليه إلا هذا المساء.

مع التقدير
أمين سر اللجنة
حيدر كاظم الموسوي
بغداد
"""
    pdf = rep_pdf("Voluntary report - Committee on Labour, Migration and Expatriates", "Council of Representatives, Baghdad",
                  ["Undocumented migrant workers", "Return of Iraqis from abroad", "Draft legislation",
                   "Recommendations"])
    a = leaf("text/plain", text, "windows-1256", "base64")
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "----=_NextPart_000_0017_01D704C3.2A6F9E80")
    m = mk(when, sent_at(when, 3, 7), "mail.parliament.example.iq", "185.84.230.17", "4F8Nw72Qfz0",
           addr("لجنة العمل والهجرة والمغتربين", "labour.migration.committee@parliament.example.iq",
                charset="windows-1256"), hdr(subj, charset="windows-1256"),
           "<001701d704c3$2a6f9e80$7f4edb80$@parliament.example.iq>", body,
           extra=[("X-Mailer", OUTLOOK14), ("Thread-Index", "AdcEwyo+xHk2b3TqS1e9Vd4Ro7PcLw=="),
                  ("Content-Language", "ar-iq")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="a parliamentary committee's secretary sends the report at 00:56 on 17 February Baghdad time (Date "
              "header in UTC+3) = 23:56 on the 16th in Beirut: on time, although the Date shows the 17th and the "
              "sender apologises for the late hour. 'بتوجيه من سعادة رئيس اللجنة النائب الدكتور ...' names the "
              "committee chair, who is not proposed to speak. Old Outlook, text/plain windows-1256 base64, subject "
              "and From name in windows-1256 encoded words; Arabic PDF name (RFC 2231 + RFC 2047)."))


# ================================================================ 24  EN  report  Somali municipality's report, a day late (Yahoo)
M24_FILE = "Dhulcade_Municipality_GCM_Voluntary_Review_Feb2021.pdf"


def m24():
    when = at("2021-02-17 09:14:02")
    subj = "Dhulcade Municipality - Voluntary GCM Review Report (late submission)"
    text = """Dear Sir/Madam,

On behalf of H.E. the Mayor of Dhulcade, Mr. Mohamed Said Abdi, please find attached the voluntary GCM review report of Dhulcade Municipality.

We sincerely apologise for sending it after the deadline of 16 February. The report needed the Mayor's approval and the signature of the Municipal Council, and we had no internet connection at the municipal offices for most of yesterday.

The report describes the situation of migrants from Ethiopia passing through our district on their way to the coast and to Yemen, of Somalis returned from Yemen and Saudi Arabia since 2015, and the services the Municipality provides with its partners.

We hope it can still be taken into account.

Yours faithfully,

Abdirahman Yusuf Warsame
Senior Adviser to the Mayor
Dhulcade Municipality
"""
    pdf = rep_pdf("Voluntary GCM review report", "Dhulcade Municipality",
                  ["Migrants in transit to the coast and to Yemen", "Returnees from Yemen and Saudi Arabia",
                   "Municipal services and partners", "Recommendations"])
    a = alt(text, "----=_Part_1188342_704519833.1613546038412", html=yahoo_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "----=_Part_1188341_1930275506.1613546038411")
    m = mk(when, sent_at(when, 3, 4), "sonic311-24.consmr.mail.ne1.yahoo.example.com", "198.51.100.224",
           "4F9Ft15Rgz3", "Abdirahman Warsame <a.y.warsame@yahoo.example.com>", subj,
           "<1613546038412.1188343@mail.yahoo.example.com>", body,
           cc="\"Office of the Mayor - Dhulcade\" <mayor.dhulcade@yahoo.example.com>", extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="a municipality's report sent on 17 February, after the report deadline (the sender says so): on_time "
              "false, still acknowledged. 'On behalf of H.E. the Mayor ..., Mr. ...' names an official who is not "
              "proposed to speak; 2015 is history. Yahoo, Date in UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
