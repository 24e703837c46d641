#!/usr/bin/env python3
"""Write the blind evaluation set holdout87 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets87.py
Theme: humanitarian actors - national Red Crescent societies, country offices of international NGOs,
community-based protection committees and refugee-led organisations (Iraq, Syria, Yemen, Libya, Sudan, Jordan).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout87")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h87-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-27 13:41:22")
    sent = when - dt.timedelta(seconds=6)
    text = """Dear GCM Regional Review team,

Hope this email finds you well. We received the invitation through the Jordan INGO Forum mailing list and we are very happy that refugee-led organisations are finally being asked to the table and not only talked about.

I would like to request to take part in the open discussion of the multi-stakeholder consultation on 23 February. Our members are Sudanese, Yemeni and Somali refugees living in East Amman and Zarqa, most of them without work permits, and we run a small community helpline and a women's savings group. We think the consultation should hear directly from people who are in this situation.

My details:
Amal Osman Yousef, Founder & Director
Sawa for Refugee Women - Jordan (refugee-led organisation, registered as a non-profit company since 2019)

I can speak in English or Arabic. Please let me know if you need a bio.

Many thanks,
Amal

--
Sawa for Refugee Women
Jabal Al-Nuzha, Amman
+962 7 9 555 0143
"""
    html = ('<div dir="ltr">' + text2html(text.split("\n--\n")[0]) +
            '<br clear="all"><div>-- <br><div dir="ltr" class="gmail_signature">Sawa for Refugee Women<br>'
            'Jabal Al-Nuzha, Amman<br>+962 7 9 555 0143</div></div></div>\n')
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000b41e7305b9d2c6f1")
    rows = std_rows(when, "mail-ed1-f41.google.example.com", "209.85.208.41", "4DQv1s2Kc8z3",
                    "Amal Yousef <sawa.refugeewomen@gmail.example.com>",
                    "Request to speak - open discussion 23 Feb", rfcdate(tz(sent, 2)),
                    "<CAJ7wR2pL0sN4vB8xD1fH5kM9qT3yW6zC0eG4iK8nQ2sV5xZ@mail.gmail.example.com>",
                    ret="sawa.refugeewomen@gmail.example.com")
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Amal Osman Yousef", "Founder & Director", "Sawa for Refugee Women - Jordan", ["open_discussion"])],
        notes="refugee-led organisation; 'Name, Founder & Director' on one line after a comma (the comma is not part "
              "of the name; the title contains an ampersand); From display name 'Amal Yousef' is shorter than the "
              "name written in the body; the parenthetical after the organisation is a description, not part of it; "
              "signature repeats the organisation without '- Jordan'; Gmail sender address."))


def m02():
    when = at("2021-01-29 09:12:47")
    sent = when - dt.timedelta(seconds=14)
    text = """السادة / الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة                  المحترمون
م/ المشاركة في المراجعة الإقليمية للاتفاق العالمي للهجرة

تحية طيبة...

بالإشارة إلى كتاب الدعوة الخاص بالمراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يود فرع نينوى لجمعية الهلال الأحمر العراقي أن يبدي رغبته في المشاركة بمداخلة خلال الجلسة العامة للمؤتمر (24-25 شباط 2021)، وذلك لعرض تجربة الفرع في الاستجابة لاحتياجات العائدين والنازحين في الموصل وسنجار وإعادة الروابط العائلية.

ويمثلنا في هذه المداخلة السيد رئيس الفرع الأستاذ نوفل يونس الحمداني.

نرجو التفضل بالاطلاع وإعلامنا بالموافقة مع التقدير.

مع فائق الاحترام

قسم العلاقات العامة والإعلام
فرع نينوى – جمعية الهلال الأحمر العراقي
الموصل – الجانب الأيسر
"""
    html = html_wrap('<div dir="rtl" style="font-family:\'Simplified Arabic\';font-size:14pt">' + text2html(text)
                     + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0041_01D6F62B.8E3A1C20")
    rows = std_rows(when, "mail.ircs-ninawa.example.iq", "37.236.14.90", "4DRz8f3Qm1z4",
                    addr("العلاقات العامة - فرع نينوى", "media.ninawa@ircs-branches.example.iq", "windows-1256"),
                    hdr("م/ المشاركة في المراجعة الإقليمية - فرع نينوى للهلال الأحمر العراقي", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<004101d6f62b$8e3a1c20$aaae5460$@ircs-branches.example.iq>",
                    ret="media.ninawa@ircs-branches.example.iq")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AQHW9iuOOhwgqq5UYKe0xkT1M2s9cw=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نوفل يونس الحمداني", "رئيس الفرع", "فرع نينوى لجمعية الهلال الأحمر العراقي", ["plenary"])],
        notes="Red Crescent branch proposes its branch president; name only after 'ويمثلنا' with a stack of "
              "honorifics ('السيد رئيس الفرع الأستاذ'): the name starts after 'الأستاذ', the title is 'رئيس الفرع'; "
              "affiliation written in the body as 'فرع نينوى لجمعية الهلال الأحمر العراقي' (signature has a dash "
              "form); sender is the PR department, not a person; Iraqi month name 'شباط'; windows-1256 Outlook, "
              "Date in UTC+3."))


def m03():
    when = at("2021-01-30 15:26:09")
    sent = when - dt.timedelta(seconds=9)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{border:1px solid #999;padding:4px 8px;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body>
<p>Madame, Monsieur,</p>
<p>Suite &agrave; la lettre d&rsquo;invitation re&ccedil;ue le 25 janvier, le bureau pays Libye de notre organisation souhaite proposer deux intervenants pour la Conf&eacute;rence de revue r&eacute;gionale. Vous trouverez les informations demand&eacute;es dans le tableau ci-dessous.</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr style="background:#dce6f1"><td><b>Nom et pr&eacute;nom</b></td><td><b>Fonction</b></td><td><b>Organisation</b></td><td><b>Type d&rsquo;intervention souhait&eacute;</b></td></tr>
<tr><td>Mme Nadia BELHAJ</td><td>Directrice pays</td><td>Solidarit&eacute; Protection Internationale (SPI) &ndash; Bureau Libye</td><td>Intervention en s&eacute;ance pl&eacute;ni&egrave;re</td></tr>
<tr><td>M. Abdelhakim EL FITOURI</td><td>Responsable protection &ndash; Sud (Sebha)</td><td>Solidarit&eacute; Protection Internationale (SPI) &ndash; Bureau Libye</td><td>Table ronde th&eacute;matique n&deg;3</td></tr>
</table>
<p>Nous restons &agrave; votre disposition pour tout compl&eacute;ment.</p>
<p>Bien cordialement,</p>
<p style="color:#1f497d">Sofiane Trabelsi<br>Assistant coordination &amp; liaison<br>SPI Libye &ndash; Tunis (base arri&egrave;re)</p>
</body></html>
"""
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.spi-ong.example.org", "51.75.140.22", "4DSh6w1Rt5z9",
                    "Sofiane Trabelsi <s.trabelsi@spi-ong.example.org>",
                    hdr("Propositions d'intervenants – SPI Libye", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<5f2e9a61.1c69fb81.3b7a.0c4d@spi-ong.example.org>", ret="s.trabelsi@spi-ong.example.org")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    aff = "Solidarité Protection Internationale (SPI) – Bureau Libye"
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Belhaj", "Directrice pays", aff, ["plenary"]),
        sp("Abdelhakim El Fitouri", "Responsable protection – Sud (Sebha)", aff, ["roundtable"], 3)],
        notes="HTML-only mail (no text/plain), speaker details only in an HTML table with entities (&eacute;, "
              "&ndash;, &deg;); surnames in capitals (BELHAJ, EL FITOURI) with honorifics Mme/M. in the same cell; "
              "the sender (assistant, Tunis back office) is not a speaker; 'Table ronde thématique n°3' -> roundtable 3; "
              "affiliation is INGO + country office with an en dash; Date in UTC+1."))


M04_ID = "<DB7PR02MB4428A6C1F2E93B7D5A0E4C18B9F30@DB7PR02MB4428.eurprd02.prod.outlook.example.com>"


def m04():
    when = at("2021-02-01 10:33:51")
    sent = when - dt.timedelta(seconds=33)
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

Relief & Resilience International (RRI) - Yemen Country Office would like to request two floor interventions in the thematic roundtables:

1. Mr. Tawfiq Al-Maqtari, Deputy Country Director - Programmes, roundtable 2
2. A representative of the Migrant Community Protection Committee in Basateen (Aden) that we support - name to be confirmed, we will send it to you as soon as the committee has chosen its representative (they meet on Wednesday). Ideally also roundtable 2, otherwise roundtable 4.

Apologies for sending this in two steps; internet and power in Aden have been very unstable this week.

Best regards,

Hana Bamatraf
Protection & Advocacy Manager
Relief & Resilience International (RRI) - Yemen Country Office
Aden | Sana'a
Skype: hana.bamatraf.rri

"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">' +
                     text2html(text).replace("<p>", '<p class="MsoNormal">') + "</p></div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"), leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_DB7PR02MB4428A6C1F2E93B7D5A0E4C18B9F30DB7PR02MB4428eurp_")
    rows = std_rows(when, "mail-eopbgr80059.outbound.protection.outlook.example.com", "40.107.8.59", "4DTk2n6Hs0z1",
                    "Hana Bamatraf <hana.bamatraf@rri-intl.example.org>",
                    "RRI Yemen - request for speaking roles (roundtables)", rfcdate(tz(sent, 3)), M04_ID,
                    ret="hana.bamatraf@rri-intl.example.org")
    rows += [("Thread-Topic", "RRI Yemen - request for speaking roles (roundtables)"),
             ("Thread-Index", "AdcAS3Yt8mKx0c1dTGe8bq7nQ2cH4w=="), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    m = top(body, rows)
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tawfiq Al-Maqtari", "Deputy Country Director - Programmes",
           "Relief & Resilience International (RRI) - Yemen Country Office", ["roundtable"], 2)],
        notes="second speaker is 'name to be confirmed' (a committee representative, name to follow) so only one "
              "speaker can be recorded now; the title itself contains a dash ('Deputy Country Director - "
              "Programmes') before the roundtable; affiliation taken from the body/signature (sender is not a "
              "speaker); the follow-up with the name is h87-11."))


def m05():
    when = at("2021-02-01 16:48:30")
    sent = when - dt.timedelta(seconds=12)
    text = """مرحبا،

نحنا لجنة حماية مجتمعية بمخيم الزعتري (القطاع ٨)، لجنة تطوعية من اللاجئين السوريين وما عنا تسجيل رسمي كجمعية، بس شغالين مع أكتر من منظمة بالمخيم.
وصلتنا الدعوة من أحد الشركاء وحابين نسأل كم سؤال قبل ما نبعت أي شي:

- هل بيحق للجان غير المسجلة رسمياً إنها تشارك أو تبعت تقرير؟
- في ترجمة فورية للعربي بالجلسات؟ لأنو أغلب أعضاء اللجنة ما بيحكوا إنكليزي
- الاجتماع أونلاين ولا حضوري؟ لأنو الطلعة من المخيم بدها تصريح

وشكراً كتير الكم

أبو محمد (محمود الحريري)
منسق اللجنة

Sent from my Huawei phone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pl1-f178.google.example.com", "209.85.214.178", "4DTs9b0Jf6z2",
                    addr("Mahmoud Hariri", "mahmoud.hariri.zaatari@gmail.example.com"),
                    hdr("سؤال عن المشاركة"), rfcdate(tz(sent, 2)),
                    "<CAKn3pE0u7Y1wQ5sT9vB2xF6hJ0mL4oR8tW2yA6cE0gI4kN8@mail.gmail.example.com>",
                    ret="mahmoud.hariri.zaatari@gmail.example.com")
    m = top(body, rows)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine (Syrian/Horani) colloquial; only questions (eligibility of unregistered committees, "
              "interpretation, online vs in person), no speaker and no report yet even though the words 'تبعت تقرير' "
              "and 'تشارك' appear; kunya 'أبو محمد' plus real name in parentheses; base64 plain text from a phone."))


def m06():
    when = at("2021-02-02 11:05:19")
    orig_sent = when - dt.timedelta(seconds=4)
    qid = "3B9F21C7E2"
    bad = "salma.idris@sudanrcs.ogr"
    notice = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=sudanrcs.ogr type=A: Host not found
""" % bad
    p1 = leaf("text/plain", notice, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    dsn = Message(policy=POL)
    dsn["Content-Description"] = "Delivery report"
    dsn["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    dsn_text = ("Reporting-MTA: dns; mx1.iom.int\r\nX-Postfix-Queue-ID: %s\r\n"
                    "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\r\nArrival-Date: %s\r\n\r\n"
                    "Final-Recipient: rfc822; %s\r\nOriginal-Recipient: rfc822;%s\r\nAction: failed\r\n"
                    "Status: 5.4.4\r\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service\r\n"
                    "    error for name=sudanrcs.ogr type=A: Host not found\r\n"
                    % (qid, rfcdate(orig_sent, "EET"), bad, bad))
    for block in dsn_text.replace("\r\n", "\n").strip("\n").split("\n\n"):
        dsn.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    hdrs = ("Received: from AM6PR04MB5639.eurprd04.prod.outlook.example.com by mx1.iom.int\r\n"
            "\t(Postfix) with ESMTPS id %s; %s\r\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\r\n"
            "To: Salma Idris <%s>\r\n"
            "Subject: RE: Participation of SRCS in the GCM Regional Review\r\n"
            "Date: %s\r\n"
            "Message-ID: <AM6PR04MB5639D1E0F7A24C3B8E6A9F02C1D58@AM6PR04MB5639.eurprd04.prod.outlook.example.com>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n"
            % (qid, rfcdate(orig_sent, "EET"), bad, rfcdate(tz(orig_sent, 0))))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, dsn, p3], "%s.1612256719/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message.\n"
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202090519.%s@mx1.iom.int>" % qid)]
    m = top(body, rows)
    m.preamble = body.preamble
    add(6, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report delivery-status) for a mistyped recipient domain "
              "'sudanrcs.ogr' (.ogr for .org): status 5.4.4, host not found; the returned headers mention "
              "'Participation of SRCS in the GCM Regional Review' which must not be read as a request."))


def m07():
    when = at("2021-02-03 12:20:44")
    sent = when - dt.timedelta(seconds=17)
    text = """Bonjour,

Je me permets de vous écrire au nom de l'association Jusoor Shabab (Ponts de jeunesse), une organisation fondée et dirigée par des jeunes réfugiés syriens, qui travaille depuis 2016 entre la Bekaa et le nord de la Jordanie avec des comités de jeunes dans les camps informels.

Nous avons bien reçu votre invitation et nous serions très honorés de pouvoir contribuer au processus. Après discussion avec notre équipe, nous aimerions proposer notre chargée de plaidoyer, Rima Haddad, pour le rôle de rapporteuse qui présentera les messages clés des parties prenantes. Rima a coordonné l'année dernière les consultations de jeunes sur le PMM dans trois gouvernorats et elle maîtrise l'arabe, le français et l'anglais, ce qui pourrait être utile.

Si jamais le rôle de rapporteur est déjà attribué, elle serait également disponible pour la discussion ouverte du 23 février.

En vous remerciant d'avance pour votre retour,
Bien à vous,

Georges Nassar
Trésorier – Jusoor Shabab
Zahlé, Liban
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.jusoor-shabab.example.org", "178.135.2.61", "4DVb7m3Tq9z6",
                    "Georges Nassar <g.nassar@jusoor-shabab.example.org>",
                    "Proposition =?UTF-8?Q?rapporteuse_=E2=80=93_Jusoor_Shabab?=", rfcdate(tz(sent, 2)),
                    "<a7c3f0e2-41b9-8d6e-2f05-93c1d7e4b6a8@jusoor-shabab.example.org>",
                    ret="g.nassar@jusoor-shabab.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rima Haddad", "chargée de plaidoyer", "Jusoor Shabab (Ponts de jeunesse)",
           ["rapporteur", "open_discussion"])],
        notes="Levantine French (Lebanon), Thunderbird format=flowed 8bit; title before the name inside a phrase "
              "('notre chargée de plaidoyer, Rima Haddad'); rapporteur as first choice, open discussion as fallback; "
              "the sender (Trésorier) is not the speaker; affiliation with its French gloss in parentheses."))


M08_NAME = "تقرير_المراجعة_الطوعية_مبادرة_أمان_السودانية.pdf"


def m08():
    when = at("2021-02-03 19:02:15")
    sent = when - dt.timedelta(seconds=40)
    text = """السلام عليكم ورحمة الله

إزيكم عاملين إيه، إحنا مبادرة "أمان" للاجئين السودانيين في مصر، مبادرة بيديرها لاجئين سودانيين في عين شمس والمعادي من ٢٠١٧.

بنبعتلكم في المرفق التقرير الطوعي بتاعنا عن الاتفاق العالمي للهجرة (PDF)، اشتغلنا عليه مع لجان الحماية المجتمعية في الأحياء.

وكمان حابين نطلب كلمة في المائدة المستديرة التانية لو ينفع، واللي هتتكلم هي الأستاذة إخلاص عبد الرحيم آدم، منسقة برنامج الحماية في المبادرة.

ولو محتاجين أي حاجة تانية ابعتولنا.
شكراً جزيلاً

عثمان
مبادرة أمان للاجئين السودانيين - القاهرة
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Aman Initiative for Sudanese Refugees - Cairo",
                    "Voluntary GCM Review Report (February 2021)",
                    "Community-based protection in Ain Shams and Maadi",
                    "Prepared with neighbourhood protection committees"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(M08_NAME))],
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", M08_NAME)))
    body = multi("mixed", [t, att], "----=_Part_118273_1504390217.1612371695000")
    rows = std_rows(when, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.146", "4DVp4c1Zw7z0",
                    addr("Osman Adam", "osman.aman.initiative@yahoo.example.com"),
                    hdr("التقرير الطوعي + طلب كلمة - مبادرة أمان"), rfcdate(tz(sent, 2)),
                    "<1348850221.1183746.1612371695000@mail.yahoo.example.com>",
                    ret="osman.aman.initiative@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YahooMailAndroid")]
    m = top(body, rows)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("إخلاص عبد الرحيم آدم", "منسقة برنامج الحماية", "مبادرة أمان للاجئين السودانيين", ["roundtable"], 2)],
        report_attachments=[M08_NAME],
        notes="Egyptian colloquial from a Sudanese refugee-led initiative in Cairo; report (PDF) and a speaker "
              "request in one mail; speaker is not the sender and carries the honorific 'الأستاذة'; 'التانية' "
              "(colloquial for الثانية) -> roundtable 2; affiliation: fullest form 'مبادرة أمان للاجئين السودانيين' "
              "(signature adds '- القاهرة'); Arabic file name in RFC 2231 continuations plus RFC 2047 name=; "
              "sender signs with first name only."))


def m09():
    when = at("2021-02-04 08:57:03")
    sent = when - dt.timedelta(seconds=25)
    text = """الأخوة في الشبكة الإقليمية للهجرة
السلام عليكم

بنرشح ليكم من لجنة الحماية المجتمعية بحي مايو - جنوب الخرطوم الأسماء دي للمشاركة:

١- آمنة كوكو تية - رئيسة اللجنة - للمائدة المستديرة الرابعة
٢- د. الصادق محمد نور - مستشار اللجنة الصحي ومدير مركز صحي مايو - للنقاش المفتوح يوم ٢٣

اللجنة بتشتغل مع النازحين من دارفور وجبال النوبة واللاجئين من جنوب السودان في الحي.

وشكرا

محمد الأمين بابكر
سكرتير لجنة الحماية المجتمعية - حي مايو

مرسل من الـ iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.sudani.example.sd", "41.95.6.120", "4DWd0h8Ks3z5",
                    addr("Mohamed Elamin", "m.elamin.mayo@icloud.example.com"),
                    hdr("ترشيحات لجنة الحماية حي مايو"), rfcdate(tz(sent, 2)),
                    "<6E1B4F0A-93D2-4C7E-B8A5-1F3D9C2E7A40@icloud.example.com>",
                    ret="m.elamin.mayo@icloud.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)"), ("Content-Language", "ar")]
    m = top(body, rows)
    aff = "لجنة الحماية المجتمعية بحي مايو - جنوب الخرطوم"
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("آمنة كوكو تية", "رئيسة اللجنة", aff, ["roundtable"], 4),
        sp("الصادق محمد نور", "مستشار اللجنة الصحي ومدير مركز صحي مايو", aff, ["open_discussion"])],
        notes="Sudanese colloquial ('بنرشح ليكم', 'الأسماء دي'); community-based protection committee; two speakers in "
              "an Arabic-numbered list 'name - title - role'; 'د.' honorific dropped; the second speaker has a double "
              "title; 'النقاش المفتوح يوم ٢٣' -> open discussion; affiliation given once in the intro (signature "
              "shortens it); sender (secretary) is not a speaker; iPhone, Arabic-Indic digits."))


def m10():
    when = at("2021-02-04 14:31:56")
    sent = when - dt.timedelta(seconds=18)
    name = "HAL_Libya_GCM_Voluntary_Review_Feb2021.docx"
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of Humanity Action Libya (HAL), prepared by our Tripoli country office together with the Misrata and Sabha field teams. The report covers objectives 7, 8 and 13 (vulnerabilities, missing migrants and detention).

We would also like to request speaking roles for the following colleagues:

Name                  | Position                       | Requested slot
----------------------+--------------------------------+---------------------------
Dr. Mabrouka Al-Sharif | Head of Mission, Libya        | Plenary (floor intervention)
Yousef Gheriani        | Protection Coordinator        | Roundtable 1 (or 3)

Both are with Humanity Action Libya (HAL), Tripoli.

Kind regards,
Clara Weiss
Grants & Reporting Officer | Humanity Action Libya (HAL)
Tripoli / Tunis
"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    docx = make_docx(["Humanity Action Libya (HAL)", "Voluntary GCM Review Report - February 2021",
                      "Objective 7: Address and reduce vulnerabilities in migration",
                      "Objective 8: Save lives and establish coordinated international efforts on missing migrants",
                      "Objective 13: Use migration detention only as a measure of last resort"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(docx)))
    body = multi("mixed", [t, att], "_004_AM0PR10MB2865F1A7C3B4E9D06A2F5C18E7B14AM0PR10MB2865EURP_")
    rows = std_rows(when, "mail-eopbgr70072.outbound.protection.outlook.example.com", "40.107.7.72", "4DWn5p2Lx8z1",
                    "Clara Weiss <c.weiss@hal-libya.example.org>",
                    "HAL Libya - voluntary GCM review report + speaker requests", rfcdate(tz(sent, 1)),
                    "<AM0PR10MB2865F1A7C3B4E9D06A2F5C18E7B14@AM0PR10MB2865.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="c.weiss@hal-libya.example.org")
    rows += [("Thread-Topic", "HAL Libya - voluntary GCM review report + speaker requests"),
             ("Accept-Language", "en-GB"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    aff = "Humanity Action Libya (HAL)"
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mabrouka Al-Sharif", "Head of Mission, Libya", aff, ["plenary"]),
        sp("Yousef Gheriani", "Protection Coordinator", aff, ["roundtable"], 1)],
        report_attachments=[name],
        notes="report (DOCX) + two speakers in an ASCII table (misaligned pipes) in a plain-text mail; the title "
              "'Head of Mission, Libya' contains a comma; 'Roundtable 1 (or 3)' -> first choice 1; affiliation only "
              "stated below the table; the sender (Grants & Reporting Officer) is not a speaker; Date in UTC+1."))


def m11():
    when = at("2021-02-04 22:14:08")
    sent = when - dt.timedelta(seconds=21)
    quoted = """________________________________
From: Hana Bamatraf <hana.bamatraf@rri-intl.example.org>
Sent: Monday, February 1, 2021 11:33 AM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: RRI Yemen - request for speaking roles (roundtables)

Dear colleagues,

Thank you for the invitation to the Regional Review of the GCM in the Arab region.

Relief & Resilience International (RRI) - Yemen Country Office would like to request two floor interventions in the thematic roundtables:

1. Mr. Tawfiq Al-Maqtari, Deputy Country Director - Programmes, roundtable 2
2. A representative of the Migrant Community Protection Committee in Basateen (Aden) that we support - name to be confirmed, we will send it to you as soon as the committee has chosen its representative (they meet on Wednesday). Ideally also roundtable 2, otherwise roundtable 4.
"""
    text = """Dear colleagues,

Following up on my email below: the Basateen committee met yesterday and chose Ms. Fardowsa Abdi Warsame, the committee's women's focal point, to speak on its behalf. She is a Somali refugee and has lived in Basateen since 2012. As mentioned, roundtable 2 if possible, otherwise 4.

She does not have an email address; please contact her through me.

Best,
Hana

""" + quoted
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-eopbgr80051.outbound.protection.outlook.example.com", "40.107.8.51", "4DX1q7Vb2z4n",
                    "Hana Bamatraf <hana.bamatraf@rri-intl.example.org>",
                    "Re: RRI Yemen - request for speaking roles (roundtables)", rfcdate(tz(sent, 3)),
                    "<DB7PR02MB4428C9E04B1A7F3D2E5B6A07C4D12@DB7PR02MB4428.eurprd02.prod.outlook.example.com>",
                    ret="hana.bamatraf@rri-intl.example.org",
                    extra=[("In-Reply-To", M04_ID), ("References", M04_ID)])
    rows += [("Thread-Topic", "RRI Yemen - request for speaking roles (roundtables)"),
             ("Thread-Index", "AdcAS3Yt8mKx0c1dTGe8bq7nQ2cH4wB0kLz9"), ("X-MS-Exchange-Organization-SCL", "1"),
             ("X-Mailer", "Outlook for Android")]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of="h87-04.eml", speakers=[
            sp("Fardowsa Abdi Warsame", "women's focal point",
               "Migrant Community Protection Committee in Basateen (Aden)", ["roundtable"], 2)],
        notes="follow-up giving the name promised as 'to be confirmed' in h87-04; the affiliation is only in the "
              "quoted original ('the Basateen committee' in the new text), not RRI; title written as an apposition "
              "with a possessive; 'roundtable 2 if possible, otherwise 4' -> 2; Outlook for Android top-posting with "
              "an underscore separator."))


def m12():
    when = at("2021-02-05 23:52:37")
    sent = when - dt.timedelta(seconds=11)
    text = """Bonsoir,

Désolé pour l'heure tardive, je viens de rentrer d'une mission à Zouara.

Je souhaiterais m'inscrire pour une prise de parole lors de la table ronde thématique n°1, au nom du comité. Nous accompagnons les familles de migrants disparus en mer et nous aimerions partager cette expérience.

Merci d'avance et bonne soirée.

Cordialement

--
Dr Salem Ben Khalifa
Coordinateur bénévole
Comité communautaire de protection et de soutien aux familles de disparus – Zouara (Libye)
Tél. +216 22 418 907 (Tunisie) / +218 91 330 5572
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-wm1-f65.google.example.com", "209.85.128.65", "4DXF8c3Rp1z7",
                    "Salem Ben Khalifa <salem.benkhalifa.ly@gmail.example.com>",
                    "Inscription table ronde 1", rfcdate(tz(sent, 1)),
                    "<CAHs8qX4mD2nV7cB0zR5tY9wE3uJ6kP1aL8fG2hS4vQ7xN0o@mail.gmail.example.com>",
                    ret="salem.benkhalifa.ly@gmail.example.com")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salem Ben Khalifa", "Coordinateur bénévole",
           "Comité communautaire de protection et de soutien aux familles de disparus – Zouara (Libye)",
           ["roundtable"], 1)],
        notes="deadline edge: received 23:52:37 Beirut on Fri 5 Feb (on time); Date header 'Fri, 5 Feb 2021 "
              "22:52:26 +0100' (Tunis); self-nomination, speaker details only in the signature after '-- ', with the "
              "honorific 'Dr' (no dot); Maghrebi French; apology for the late hour does not make it late."))


def m13():
    when = at("2021-02-06 00:07:41")
    sent = when - dt.timedelta(seconds=29)
    text = """السلام عليكم،

سامحونا على التأخير، توا بس كملنا الاجتماع مع الشباب. نحبو نشاركو في المؤتمر، ونقترحو الأخ طارق الورفلي، مسؤول المناصرة في رابطة الليبيين المهجّرين بتونس (منظمة يديرها نازحون ومهجّرون ليبيون)، باش يحكي في جلسة عامة على أوضاع المهجّرين الليبيين في تونس وفي الجنوب.

اليوم الجمعة 5 فيفري، إن شاء الله نلحقو على الموعد.

بارك الله فيكم
ربيع الزنتاني
رابطة الليبيين المهجّرين بتونس - صفاقس
"""
    html = html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "0000000000005e8c1a05baa0f3d2")
    rows = std_rows(when, "mail-wr1-f45.google.example.com", "209.85.221.45", "4DXH1n6Mc9z2",
                    addr("Rabie Zintani", "rabie.zintani@gmail.example.com"),
                    hdr("مشاركة رابطة الليبيين المهجرين"), rfcdate(tz(sent, 1)),
                    "<CAPq1zT7nW3kR0vB5xM8cL2yH6jF9dS4gA1eU7iO3pK0wQ5r@mail.gmail.example.com>",
                    ret="rabie.zintani@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("طارق الورفلي", "مسؤول المناصرة", "رابطة الليبيين المهجّرين بتونس", ["plenary"])],
        notes="deadline edge, late: received 00:07:41 Beirut on Sat 6 Feb, but the Date header reads 'Fri, 5 Feb "
              "2021 23:07:12 +0100' (Tunisia) and the body says 'اليوم الجمعة 5 فيفري'; Libyan/Tunisian colloquial "
              "('توا', 'نحبو نشاركو', 'باش', 'فيفري'); speaker introduced by 'الأخ' (honorific) with title and "
              "organisation in apposition; the parenthesis is a description; 'في جلسة عامة' -> plenary."))


def m14():
    when = at("2021-02-06 09:30:12")
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية في ولاية النيل الأزرق حتى يوم 14 فبراير 2021 مع إمكانية محدودة جداً للوصول إلى البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الأستاذة سلوى: salwa.osman@srcs-bn.example.sd

Thank you for your email. I am on field mission in Blue Nile State until 14 February 2021 with very limited access to email.

مع التحية
نزار حسن
جمعية الهلال الأحمر السوداني - الأمانة العامة
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    our_ack = "<ack-20210204-0911.7f3a@gcmrrarabstates.iom.int>"
    rows = std_rows(when, "mail.srcs-bn.example.sd", "196.29.166.14", "4DXV2t0Lk5z8",
                    addr("نزار حسن", "nizar.hassan@srcs-bn.example.sd"),
                    re_hdr("Automatic reply: ", "تم استلام رسالتكم - GCM Regional Review"), rfcdate(tz(when, 2)),
                    "<b1e4c7d2a9f30658@srcs-bn.example.sd>", ret="",
                    extra=[("In-Reply-To", our_ack), ("References", our_ack)])
    rows[0] = ("Return-Path", "<>")
    rows += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "nizar.hassan@srcs-bn.example.sd"),
             ("Content-Language", "ar-SA")]
    m = top(body, rows)
    add(14, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office (Auto-Submitted: auto-replied, empty Return-Path) in Arabic with an English "
              "line, from a Red Crescent secretariat; replies to one of our acknowledgements; mentions a date and an "
              "alternative contact but nothing to record."))


def m15_parts():
    return "Rapport-volontaire_Collectif-Alep-Idlib_PMM.pdf"


def m15():
    when = at("2021-02-08 11:44:20")
    sent = when - dt.timedelta(seconds=15)
    name = m15_parts()
    text = """Chers collègues,

Veuillez trouver ci-joint le rapport volontaire collectif préparé par le Collectif humanitaire Alep-Idlib (CHAI), qui regroupe sept associations locales et deux comités de protection communautaires du nord-ouest syrien, dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Par ailleurs, je sais que la date limite pour les demandes d'intervention est passée (le 5 février), mais nous voudrions quand même proposer notre porte-parole, M. Bassel Kayali, membre du bureau exécutif du CHAI, pour une intervention dans une des tables rondes, si une place se libère.

Avec nos remerciements et nos salutations distinguées,

Dr. Lina Sabbagh
Coordinatrice générale, Collectif humanitaire Alep-Idlib (CHAI)
Gaziantep – Idlib
"""
    html = '<div style="font-family:Arial">' + text2html(text) + "</div>"
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                leaf("text/html", html_wrap(html), "utf-8", "quoted-printable")],
                "--=_alt_5f3b1e7a0c")
    pdf = make_pdf(["Collectif humanitaire Alep-Idlib (CHAI)",
                    "Rapport volontaire collectif - Examen regional du PMM 2021",
                    "Deplacement interne, retours et protection dans le nord-ouest syrien"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)],
               disp="attachment; filename=%s" % name)
    body = multi("mixed", [alt, att], "--=_mixed_5f3b1e7a0c")
    rows = std_rows(when, "webmail.chai-syria.example.org", "185.84.233.19", "4DYk3s9Pn0z6",
                    "=?utf-8?Q?Lina_Sabbagh_-_CHAI?= <coordination@chai-syria.example.org>",
                    hdr("Rapport volontaire collectif CHAI + proposition d'intervenant", "utf-8", "Q"),
                    rfcdate(tz(sent, 3)), "<3a9e1f7b2c6d4e80a5b1c9d2f4e6a8b0@chai-syria.example.org>",
                    ret="coordination@chai-syria.example.org")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Bassel Kayali", "membre du bureau exécutif du CHAI", "Collectif humanitaire Alep-Idlib (CHAI)",
           ["roundtable"])],
        report_attachments=[name],
        notes="'both' received Mon 8 Feb: report on time but the speaker part is late (sender admits the 5 Feb "
              "deadline passed) -> on_time false; roundtable requested without a number; speaker is not the sender; "
              "title after the name as an apposition; Date in UTC+3 (Gaziantep); Roundcube, unquoted file name."))


def m16():
    when = at("2021-02-09 10:18:55")
    sent = when - dt.timedelta(seconds=20)
    name = "NCA Jordan - GCM Voluntary Review Report 2021 (final).docx"
    text = """Dear Sir/Madam,

On behalf of Mr. Rasmus Lindqvist, Country Director of Nordic Community Aid (NCA) Jordan, please find attached our voluntary report for the Regional Review of the Global Compact for Migration in the Arab region.

Mr. Lindqvist apologises for not sending it himself; he is travelling to Mafraq this week.

Could you kindly confirm receipt?

Best regards,

Dana Al-Khatib
Executive Assistant to the Country Director
Nordic Community Aid (NCA) - Jordan Country Office
Amman, Jordan | T: +962 6 555 0187

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_VI1PR08MB3312B7E2A1D04C9F6E8A3B5D2C7F1VI1PR08MB3312eurp_")
    docx = make_docx(["Nordic Community Aid (NCA) - Jordan", "Voluntary GCM Review Report 2021",
                      "Livelihoods and legal work for refugees and migrant workers in Mafraq, Irbid and Amman",
                      "Submitted on behalf of the Country Director"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Tue, 09 Feb 2021 07:55:10 GMT"' % (name, len(docx)))
    body = multi("mixed", [alt, att], "_004_VI1PR08MB3312B7E2A1D04C9F6E8A3B5D2C7F1VI1PR08MB3312eurp_")
    rows = std_rows(when, "mail-eopbgr140048.outbound.protection.outlook.example.com", "40.107.14.48", "4DZ0b5Fq7z3k",
                    "Dana Al-Khatib <dana.alkhatib@nca-jordan.example.org>",
                    "NCA Jordan - GCM voluntary report", rfcdate(tz(sent, 2)),
                    "<VI1PR08MB3312B7E2A1D04C9F6E8A3B5D2C7F1@VI1PR08MB3312.eurprd08.prod.outlook.example.com>",
                    ret="dana.alkhatib@nca-jordan.example.org")
    rows.insert(5, ("Cc", "Rasmus Lindqvist <rasmus.lindqvist@nca-jordan.example.org>"))
    rows += [("Thread-Topic", "NCA Jordan - GCM voluntary report"), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="report (DOCX) sent by an executive assistant on behalf of the Country Director (who is Cc'd); the "
              "director's name and title appear but he is not proposed as a speaker; file name with spaces and "
              "parentheses; Outlook multipart/mixed[alternative, docx] with a confidentiality footer."))


def m17():
    when = at("2021-02-10 13:05:33")
    sent = when - dt.timedelta(seconds=27)
    name = "SARC_GCM_Voluntary_Report_2021_AR.pdf"
    text = """السادة الكرام في فريق المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة،
تحية طيبة وبعد،

يسرّ منظمة الهلال الأحمر العربي السوري (SARC) أن تقدّم إليكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، وهو تقرير جماعي أُعِدَّ بالتعاون مع فروع المنظمة في حلب وحمص ودير الزور وريف دمشق، ويتناول بشكل خاص خدمات إعادة الروابط العائلية، ودعم العائدين، والاستجابة الصحية للنازحين داخلياً.

تجدون التقرير مرفقاً بصيغة PDF باللغة العربية، وستُرسَل النسخة الإنكليزية فور الانتهاء من ترجمتها.

وتفضلوا بقبول فائق الاحترام.

إدارة التعاون الدولي
منظمة الهلال الأحمر العربي السوري
دمشق
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    pdf = make_pdf(["Syrian Arab Red Crescent (SARC)", "Voluntary GCM Review Report 2021 (Arabic version)",
                    "Restoring Family Links, support to returnees, health response for IDPs",
                    "Branches: Aleppo, Homs, Deir ez-Zor, Rural Damascus"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [t, att], "----=_NextPart_000_00A7_01D6FF9C.52E41B90")
    rows = std_rows(when, "mx.sarc-intl.example.sy", "82.137.200.41", "4DZq6m1Ct4z0",
                    addr("SARC International Cooperation", "intl.coop@sarc-intl.example.sy"),
                    hdr("التقرير الطوعي لمنظمة الهلال الأحمر العربي السوري - المراجعة الإقليمية للاتفاق العالمي للهجرة"),
                    rfcdate(tz(sent, 2)), "<00a701d6ff9c$52e41b90$f8ac52b0$@sarc-intl.example.sy>",
                    ret="intl.coop@sarc-intl.example.sy")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sy")]
    m = top(body, rows)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA from a national Red Crescent society; collective report with branches; announces an "
              "English version to follow (not yet a revision); long RFC 2047 Arabic subject; base64 text; "
              "sender is a department, not a person."))


M18_ID = "<20210211094512.GA27731@lcdm-libye.example.org>"
M18_NAME = "Rapport_PMM_Reseau_Fezzan_2021.pdf"


def m18():
    when = at("2021-02-11 09:45:40")
    sent = when - dt.timedelta(seconds=28)
    text = """Salam,

Ci-joint le rapport du Réseau des comités de protection du Fezzan (RCPF) pour l'examen régional du PMM. C'est un rapport collectif, on l'a rédigé à plusieurs mains avec les comités de Sebha, Oubari, Mourzouk et Ghat, donc excusez le style un peu inégal.

Dans le rapport on parle surtout des migrants bloqués dans le sud, des expulsions vers la frontière nigérienne et de l'accès aux soins. On a mis aussi quelques recommandations pour les autorités locales.

Merci de nous confirmer la bonne réception svp, la connexion ici coupe tout le temps.

Fraternellement,
Abdelkader Ag Mohamed
Point focal du RCPF
Sebha, Libye
"""
    t = leaf("text/plain", text, "iso-8859-15", "quoted-printable")
    pdf = make_pdf(["Reseau des comites de protection du Fezzan (RCPF)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Sebha, Oubari, Mourzouk, Ghat - fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", M18_NAME)],
               disp="attachment; filename=\"%s\"" % M18_NAME)
    body = multi("mixed", [t, att], "KsGdsel6WgEHnImy")
    rows = std_rows(when, "smtp.lcdm-libye.example.org", "41.208.71.9", "4F0bP2rK6z5m",
                    "Abdelkader Ag Mohamed <rcpf.fezzan@lcdm-libye.example.org>",
                    "Rapport PMM - RCPF (Fezzan)", rfcdate(tz(sent, 2)), M18_ID,
                    ret="rcpf.fezzan@lcdm-libye.example.org")
    rows += [("User-Agent", "Mutt/1.10.1 (2018-07-13)")]
    m = top(body, rows)
    add(18, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M18_NAME],
        notes="Maghrebi French opening with 'Salam'; collective report of protection committees in southern "
              "Libya; ISO-8859-15 quoted-printable text from Mutt; asks for confirmation of receipt."))


def m19():
    when = at("2021-02-12 17:22:09")
    sent = when - dt.timedelta(seconds=35)
    name = "تقرير مؤسسة سند اليمنية - الاتفاق العالمي للهجرة.pdf"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الأعزاء في الشبكة الإقليمية

مرفق لكم التقرير الطوعي لمؤسسة سند للتنمية والإغاثة - اليمن، عن أوضاع المهاجرين من القرن الأفريقي العالقين في مأرب وعدن ولحج، والله يعطيكم العافية على الجهود.

ملاحظة: التقرير بالعربي، وإذا تبغون نسخة إنجليزية نقدر نرسلها بعد أسبوع إن شاء الله.

تحياتي
علي باوزير
مدير البرامج
مؤسسة سند للتنمية والإغاثة
المكلا - حضرموت
"""
    html = ('<div dir="rtl" style="font-family:Tahoma;font-size:13px">' + text2html(text) +
            '<p><img src="cid:sanad_logo@sanad-ye" width="120" height="40" alt="Sanad"></p></div>')
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                leaf("text/html", html_wrap(html, "rtl"), "utf-8", "base64")],
                "=_8c1f40a2b7e3d95e0a1b_alt")
    logo = leaf("image/png", make_png(24, 8, (0, 122, 61)), cte="base64", params=[("name", "image001.png")],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<sanad_logo@sanad-ye>")])
    related = multi("related", [alt, logo], "=_8c1f40a2b7e3d95e0a1b_rel", params=[("type", '"multipart/alternative"')])
    pdf = make_pdf(["Sanad Foundation for Development and Relief - Yemen",
                    "Voluntary GCM Review Report 2021 (Arabic)",
                    "Horn of Africa migrants stranded in Marib, Aden and Lahj"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(name))],
               disp='attachment; filename="%s"' % b_word(name))
    body = multi("mixed", [related, att], "=_8c1f40a2b7e3d95e0a1b")
    rows = std_rows(when, "mail.sanad-ye.example.org", "134.35.10.88", "4F1Gw8Tn3z2c",
                    addr("علي باوزير", "a.bawazir@sanad-ye.example.org"),
                    hdr("التقرير الطوعي - مؤسسة سند"), rfcdate(tz(sent, 3)),
                    "<e3b9c1a7f05d42a8b6c0d7e1f2a3b4c5@sanad-ye.example.org>",
                    ret="a.bawazir@sanad-ye.example.org")
    rows += [("X-Mailer", "Open-Xchange Mailer v7.10.4-Rev14")]
    m = top(body, rows)
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Gulf/Yemeni colloquial touches ('تبغون', 'نقدر', 'يعطيكم العافية'); PDF with an Arabic name encoded "
              "only as RFC 2047 inside quotes (non-standard but common); an inline signature logo image001.png in "
              "multipart/related is not part of the report; offers an English version later."))


def m20():
    when = at("2021-02-13 10:02:48")
    sent = when - dt.timedelta(seconds=13)
    ack_id = "<ack-20210211-0946.2c81@gcmrrarabstates.iom.int>"
    text = """Bien reçu, merci beaucoup pour votre réponse rapide !
Bonne continuation à toute l'équipe.

Abdelkader

Le jeu. 11 févr. 2021 à 09:47, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :
> Dear Abdelkader Ag Mohamed,
>
> Thank you. We confirm receipt of your voluntary GCM review report
> (Rapport_PMM_Reseau_Fezzan_2021.pdf).
>
> GCM Regional Review - Arab States
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.lcdm-libye.example.org", "41.208.71.9", "4F1vR5kW0z9h",
                    "Abdelkader Ag Mohamed <rcpf.fezzan@lcdm-libye.example.org>",
                    hdr("Re: Accusé de réception / Rapport PMM - RCPF (Fezzan)", "utf-8", "Q"), rfcdate(tz(sent, 2)),
                    "<20210213100235.GB4410@lcdm-libye.example.org>", ret="rcpf.fezzan@lcdm-libye.example.org",
                    extra=[("In-Reply-To", ack_id), ("References", M18_ID + "\r\n " + ack_id)])
    rows += [("User-Agent", "Mutt/1.10.1 (2018-07-13)")]
    m = top(body, rows)
    add(20, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h87-18.eml",
        notes="thank-you reply to our acknowledgement of h87-18 that adds nothing new -> no acknowledgement; our "
              "quoted English ack mentions the report file name but there is no attachment; References carry the "
              "original Message-ID of h87-18."))


def m21():
    when = at("2021-02-15 14:40:02")
    sent = when - dt.timedelta(seconds=19)
    text = """Hi there,

Quick logistics question from our side. Our Country Director, who is confirmed for roundtable 3 on the 24th per your email of last week, will be joining from Erbil where connectivity is unreliable. Could we have a colleague on standby in case she drops (same organisation)? And will the Zoom link be personal or the same for all participants?

Also - will there be Kurdish interpretation? Probably not, just checking, some of the committee members we work with would like to follow.

Thanks a lot
Jwan

Jwan Rasul | Programme Officer
Kurdistan Region Office, Civil Relief Alliance
Erbil, Iraq
Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-qt1-f172.google.example.com", "209.85.160.172", "4F2mC0hX7z1s",
                    "Jwan Rasul <jwan.rasul@cra-iraq.example.org>",
                    "Zoom link + backup speaker question", rfcdate(tz(sent, 3)),
                    "<8D2F6A1C-3E5B-4F70-9A8C-B1D2E3F40516@cra-iraq.example.org>",
                    ret="jwan.rasul@cra-iraq.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(21, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (backup speaker, Zoom link, Kurdish interpretation) about a speaker already "
              "confirmed elsewhere; mentions 'roundtable 3', a Country Director and a possible stand-in but proposes "
              "nobody by name -> other, no speakers; iPhone, UTC+3."))


def m22():
    when = at("2021-02-16 23:56:14")
    sent = when - dt.timedelta(seconds=22)
    name = "Contribution_volontaire_Comites_Darfour_PMM_2021.pdf"
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre, au nom de la coordination des comités de protection communautaire des camps de Kalma et d'Otash (Darfour-Sud), notre contribution volontaire à l'examen régional du Pacte mondial pour les migrations.

Ce rapport a été rédigé en arabe par les comités puis traduit en français par nos soins à Paris ; nous vous prions d'excuser les éventuelles imperfections. Une version arabe peut vous être transmise si nécessaire.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Hawa Abakar Ishag
Chargée de liaison Europe
Coordination des comités de protection communautaire – Darfour-Sud
"""
    html = "<html><body style='font-family:Calibri'>" + text2html(text) + "</body></html>"
    alt = multi("alternative", [leaf("text/plain", text, "windows-1252", "quoted-printable"),
                                leaf("text/html", html, "windows-1252", "quoted-printable")],
                "----=_NextPart_001_0007_01D704AE.C1F08E60")
    pdf = make_pdf(["Coordination des comites de protection communautaire - Darfour-Sud",
                    "Contribution volontaire a l'examen regional du PMM 2021",
                    "Camps de Kalma et d'Otash"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name)
    body = multi("mixed", [alt, att], "----=_NextPart_000_0006_01D704AE.C1F08E60")
    rows = std_rows(when, "smtp-out.orange.example.fr", "80.12.242.130", "4F3Jx2qB8z6d",
                    "=?windows-1252?Q?Hawa_Abakar_Ishag?= <hawa.ishag@orange.example.fr>",
                    "Contribution volontaire - PMM - comites Darfour", rfcdate(tz(sent, 1)),
                    "<000601d704ae$c1f08e60$45d1ab20$@orange.example.fr>", ret="hawa.ishag@orange.example.fr")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:56:14 Beirut on Tue 16 Feb (on time); Date header 'Tue, 16 Feb 2021 "
              "22:55:52 +0100' (Paris); called 'contribution volontaire' rather than 'rapport'; diaspora liaison "
              "sending for Sudanese camp committees; windows-1252 QP."))


def m23():
    when = at("2021-02-17 00:04:31")
    sent = when - dt.timedelta(seconds=26)
    name = "GCM review - Sinjar Returnees Network.pdf"
    text = """Hello,

Attached please find the voluntary review report of the Sinjar Returnees Network (SRN), a network of Yazidi returnee and IDP committees in Sinjar and Dohuk camps. Sorry it comes on the last day, our board only approved it this afternoon.

Regards,
Khairy Murad
SRN board member (currently in Manchester)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "0000000000003f7a9d05bb7011e2")
    pdf = make_pdf(["Sinjar Returnees Network (SRN)", "Voluntary GCM Review Report 2021",
                    "Returns to Sinjar and conditions in Dohuk IDP camps"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl9b7c2e0")])
    body = multi("mixed", [alt, att], "0000000000003f7a9f05bb7011e4")
    rows = std_rows(when, "mail-wm1-f50.google.example.com", "209.85.128.50", "4F3Kb6vN1z0p",
                    "Khairy Murad <khairy.murad.srn@gmail.example.com>",
                    "SRN voluntary report", rfcdate(tz(sent, 0)),
                    "<CAMx5tQ2wE8rY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4e@mail.gmail.example.com>",
                    ret="khairy.murad.srn@gmail.example.com")
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by about four minutes: received 00:04:31 Beirut on Wed 17 Feb, while the Date header is "
              "'Tue, 16 Feb 2021 22:04:05 +0000' (Manchester) and the body says 'on the last day'; file name with "
              "spaces and a hyphen."))


def m24():
    when = at("2021-02-18 12:30:47")
    sent = when - dt.timedelta(seconds=16)
    html = """<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Nous sommes une petite association de femmes syriennes réfugiées à Irbid (Nour Al-Amal). Nous n'avons pas pu envoyer de rapport ni de demande à temps car nous n'avons reçu la lettre d'invitation que cette semaine par un partenaire.</div><div><br></div><div>Est-ce qu'il sera possible de suivre la conférence en ligne comme observatrices ? Et est-ce que les enregistrements ou le rapport final de la conférence seront publiés quelque part ?</div><div><br></div><div>Merci infiniment,</div><div>Ghalia Al-Masri</div><div>Association Nour Al-Amal – Irbid</div></div>
"""
    plain = """Bonjour,

Nous sommes une petite association de femmes syriennes réfugiées à Irbid (Nour Al-Amal). Nous n'avons pas pu envoyer de rapport ni de demande à temps car nous n'avons reçu la lettre d'invitation que cette semaine par un partenaire.

Est-ce qu'il sera possible de suivre la conférence en ligne comme observatrices ? Et est-ce que les enregistrements ou le rapport final de la conférence seront publiés quelque part ?

Merci infiniment,
Ghalia Al-Masri
Association Nour Al-Amal – Irbid
"""
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000a2c55d05bba2e6f7")
    rows = std_rows(when, "mail-lf1-f47.google.example.com", "209.85.167.47", "4F4Zt1yD3z8w",
                    "Ghalia Al-Masri <nour.alamal.irbid@gmail.example.com>",
                    hdr("Question - suivre la conférence en ligne ?", "utf-8", "Q"), rfcdate(tz(sent, 2)),
                    "<CAE9kL2mN5bV8cX1zQ4wR7tY0uI3oP6aS9dF2gH5jK8lZ1xC@mail.gmail.example.com>",
                    ret="nour.alamal.irbid@gmail.example.com")
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="after both deadlines, no report and no speaker request: a question about following online as "
              "observers and publication of recordings; mentions 'rapport' and 'demande' only to say none was sent; "
              "Levantine French (Syrian refugees in Irbid); base64 multipart/alternative."))


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
