#!/usr/bin/env python3
"""Write the blind evaluation set holdout263 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets263.py
Theme: Sahel-Maghreb transit routes and safe pathways (25 January - 18 February 2021), mail written quickly from
the field over bad connections.  An Agadez association whose first mail is cut off mid-word ('la table ron') and
sent again complete a quarter of an hour later, a Tunis family-reunification network asking questions with a
one-page outline attached, a Sabha relief association whose report acknowledgement bounces (mailbox full) so that
its president sends the report again from his Gmail by reply-all and then thanks us, a Niamey resettlement and
complementary-pathways NGO proposing its head of pathways (her out-of-office from Agadez answers), a Gao listening
centre writing from a cybercafé whose report did not upload ('ci-joint' with nothing attached) and follows two hours
later, a Tamanrasset association in Algerian Arabic proposing two speakers, a Tunis university scholarship pathway
sending a report, a brochure and two speakers, an Oujda volunteer in Darija who only wants to attend, a
humanitarian-corridors collective that decides not to propose a speaker, a research observatory forwarding the call
for speakers with its nomination on top, a Niamey network writing at 22:47 local time on the speaker deadline and
sending a second copy at 23:02 local time (00:02 in Beirut), a Sfax association in Tunisian Arabic sending a report
and a late speaker (its Gmail autoresponder answers), a labour-mobility pilot's report with a data annex, a
Nouadhibou league in Hassaniya-tinged Arabic that trusted the Arabic letter's misprinted '23 February' deadline, an
Oujda association 'resending' a report whose first copy never left its own server, and a desert search-and-rescue
team writing over a satellite link at 23:10 in Agadez (00:10 in Beirut, late).  Helpers from mailgen.py.
"""
import datetime as dt
from email.header import Header

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top,
                     exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(263)
add = SET.add
H = "h263-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
YAHOO = "WebService/1.1.17648 YMailNodin"
ROUNDCUBE = "Roundcube Webmail/1.3.15"
WIN10 = "Microsoft Windows Mail 16005.13426.20920.0"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydpa41c7e2byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def roundcube_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p%s>%s</p>\n</body></html>\n'
            % (d, inner))


def win10_html(text):
    inner = "".join('<div>%s</div>' % (esc(x) if x else "&nbsp;") for x in text.rstrip("\n").split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-GB" link="blue" vlink="#954F72"><div class="WordSection1">%s</div>'
            '</body></html>\n' % inner)


def ack_text_ar(subject, what):
    return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة "
            "والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً عند الحاجة.\n\n"
            "الاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))


# ================================================================ 01  FR  speaker  Agadez association: the mail is cut off mid-word ('la table ron')
M01_SUBJ = "Demande d'intervention ATAM Agadez"
M01_TEXT_HEAD = """Bonjour,

Je vous écris d'Agadez au nom de l'Association Tassaght pour l'Accompagnement des Migrants (ATAM). Nous travaillons depuis 2016 à la gare routière et dans les ghettos de la ville avec les migrants qui montent vers la Libye et l'Algérie, et de plus en plus avec ceux qui redescendent, refoulés ou expulsés jusqu'à Assamaka, souvent à pied dans le désert.

Suite à la lettre d'invitation reçue par notre réseau, nous voulons proposer notre coordinateur, M. Ibrahim Alhassane Mahamadou, coordinateur des programmes de protection, qui souhaiterait intervenir lors de la table ron"""
ATAM = "Association Tassaght pour l'Accompagnement des Migrants (ATAM)"


def m01():
    when = at("2021-01-25 08:52:14")
    text = M01_TEXT_HEAD
    body = alt(text, "0000000000008c4e1a05b9b2d7f1", html=android_html(text))
    m = mk(when, sent_at(when, 1, 11), "mail-qk1-f172.google.example.com", "192.0.2.172", "4DPb1Rq6Wmz2",
           "ATAM Agadez <atam.agadez@gmail.example.com>", hdr(M01_SUBJ, enc="Q"),
           "<CAJ7rTz2Wn5kQ8vB+p3Mc6Xd1sF9hGe4uL2@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ibrahim Alhassane Mahamadou", "coordinateur des programmes de protection", ATAM, ["roundtable"])],
        notes="truncated mail from the Gmail app: the text stops mid-word ('intervenir lors de la table ron'), no "
              "signature. The request is clear enough (name, title, association, a roundtable) but the roundtable "
              "number was lost: roles ['roundtable'], roundtable null. 'M.' dropped; 2016 and Assamaka are "
              "background. The complete copy follows 15 minutes later (h263-02). Date in UTC+1 (Niger)."))


# ================================================================ 02  FR  speaker  the same mail sent again complete (roundtable 2)
def m02():
    when = at("2021-01-25 09:07:40")
    subj = M01_SUBJ + " (message complet)"
    text = """Bonjour,

Excusez-moi, mon premier message est parti coupé, le réseau ne tient pas ce matin. Je le renvoie en entier, merci de ne pas tenir compte du précédent.

""" + M01_TEXT_HEAD + """de n°2, sur les voies de migration sûres et régulières. M. Mahamadou suit au quotidien les personnes refoulées d'Algérie qui arrivent à Assamaka et les dossiers que nous orientons vers la réinstallation. Il parle français, haoussa et tamasheq.

Si la connexion le permet il participera en ligne depuis Agadez, sinon depuis le bureau d'une ONG partenaire à Niamey.

Merci d'avance et bonne journée,

Aminatou Souley
Chargée de communication
ATAM – Agadez, Niger
+227 90 00 00 00
"""
    body = alt(text, "000000000000e2b57f05b9b30f42", html=android_html(text))
    m = mk(when, sent_at(when, 1, 9), "mail-qk1-f175.google.example.com", "192.0.2.175", "4DPbN03Ktsz7",
           "ATAM Agadez <atam.agadez@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAJ7rTz4Hc8mP1wD+q6Nb2Ys5kG3jFe9vR7@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ibrahim Alhassane Mahamadou", "coordinateur des programmes de protection", ATAM, ["roundtable"], 2)],
        thread_of=H % 1,
        notes="complete copy of the truncated h263-01, sent as a new message (no In-Reply-To; subject + '(message "
              "complet)'): 'merci de ne pas tenir compte du précédent'. Same speaker, now with 'la table ronde n°2' "
              "(the copied text of h263-01 runs on into the missing end of the sentence). The signer is the "
              "communication officer, not the speaker; 'M.' dropped; Niamey is only a place to connect from."))


# ================================================================ 03  EN  other  Tunis family-reunification network: questions, with an outline attached
M03_OUTLINE = "MFRLAN_report_outline_draft.pdf"


def m03():
    when = at("2021-01-26 11:40:05")
    subj = "Questions before we submit - family reunification as a safe pathway"
    text = """Dear Secretariat,

We are a network of lawyers and caseworkers in Tunis, Sfax and Medenine who help refugees and migrants rejoin their family members, mostly in Europe and Canada, and sometimes the other way round, when a husband stuck in Sabha or Agadez is trying to reach his wife and children in Tunisia.

We would like to contribute a voluntary GCM review report on family reunification as a safe pathway, and before we start writing we have three questions:

1. Can the report be based on anonymised case files (about 90 cases since 2019)? Some clients agreed to be quoted by first name only.
2. Our partner in Niamey works with the same families on the other side of the route. Can we submit one joint report even though Niger is not in the Arab region?
3. Is there a page limit or a template?

I attach a one-page outline of what we have in mind - any comments are welcome. We expect to send the full report around 12 February, once our steering committee has approved it.

Best regards,

Hela Gharbi
Legal Coordinator
Maghreb Family Reunification Legal Aid Network (MFRLAN)
Tunis
"""
    outline = make_pdf(["MFRLAN - draft outline (not for circulation)", "Family reunification as a safe pathway",
                        "1. Who we assist (c. 90 cases, 2019-2020)", "2. Documents lost on the route",
                        "3. DNA tests, fees and embassy appointments", "4. Families split between Libya, Niger, Tunisia",
                        "5. Recommendations (to be drafted)"])
    a = alt(text, "0000000000004f7c2b05b9c6a1e8", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", outline, M03_OUTLINE)], "0000000000004f7c2d05b9c6a1ea")
    m = mk(when, sent_at(when, 1, 8), "mail-wr1-f53.google.example.com", "192.0.2.153", "4DQ3xM7bVkz1",
           "Hela Gharbi <hela.gharbi.mfrlan@gmail.example.com>", subj,
           "<CAK2bWq7Tn4vR9xL+m1Pc8Zd3sH6jEf2yN5@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions before writing a report (anonymised cases? a joint report with a partner outside the "
              "region? page limit?) with a PDF attached that is only a one-page outline 'for comments': the report "
              "itself is expected 'around 12 February', so nothing is submitted and the PDF is not a report. No "
              "speaker. Gmail, Date in UTC+1; 90 cases and 2019 are background."))


# ================================================================ 04  AR  report  Sabha relief association: PDF from a Libyan webmail (Cc the president)
M04_ID = "<8c1e5a0f3b27d94e6a0c71b5f2d83e19@ltt.example.ly>"
M04_SUBJ = "التقرير الطوعي لجمعية الواحة للإغاثة والتنمية - سبها"
M04_QID = "4DQs0Fh8Wnz5"
M04_FILE = "تقرير جمعية الواحة - المهاجرون العابرون في الجنوب الليبي.pdf"
M04_FROM = "alwaha.relief@ltt.example.ly"
M04_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لجمعية الواحة للإغاثة والتنمية بسبها حول أوضاع المهاجرين العابرين في الجنوب الليبي: أماكن الاحتجاز غير الرسمية، وطريق القطرون - سبها، والمهاجرين اللي تقطعت بيهم السبل بعد إغلاق الحدود مع النيجر وتشاد بسبب كورونا، وإمكانية الإجلاء الإنساني وفتح ممرات آمنة للحالات الأكثر هشاشة.

التقرير معمول بالتعاون مع متطوعين في أم الأرانب والقطرون، وفيه شهادات جمعناها بين أكتوبر وديسمبر 2020.

النت عندنا ضعيف ياسر والكهرباء تقطع، لو الملف ما وصلش كامل نرجو تعلمونا.

مع التحية
أسماء التباوي
أمينة سر جمعية الواحة للإغاثة والتنمية
سبها - ليبيا
"""


def m04():
    when = at("2021-01-27 14:03:22")
    pdf = rep_pdf("Voluntary GCM review report", "Al-Waha Association for Relief and Development, Sabha (Libya)",
                  ["Informal places of detention in the South", "The Qatrun - Sabha road",
                   "Stranded after the border closures of 2020", "Humanitarian evacuation and safe corridors",
                   "Testimonies (October - December 2020)", "Recommendations"])
    a = alt(M04_TEXT, "=_b81f09d3c6a2e45f70d1c8e93a4b2f61", html=roundcube_html(M04_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "=_4e7a2c90f1b35d68a0c2e71f94b3d5a8")
    m = mk(when, sent_at(when, 2, 14), "webmail.ltt.example.ly", "41.208.70.14", M04_QID,
           addr("جمعية الواحة للإغاثة والتنمية", M04_FROM), hdr(M04_SUBJ), M04_ID, body,
           cc="Mukhtar Elgadi <mukhtar.elgadi@gmail.example.com>", extra=[("User-Agent", ROUNDCUBE)])
    add(4, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="report of a Sabha relief association (PDF with a long Arabic name, RFC 2231 + RFC 2047) sent from a "
              "Libyan ISP webmail (Roundcube, base64, RTL HTML) with the president's Gmail in Cc; MSA mixed with "
              "Libyan dialect ('اللي تقطعت بيهم', 'ضعيف ياسر', 'ما وصلش'). Our acknowledgement bounces (mailbox "
              "full, h263-05) and the president sends the report again (h263-06). Date in UTC+2."))


# ================================================================ 05  EN  bounce  our acknowledgement of 04: mailbox full
def m05():
    when = at("2021-01-27 14:04:10")
    rcpt = M04_FROM
    text = POSTFIX_NOTICE + """
<%s>: host mx.ltt.example.ly[41.208.70.20] said: 552 5.2.2
    <%s>: Recipient address rejected: Mailbox full (quota
    exceeded) (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DQs1Bv2Gkz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.ltt.example.ly\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Recipient address rejected: Mailbox\n"
           "    full (quota exceeded)\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, rcpt))
    subj = Header("إشعار استلام - " + M04_SUBJ, "utf-8").encode()
    frm = Header("جمعية الواحة للإغاثة والتنمية", "utf-8").encode()
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: base64\n"
            % (frm, rcpt, subj, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M04_QID), M04_ID, M04_ID))
    body = dsn_report(text, dsn, hdrs, "4DQs1Xn4Pdz3.1611749050/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DQs1Xn4Pdz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210127120410.4DQs1Xn4Pdz3@mx1.iom.int>")]
    add(5, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2, mailbox full) for our acknowledgement of h263-04: the returned headers "
              "carry the Arabic subject of the report (RFC 2047) and the association's Arabic name. It explains "
              "why the association never saw our answer and sends the report again (h263-06). Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 06  AR  report  second copy from the president's Gmail, by reply-all
M06_ID = "<CAE9kLp3Vw7nR2xT+b5Qd1Mc8sJ4hFy6gK0@mail.gmail.example.com>"
M06_SUBJ_TEXT = M04_SUBJ
M06_QID = "4DRm7Yq3Hcz8"


def m06():
    when = at("2021-01-29 09:18:51")
    text = """السلام عليكم ورحمة الله

نعاودو نبعتولكم التقرير مرة ثانية، لأن من يوم 27 ما جاناش حتى رد، وبعدين لقينا إن بريد الجمعية مليان وما عادش يستقبل، فيمكن ردكم رجع.

الملف مرفق مرة ثانية، نفس التقرير ما تبدل فيه شي. لو وصلكم المرة الأولى اعتبروا هذي نسخة مكررة، وسامحونا على الإزعاج.

الرجاء تردو على الإيميل هذا متاعي لين نفضّو بريد الجمعية.

المختار القاضي
رئيس جمعية الواحة للإغاثة والتنمية
سبها

في الأربعاء، 27 يناير 2021 في 2:03 م جمعية الواحة للإغاثة والتنمية <%s> كتب:

""" % M04_FROM + gt(M04_TEXT) + "\n"
    pdf = rep_pdf("Voluntary GCM review report", "Al-Waha Association for Relief and Development, Sabha (Libya)",
                  ["Informal places of detention in the South", "The Qatrun - Sabha road",
                   "Stranded after the border closures of 2020", "Humanitarian evacuation and safe corridors",
                   "Testimonies (October - December 2020)", "Recommendations"])
    a = alt(text, "000000000000a93d6e05b9f1c2b7", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "000000000000a93d7005b9f1c2b9")
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f46.google.example.com", "192.0.2.46", M06_QID,
           addr("Mukhtar Elgadi", "mukhtar.elgadi@gmail.example.com"), re_hdr("Re: ", M06_SUBJ_TEXT), M06_ID, body,
           cc=addr("جمعية الواحة للإغاثة والتنمية", M04_FROM),
           extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE], thread_of=H % 4,
        notes="second copy of the report of h263-04 sent because 'ما جاناش حتى رد' (our acknowledgement bounced, "
              "h263-05): Gmail reply-all from the president's personal address (the Cc of h263-04; In-Reply-To names "
              "it), same PDF bytes re-attached, 'نفس التقرير ما تبدل فيه شي ... اعتبروا هذي نسخة مكررة'. Still the "
              "same submission: report, linked to the first. He asks for the answer at this address. Libyan dialect; "
              "the quoted first mail repeats the report text. Date in UTC+2."))


# ================================================================ 07  EN  speaker  Niamey resettlement/complementary pathways NGO, speaker in Cc
M07_ID = "<DB7PR02MB4713A8E2C5F9B160@DB7PR02MB4713.eurprd02.prod.outlook.example.com>"
M07_SUBJ = "Speaker proposal - Pathways to Protection Niger (Roundtable 3)"
M07_QID = "4DRnB62Vxqz4"
P2P = "Pathways to Protection Niger (P2P Niger)"


def m07():
    when = at("2021-01-29 16:22:30")
    text = """Dear colleagues,

Pathways to Protection Niger (P2P Niger) would like to propose Dr Hadiza Moussa Garba, our Head of Resettlement and Complementary Pathways, for a floor intervention in Roundtable 3.

Hadiza has run our resettlement and complementary pathways caseload in Niamey and Agadez since 2017: people evacuated from detention in Libya, people expelled from Algeria and left at the border, and more recently the first labour mobility and scholarship placements for refugees in Niger. She can speak to what it takes to turn a very small number of places into a predictable pathway, and to what happens to the many who are not selected.

Hadiza is copied here. She is in the field for the coming days and her connectivity will be limited; I am happy to act as the contact point in the meantime.

Best regards,

Elodie Marchetti
Country Director
Pathways to Protection Niger (P2P Niger)
Quartier Plateau, Niamey, Niger
+227 20 00 00 00
"""
    cid = "image001.png@01D6F64A.3B9E2C10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (210, 120, 20))], "_004_DB7PR02MB4713A8E2C5F9B160_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB7PR02MB4713A8E2C5F9B160_")
    m = mk(when, sent_at(when, 1, 9), "mail-db7eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M07_QID, "Elodie Marchetti <e.marchetti@p2p-niger.example.org>", M07_SUBJ, M07_ID, body,
           cc="Hadiza Moussa Garba <h.garba@p2p-niger.example.org>",
           extra=outlook(M07_SUBJ, "AdbzYu2Pk9Lm4Nq7Rt1Vw3Xy5Za8Bc==", lang="en-GB"))
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hadiza Moussa Garba", "Head of Resettlement and Complementary Pathways", P2P, ["roundtable"], 3)],
        notes="country director proposes a colleague (in Cc) for 'Roundtable 3'; 'Dr' (no full stop) dropped; the "
              "signer is not the speaker. Labour mobility and scholarship placements are part of her work, not "
              "roles. Outlook related part with an inline logo; her Exchange out-of-office answers our "
              "acknowledgement (h263-08). Date in UTC+1."))


# ================================================================ 08  EN  auto_reply  the speaker's out-of-office from the field
def m08():
    when = at("2021-01-29 16:23:48")
    text = """Thank you for your email. I am on mission in Agadez and Arlit until Tuesday 9 February with very limited connectivity, and will reply when I am back in Niamey.

For urgent resettlement matters, please contact Moussa Ibrahim Kane, Senior Resettlement Caseworker (m.kane@p2p-niger.example.org). For the GCM Regional Review, please contact Elodie Marchetti, Country Director.

Hadiza Moussa Garba
Head of Resettlement and Complementary Pathways
Pathways to Protection Niger (P2P Niger)
"""
    body = alt(text, "_000_DB7PR02MB4713OOF61C2A9E4_", html=outlook_html(text, lang="EN-GB"))
    rows = exchange_ooo_rows(when, "mail-db7eur02on0614.outbound.protection.outlook.example.com", "198.51.100.114",
                             "4DRnC35Lmbz0", "Hadiza Moussa Garba <h.garba@p2p-niger.example.org>",
                             "<DB7PR02MB47139D3F0A6B2E71@DB7PR02MB4713.eurprd02.prod.outlook.example.com>",
                             M07_SUBJ, M07_ID, ack_mid(M07_QID), "en-GB", (1, 3))
    add(8, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker of h263-07 (she was in Cc) answering our acknowledgement 78 "
              "seconds later ('Automatic reply:' + our subject, which contains 'Speaker proposal' and 'Roundtable "
              "3'): signed with her name and title and naming a caseworker with his title, so it looks like a "
              "proposal. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  AR  other  the Sabha president thanks us (reply to our acknowledgement of 06)
def m09():
    when = at("2021-01-29 21:05:33")
    ack = ack_mid(M06_QID)
    ack_subj = "إشعار استلام - Re: " + M06_SUBJ_TEXT
    ack_body = ack_text_ar("Re: " + M06_SUBJ_TEXT, "التقرير الطوعي المرفق بها")
    text = """الحمد لله وصل أخيراً 🙏
يعطيكم الصحة على الرد، وربي يوفقكم في المؤتمر.

المختار

في الجمعة، 29 يناير 2021 في 9:19 ص GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:

""" + gt(ack_body) + "\n"
    body = alt(text, "0000000000003e8b1c05ba00f6d4", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f52.google.example.com", "192.0.2.52", "4DRwK18Tpcz6",
           addr("Mukhtar Elgadi", "mukhtar.elgadi@gmail.example.com"), re_hdr("Re: ", ack_subj),
           "<CAE9kLp6Qz1mT4wN+c8Rd3Vb7sK2jGy5hL9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", " ".join([M04_ID, M06_ID, ack]))])
    add(9, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="two-line thank-you (with an emoji) answering our acknowledgement of h263-06: adds nothing, so no "
              "acknowledgement. References name h263-04 and h263-06; thread_of is the first of the chain "
              "(h263-04). The quoted acknowledgement mentions the voluntary report."))


# ================================================================ 10  FR  report  Gao listening centre from a cybercafé: 'ci-joint' but nothing attached
M10_ID = "<1612005001844.2209731@mail.yahoo.example.com>"
M10_SUBJ = "Rapport volontaire - Centre d'Écoute et d'Orientation des Migrants de Gao"
M10_TEXT = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Centre d'Écoute et d'Orientation des Migrants de Gao (CEOM-Gao) pour l'examen régional du Pacte mondial.

Notre centre accueille chaque mois entre 300 et 600 personnes : des jeunes qui partent vers l'Algérie par Kidal et Tinzaouatène, et des refoulés qui reviennent à pied ou en camion, souvent sans rien. Le rapport parle de l'insécurité sur la route, de l'absence de voies légales, et de ce que pourraient apporter des programmes de mobilité de travail ou des bourses d'études pour les jeunes de la région.

Nous vous écrivons depuis un cybercafé, la connexion est très lente. Merci de nous confirmer la bonne réception.

Cordialement,

Abdoulaye Maïga
Secrétaire administratif
CEOM-Gao, Mali
"""


def m10():
    when = at("2021-01-30 13:10:05")
    a = alt(M10_TEXT, "----=_Part_2209730_1475208315.1612005001843", html=yahoo_html(M10_TEXT))
    m = mk(when, sent_at(when, 0, 4), "sonic302-19.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4DSK2gT0Rvz6", "CEOM Gao <ceom.gao@yahoo.example.fr>", hdr(M10_SUBJ, enc="Q"), M10_ID, a,
           extra=[("X-Mailer", YAHOO)])
    add(10, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="'Veuillez trouver ci-joint le rapport' but nothing is attached (the upload failed on a cybercafé "
              "connection): recorded as a report submission with no attachment, as for forgotten attachments; the "
              "file follows as a reply (h263-11). Yahoo, multipart/alternative only; 300-600 people a month are "
              "not event data. Date in UTC+0 (Mali)."))


# ================================================================ 11  FR  report  the Gao report follows as a reply, 'version allégée'
M11_FILE = "Rapport CEOM-Gao version allégée.pdf"


def m11():
    when = at("2021-01-30 15:44:37")
    text = """Bonjour,

La pièce jointe n'est pas partie avec mon message de midi : le téléchargement s'est arrêté et Yahoo a envoyé le message sans le fichier. Voici le rapport en PDF, dans une version allégée (nous avons retiré les photos pour que ça passe).

Merci et excusez-nous pour le double envoi.

Abdoulaye Maïga
CEOM-Gao


Le samedi 30 janvier 2021 à 11:10:01 UTC, CEOM Gao <ceom.gao@yahoo.example.fr> a écrit :


""" + gt(M10_TEXT) + "\n"
    pdf = rep_pdf("Rapport volontaire - CEOM-Gao (version allegee, sans photos)",
                  "Centre d'Ecoute et d'Orientation des Migrants de Gao, Mali",
                  ["Qui passe par Gao", "La route de Kidal et Tinzaouatene", "Les refoules d'Algerie",
                   "Absence de voies legales", "Mobilite de travail et bourses : propositions"])
    a = alt(text, "----=_Part_2231457_903816624.1612014272390", html=yahoo_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M11_FILE)],
                 "----=_Part_2231456_1128074519.1612014272389")
    m = mk(when, sent_at(when, 0, 5), "sonic305-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DSPm51Hbwz3", "CEOM Gao <ceom.gao@yahoo.example.fr>", hdr("Re: " + M10_SUBJ, enc="Q"),
           "<1612014272390.2231458@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID), ("X-Mailer", YAHOO)])
    add(11, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M11_FILE], thread_of=H % 10,
        notes="the missing attachment of h263-10, sent two and a half hours later as a Yahoo reply quoting the first "
              "mail (whose 'ci-joint' is repeated in the quote); a lighter PDF without photos (accented name, RFC "
              "2231 + RFC 2047). Same submission, linked to h263-10. Date in UTC+0."))


# ================================================================ 12  AR  speaker  Tamanrasset association in Algerian Arabic: two speakers
def m12():
    when = at("2021-02-01 19:25:12")
    subj = "طلب مشاركة - جمعية أمل الصحراء تمنراست"
    text = """السلام عليكم ورحمة الله

خاوتي في أمانة الاستعراض الإقليمي، نكتبلكم من تمنراست باسم جمعية أمل الصحراء للتضامن والإغاثة. الجمعية خدامة من 2014 مع المهاجرين اللي جايين من النيجر ومالي، كاين اللي حابين يطلعو للشمال وكاين اللي راهم هنا من سنين يخدمو في البني والفلاحة، ومؤخراً كاين بزاف ديال العائلات اللي ترحلو لعين قزام ومن بعد للحدود.

حبينا نشاركو في الاستعراض بزوج:

- أنا شخصياً عبد القادر أق حمادي، رئيس الجمعية، نحب ناخذ الكلمة في النقاش المفتوح نهار 23 فيفري، على الطريق بين أغاديس وتمنراست وواش يصرا فيها.
- والدكتورة نسيمة بلعيد، طبيبة عامة متطوعة في الجمعية، تحب تتدخل في المائدة المستديرة الأولى على صحة المهاجرين في العبور، خاصة النساء الحوامل والأطفال.

ماعندناش تقرير مكتوب للأسف، الوقت ما كفاناش.

الانترنت هنا ضعيفة بزاف، إذا ما وصلتكمش الرسالة مليحة عاودو كتبولنا.

بارك الله فيكم
عبد القادر أق حمادي
رئيس جمعية أمل الصحراء للتضامن والإغاثة - تمنراست
0661 00 00 00
"""
    a = alt(text, "000000000000c71e4a05ba4b9d03", html=android_html(text).replace('dir="auto"', 'dir="rtl"'),
            b64=True)
    m = mk(when, sent_at(when, 1, 13), "mail-vs1-f68.google.example.com", "192.0.2.68", "4DTvR04Nkdz9",
           addr("Abdelkader Ag Hamadi", "amel.sahara.tam@gmail.example.com"), hdr(subj),
           "<CAN3vBq8Lx2kP7wR+d4Tm9Yc1sF6hJe3zQ5@mail.gmail.example.com>", a)
    amel = "جمعية أمل الصحراء للتضامن والإغاثة"
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد القادر أق حمادي", "رئيس الجمعية", amel, ["open_discussion"]),
        sp("نسيمة بلعيد", "طبيبة عامة متطوعة", amel, ["roundtable"], 1)],
        notes="Algerian Arabic typed on a phone ('خاوتي', 'حبينا نشاركو', 'ماعندناش', 'فيفري'): the sender "
              "proposes himself ('أنا شخصياً ... رئيس الجمعية') for the open discussion ('النقاش المفتوح نهار 23 "
              "فيفري') and a volunteer doctor for 'المائدة المستديرة الأولى'; 'الدكتورة' dropped; the Latin From "
              "name; '- تمنراست' after the association is the city. 'ماعندناش تقرير' rules out 'both'. Date UTC+1."))


# ================================================================ 13  EN  both  Tunis university scholarship pathway: report + brochure, two speakers
M13_REPORT = "CIAS_SSCP_Voluntary_GCM_Review_Report_2021.docx"
M13_BROCHURE = "SSCP_Brochure_2020-2021.pdf"


def m13():
    when = at("2021-02-02 10:05:48")
    subj = "CIAS submission - Sahel Scholars Complementary Pathway: voluntary report and speakers"
    text = """Dear GCM Regional Review Secretariat,

On behalf of the Carthage Institute of Advanced Studies (CIAS), I am pleased to share our voluntary GCM review report on the Sahel Scholars Complementary Pathway (SSCP), attached as a Word file.

Since 2019 the SSCP has brought 64 refugee and displaced students from Niger, Mali and Chad to Tunis on full master's scholarships, with a study visa, housing and a 12-month post-study work permit. The report covers what worked (a joint admissions committee with partner NGOs in Niamey and Agadez, the waiver of apostilles for documents lost on the route) and what did not (students whose families are still in Sabha, visa renewals during the pandemic, and the absence of any family reunification channel for scholars).

The programme brochure is also attached for background; it is not part of the report.

We would also like to propose two speakers:
- Prof. Mehdi Zouari, Academic Director of the SSCP, to serve as rapporteur delivering the stakeholders' key messages;
- Ms. Fatouma Hamani Issa, SSCP scholar and MSc student in Public Health, to take part in the open discussion on 23 February.

Kind regards,

Rim Ayari
Programme Officer, International Partnerships
Carthage Institute of Advanced Studies (CIAS)
Tunis, Tunisia
"""
    doc = make_docx(["Carthage Institute of Advanced Studies (CIAS)",
                     "Voluntary GCM review report - Sahel Scholars Complementary Pathway (SSCP)",
                     "1. The pathway: 64 scholars since 2019", "2. Admissions with partner NGOs in Niamey and Agadez",
                     "3. Documents lost on the route", "4. Visas, work permits and families left behind",
                     "5. Recommendations on GCM Objective 5"])
    brochure = make_pdf(["SAHEL SCHOLARS COMPLEMENTARY PATHWAY 2020-2021", "Full master's scholarships in Tunis",
                         "Who can apply - How to apply - Partner NGOs", "Contact: sscp@cias.example.tn"])
    cid = "image001.png@01D6F94E.2C7A5D30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (120, 20, 60))], "_006_PR3P191MB0874C2E9A1D7F35B_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR3P191MB0874C2E9A1D7F35B_")
    body = multi("mixed", [a, attach(DOCX, doc, M13_REPORT), attach("application/pdf", brochure, M13_BROCHURE)],
                 "_007_PR3P191MB0874C2E9A1D7F35B_")
    m = mk(when, sent_at(when, 1, 10), "mail-pr3fra01on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4DVf9Kp2Wtz1", "Rim Ayari <rim.ayari@cias.example.tn>", subj,
           "<PR3P191MB0874C2E9A1D7F35B@PR3P191MB0874.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcAt7Bn2Mq5Xw8Ys1Zr4Kp6Lo9Ij==", lang="en-US", has_attach="yes"))
    cias = "Carthage Institute of Advanced Studies (CIAS)"
    add(13, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mehdi Zouari", "Academic Director of the SSCP", cias, ["rapporteur"]),
        sp("Fatouma Hamani Issa", "SSCP scholar and MSc student in Public Health", cias, ["open_discussion"])],
        report_attachments=[M13_REPORT],
        notes="a university's complementary-pathway programme: the DOCX is the report, the PDF brochure is "
              "explicitly 'not part of the report', the inline logo is a signature image. Two speakers in a dashed "
              "list, 'Prof.' and 'Ms.' dropped; titles as written ('Academic Director of the SSCP', a student's "
              "'SSCP scholar and MSc student in Public Health'); rapporteur described as 'delivering the "
              "stakeholders' key messages'. Both parts on time (2 February). Outlook, Date UTC+1."))


# ================================================================ 14  AR  other  Oujda volunteer in Darija: only wants to attend
def m14():
    when = at("2021-02-03 21:14:09")
    subj = "بغينا نحضرو المؤتمر"
    text = """السلام عليكم،

أنا سميتي يوسف بنعلي، متطوع ف جمعية الشروق لمساعدة المهاجرين بوجدة، ومعايا سلمى الزروالي، منسقة الأنشطة ف نفس الجمعية. شفنا الإعلان ديال المؤتمر على الفيسبوك.

بغينا غير نحضرو ونسمعو، ماشي باش نهضرو ولا نقدمو شي مداخلة، وما عندناش حتى تقرير. الجمعية كتخدم مع المهاجرين اللي داخلين من الحدود ومع اللي بغاو يرجعو لبلادهم.

واش خاصنا نتسجلو ف شي بلاصة؟ وفين غادي نلقاو الرابط ديال زووم؟ وواش كاينة ترجمة للفرنسية؟

شكرا بزاف
يوسف

Envoyé de mon iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 1, 7), "mail.menara.example.ma", "196.200.131.44", "4DWq6Zc8Jnz2",
           addr("Youssef Benali", "youssef.benali.oj@menara.example.ma"), hdr(subj),
           "<7C3E1B94-5A20-4D8F-9E61-B2F04A7D3C85@menara.example.ma>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Moroccan Darija from an iPhone (French locale signature): two volunteers who only want to attend "
              "('بغينا غير نحضرو ونسمعو، ماشي باش نهضرو'), asking about registration, the Zoom link and French "
              "interpretation. Names and a title (منسقة الأنشطة) are given but nobody is proposed to speak and "
              "'ما عندناش حتى تقرير'. Plain text base64, Date in UTC+1."))


# ================================================================ 15  FR  other  humanitarian-corridors collective decides not to propose a speaker
def m15():
    when = at("2021-02-04 12:30:27")
    subj = "Réponse à l'invitation – Collectif Couloirs Humanitaires Sahel–Europe"
    text = """Madame, Monsieur,

Merci pour l'invitation à l'examen régional, qui nous a été transmise par nos partenaires de Niamey.

Notre collectif regroupe neuf associations et paroisses qui, depuis 2018, accueillent en France des réfugiés évacués de Libye vers le Niger puis réinstallés par des couloirs humanitaires : 212 personnes à ce jour, dont 48 en 2020 malgré la pandémie.

Nous avions envisagé de proposer notre coordinatrice, Mme Bénédicte Varenne, pour une intervention en table ronde. Après discussion en bureau, nous ne proposerons finalement pas d'intervenant : nos partenaires nigériens et les personnes réinstallées elles-mêmes sont mieux placés que nous pour en parler, et nous avons encouragé le réseau RENIMOS à le faire. Nous n'enverrons pas non plus de rapport distinct.

Mme Varenne souhaiterait en revanche suivre les travaux des 24 et 25 février en tant qu'observatrice, en ligne. Pourriez-vous nous indiquer la marche à suivre ?

Bien cordialement,

Jean-Marc Duvivier
Secrétaire du bureau
Collectif Couloirs Humanitaires Sahel–Europe (CCHSE)
Lyon
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.cchse.example.fr", "203.0.113.61", "4DXc4Nw1Hgz5",
           "Jean-Marc Duvivier <secretariat@cchse.example.fr>", hdr(subj, enc="Q"),
           "<e5a73c1f-28d4-4b96-a0f7-6c93d1e4b852@cchse.example.fr>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="turns on one sentence: the collective had 'envisagé de proposer notre coordinatrice, Mme Bénédicte "
              "Varenne, pour une intervention en table ronde' but 'nous ne proposerons finalement pas "
              "d'intervenant' and sends no report; she only wants to follow the conference as an observer, so a "
              "question to answer (acknowledged), no speaker. 212 and 48 people are background; RENIMOS is the "
              "network that writes at h263-17. Thunderbird, format=flowed, 8bit."))


# ================================================================ 16  EN  speaker  observatory forwards the call for speakers with its nomination on top
def m16():
    when = at("2021-02-05 17:36:20")
    subj = "FW: Call for speakers - GCM Regional Review, Arab region (deadline 5 Feb)"
    text = """Dear colleagues,

Sorry for the last-minute nomination - our field team only got back from Medenine and Ben Gardane last night. Following the call below, NAMMO would like to propose:

Name: Dr. Aya Mansouri-Keita
Title: Senior Researcher, Sahel–Maghreb Routes
Organisation: North Africa Mixed Movements Observatory (NAMMO)
Requested role: floor intervention in the plenary. If a rapporteur is still needed, Aya would be happy to take that on as well.

Aya leads our panel survey of some 1,400 people on the move between Agadez, Sabha and Sfax, interviewed three times since 2019.

Many thanks,
Karim Jaziri
Communications & Partnerships Officer
NAMMO | Tunis

From: Tunisia Migration Forum <forum@tmf.example.tn>
Sent: Monday, February 1, 2021 9:14 AM
To: TMF members <members@tmf.example.tn>
Subject: Call for speakers - GCM Regional Review, Arab region (deadline 5 Feb)

Dear members,

The Regional Review of the Global Compact for Migration in the Arab region will hold a multi-stakeholder consultation on 23 February and a conference on 24-25 February 2021. Stakeholders may request a speaking role: taking part in the open discussion of the consultation, delivering the stakeholders' key messages as rapporteur, or making a floor intervention in the plenary or in one of the four thematic roundtables.

Requests giving the speaker's name, title and organisational affiliation should be sent to gcmrrarabstates@iom.int by Friday 5 February 2021. Voluntary GCM review reports may be sent to the same address by 16 February.

Best,
TMF secretariat
"""
    body = alt(text, "_000_AM0PR10MB2964E7B1C4A2D058_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 1, 8), "mail-am0eur10on0601.outbound.protection.outlook.example.com",
           "198.51.100.101", "4DYt8Rb5Qmz0", "Karim Jaziri <k.jaziri@nammo.example.org>", subj,
           "<AM0PR10MB2964E7B1C4A2D058@AM0PR10MB2964.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW+Fp3Yb8Nk2Lm5Qr7Ts9Vw1Xz4AAJc6Rw==", lang="en-US"))
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Aya Mansouri-Keita", "Senior Researcher, Sahel–Maghreb Routes",
           "North Africa Mixed Movements Observatory (NAMMO)", ["plenary", "rapporteur"])],
        notes="forwarded call for speakers (Outlook 'FW:', unquoted forward header) with the nomination on top in "
              "labelled lines: 'Dr.' dropped, hyphenated surname, a title with a comma and an en dash. Roles only "
              "from the new text: plenary, plus a conditional rapporteur offer ('If a rapporteur is still needed'); "
              "the forwarded call lists every role and both deadlines and must not add roles or a report. Sent "
              "17:36 on the speaker deadline (on time). Date UTC+1."))


# ================================================================ 17  FR  speaker  Niamey network at 22:47 local time on the speaker deadline
M17_SUBJ = "Demande de prise de parole RENIMOS"
M17_TEXT = """Bonsoir,
Désolée pour l'heure tardive, on a eu une coupure d'électricité toute la journée à Niamey et le réseau vient juste de revenir.
Le Réseau Nigérien pour une Mobilité Sûre (RENIMOS) souhaite proposer Mme Hamsatou Boubacar Maïga, présidente de notre réseau, pour une intervention en séance plénière le 24 ou le 25 février. Le RENIMOS regroupe 27 associations de Niamey, Tahoua, Zinder et Agadez qui travaillent sur la migration sûre, le retour et la réintégration, et accompagne des familles de réfugiés réinstallés par les couloirs humanitaires.
Merci de nous confirmer la réception.
Salamatou Idrissa
Chargée de programmes, RENIMOS
Niamey
"""
RENIMOS = "Réseau Nigérien pour une Mobilité Sûre (RENIMOS)"


def m17():
    when = at("2021-02-05 23:47:12")
    body = alt(M17_TEXT, "000000000000b5a9f205baa1c3e6", html=android_html(M17_TEXT))
    m = mk(when, sent_at(when, 1, 14), "mail-lf1-f51.google.example.com", "192.0.2.51", "4DZ5Wc1Kxtz8",
           "Salamatou Idrissa <salamatou.renimos@gmail.example.com>", hdr(M17_SUBJ, enc="Q"),
           "<CAM8tHn5Rq2wK7xV+e1Lb4Yc9sD3gFz6kP2@mail.gmail.example.com>", body)
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamsatou Boubacar Maïga", "présidente", RENIMOS, ["plenary"])],
        notes="typed on a phone after a power cut, received at 23:47 on the speaker deadline (22:47 in Niamey, "
              "Date UTC+1): on time. 'Mme' dropped; title as written ('présidente de notre réseau' -> "
              "'présidente'); 'séance plénière le 24 ou le 25' = plenary; 27 associations is background. The "
              "sender is a programme officer, not the speaker. A second copy follows at 00:02 Beirut time "
              "(h263-18)."))


# ================================================================ 18  FR  speaker  the second copy of 17: 23:02 in Niamey, 00:02 in Beirut
def m18():
    when = at("2021-02-06 00:02:31")
    subj = M17_SUBJ + " (2e envoi)"
    text = """Bonsoir, je renvoie mon message car je ne le vois pas dans les éléments envoyés, il est peut-être resté bloqué. Excusez-nous s'il vous arrive deux fois. On est toujours le 5 ici !

""" + M17_TEXT
    body = alt(text, "0000000000001d7e3b05baa1fb59", html=android_html(text))
    m = mk(when, sent_at(when, 1, 12), "mail-lf1-f44.google.example.com", "192.0.2.44", "4DZ5sJ7Pvbz1",
           "Salamatou Idrissa <salamatou.renimos@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAM8tHn7Vw4pL1zX+f3Nc6Zd2sE8hGy9mQ4@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hamsatou Boubacar Maïga", "présidente", RENIMOS, ["plenary"])],
        thread_of=H % 17,
        notes="second copy of h263-17 sent because the first 'seemed lost' (not in the phone's sent folder): new "
              "message, no In-Reply-To, subject + '(2e envoi)', same speaker. Received at 00:02:31 on 6 February in "
              "Beirut (23:02 on the 5th in Niamey, 'On est toujours le 5 ici !'): this copy is late, although the "
              "first one (h263-17) arrived on time and stands. Linked to h263-17."))


# ================================================================ 19  AR  both  Sfax association in Tunisian Arabic: report DOCX + a speaker (late)
M19_ID = "<CAG4pXs9Wm3nT6vK+a2Rc7Lb1sQ8dHy5jE4@mail.gmail.example.com>"
M19_SUBJ = "التقرير الطوعي ومقترح متدخلة - جمعية المرفأ صفاقس"
M19_QID = "4F0Hr62Tkyz4"
M19_FILE = "تقرير جمعية المرفأ - المهاجرون العالقون في صفاقس.docx"


def m19():
    when = at("2021-02-08 11:20:45")
    text = """عسلامة،

نبعثولكم مع هالإيميل التقرير الطوعي متاع جمعية المرفأ للتضامن والهجرة بصفاقس (ملف وورد). التقرير يحكي على وضعية المهاجرين من أفريقيا جنوب الصحراء اللي عالقين في صفاقس: برشا منهم جاو من النيجر ومالي عن طريق الجزائر، يخدمو في الحضاير والمعامل بلاش عقود، ويستناو فرصة باش يقطعو البحر. وفيه زادة جزء على الطرق القانونية: لمّ الشمل العائلي، المنح الجامعية، وبرامج العمل الموسمي، خاطر الناس ما عندهاش حتى طريق آمن آخر.

ونحبو زادة نقترحو للطاولة المستديرة الرابعة السيدة إيناس بن عمر، منسقة برنامج الحماية في الجمعية، هي اللي تتابع العائلات والقصّر غير المصحوبين.

يعيشكم،
حمزة الفقي
الكاتب العام
جمعية المرفأ للتضامن والهجرة - صفاقس
"""
    doc = make_docx(["جمعية المرفأ للتضامن والهجرة - صفاقس", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: المهاجرون العالقون في صفاقس", "ثانياً: العمل دون عقود", "ثالثاً: محاولات عبور البحر",
                     "رابعاً: الطرق القانونية: لمّ الشمل، المنح، العمل الموسمي", "خامساً: التوصيات"])
    a = alt(text, "0000000000007a2e9c05bad4e1f8", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "0000000000007a2e9e05bad4e1fa")
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f54.google.example.com", "192.0.2.154", M19_QID,
           addr("جمعية المرفأ صفاقس", "almarfa.sfax@gmail.example.com"), hdr(M19_SUBJ), M19_ID, body)
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("إيناس بن عمر", "منسقة برنامج الحماية", "جمعية المرفأ للتضامن والهجرة", ["roundtable"], 4)],
        report_attachments=[M19_FILE],
        notes="Tunisian Arabic ('عسلامة', 'نبعثولكم', 'برشا', 'زادة', 'يعيشكم'): report (DOCX, Arabic name, RFC "
              "2231 + RFC 2047) plus a speaker on 8 February: the report is on time but the speaker part is late and "
              "the sender does not say so, so on_time false. 'السيدة' dropped; 'الطاولة المستديرة الرابعة'; family "
              "reunification, scholarships and seasonal work are topics of the report, not roles. The association's "
              "Gmail autoresponder answers our acknowledgement (h263-20). Date UTC+1."))


# ================================================================ 20  AR  auto_reply  the Sfax association's Gmail autoresponder
def m20():
    when = at("2021-02-08 11:21:30")
    ack = ack_mid(M19_QID)
    text = """شكراً على رسالتكم.

فريق جمعية المرفأ للتضامن والهجرة في الميدان أغلب أيام الأسبوع، وسنرد عليكم في أقرب الآجال.
للحالات المستعجلة (مهاجر في خطر، قاصر غير مصحوب): 74 000 000

Merci pour votre message. L'équipe de l'association est sur le terrain ; nous vous répondrons dès que possible.
"""
    body = alt(text, "000000000000d3f0a105bad4e4c2", html=gmail_html(text, rtl=True), b64=True)
    rows = std_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4F0Hs17Mbqz8",
                    addr("جمعية المرفأ صفاقس", "almarfa.sfax@gmail.example.com"),
                    hdr("رد آلي - جمعية المرفأ للتضامن والهجرة"), rfcdate(sent_at(when, 1, 3)),
                    "<CAG4pXs2Bv8kQ5nW+c7Tm1Yd4sR9hJz3fL6@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M19_ID + " " + ack)]
    add(20, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder used as a permanent autoresponder by the Sfax association, answering our "
              "acknowledgement of h263-19 45 seconds later: its own subject ('رد آلي - ...'), Auto-Submitted: "
              "auto-replied, null Return-Path, References name h263-19; Arabic with a French line and an emergency "
              "number. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 21  EN  report  labour-mobility pilot: report PDF + survey annex DOCX
M21_FILES = ["AFMF_Voluntary_GCM_Review_Report_Seasonal_Labour_Mobility_Pilot.pdf",
             "Annex 1 - Worker survey data (n=212).docx"]


def m21():
    when = at("2021-02-10 14:55:02")
    subj = "Voluntary GCM review report - Atlas Fair Mobility Foundation (labour mobility pilot)"
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Atlas Fair Mobility Foundation (AFMF), together with its Annex 1, which holds the survey data the report is built on. Both files together make up our submission.

Since 2019 AFMF has run a small seasonal labour mobility pilot that brings workers from Mali and Niger to farms in the Souss valley on six-month contracts, with recruitment free of charge to the worker, pre-departure training in Bamako and Niamey, and a guaranteed return ticket. The report looks at the first two seasons (212 workers) and asks whether such schemes can offer a real alternative to the desert route, and under which conditions.

We note that the period for speaker requests has closed, so we are not proposing a speaker; our programme manager will follow the conference online.

With best regards,

Leila Benjelloun
Research and Learning Lead
Atlas Fair Mobility Foundation (AFMF)
Rabat, Morocco
"""
    pdf = rep_pdf("Voluntary GCM review report", "Atlas Fair Mobility Foundation (AFMF), Rabat",
                  ["The Souss seasonal labour mobility pilot, 2019-2021", "Recruitment at no cost to the worker",
                   "Pre-departure training in Bamako and Niamey", "Return and re-employment",
                   "An alternative to the desert route?", "Recommendations"])
    annex = make_docx(["Annex 1 - Worker survey data (n=212)", "Table 1. Workers by country and season",
                       "Table 2. Earnings and remittances", "Table 3. Intentions after return"])
    cid = "image001.png@01D6FFB3.5E8A1C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (20, 110, 70))], "_006_MR2P264MB0418B5D9E3A17C46_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_MR2P264MB0418B5D9E3A17C46_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILES[0]), attach(DOCX, annex, M21_FILES[1])],
                 "_007_MR2P264MB0418B5D9E3A17C46_")
    m = mk(when, sent_at(when, 1, 11), "mail-mr2fra01on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4F1Wq83Zcnz2", "Leila Benjelloun <l.benjelloun@afmf.example.ma>", subj,
           "<MR2P264MB0418B5D9E3A17C46@MR2P264MB0418.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdcAp4Lk7Nm2Qw5Er8Ty1Ui3Op6As==", lang="en-GB", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M21_FILES,
        notes="report made of two files ('Both files together make up our submission'): the main PDF and a DOCX "
              "annex with survey data (name with brackets and '='); the inline signature logo is not part of it. "
              "'we are not proposing a speaker' and an unnamed programme manager who will follow online keep it "
              "out of 'both'. 212 workers, six-month contracts and 2019 are background. Outlook, Date UTC+1."))


# ================================================================ 22  AR  speaker  Nouadhibou league, late: trusted the Arabic letter's '23 February'
def m22():
    when = at("2021-02-12 10:33:50")
    subj = "طلب كلمة لرابطة العمال المهاجرين والصيادين التقليديين بنواذيبو"
    text = """السلام عليكم ورحمة الله وبركاته

نكتب لكم من نواذيبو باسم رابطة العمال المهاجرين والصيادين التقليديين بنواذيبو. الرابطة تجمع صيادين وعمال من السنغال ومالي وغينيا وغامبيا يخدمو في الميناء وفي مصانع دقيق السمك، ومنهم اللي يحاول يركب البحر للكناري كل ما ضاقت عليه الدنيا.

ابغينا نقترح لكم متدخلين اثنين:
1- السيد محمد عبد الله ولد السالك، رئيس الرابطة، يتكلم في الجلسة العامة.
2- السيدة مريم منت أحمد سالم، مسؤولة ملف النساء العاملات في مصانع السمك، في الطاولة المستديرة الثانية.

الرسالة اللي وصلتنا بالعربية كاتبة أن آخر أجل لطلبات الكلمة هو يوم الجمعة 23 فبراير، ذاك الّ خلانا نتأخرو شوي في الجواب. نتمناو يكون ماه مشكل.

والكونكسيون هنا ماهي زينة، إلا ما وصلكم الإيميل كامل أخبرونا.

مع خالص التحية
محمد عبد الله ولد السالك
رئيس رابطة العمال المهاجرين والصيادين التقليديين بنواذيبو
نواذيبو - موريتانيا
"""
    body = alt(text, "000000000000f6c81d05bb1e7a34", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 0, 10), "mail-pg1-f196.google.example.com", "192.0.2.196", "4F2Kd59Lwrz7",
           addr("Mohamed Abdallahi Ould Salek", "ould.salek.ndb@gmail.example.com"), hdr(subj),
           "<CAO1nVr6Kz9wP3xM+g5Tb8Lc2sF4jHe7yR1@mail.gmail.example.com>", body)
    league = "رابطة العمال المهاجرين والصيادين التقليديين بنواذيبو"
    add(22, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمد عبد الله ولد السالك", "رئيس الرابطة", league, ["plenary"]),
        sp("مريم منت أحمد سالم", "مسؤولة ملف النساء العاملات في مصانع السمك", league, ["roundtable"], 2)],
        notes="late speaker request (12 February) from a Nouadhibou fishers' league that relied on the Arabic "
              "letter's misprinted deadline ('الجمعة 23 فبراير'): the deadline was 5 February, so on_time false, "
              "still acknowledged. Hassaniya-tinged Arabic ('ابغينا', 'ذاك الّ', 'ماه مشكل', 'الكونكسيون'); the "
              "sender proposes himself; 'السيد'/'السيدة' dropped; 'ولد' and 'منت' are part of the names; the "
              "Latin From name differs. Date UTC+0."))


# ================================================================ 23  FR  report  Oujda association 'resends' a report whose first copy never reached us
M23_FILE = "ACODM_rapport_volontaire_2021_compressé.pdf"


def m23():
    when = at("2021-02-16 23:55:41")
    subj = "Rapport volontaire ACODM Oujda - renvoi"
    text = """Bonsoir,

Je vous renvoie le rapport volontaire de l'Association Carrefour Oriental pour les Droits des Migrants (ACODM). Mon premier envoi, cet après-midi vers 14 h, m'a été retourné par notre propre serveur (« message trop volumineux » : 18 Mo avec les photos des annexes). Je joins cette fois le rapport seul, en PDF compressé ; les annexes photos peuvent vous être envoyées par WeTransfer si vous le souhaitez.

Le rapport porte sur les personnes refoulées à la frontière, les mineurs non accompagnés à Oujda, et les demandes de regroupement familial bloquées faute de documents d'état civil.

En espérant qu'il arrive avant minuit à Beyrouth !

Mounir Tahiri
Chargé de plaidoyer
ACODM – Oujda
"""
    pdf = rep_pdf("Rapport volontaire - ACODM (Oujda)", "Association Carrefour Oriental pour les Droits des Migrants",
                  ["Refoulements a la frontiere", "Mineurs non accompagnes a Oujda",
                   "Regroupement familial et etat civil", "Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, M23_FILE)], "------------A3C91E7B05D4F28E6B1C0D73")
    m = mk(when, sent_at(when, 1, 9), "smtp.acodm.example.ma", "203.0.113.94", "4F5Zp02Tqkz6",
           "Mounir Tahiri <m.tahiri@acodm.example.ma>", hdr(subj, enc="Q"),
           "<3f9b6d21-7e4a-4c08-b5d3-91a2e7c04f6b@acodm.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="'Je vous renvoie' but the first copy (18 MB) was returned by the sender's own server and never "
              "reached the mailbox: this is the first and only submission, thread_of null. Received at 23:55:41 on "
              "the report deadline (22:55 in Oujda, Date UTC+1): on time. The photo annexes offered by WeTransfer "
              "are not sent; PDF name with an accent (RFC 2231 + RFC 2047). Thunderbird, format=flowed, 8bit."))


# ================================================================ 24  EN  report  desert search-and-rescue team over a satellite link: 23:10 in Agadez = late
M24_FILE = "DLN - Search, rescue and evacuation in the Tenere - GCM voluntary report.pdf"


def m24():
    when = at("2021-02-17 00:10:22")
    subj = "Voluntary report - Desert Lifeline Niger (DLN)"
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of Desert Lifeline Niger (DLN) on search, rescue and humanitarian evacuation in the desert between Agadez, Dirkou and the Libyan and Algerian borders, based on our 2020 patrol logs.

It is 23:10 here in Agadez, so still the 16th - we hope it counts!

We are sending over a satellite link, so apologies if this arrives twice.

Regards,

Aboubacar Rhissa
Operations Coordinator
Desert Lifeline Niger (DLN)
Agadez, Niger

Sent from Mail for Windows 10
"""
    pdf = rep_pdf("Voluntary GCM review report", "Desert Lifeline Niger (DLN), Agadez",
                  ["Patrols and rescues in 2020", "Expulsions to the border and the walk to Assamaka",
                   "Evacuation to Agadez and onward referral", "Safe pathways instead of the desert route",
                   "Recommendations"])
    a = alt(text, "_C4A1E7F2-9B30-4D85-A6E2-1F7B3C9D0E54_", html=win10_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_8E2D5B19-3A7C-4F60-B1D4-9C6E0A2F7B38_")
    m = mk(when, sent_at(when, 1, 21), "smtp.sat-isp.example.net", "203.0.113.212", "4F6Bt47Wsjz3",
           "Aboubacar Rhissa <ops@desertlifeline-niger.example.org>", subj,
           "<6f0c2e8a91d4b73e5a1c@desertlifeline-niger.example.org>", body, extra=[("X-Mailer", WIN10)])
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="sent at 23:10 on 16 February in Agadez (Date header in UTC+1, 'so still the 16th - we hope it "
              "counts!') but received at 00:10:22 on 17 February in Beirut: late, still acknowledged. 'apologies if "
              "this arrives twice' - it arrives once. Mail for Windows 10 over a satellite ISP; long PDF name with "
              "commas and a hyphen; 2020 patrol logs are background."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
