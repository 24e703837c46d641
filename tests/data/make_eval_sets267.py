#!/usr/bin/env python3
"""Write the blind evaluation set holdout267 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets267.py
Theme: replies to the secretariat's acknowledgement (28 January - 19 February 2021).  Eight first messages and
the follow-ups that answer our acknowledgements of them, quoted under or over the acknowledgement: an Amman legal
aid centre's plenary nomination (the Cc'd speaker's Exchange out-of-office, then a move from the plenary to
Roundtable 2 in an Outlook reply, then the speaker herself adding a colleague from Outlook for iOS the day after
the deadline); an Agadir association's two speakers (a first name's spelling corrected under the quote in
Thunderbird, then an iPhone thank-you that restates the roles); a Khartoum returnees' network whose thank-you
carries a one-sentence title correction, and which later sends its report at 23:41 on the report deadline as a
reply to the old acknowledgement; a Beirut association's report and speaker (a mistyped Cc bounces our
acknowledgement; a v2 of the report in Lebanese Arabic; a status question after the deadline); a Bahrain
institute's report (iPhone thank-you; the annex it forgot, two weeks later); a Tunisian association's report and
rapporteur (the rapporteur's French out-of-office, then his withdrawal in an Outlook reply); a Baghdad
organisation whose replacement speaker arrives from Yahoo at 00:20 Baghdad time (23:20 in Beirut) on the
speaker deadline; an Annaba association whose reply to the acknowledgement of its report starts a new topic, a
late request to speak.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed,
                     gmail_html, hdr, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top, tz)
from mailgen import outlook_html, outlook_rows as outlook, exchange_ooo_rows
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(267)
add = SET.add
H = "h267-%02d.eml"

BOXNAME = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"
IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17648 YMailNorrin"

ACK_SUBJ = {"en": "Acknowledgement of receipt - ", "fr": "Accusé de réception - ", "ar": "إشعار استلام - "}


def ack_text(lang, subject, what):
    """The body of the secretariat's acknowledgement, as the repliers quote it."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» (%s)، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nهذا إشعار آلي، يرجى عدم الرد عليه إلا لتصحيح طلبكم أو استكماله.\n\n"
                "الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations dans la "
                "région arabe accuse réception de votre message « %s » (%s). Le secrétariat reviendra vers vous au "
                "sujet du programme.\n\nCeci est un accusé de réception automatique ; merci de ne répondre que pour "
                "corriger ou compléter votre envoi.\n\nExamen régional du PMM – États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the "
            "Arab region acknowledges receipt of your message \"%s\" (%s). The secretariat will come back to you "
            "about the programme.\n\nThis is an automatic acknowledgement; please reply only to correct or complete "
            "your submission.\n\nGCM Regional Review - Arab States" % (subject, what))


def gmail_reply_html(new, attribution, quoted, rtl=False):
    """Gmail: the new text, then the attribution and the quoted text in a gmail_quote blockquote."""
    d = "rtl" if rtl else "ltr"
    q = "<br>".join(esc(x) for x in quoted.strip("\n").split("\n"))
    n = "<br>".join(esc(x) for x in new.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div><br><div class="gmail_quote"><div dir="%s" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex"><div dir="%s">%s</div></blockquote></div></body></html>\n'
            % (d, n, d, esc(attribution), d, q))


def outlook_reply_html(new, header_lines, quoted, lang="EN-US", img_cid=None):
    """Outlook desktop reply: the new text (MsoNormal paragraphs), the signature logo, then the grey-ruled
    'From: / Sent: / To: / Subject:' block and the quoted message."""
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                    for p in new.strip("\n").split("\n\n"))
    img = ('<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>' % img_cid) if img_cid else ""
    hdrs = "<br>\n".join("<b>%s</b> %s" % (esc(k), esc(v)) for k, v in header_lines)
    q = "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                for p in quoted.strip("\n").split("\n\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="%s" link="#0563C1"><div class="WordSection1">'
            '%s%s<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal">%s<o:p></o:p></p></div>%s</div></body></html>\n' % (lang, paras, img, hdrs, q))


def header_text(header_lines):
    return "\n".join("%s %s" % (k, v) for k, v in header_lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c2e8a41yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, refs, ack, lang, delay):
    """Headers of an Exchange out-of-office answering one of our acknowledgements (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", refs + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  speaker  Amman legal aid centre: plenary, the speaker in Cc
M01_ID = "<VI1PR08MB4127B3E9D06A2C51@VI1PR08MB4127.eurprd08.prod.outlook.example.com>"
M01_SUBJ = "Nomination of speaker - LCMWR - GCM Regional Review (Arab States)"
M01_QID = "4DR3kq1XbTz7"
LCMWR = "Levant Centre for Migrant Workers' Rights (LCMWR)"
LCMWR_DISCLAIMER = ("DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the "
                    "addressee. If you have received it in error, please notify the sender and delete it. LCMWR does "
                    "not accept liability for views expressed that are not those of the organisation.")
RANA_SIG = """Rana Qudah
Programme Manager
Levant Centre for Migrant Workers' Rights (LCMWR)
Jabal Al-Weibdeh, Amman - Jordan
Tel: +962 6 000 0000 | www.lcmwr.example.org

""" + LCMWR_DISCLAIMER
ACK01 = ack_text("en", M01_SUBJ, "request for a speaking role")


def m01():
    when = at("2021-01-28 10:12:37")
    text = """Dear GCM Regional Review Secretariat,

Thank you for the invitation to the multi-stakeholder consultation and the regional conference.

The Levant Centre for Migrant Workers' Rights (LCMWR) would like to nominate Ms. Dima Sweis, our Legal Aid Coordinator, to make a floor intervention in the plenary session on 24 or 25 February. Dima leads our legal clinic in Amman, which handled more than 900 cases of unpaid wages, confiscated passports and "absconding" reports in 2020, most of them from domestic and agricultural workers.

Dima is copied on this email. Please let us know if you need a short bio or a photo.

Best regards,

""" + RANA_SIG + "\n"
    cid = "image001.png@01D6F55A.3B2C7E10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (176, 32, 48))], "_004_VI1PR08MB4127B3E9D06A2C51_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB4127B3E9D06A2C51_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", M01_QID, "Rana Qudah <r.qudah@lcmwr.example.org>", M01_SUBJ, M01_ID, body,
           cc="Dima Sweis <d.sweis@lcmwr.example.org>",
           extra=outlook(M01_SUBJ, "AQHW9WqZ3kQm7Tb1Nk2Lw8Xc4Vr5Yg==", lang="en-US"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dima Sweis", "Legal Aid Coordinator", LCMWR, ["plenary"])],
        notes="opens the LCMWR thread: the sender (programme manager) nominates a colleague for the plenary, 'Ms.' "
              "dropped, title after the name ('our Legal Aid Coordinator'); 900 cases and 2020 are not event data. "
              "The speaker is in Cc: her out-of-office answers our acknowledgement (h267-02); the role is changed "
              "to Roundtable 2 in h267-11 and she adds a colleague in h267-18. Outlook with an inline logo and a "
              "legal disclaimer."))


# ================================================================ 02  EN  auto_reply  the Cc'd speaker's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-28 10:13:51")
    text = """Thank you for your email.

I am on annual leave until Monday 1 February 2021 with limited access to email. For urgent legal aid cases, please call our hotline on +962 6 000 0001 or write to legalaid@lcmwr.example.org.

Kind regards,

Dima Sweis
Legal Aid Coordinator
Levant Centre for Migrant Workers' Rights (LCMWR)
"""
    body = alt(text, "_000_VI1PR08MB5379A2C04F18E6D9_", html=outlook_html(text))
    rows = exchange_ooo_rows(when, "mail-vi1eur08on0617.outbound.protection.outlook.example.com", "198.51.100.117",
                             "4DR3ks0LpWz2", "Dima Sweis <d.sweis@lcmwr.example.org>",
                             "<VI1PR08MB5379A2C04F18E6D9@VI1PR08MB5379.eurprd08.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-US", (2, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker proposed in h267-01 (she was in Cc), answering our "
              "acknowledgement 11 seconds after it went out ('Automatic reply: Acknowledgement of receipt - ...', "
              "References name h267-01): signed with her name, title and centre, so it reads like a speaker's own "
              "message. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  FR  speaker  Agadir association: two speakers (Thunderbird)
M03_ID = "<5e8b1f02-7c4d-4a39-9b61-d2f0e3a7c815@apms-souss.example.ma>"
M03_SUBJ = "Demande de prise de parole – APMS (Agadir)"
M03_QID = "4DRp5Gx2VnZ9"
APMS = "Association Passerelles Migrants Souss (APMS)"
ACK03 = ack_text("fr", M03_SUBJ, "demande de prise de parole")


def m03():
    when = at("2021-01-29 14:05:18")
    text = """Bonjour,

Suite à la lettre d'invitation reçue par l'intermédiaire de la plateforme des associations du Souss, l'Association Passerelles Migrants Souss (APMS) souhaite proposer deux intervenants :

- Mme Wafae Idrissi Kaitouni, coordinatrice du pôle juridique, pour une intervention dans la table ronde n° 3 ;
- M. Youssef Aït Benhaddou, animateur communautaire, pour la discussion ouverte de la consultation du 23 février.

L'APMS accompagne depuis 2015 les migrants subsahariens installés à Agadir et dans la région de Souss-Massa, en particulier les travailleurs saisonniers des exploitations agricoles de Chtouka Aït Baha : accès aux soins, régularisation, litiges avec les employeurs.

Nous restons à votre disposition pour toute information complémentaire.

Cordialement,

--
Fatima Zahra Oubella
Secrétaire générale
Association Passerelles Migrants Souss (APMS)
Hay Dakhla, Agadir – Maroc
Tél. : +212 5 28 00 00 00
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.apms-souss.example.ma", "203.0.113.52", M03_QID,
           "Fatima Zahra Oubella <sg@apms-souss.example.ma>", hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Wafae Idrissi Kaitouni", "coordinatrice du pôle juridique", APMS, ["roundtable"], 3),
        sp("Youssef Aït Benhaddou", "animateur communautaire", APMS, ["open_discussion"])],
        notes="two speakers in a dash list, 'Mme'/'M.' dropped; 'table ronde n° 3' and 'la discussion ouverte de la "
              "consultation du 23 février'; 2015 is history. The first name is labelled as written here: the "
              "sender corrects its spelling (Ouafae) in h267-10. Thunderbird, format=flowed 8bit, signature after "
              "'--' (no space)."))


# ================================================================ 04  AR  speaker  Khartoum returnees' network: open discussion (Gmail, Android)
M04_ID = "<CAJt4Rw8Ln2pX6vQ+b3Kc9Zm1sD5fHy7gT0@mail.gmail.example.com>"
M04_SUBJ = "ترشيح للمشاركة في النقاش المفتوح - شبكة العائدين السودانيين"
M04_QID = "4DS08Vm3HcZ6"
SRN = "شبكة السودانيين العائدين من دول الخليج"
ACK04 = ack_text("ar", M04_SUBJ, "طلب مشاركة بمداخلة")
ACK04_ATTR = "في السبت، 30 يناير 2021 في 11:23 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:"


def m04():
    when = at("2021-01-30 11:22:40")
    text = """السلام عليكم ورحمة الله

تحية طيبة من الخرطوم،

نحن في شبكة السودانيين العائدين من دول الخليج اطلعنا على خطاب الدعوة للاستعراض الإقليمي، ونود أن نرشح الأستاذة عوضية محمد الحسن، مديرة البرامج بالشبكة، للمشاركة في النقاش المفتوح للمشاورة يوم الثلاثاء 23 فبراير.

الشبكة بتتابع أوضاع العائدين من السعودية والإمارات من سنة 2017، خاصة الناس الرجعوا بعد ما فقدوا شغلهم ولسه ما استلموا أجورهم المتأخرة ولا مستحقات نهاية الخدمة، والأستاذة عوضية هي المسؤولة عن ملف الحالات دي.

ولكم جزيل الشكر

محمد عثمان الطيب
المنسق العام
شبكة السودانيين العائدين من دول الخليج
الخرطوم - السودان
"""
    body = alt(text, "000000000000a4c27e05ba1f6b83", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 8), "mail-pf1-f171.google.example.com", "192.0.2.171", M04_QID,
           addr("محمد عثمان الطيب", "m.eltayeb.srn@gmail.example.com"), hdr(M04_SUBJ), M04_ID, body)
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عوضية محمد الحسن", "مديرة البرامج", SRN, ["open_discussion"])],
        notes="Sudanese network nominates a colleague for the open discussion ('النقاش المفتوح للمشاورة يوم الثلاثاء "
              "23 فبراير'); 'الأستاذة' dropped, 'بالشبكة' after the title is not part of it; Sudanese colloquial "
              "('بتتابع', 'الناس الرجعوا', 'دي'); 2017 is history. Its title is corrected in h267-07 and its "
              "report comes as a reply to our acknowledgement (h267-23). Gmail on Android, base64."))


# ================================================================ 05  AR  both  Beirut association: report PDF + a roundtable speaker, mistyped Cc
M05_ID = "<CAE7nWq2Hs9kV4xT+c8Lm1Rb6pF3dGz5jY2@mail.gmail.example.com>"
M05_SUBJ = "تقرير جمعية سنابل الطوعي وترشيح متحدثة"
M05_QID = "4DSx1Kr7TqZ4"
M05_FILE = "تقرير سنابل الطوعي 2021.pdf"
M05_BADCC = "reem.itani@sanabl.example.org"
SANABEL = "جمعية سنابل لدعم العاملات المهاجرات"
ACK05 = ack_text("ar", M05_SUBJ, "تقرير طوعي وطلب مشاركة بمداخلة")
ACK05_ATTR = "في الاثنين، 1 فبراير 2021 في 11:30 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:"


def m05():
    when = at("2021-02-01 11:30:12")
    text = """حضرات أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نرسل إليكم مرفقاً التقرير الطوعي لجمعية سنابل لدعم العاملات المهاجرات حول تنفيذ الاتفاق العالمي للهجرة في لبنان، ويغطي عامي 2019 و2020، مع تركيز خاص على العاملات في الخدمة المنزلية اللواتي تُركن أمام قنصلياتهن بعد الأزمة الاقتصادية وانفجار المرفأ.

كما نرشح الزميلة ريم عيتاني، مسؤولة المناصرة في الجمعية، للمداخلة في المائدة المستديرة الأولى. ريم بنسخة هذا البريد.

مع الشكر والتقدير،

كارلا نصار
منسقة المشاريع
جمعية سنابل لدعم العاملات المهاجرات
بيروت - لبنان
"""
    pdf = rep_pdf("Voluntary GCM review report", "Sanabel Association for Migrant Women Workers, Beirut",
                  ["Domestic workers left outside their consulates", "The economic crisis and the port explosion",
                   "Kafala and access to justice", "Recommendations"])
    a = alt(text, "000000000000c19e7a05ba43d2f0", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "000000000000c19e7c05ba43d2f2")
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f52.google.example.com", "192.0.2.152", M05_QID,
           addr("Karla Nassar", "karla.nassar@sanabel.example.org"), hdr(M05_SUBJ), M05_ID, body,
           cc="Reem Itani <%s>" % M05_BADCC)
    add(5, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريم عيتاني", "مسؤولة المناصرة", SANABEL, ["roundtable"], 1)],
        report_attachments=[M05_FILE],
        notes="report (PDF with an Arabic name, RFC 2231 + RFC 2047) and a speaker for 'المائدة المستديرة الأولى' "
              "in one message; 2019 and 2020 are the report's period. Latin From name (Google Workspace), the Cc "
              "address is mistyped ('sanabl') and the copy of our acknowledgement bounces (h267-06). Revised "
              "report in h267-21, status question in h267-24."))


# ================================================================ 06  EN  bounce  the Cc copy of our acknowledgement of 05: domain not found
def m06():
    when = at("2021-02-01 11:30:58")
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=sanabl.example.org type=MX: Host not found
""" % M05_BADCC
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DSx2Bn5WfZ8\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
           "    name=sanabl.example.org type=MX: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), M05_BADCC, M05_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Karla Nassar <karla.nassar@sanabel.example.org>\n"
            "Cc: Reem Itani <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M05_BADCC, b_word(ACK_SUBJ["ar"] + M05_SUBJ),
                                  rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M05_QID), M05_ID, M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DSx2Dq8YhZ1.1612171858/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DSx2Dq8YhZ1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201093058.4DSx2Dq8YhZ1@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found: 'sanabl' for 'sanabel') for the copy of our acknowledgement "
              "of h267-05 sent to its mistyped Cc; the returned headers carry our Arabic subject as an encoded "
              "word and reference h267-05. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 07  AR  speaker  the Khartoum network thanks us, and corrects the title in one sentence
M07_ID = "<CAJt4Rw9Pk5nY2wB+e7Hd3Zq8sL1fGx6hU4@mail.gmail.example.com>"


def m07():
    when = at("2021-02-01 19:14:03")
    ack = ack_mid(M04_QID)
    text = """شكراً جزيلاً ليكم على الرد السريع، وربنا يوفقكم.

بس في تصحيح صغير لو سمحتو: المسمى الوظيفي للأستاذة عوضية محمد الحسن اتغير بداية الشهر ده وبقى "نائبة المنسق العام" بدل "مديرة البرامج"، فالرجاء تعتمدوا المسمى الجديد في البرنامج وفي بطاقة الاسم. باقي البيانات زي ما هي (النقاش المفتوح يوم 23 فبراير).

مع التحية
محمد عثمان الطيب
المنسق العام - شبكة السودانيين العائدين من دول الخليج
"""
    quoted = ACK04_ATTR + "\n\n" + gt(ACK04) + "\n"
    body = alt(text + "\n" + quoted, "000000000000e63b1d05ba4c87a5",
               html=gmail_reply_html(text, ACK04_ATTR, ACK04, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-pf1-f178.google.example.com", "192.0.2.178", "4DT9cH6sKwZ3",
           addr("محمد عثمان الطيب", "m.eltayeb.srn@gmail.example.com"), re_hdr("Re: ", ACK_SUBJ["ar"] + M04_SUBJ),
           M07_ID, body, extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 4,
        speakers=[sp("عوضية محمد الحسن", "نائبة المنسق العام", SRN, ["open_discussion"])],
        notes="starts like a pure thank-you to our acknowledgement of h267-04 (References name it), but one "
              "sentence corrects the speaker's title ('نائبة المنسق العام' replaces 'مديرة البرامج', both quoted "
              "in the text): a correction of the request, so speaker_request with the new title, acknowledged and "
              "on time (1 February). Role restated in brackets; the affiliation is in the signature. Sudanese "
              "colloquial; Gmail with Arabic attribution line, base64."))


# ================================================================ 08  EN  report  Bahrain institute: PDF report, the annex announced but not attached
M08_ID = "<AM6PR03MB5489E1C7B20D94F3@AM6PR03MB5489.eurprd03.prod.outlook.example.com>"
M08_SUBJ = "BIMDS voluntary GCM review report"
M08_QID = "4DTb6Wc1MqZ2"
M08_FILE = "BIMDS_Voluntary_GCM_Review_Report_2021.pdf"
ACK08 = ack_text("en", M08_SUBJ, "voluntary GCM review report")
BIMDS_SIG = """Sameera Al-Jishi
Research Fellow
Bahrain Institute for Migration and Development Studies (BIMDS)
Manama, Kingdom of Bahrain
+973 1700 0000"""


def m08():
    when = at("2021-02-02 09:45:27")
    text = """Dear colleagues,

On behalf of the Bahrain Institute for Migration and Development Studies (BIMDS), please find attached our voluntary GCM review report for the Regional Review in the Arab region.

The report draws on a survey of 740 migrant workers in Manama and Muharraq carried out between September and December 2020, and on twelve interviews with recruitment agencies and employers. It focuses on Objective 6 (fair and ethical recruitment) and Objective 22 (portability of social security entitlements). The survey tables are in Annex 1, which I am also attaching.

We do not plan to request a speaking slot, but our team will follow the proceedings online.

Kind regards,

""" + BIMDS_SIG + "\n"
    pdf = rep_pdf("Voluntary GCM review report", "Bahrain Institute for Migration and Development Studies (BIMDS)",
                  ["Survey of 740 migrant workers, Sept-Dec 2020", "Recruitment fees and debt",
                   "End-of-service benefits and portability", "Recommendations", "Annex 1: see separate file"])
    cid = "image001.png@01D6F93C.5A1E2B70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 84, 147))], "_004_AM6PR03MB5489E1C7B20D94F3_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR03MB5489E1C7B20D94F3_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "_005_AM6PR03MB5489E1C7B20D94F3_")
    m = mk(when, sent_at(when, 3, 9), "mail-am6eur03on0645.outbound.protection.outlook.example.com",
           "198.51.100.145", M08_QID, "Sameera Al-Jishi <s.aljishi@bimds.example.bh>", M08_SUBJ, M08_ID, body,
           extra=outlook(M08_SUBJ, "AdbzT2mK9pQx4Rv7Wn1Ls5Hc8Jy3Ab==", lang="en-GB", has_attach="yes"))
    add(8, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="research institute's report (PDF); the body says Annex 1 is 'also attaching' but only the report "
              "is attached (the annex comes on 15 February, h267-22); 'We do not plan to request a speaking slot' "
              "keeps it a report only. 740 workers and Sept-Dec 2020 are survey data. Outlook with an inline logo "
              "(not part of the report), Date in UTC+3. Thanked for the acknowledgement in h267-09."))


# ================================================================ 09  EN  other  pure thank-you from the iPhone to our acknowledgement of 08
def m09():
    when = at("2021-02-02 12:20:44")
    ack = ack_mid(M08_QID)
    text = """Thank you, well received!

Best,
Sameera

Sent from my iPhone

> On 2 Feb 2021, at 10:46, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(ACK08) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 3, 6), "mail-am6eur03on0652.outbound.protection.outlook.example.com",
           "198.51.100.152", "4DTgP31vXnZ5", "Sameera Al-Jishi <s.aljishi@bimds.example.bh>",
           "Re: " + ACK_SUBJ["en"] + M08_SUBJ, "<8F2C61D4-3B7A-4E95-A0C8-51D9E7B24F63@bimds.example.bh>", body,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="three-line iPhone thank-you answering our acknowledgement of h267-08 (References name it): adds "
              "nothing, so no acknowledgement; she has not noticed that the annex was missing. The quoted "
              "acknowledgement repeats 'voluntary GCM review report'. Plain text, quote line in her local time "
              "(UTC+3)."))


# ================================================================ 10  FR  speaker  APMS corrects a first name's spelling, under the quote (Thunderbird)
M10_ID = "<b71e4c93-2f08-4d5a-8e16-9a3c7f0d2b64@apms-souss.example.ma>"
M10_SUBJ = "Re: " + ACK_SUBJ["fr"] + M03_SUBJ
M10_QID = "4DTrW74mFkZ8"
ACK10 = ack_text("fr", M10_SUBJ, "demande de prise de parole")


def m10():
    when = at("2021-02-02 17:40:09")
    ack = ack_mid(M03_QID)
    text = "Le 29/01/2021 à 13:06, GCM Regional Review Arab States a écrit :\n" + gt(ACK03) + """

Bonjour,

Merci pour votre accusé de réception.

Une correction importante avant que le programme ne soit imprimé : le prénom de notre coordinatrice du pôle juridique s'écrit Ouafae, et non Wafae comme dans mon message du 29 janvier. Son nom complet est donc Ouafae Idrissi Kaitouni (orthographe de son passeport). Elle interviendra toujours dans la table ronde n° 3.

Rien ne change pour M. Aït Benhaddou.

Cordialement,

--
Fatima Zahra Oubella
Secrétaire générale
Association Passerelles Migrants Souss (APMS)
Hay Dakhla, Agadir – Maroc
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "smtp.apms-souss.example.ma", "203.0.113.52", M10_QID,
           "Fatima Zahra Oubella <sg@apms-souss.example.ma>", hdr(M10_SUBJ, enc="Q"), M10_ID, body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 3, speakers=[sp("Ouafae Idrissi Kaitouni", "coordinatrice du pôle juridique", APMS,
                                      ["roundtable"], 3)],
        notes="Thunderbird bottom-post under our quoted acknowledgement of h267-03: corrects the first name "
              "(Ouafae, not Wafae; the wrong spelling also appears in the correction sentence) and restates the "
              "roundtable; only the corrected speaker is labelled, the second one is said to be unchanged ('Rien "
              "ne change pour M. Aït Benhaddou'), not proposed again. Title from 'notre coordinatrice du pôle "
              "juridique', affiliation from the signature. format=flowed, 8bit."))


# ================================================================ 11  EN  speaker  LCMWR moves its speaker from the plenary to Roundtable 2 (Outlook, over the quote)
M11_ID = "<VI1PR08MB4127D5A8F31C07E2@VI1PR08MB4127.eurprd08.prod.outlook.example.com>"


def m11():
    when = at("2021-02-03 10:05:33")
    ack = ack_mid(M01_QID)
    new = """Dear colleagues,

Further to our nomination of Ms. Dima Sweis, our Legal Aid Coordinator, we would like to ask for one change: instead of the plenary, Dima would prefer to take the floor in Roundtable 2, where she can speak in more detail about the cases our clinic follows. Everything else stays as in our first email.

Many thanks for your understanding, and apologies for the back and forth.

Best regards,

""" + RANA_SIG + "\n"
    hl = [("From:", BOXNAME), ("Sent:", "Thursday, January 28, 2021 10:13 AM"),
          ("To:", "Rana Qudah <r.qudah@lcmwr.example.org>"), ("Cc:", "Dima Sweis <d.sweis@lcmwr.example.org>"),
          ("Subject:", ACK_SUBJ["en"] + M01_SUBJ)]
    text = new + "\n" + header_text(hl) + "\n\n" + ACK01 + "\n"
    cid = "image001.png@01D6FA18.9E7B3C20"
    rel = multi("related", [leaf("text/html", outlook_reply_html(new, hl, ACK01, img_cid=cid)),
                            logo(cid, (176, 32, 48))], "_004_VI1PR08MB4127D5A8F31C07E2_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB4127D5A8F31C07E2_")
    subj = "RE: " + ACK_SUBJ["en"] + M01_SUBJ
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur08on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", "4DTzF58qRcZ1", "Rana Qudah <r.qudah@lcmwr.example.org>", subj, M11_ID, body,
           cc="Dima Sweis <d.sweis@lcmwr.example.org>",
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook(ACK_SUBJ["en"] + M01_SUBJ, "AQHW9WqZ3kQm7Tb1Nk2Lw8Xc4Vr5YgAJd1kQ", lang="en-US"))
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[sp("Dima Sweis", "Legal Aid Coordinator", LCMWR, ["roundtable"], 2)],
        notes="Outlook reply over our quoted acknowledgement of h267-01 (In-Reply-To our acknowledgement, "
              "References h267-01): the role changes from the plenary to 'Roundtable 2' ('instead of the plenary' "
              "names the old role, which must not stay); name and title restated in the new text. Same speaker, "
              "changed request: speaker_request, acknowledged, on time."))


# ================================================================ 12  FR  other  APMS thanks us from the iPhone, restating what stands
def m12():
    when = at("2021-02-03 11:02:15")
    ack = ack_mid(M10_QID)
    text = """Parfait, merci beaucoup ! C'est bien noté de notre côté : Ouafae pour la table ronde 3 et Youssef pour la discussion ouverte du 23, comme convenu.

Bonne préparation à toute l'équipe.

Fatima Zahra

Envoyé de mon iPhone

> Le 2 févr. 2021 à 16:41, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
>
""" + gt(ACK10) + "\n"
    body = alt(text, "Apple-Mail-7C4E21B9-5D0A-4F83-9E62-A1B3C8D7F046", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 7), "smtp.apms-souss.example.ma", "203.0.113.52", "4DV0Lp26XsZ7",
           "Fatima Zahra Oubella <sg@apms-souss.example.ma>", hdr("Re: " + ACK_SUBJ["fr"] + M10_SUBJ, enc="Q"),
           "<3A9E5F17-C2B8-4D06-8F41-7E0B2D6C9A35@apms-souss.example.ma>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack_mid(M03_QID) + " " + M10_ID + " " + ack),
                  ("X-Mailer", IPHONE)])
    add(12, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="iPhone thank-you to our acknowledgement of the correction h267-10 (References name h267-03 and "
              "h267-10): it restates both speakers by first name with their roles ('Ouafae pour la table ronde 3 "
              "et Youssef pour la discussion ouverte du 23, comme convenu') but changes nothing, so other and no "
              "acknowledgement; thread_of is the first message of the chain. Subject with 'Re: Accusé de réception' "
              "twice."))


# ================================================================ 13  FR  both  Tunisian association: report PDF + a rapporteur in Cc (Outlook, disclaimer)
M13_ID = "<DB7PR02MB4603F28A1C95E7B0@DB7PR02MB4603.eurprd02.prod.outlook.example.com>"
M13_SUBJ = "ATDTM – Rapport volontaire et proposition d'un rapporteur"
M13_QID = "4DV5Mx83JtZ0"
M13_FILE = "Rapport_volontaire_ATDTM_PMM_2021.pdf"
ATDTM = "Association Tunisienne pour les Droits des Travailleurs Migrants (ATDTM)"
ACK13 = ack_text("fr", M13_SUBJ, "rapport volontaire et demande de prise de parole")
ATDTM_DISCLAIMER = ("AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
                    "leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le "
                    "supprimer. Pensez à l'environnement avant d'imprimer ce courriel.")


def m13():
    when = at("2021-02-03 15:22:48")
    text = """Madame, Monsieur,

L'Association Tunisienne pour les Droits des Travailleurs Migrants (ATDTM) a le plaisir de vous transmettre en pièce jointe son rapport volontaire d'examen de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Tunisie.

Nous souhaitons également proposer M. Slim Gharbi, chargé de plaidoyer à l'ATDTM, comme rapporteur chargé de présenter les messages clés des parties prenantes. M. Gharbi a coordonné les ateliers de Sfax, Médenine et Tunis qui ont servi à préparer notre rapport. Il est en copie de ce message.

Nous vous remercions par avance et restons à votre disposition.

Bien cordialement,

Hela Ben Amor
Directrice exécutive
Association Tunisienne pour les Droits des Travailleurs Migrants (ATDTM)
12, rue d'Irak, 1002 Tunis – Tunisie
Tél. : +216 71 000 000

""" + ATDTM_DISCLAIMER + "\n"
    pdf = rep_pdf("Rapport volontaire - ATDTM", "Association Tunisienne pour les Droits des Travailleurs Migrants",
                  ["Ateliers de Sfax, Medenine et Tunis", "Acces au sejour et au travail",
                   "Travailleurs migrants dans l'agriculture et le batiment", "Recommandations"])
    cid = "image001.png@01D6FA3E.2B8C41D0"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (200, 16, 46))], "_004_DB7PR02MB4603F28A1C95E7B0_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB7PR02MB4603F28A1C95E7B0_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M13_FILE)], "_005_DB7PR02MB4603F28A1C95E7B0_")
    m = mk(when, sent_at(when, 1, 8), "mail-db7eur02on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", M13_QID, "Hela Ben Amor <h.benamor@atdtm.example.tn>", hdr(M13_SUBJ, enc="Q"),
           M13_ID, body, cc="Slim Gharbi <s.gharbi@atdtm.example.tn>",
           extra=outlook(hdr(M13_SUBJ, enc="Q"), "AdbzU8nR4wKp1Xm6Tq9Vb2Ce5Lh7Jd==", lang="fr-FR", has_attach="yes"))
    add(13, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Slim Gharbi", "chargé de plaidoyer", ATDTM, ["rapporteur"])],
        report_attachments=[M13_FILE],
        notes="report (PDF) and a rapporteur ('comme rapporteur chargé de présenter les messages clés des parties "
              "prenantes') in one message, 'M.' dropped, title 'chargé de plaidoyer à l'ATDTM'. The rapporteur is "
              "in Cc: his out-of-office answers our acknowledgement (h267-14) and he is withdrawn in h267-16. "
              "Outlook with logo and an environmental disclaimer, Date in UTC+1."))


# ================================================================ 14  FR  auto_reply  the rapporteur's out-of-office on our acknowledgement of 13
def m14():
    when = at("2021-02-03 15:24:02")
    text = """Bonjour,

Je suis en mission à Médenine et Zarzis jusqu'au lundi 8 février inclus, avec un accès très limité à mes courriels. Pour toute urgence, merci de contacter le secrétariat de l'ATDTM au +216 71 000 000.

Cordialement,

Slim Gharbi
Chargé de plaidoyer – ATDTM
"""
    body = alt(text, "_000_DB7PR02MB6172C9E0A4B3F185_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : " + ACK_SUBJ["fr"] + M13_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-db7eur02on0608.outbound.protection.outlook.example.com", "198.51.100.108",
                    "4DV5Pc19LvZ3", "Slim Gharbi <s.gharbi@atdtm.example.tn>",
                    "<DB7PR02MB6172C9E0A4B3F185@DB7PR02MB6172.eurprd02.prod.outlook.example.com>", subj,
                    hdr(ACK_SUBJ["fr"] + M13_SUBJ, enc="Q"), M13_ID, ack_mid(M13_QID), "fr-FR", (1, 3))
    add(14, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office ('Réponse automatique :') of the rapporteur proposed in h267-13, who "
              "was in Cc, answering our acknowledgement (References name h267-13): his mission dates (until 8 "
              "February) are not a withdrawal. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 15  AR  speaker  Baghdad organisation: plenary (Yahoo)
M15_ID = "<1612422622418.6139205@mail.yahoo.example.com>"
M15_SUBJ = "ترشيح متحدث للجلسة العامة - منظمة الرافدين"
M15_QID = "4DVQr42nGbZ6"
RAFIDAIN = "منظمة الرافدين لحقوق العمال المهاجرين"
ACK15 = ack_text("ar", M15_SUBJ, "طلب مشاركة بمداخلة")


def m15():
    when = at("2021-02-04 09:10:26")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
تحية طيبة وبعد..

يسر منظمة الرافدين لحقوق العمال المهاجرين أن ترشح الدكتور حيدر كاظم الموسوي، رئيس قسم الدراسات والبحوث في المنظمة، لإلقاء مداخلة في الجلسة العامة للمؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021، وذلك لعرض نتائج دراستنا الميدانية عن العمال المهاجرين من بنغلاديش وباكستان ونيبال في بغداد والبصرة وأربيل.

مع فائق الاحترام والتقدير

علي جبار الكعبي
مسؤول العلاقات العامة
منظمة الرافدين لحقوق العمال المهاجرين
بغداد - العراق
هاتف: 0770 000 0000
"""
    a = alt(text, "----=_Part_6139204_1187352040.1612422622417", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 5), "sonic302-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.202", M15_QID,
           addr("علي الكعبي", "ali.alkaabi.rafidain@yahoo.example.com"), hdr(M15_SUBJ), M15_ID, a,
           extra=[("X-Mailer", YAHOO)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر كاظم الموسوي", "رئيس قسم الدراسات والبحوث", RAFIDAIN, ["plenary"])],
        notes="formal MSA nomination for 'الجلسة العامة', 'الدكتور' dropped; 'في المنظمة' after the title is not "
              "part of it; the signer (public relations officer) is not the speaker; 'شباط/فبراير' double month "
              "name; Bangladesh, Pakistan and Nepal, Baghdad, Basra and Erbil are study data. Yahoo, base64, RTL "
              "HTML. The speaker is replaced in h267-17."))


# ================================================================ 16  FR  other  ATDTM withdraws its rapporteur (Outlook, over the quote); the report stands
def m16():
    when = at("2021-02-05 11:02:40")
    ack = ack_mid(M13_QID)
    new = """Madame, Monsieur,

Nous revenons vers vous au sujet de notre message du 3 février. À notre grand regret, M. Slim Gharbi ne sera pas disponible du 23 au 25 février : il accompagnera à ces dates une mission d'observation dans le Sud tunisien qui ne peut pas être reportée. Nous retirons donc sa candidature comme rapporteur, et l'ATDTM ne proposera pas d'autre intervenant.

Notre rapport volontaire reste bien entendu valable tel qu'il vous a été transmis.

Bien cordialement,

Hela Ben Amor
Directrice exécutive
Association Tunisienne pour les Droits des Travailleurs Migrants (ATDTM)

""" + ATDTM_DISCLAIMER + "\n"
    hl = [("De :", BOXNAME), ("Envoyé :", "mercredi 3 février 2021 14:23"),
          ("À :", "Hela Ben Amor <h.benamor@atdtm.example.tn>"), ("Cc :", "Slim Gharbi <s.gharbi@atdtm.example.tn>"),
          ("Objet :", ACK_SUBJ["fr"] + M13_SUBJ)]
    text = new + "\n" + header_text(hl) + "\n\n" + ACK13 + "\n"
    body = alt(text, "_000_DB7PR02MB4603A6E9D2047C3B_", html=outlook_reply_html(new, hl, ACK13, lang="FR"))
    subj = hdr("RE: " + ACK_SUBJ["fr"] + M13_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 7), "mail-db7eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DWn0Tb57KcZ9", "Hela Ben Amor <h.benamor@atdtm.example.tn>", subj,
           "<DB7PR02MB4603A6E9D2047C3B@DB7PR02MB4603.eurprd02.prod.outlook.example.com>", body,
           cc="Slim Gharbi <s.gharbi@atdtm.example.tn>",
           extra=[("In-Reply-To", ack), ("References", M13_ID + " " + ack)]
           + outlook(hdr(ACK_SUBJ["fr"] + M13_SUBJ, enc="Q"), "AdbzU8nR4wKp1Xm6Tq9Vb2Ce5Lh7JdAHb9cW", lang="fr-FR"))
    add(16, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 13,
        notes="Outlook reply over our quoted acknowledgement of h267-13 withdrawing the rapporteur ('Nous retirons "
              "donc sa candidature comme rapporteur ... ne proposera pas d'autre intervenant'); the report 'reste "
              "valable' but is not sent again (no attachment). No speaker and no report: other, acknowledged so "
              "that the secretariat strikes the name. The quoted acknowledgement still says 'rapport volontaire et "
              "demande de prise de parole'."))


# ================================================================ 17  AR  speaker  Baghdad replaces its speaker at 00:20 Baghdad time = 23:20 Beirut on 5 Feb (Yahoo)
def m17():
    when = at("2021-02-05 23:20:31")
    ack = ack_mid(M15_QID)
    attr = ("في الخميس، ٤ فبراير ٢٠٢١، ١٠:١١:٣٠ ص غرينتش+٣، GCM Regional Review Arab States "
            "<gcmrrarabstates@iom.int> كتب:")
    new = """مساء الخير

نعتذر على التأخير بالرد. الدكتور حيدر الموسوي طلعت عنده سفرة لمؤتمر بالخارج بنفس الأيام وما يكدر يشارك، فنرشح بداله الست زينب عبد الأمير الساعدي، مديرة وحدة الرصد والتوثيق بالمنظمة، لنفس المداخلة بالجلسة العامة. الست زينب هي اللي أشرفت على الاستبيان الميداني ويا العمال بالبصرة وأربيل وتعرف الأرقام أكثر من أي واحد.

وأتمنى الرسالة توصلكم قبل ما يخلص الموعد، هسه الساعة 12 بالليل عدنا.

تحياتي
علي الكعبي
منظمة الرافدين لحقوق العمال المهاجرين
"""
    text = new + "\n" + attr + "\n\n" + gt(ACK15) + "\n"
    a = alt(text, "----=_Part_7702318_402916733.1612560027914", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 4), "sonic305-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DXbT93qHmZ2", addr("علي الكعبي", "ali.alkaabi.rafidain@yahoo.example.com"),
           re_hdr("Re: ", ACK_SUBJ["ar"] + M15_SUBJ), "<1612560027914.7702319@mail.yahoo.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M15_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 15, speakers=[sp("زينب عبد الأمير الساعدي", "مديرة وحدة الرصد والتوثيق", RAFIDAIN,
                                       ["plenary"])],
        notes="replacement of the speaker of h267-15 in Iraqi colloquial ('ما يكدر', 'بداله', 'هسه', 'ويا'), a "
              "Yahoo reply over our quoted acknowledgement: only the new speaker is labelled, 'الست' (Mrs.) "
              "dropped, 'بالمنظمة' after the title is not part of it; 'لنفس المداخلة بالجلسة العامة' keeps the "
              "plenary. Sent at 00:20 on Saturday 6 February in Baghdad (Date in UTC+3, 'الساعة 12 بالليل') = "
              "23:20 on 5 February in Beirut: on time. Affiliation only in the signature."))


# ================================================================ 18  EN  speaker  the LCMWR speaker adds a colleague the day after the deadline (Outlook for iOS)
def m18():
    when = at("2021-02-06 09:31:20")
    ack = ack_mid(M01_QID)
    new = """Dear colleagues,

Back from leave, and thank you for the confirmation. As Rana wrote on Wednesday, I will speak in Roundtable 2.

Would it be possible to add my colleague Omar Haddad, Field Officer at our Mafraq office, for the open discussion on 23 February? He follows the cases of Syrian and Egyptian farm workers in the north and could bring their voices directly. I realise the deadline for speaker requests was yesterday, so I fully understand if this is no longer possible.

Best,
Dima

Dima Sweis
Legal Aid Coordinator
Levant Centre for Migrant Workers' Rights (LCMWR)

Get Outlook for iOS
"""
    hl = [("From:", BOXNAME), ("Sent:", "Thursday, January 28, 2021 10:13:40 AM"),
          ("To:", "Rana Qudah <r.qudah@lcmwr.example.org>"), ("Cc:", "Dima Sweis <d.sweis@lcmwr.example.org>"),
          ("Subject:", ACK_SUBJ["en"] + M01_SUBJ)]
    text = new + "________________________________\n" + header_text(hl) + "\n\n" + ACK01 + "\n"
    n = "<br>".join(esc(x) for x in new.rstrip("\n").split("\n")).replace(
        "Get Outlook for iOS", '<a href="https://aka.ms/o0ukef">Get Outlook for iOS</a>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'dir="auto"><div dir="auto">%s</div><hr style="display:inline-block;width:98%%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            'color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div></body></html>\n'
            % (n, "<br>".join("<b>%s</b> %s" % (esc(k), esc(v)) for k, v in hl),
               "<br>".join(esc(x) for x in ACK01.split("\n"))))
    body = alt(text, "_000_AM0PR08MB3297E8C14B6A2D05_", html=html)
    m = mk(when, sent_at(when, 2, 5), "mail-am0eur08on0629.outbound.protection.outlook.example.com",
           "198.51.100.129", "4DXlB64rVnZ0", "Dima Sweis <d.sweis@lcmwr.example.org>",
           "Re: " + ACK_SUBJ["en"] + M01_SUBJ,
           "<AM0PR08MB3297E8C14B6A2D05@AM0PR08MB3297.eurprd08.prod.outlook.example.com>", body,
           cc="Rana Qudah <r.qudah@lcmwr.example.org>",
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack), ("Thread-Topic", ACK_SUBJ["en"] + M01_SUBJ),
                  ("Thread-Index", "AQHW9WqZ3kQm7Tb1Nk2Lw8Xc4Vr5YgAPf3mB"), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of=H % 1, speakers=[sp("Omar Haddad", "Field Officer", LCMWR, ["open_discussion"])],
        notes="the speaker of h267-01/11, back from leave, replies from Outlook for iOS to the old acknowledgement "
              "of h267-01 (the one sent to her in Cc) and adds a second speaker for the open discussion, the day "
              "after the speaker deadline (she says so): late. Only the added colleague is labelled; 'I will speak "
              "in Roundtable 2' confirms h267-11 and is not a new request. 'Field Officer at our Mafraq office': "
              "title 'Field Officer'; affiliation from her signature. Quote after the Outlook mobile rule."))


# ================================================================ 19  FR  report  Annaba association: DOCX report (Apple Mail)
M19_ID = "<A4C7E2F9-1B6D-4835-9F0A-C2E58B3D71A6@rivages-annaba.example.dz>"
M19_SUBJ = "Rapport volontaire ARSA – Examen régional du Pacte mondial"
M19_QID = "4DYwK85pTfZ4"
M19_FILE = "Rapport_ARSA_examen_regional_PMM_2021.docx"
ARSA = "Association Rivages Solidaires – Annaba (ARSA)"
ACK19 = ack_text("fr", M19_SUBJ, "rapport volontaire")


def m19():
    when = at("2021-02-08 12:40:11")
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Rivages Solidaires – Annaba (ARSA) sur la mise en œuvre du Pacte mondial sur les migrations, consacré aux migrants subsahariens en transit à Annaba et aux familles de jeunes harraga disparus en mer.

Le document a été validé par notre bureau le 6 février.

Bien cordialement,

Nadia Boukhalfa
Chargée de projets
Association Rivages Solidaires – Annaba (ARSA)
Annaba – Algérie
"""
    doc = make_docx(["Association Rivages Solidaires – Annaba (ARSA)",
                     "Rapport volontaire – Examen régional du Pacte mondial sur les migrations, février 2021",
                     "1. Les migrants subsahariens en transit à Annaba", "2. Les familles des harraga disparus en mer",
                     "3. Identification des corps et droit à la vérité", "4. Recommandations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_5B1E8D40-2C7F-4A96-B3E0-7D9A1F6C2E85")
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "Apple-Mail=_0F3A6C91-8E2D-4B57-A1C4-96D0E7B3F528")
    m = mk(when, sent_at(when, 1, 8), "mail.rivages-annaba.example.dz", "41.111.32.19", M19_QID,
           "Nadia Boukhalfa <n.boukhalfa@rivages-annaba.example.dz>", hdr(M19_SUBJ, enc="Q"), M19_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="short cover note with a DOCX report, on time (8 February); 'validé par notre bureau le 6 février' "
              "is not event data. Apple Mail, Date in UTC+1. Its reply to our acknowledgement opens a new topic "
              "(h267-20)."))


# ================================================================ 20  FR  speaker  ARSA's reply to our acknowledgement starts a new topic: a late request to speak
def m20():
    when = at("2021-02-10 16:05:37")
    ack = ack_mid(M19_QID)
    text = "> Le 8 févr. 2021 à 11:41, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :\n>\n" + \
        gt(ACK19) + """

Bonjour,

Merci pour l'accusé de réception.

Je profite de ce message pour une autre demande : notre présidente, le Dr Houria Mebarki, médecin à l'hôpital Ibn Rochd d'Annaba, souhaiterait intervenir lors de la table ronde n° 4. Je sais que la date limite pour les demandes de prise de parole était le 5 février ; nous n'avions pas vu ce point de la lettre. Si une exception est possible, nous vous en serions très reconnaissants.

Bien cordialement,

Nadia Boukhalfa
Chargée de projets
Association Rivages Solidaires – Annaba (ARSA)
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_8D2F4B17-6A3E-4C09-B5E1-3F7C0A9D2E64")
    m = mk(when, sent_at(when, 1, 6), "mail.rivages-annaba.example.dz", "41.111.32.19", "4DZtQ27wNbZ8",
           "Nadia Boukhalfa <n.boukhalfa@rivages-annaba.example.dz>", hdr("Re: " + ACK_SUBJ["fr"] + M19_SUBJ, enc="Q"),
           "<E6B09D3C-7F41-4A2E-8C65-0D1F9A3B7E52@rivages-annaba.example.dz>", body,
           extra=[("In-Reply-To", ack), ("References", M19_ID + " " + ack), ("X-Mailer", APPLE)])
    add(20, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 19, speakers=[sp("Houria Mebarki", "présidente", ARSA, ["roundtable"], 4)],
        notes="Apple Mail bottom-post under our quoted acknowledgement of the report h267-19: 'Je profite de ce "
              "message pour une autre demande' opens a new topic, a request to speak (table ronde n° 4) five days "
              "after the speaker deadline (she says so): speaker_request, late; not 'both', the report was sent "
              "before. 'Dr' dropped; 'médecin à l'hôpital Ibn Rochd' is her profession, the title for the event "
              "is 'notre présidente'; affiliation from the signature. thread_of h267-19, the message it answers "
              "(References name it)."))


# ================================================================ 21  AR  report  Sanabel sends a v2 of its report (Gmail reply over our acknowledgement)
M21_ID = "<CAE7nWq5Jt2mX8yR+d4Kp6Zc9sH1fGw3kV7@mail.gmail.example.com>"
M21_SUBJ = "Re: " + ACK_SUBJ["ar"] + M05_SUBJ
M21_QID = "4F0Hy63cRkZ5"
M21_FILE = "تقرير سنابل الطوعي 2021 - v2.pdf"
ACK21 = ack_text("ar", M21_SUBJ, "تقرير طوعي")


def m21():
    when = at("2021-02-12 13:18:44")
    ack = ack_mid(M05_QID)
    new = """مرحبا،

منبعتلكن مرفقاً النسخة المعدّلة من تقريرنا (v2). صحّحنا أرقام الجدول رقم 2 عن عدد العاملات يلي تركوهن أصحاب العمل قدام القنصليات، وزدنا فقرة عن العاملات يلي علقوا بلبنان بعد انفجار المرفأ. الرجاء تعتمدوا هالنسخة بدل يلي بعتناها بـ 1 شباط.

مشاركة ريم بالطاولة المستديرة الأولى بتضل متل ما هي.

شكراً كتير،
كارلا نصار
منسقة المشاريع - جمعية سنابل لدعم العاملات المهاجرات
"""
    text = new + "\n" + ACK05_ATTR + "\n\n" + gt(ACK05) + "\n"
    pdf = rep_pdf("Voluntary GCM review report (v2)", "Sanabel Association for Migrant Women Workers, Beirut",
                  ["Domestic workers left outside their consulates (Table 2 corrected)",
                   "The economic crisis and the port explosion", "Workers stranded after August 2020",
                   "Kafala and access to justice", "Recommendations"])
    a = alt(text, "000000000000f7d2a905bb2e6c41", html=gmail_reply_html(new, ACK05_ATTR, ACK05, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "000000000000f7d2ab05bb2e6c43")
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f54.google.example.com", "192.0.2.154", M21_QID,
           addr("Karla Nassar", "karla.nassar@sanabel.example.org"), re_hdr("Re: ", ACK_SUBJ["ar"] + M05_SUBJ),
           M21_ID, body, cc="Reem Itani <reem.itani@sanabel.example.org>",
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 5, report_attachments=[M21_FILE],
        notes="revised report (v2) replacing the one of h267-05, sent as a Gmail reply to our acknowledgement "
              "('الرجاء تعتمدوا هالنسخة بدل يلي بعتناها'), Lebanese colloquial ('منبعتلكن', 'قدام', 'هالنسخة'); "
              "'مشاركة ريم ... بتضل متل ما هي' only says the speaker stands, so not 'both' and no speaker. The "
              "Cc is now spelled right. PDF name with Arabic, digits and 'v2' (RFC 2231 + RFC 2047); on time."))


# ================================================================ 22  EN  report  BIMDS sends the forgotten annex two weeks later (Outlook, over the quote)
M22_FILE = "BIMDS_Report_Annex1_Survey_Tables.docx"


def m22():
    when = at("2021-02-15 18:05:09")
    ack = ack_mid(M08_QID)
    new = """Dear colleagues,

Going through our sent items today I realised that Annex 1 (survey tables), mentioned in my email of 2 February, was never attached - my apologies. Please find it attached now. It is part of the report we submitted and should be read together with it; the main report itself is unchanged.

Kind regards,

""" + BIMDS_SIG + "\n"
    hl = [("From:", BOXNAME), ("Sent:", "Tuesday, February 2, 2021 10:46 AM"),
          ("To:", "Sameera Al-Jishi <s.aljishi@bimds.example.bh>"), ("Subject:", ACK_SUBJ["en"] + M08_SUBJ)]
    text = new + "\n" + header_text(hl) + "\n\n" + ACK08 + "\n"
    doc = make_docx(["Bahrain Institute for Migration and Development Studies (BIMDS)",
                     "Voluntary GCM review report - Annex 1: survey tables",
                     "Table A1. Respondents by nationality and sector (n = 740)",
                     "Table A2. Recruitment fees paid, by country of origin",
                     "Table A3. End-of-service benefits received at the end of the last contract"])
    cid = "image001.png@01D703B1.4E6F2A90"
    rel = multi("related", [leaf("text/html", outlook_reply_html(new, hl, ACK08, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 84, 147))], "_004_AM6PR03MB5489C3F70E1A28B6_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR03MB5489C3F70E1A28B6_")
    body = multi("mixed", [a, attach(DOCX, doc, M22_FILE)], "_005_AM6PR03MB5489C3F70E1A28B6_")
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur03on0647.outbound.protection.outlook.example.com",
           "198.51.100.147", "4F2Vd81kXsZ3", "Sameera Al-Jishi <s.aljishi@bimds.example.bh>",
           "RE: " + ACK_SUBJ["en"] + M08_SUBJ,
           "<AM6PR03MB5489C3F70E1A28B6@AM6PR03MB5489.eurprd03.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack)]
           + outlook(ACK_SUBJ["en"] + M08_SUBJ, "AdbzT2mK9pQx4Rv7Wn1Ls5Hc8Jy3AbAMx2Tq", lang="en-GB",
                     has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 8, report_attachments=[M22_FILE],
        notes="the annex announced in h267-08 and forgotten, sent two weeks later as an Outlook reply over our "
              "quoted acknowledgement of h267-08: 'It is part of the report', so the DOCX is a report attachment "
              "and the message a voluntary report in the thread of h267-08 (as dev 037 counts an annex); the "
              "signature logo is not. On time (15 February), Date in UTC+3; the iPhone thank-you h267-09 came in "
              "between."))


# ================================================================ 23  AR  report  the Khartoum network sends its report at 23:41 on the deadline, replying to the old acknowledgement
M23_FILE = "تقرير شبكة العائدين السودانيين - الاستعراض الطوعي 2021.pdf"


def m23():
    when = at("2021-02-16 23:41:36")
    ack = ack_mid(M04_QID)
    new = """السلام عليكم

موضوع تاني غير الترشيح: مرفق ليكم التقرير الطوعي لشبكة السودانيين العائدين من دول الخليج. اتأخرنا فيهو بسبب قطوعات الكهرباء والنت الأسبوع ده، ونتمنى يكون وصل في الوقت.

التقرير بيتكلم عن أوضاع حوالي 1200 عائد سجلناهم من 2017، وعن مستحقات نهاية الخدمة والأجور المتأخرة، ووضع الأسر بعد الرجوع.

مع خالص الشكر
محمد عثمان الطيب
المنسق العام
شبكة السودانيين العائدين من دول الخليج
"""
    text = new + "\n" + ACK04_ATTR + "\n\n" + gt(ACK04) + "\n"
    pdf = rep_pdf("Voluntary GCM review report", "Network of Sudanese Returnees from the Gulf States, Khartoum",
                  ["About 1,200 returnees registered since 2017", "End-of-service benefits and unpaid wages",
                   "Families after return", "Recommendations"])
    a = alt(text, "000000000000b8e45105bb7d2f96", html=gmail_reply_html(new, ACK04_ATTR, ACK04, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "000000000000b8e45305bb7d2f98")
    m = mk(when, sent_at(when, 2, 9), "mail-pf1-f182.google.example.com", "192.0.2.182", "4F3Kc09tWmZ1",
           addr("محمد عثمان الطيب", "m.eltayeb.srn@gmail.example.com"), re_hdr("Re: ", ACK_SUBJ["ar"] + M04_SUBJ),
           "<CAJt4Rw2Qm8vZ5yD+g1Nf7Kc3sP9hLx4jW6@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 4, report_attachments=[M23_FILE],
        notes="a reply to our old acknowledgement of the speaker request h267-04 (subject 'Re: إشعار استلام - "
              "ترشيح ...') that opens a new topic ('موضوع تاني غير الترشيح'): the network's report, at 23:41 on "
              "16 February in Khartoum and Beirut (both UTC+2), on time although the sender fears it is late. A "
              "report only, no speaker (the subject and quote are about the nomination). thread_of h267-04, the "
              "thread it is filed under (References name it). Sudanese colloquial; Gmail, base64; PDF with a long "
              "Arabic name (RFC 2231 + RFC 2047)."))


# ================================================================ 24  AR  other  Sanabel asks about the status after the deadline (Gmail reply)
def m24():
    when = at("2021-02-18 10:20:03")
    ack = ack_mid(M21_QID)
    attr = "في الجمعة، 12 فبراير 2021 في 1:19 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:"
    new = """مرحبا مجدداً،

بس حابين نتطمّن: النسخة التانية من التقرير وصلتكن تمام؟ وصلنا الإشعار الآلي بس ما منعرف إذا هي يلي رح تنعتمد.

وكمان سؤال عن ريم عيتاني: هل مشاركتها بالطاولة المستديرة الأولى صارت مؤكدة؟ وإيمتى رح يوصلنا البرنامج النهائي ورابط الاتصال؟ لأنو لازم ناخد إذن من شغلها.

شكراً سلفاً،
كارلا
"""
    text = new + "\n" + attr + "\n\n" + gt(ACK21) + "\n"
    a = alt(text, "000000000000a3f91c05bb9e8d27", html=gmail_reply_html(new, attr, ACK21, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f41.google.example.com", "192.0.2.141", "4F4Rn25hLbZ7",
           addr("Karla Nassar", "karla.nassar@sanabel.example.org"), re_hdr("Re: ", ACK_SUBJ["ar"] + M21_SUBJ),
           "<CAE7nWq8Lv4pZ1wT+f2Hn9Kd6sJ3gGx5mY8@mail.gmail.example.com>", a,
           cc="Reem Itani <reem.itani@sanabel.example.org>",
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack_mid(M05_QID) + " " + M21_ID + " " + ack)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="status questions in Lebanese colloquial ('حابين نتطمّن', 'إيمتى') answering our acknowledgement of "
              "the v2 h267-21 (References name h267-05 and h267-21): did the v2 arrive, is the speaker confirmed, "
              "when do the programme and link come. Questions need an answer, so acknowledged; the speaker of "
              "h267-05 is named but not proposed again, no file. thread_of is the first message of the chain; "
              "received after both deadlines, which do not apply to a question."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
