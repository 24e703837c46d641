#!/usr/bin/env python3
"""Write the blind evaluation set holdout240 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets240.py
Theme: the private sector and money (22 January - 18 February 2021).  A retail bank in Manama and a bank for the
diaspora in Casablanca, an Egyptian exchange house writing from the chairman's office on an iPhone, a Mauritanian
money-transfer company, a Qatari exchange house, a remittance-data vendor's cold sales pitch, a fintech start-up in
Amman whose nominee is only in an attached form, a Tunisian union of private placement agencies committed to
'zero fees' (speakers in an Outlook table), a Nepali recruitment agency writing late from a phone, a Gulf-South Asia
business council nominating three people for three roles (one Cc address bounces), employers' bodies in Kuwait and
Iraq (a report pasted in the body, a collective report), a Jordanian garment factories' association whose HR
manager nominates himself in his signature, chambers of commerce in the West Bekaa and in Tamanrasset (the latter at
23:41 on the speaker deadline), a Beirut hotel group sending its CSR report as its voluntary report, a Moroccan hotel
group's DRH proposed through a forwarded internal chain, an Omani hotel group's HR director.  Corporate signatures
with four phone numbers, P.O. boxes and towers, bilingual legal disclaimers and 'consider the environment' footers,
titles such as Head of Corporate Affairs, DRH, Directeur RSE, مدير الموارد البشرية; an Arabic and a French
out-of-office, a bounce, a thank-you and questions answering our acknowledgements.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed,
                     gmail_html, hdr, html_only, leaf, make_docx, make_png, mk, multi, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(240)
add = SET.add
H = "h240-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


def yahoo_html(text):
    lines = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp4c19e7a2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  other  Manama retail bank: may a private bank submit? (Outlook, long disclaimer)
def m01():
    when = at("2021-01-22 10:12:38")
    subj = "Query - participation of a private bank in the GCM Regional Review"
    text = """Dear Sir / Madam,

Good morning from Manama.

I am writing on behalf of Arabian Crescent Bank (ACB). Since 2018 the Bank has offered a basic "Tasheel" account for migrant domestic and construction workers in Bahrain, with a flat remittance fee and salary deposits under the Wage Protection System. We now serve some 38,000 account holders from South Asia, the Philippines and East Africa.

Our Group Corporate Affairs & Sustainability team has read the invitation to the Regional Review with great interest and we are considering a contribution. Before we take this to our Management Committee, could you kindly clarify the following:

1. Is the voluntary GCM review report open to a private, listed bank, or should our input go through the Central Bank or the national focal point?
2. Will the reports received be published? Part of our data (corridor volumes, pricing) is commercially sensitive and would have to be removed from a public version.
3. If we submit a report, would the Bank also be considered for a speaking slot in one of the plenary sessions? Our Chief Executive would be the natural person, subject to his agenda.

Many thanks in advance for your guidance.

Kind regards,

Yousif Jassim Al-Mannai
Head of Corporate Affairs
Group Corporate Affairs & Sustainability
Arabian Crescent Bank B.S.C.
Crescent Tower, Building 1450, Road 4626, Block 346, Manama / Sea Front, Kingdom of Bahrain
P.O. Box 00000, Manama
Direct: +973 1700 0000 | Mobile: +973 3900 0000 | Switchboard: +973 1700 0001 | Fax: +973 1700 0002
www.acb.example.bh

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender immediately and delete it from your system; you must not copy, disclose or distribute its contents to any other person. Any views or opinions presented in this e-mail are solely those of the author and do not necessarily represent those of Arabian Crescent Bank B.S.C. ("the Bank"). The Bank accepts no liability for any damage caused by any virus transmitted by this e-mail, nor for any loss or damage arising from the use of the information it contains. Arabian Crescent Bank B.S.C. is licensed and regulated by the Central Bank of Bahrain as a conventional retail bank. Commercial Registration No. 00000-1.

إخلاء مسؤولية: هذه الرسالة الإلكترونية وأي ملفات مرفقة بها سرية ومخصصة فقط لاستخدام الشخص أو الجهة الموجهة إليها. إذا تلقيت هذه الرسالة عن طريق الخطأ، يرجى إبلاغ المرسل فوراً وحذفها من نظامك. بنك الهلال العربي ش.م.ب مرخص من قبل مصرف البحرين المركزي.

Please consider the environment before printing this e-mail.
"""
    cid = "image001.png@01D6F0A1.7B3C2E40"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (150, 20, 40))], "_004_DB8PR07MB6219A4C1E7F2B903_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR07MB6219A4C1E7F2B903_")
    m = mk(when, sent_at(when, 3, 8), "mail-db8eur07on0624.outbound.protection.outlook.example.com",
           "198.51.100.124", "4DMd2R7kVtz3", "Yousif Jassim Al-Mannai <yousif.almannai@acb.example.bh>", subj,
           "<DB8PR07MB6219A4C1E7F2B903@DB8PR07MB6219.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbwqL7Tn2Xc4Vb6Nm8Qa0Ws2Ed4Rf6Tg==", lang="en-US", has_attach="yes"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a retail bank before it commits (may a private listed bank submit a voluntary report or "
              "must it go through the Central Bank, will reports be published, could its Chief Executive - unnamed - "
              "get a plenary slot): nothing is submitted and nobody is proposed, although 'voluntary GCM review "
              "report', 'speaking slot' and 'plenary sessions' all appear. The signature (four phone numbers, "
              "P.O. Box) and the English + Arabic legal disclaimer are longer than the questions; Outlook related "
              "part with an inline logo; Date in UTC+3."))


# ================================================================ 02  FR  speaker  Tunisian union of placement agencies, two speakers in an Outlook table
def m02():
    when = at("2021-01-25 09:41:17")
    subj = "UBPPI - Proposition d'intervenants / Examen régional du PMM"
    intro = """Madame, Monsieur,

L'Union des Bureaux Privés de Placement à l'International (UBPPI) regroupe 46 agences tunisiennes de placement à l'étranger agréées par le ministère de la Formation professionnelle et de l'Emploi, toutes signataires de notre charte « zéro frais pour le travailleur ». Nos membres placent chaque année près de 3 000 infirmiers, ingénieurs, techniciens et ouvriers qualifiés en Allemagne, en France, au Qatar, en Arabie saoudite et au Canada.

Suite à la lettre d'invitation reçue le 20 janvier, nous avons le plaisir de vous proposer les intervenants suivants :"""
    rows = [("Nom et prénom", "Fonction", "Session souhaitée"),
            ("Mme Samia Belhaj Kacem", "Présidente de l'UBPPI", "Table ronde thématique n° 2 (24-25 février)"),
            ("M. Hatem Mejri", "Directeur exécutif",
             "Discussion ouverte de la consultation multipartite (23 février)")]
    outro = """Nous restons à votre entière disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Nesrine Gharbi
Chargée de communication et relations institutionnelles
Union des Bureaux Privés de Placement à l'International (UBPPI)
Immeuble Les Jasmins, Bloc B, 2e étage - Rue du Lac Léman, 1053 Les Berges du Lac, Tunis
Tél. : +216 71 000 000 / +216 71 000 001 | GSM : +216 98 000 000 | Fax : +216 71 000 002
www.ubppi.example.tn

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'UBPPI décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
DISCLAIMER: This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use or dissemination is prohibited. If you have received this message in error, please notify the sender immediately and delete it.

Préservons l'environnement : n'imprimez ce courriel que si nécessaire."""
    # Outlook's plain-text rendering of a table: every cell on a line of its own, rows separated by a blank line
    table_txt = "\n\n".join("\n".join(r) for r in rows)
    text = intro + "\n\n" + table_txt + "\n\n" + outro + "\n"
    def para(t):
        return "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                       for p in t.split("\n\n"))
    cells = ""
    for k, r in enumerate(rows):
        tag = "b" if k == 0 else "span"
        cells += "<tr>" + "".join(
            '<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            '<p class="MsoNormal"><%s>%s</%s><o:p></o:p></p></td>' % (tag, esc(c), tag) for c in r) + "</tr>\n"
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tbody>\n%s</tbody></table>\n' % cells)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="FR" link="#0563C1"><div class="WordSection1">'
            '%s%s<p class="MsoNormal"><o:p>&nbsp;</o:p></p>%s</div></body></html>\n' % (para(intro), table, para(outro)))
    body = alt(text, "_000_AM0PR10MB2897F3B6D1C4E820_", html=html)
    m = mk(when, sent_at(when, 1, 7), "mail-am0eur10on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DPQ7m2LsHz5", addr("Nesrine Gharbi", "communication@ubppi.example.tn"),
           hdr(subj, enc="Q"), "<AM0PR10MB2897F3B6D1C4E820@AM0PR10MB2897.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzBq4Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl1Zx==", lang="fr-FR"))
    aff = "Union des Bureaux Privés de Placement à l'International (UBPPI)"
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Belhaj Kacem", "Présidente", aff, ["roundtable"], 2),
        sp("Hatem Mejri", "Directeur exécutif", aff, ["open_discussion"])],
        notes="union of Tunisian private placement agencies ('zéro frais pour le travailleur'); two speakers in an "
              "Outlook HTML table whose plain-text alternative puts every cell on a line of its own (header row "
              "first, rows separated by blank lines); 'Mme'/'M.' dropped; 'Présidente de l'UBPPI' recorded without "
              "the trailing acronym; affiliation from the first paragraph and signature. The sender (communication "
              "officer) is not a speaker; signature with four phone numbers and a bilingual disclaimer."))


# ================================================================ 03  AR  speaker  Jordanian garment factories' association: HR manager nominates himself, details only in his bilingual signature
def m03():
    when = at("2021-01-27 13:26:44")
    subj = "طلب مداخلة في الجلسة العامة - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى الدعوة الموجهة إلى القطاع الخاص للمشاركة في الاستعراض الإقليمي، أودّ أن أعبّر عن رغبتي في تقديم مداخلة في إحدى الجلسات العامة للمؤتمر يومي 24 و25 شباط 2021.

تضم الرابطة 31 مصنعاً للألبسة في المناطق الصناعية المؤهلة في إربد والضليل والكرك، يعمل فيها ما يزيد على 27 ألف عامل وعاملة، نحو ثلثيهم من العمال المهاجرين من بنغلادش وسريلانكا ونيبال والهند ومدغشقر. وستتناول المداخلة تجربة المصانع الأعضاء في تطبيق مبدأ «صاحب العمل يدفع» في الاستقدام، ووقف حجز جوازات السفر، وتحويل الأجور إلى حسابات بنكية ومحافظ إلكترونية خلال جائحة كورونا.

أرجو التكرم بإعلامي بما يلزم لاستكمال الطلب.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد يوسف العمري
مدير الموارد البشرية والعلاقات العمالية
رابطة مصانع الألبسة في المناطق الصناعية المؤهلة (GFA-QIZ)

Eng. Khaled Yousef Al-Omari
HR & Labour Relations Manager
Garment Factories Association - Qualifying Industrial Zones (GFA-QIZ)
Al-Hassan Industrial Estate, P.O. Box 000, Irbid 21110 - Jordan
Tel: +962 2 740 0000 Ext. 214 | Mobile: +962 79 000 0000 | Fax: +962 2 740 0001

This e-mail message and any attachment are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. GFA-QIZ does not accept liability for any errors or omissions in the contents of this message which arise as a result of e-mail transmission.
الرجاء مراعاة البيئة قبل طباعة هذه الرسالة.
"""
    body = alt(text, "_000_VI1PR08MB4471C2E9A5B7D316_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-vi1eur08on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4DQv3N8pWkz1", "Khaled Al-Omari <k.alomari@gfa-qiz.example.jo>", hdr(subj),
           "<VI1PR08MB4471C2E9A5B7D316@VI1PR08MB4471.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "Adb0pT3Wy5Ui7Oa9Sd1Fg3Hj5Kl7Zx9Cv==", lang="ar-JO"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد يوسف العمري", "مدير الموارد البشرية والعلاقات العمالية",
           "رابطة مصانع الألبسة في المناطق الصناعية المؤهلة (GFA-QIZ)", ["plenary"])],
        notes="self-nomination ('أودّ أن أعبّر عن رغبتي في تقديم مداخلة في إحدى الجلسات العامة'): the body never "
              "names the speaker; name, title and organisation are only in the sender's signature, written twice "
              "(Arabic, then English with 'Eng.'); Arabic values recorded for an Arabic message, 'م.' dropped, "
              "acronym as written after the Arabic name. English legal disclaimer and an Arabic environment line "
              "after the signature; Latin-script From name; Outlook base64, Content-Language ar-JO."))


# ================================================================ 04  EN  speaker  Gulf-South Asia business council: three people, three roles, one from a member company
M04_ID = "<CAMx3pQ7vN1kR8tW+c5Hz2Lb9dY4sFe6gA0@mail.gmail.example.com>"
M04_SUBJ = "GSABC nominations - Regional Review of the GCM (Arab region)"
M04_QID = "4DRb6K1nTwz8"
M04_CC_BAD = "anjali.menondsouza@meridiangulf.example.ae"


def m04():
    when = at("2021-01-28 11:50:07")
    text = """Dear Colleagues at the Regional UN Network on Migration,

Warm greetings from the GSABC Secretariat in Dubai.

The Gulf–South Asia Business Council for Fair Employment (GSABC) brings together 64 employers, recruitment agencies and service providers in the UAE, Qatar, Oman and Kuwait that hire workers from India, Pakistan, Bangladesh, Nepal and Sri Lanka and have signed our Employer Pays Pledge. Following the Council's Executive Committee meeting on 26 January, I am pleased to share our nominations for the Regional Review.

Our Chairman, Mr. Humaid Obaid Al Ketbi, would like to deliver a floor intervention in one of the plenary sessions on 24 or 25 February, on the business case for reimbursing recruitment fees.

We would also like to propose Ms. Anjali Menon-D'Souza, Head of Responsible Sourcing at Meridian Gulf Logistics LLC, one of our founding member companies, for a floor intervention in the fourth thematic roundtable. Anjali led the programme that repaid USD 1.2 million in recruitment fees to 2,300 workers in 2019-2020.

Finally, Dr. Tariq Hameed Siddiqui, Research Lead at the GSABC Secretariat, would be glad to serve as one of the rapporteurs delivering the stakeholders' key messages, if you are still looking for volunteers.

Anjali and Mr. Al Ketbi are copied on this message.

With best regards,

Farhan Qureshi
Secretariat Manager
Gulf–South Asia Business Council for Fair Employment (GSABC)
Office 1204, Level 12, Business Central Tower B, Dubai Internet City, Dubai, UAE
T +971 4 000 0000 | M +971 50 000 0000 | WhatsApp +971 55 000 0000
gsabc.example.org
"""
    body = alt(text, "000000000000a3c71e05b9f21d64", html=gmail_html(text))
    m = mk(when, sent_at(when, 4, 6), "mail-pj1-f54.google.example.com", "192.0.2.54", M04_QID,
           "Farhan Qureshi <farhan.qureshi@gsabc.example.org>", M04_SUBJ, M04_ID, body,
           cc='"Anjali Menon-D\'Souza" <%s>, Humaid Al Ketbi <chairman@gsabc.example.org>' % M04_CC_BAD)
    gs = "Gulf–South Asia Business Council for Fair Employment (GSABC)"
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Humaid Obaid Al Ketbi", "Chairman", gs, ["plenary"]),
        sp("Anjali Menon-D'Souza", "Head of Responsible Sourcing", "Meridian Gulf Logistics LLC", ["roundtable"], 4),
        sp("Tariq Hameed Siddiqui", "Research Lead", gs, ["rapporteur"])],
        notes="business council nominating three people in three paragraphs, each for a different role ('plenary "
              "sessions', 'fourth thematic roundtable' = 4, rapporteur offered 'if you are still looking for "
              "volunteers'); the second speaker works for a member company, so her affiliation is the company, not "
              "the council; 'Our Chairman' is his title; 'Research Lead at the GSABC Secretariat' recorded as "
              "'Research Lead'; 'Mr.'/'Ms.'/'Dr.' dropped; hyphenated surname with an apostrophe; en dash in the "
              "council's name. The sender is not a speaker. Our acknowledgement's copy to the mistyped Cc address "
              "bounces (h240-05)."))


# ================================================================ 05  EN  bounce  user unknown for the Cc copy of our acknowledgement of 04
def m05():
    when = at("2021-01-28 11:50:41")
    text = POSTFIX_NOTICE + """
<%s>: host mx.meridiangulf.example.ae[203.0.113.58] said:
    550 5.1.1 <%s>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""" % (M04_CC_BAD, M04_CC_BAD)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DRb7D5qHmz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.meridiangulf.example.ae\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), M04_CC_BAD, M04_CC_BAD, M04_CC_BAD))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Farhan Qureshi <farhan.qureshi@gsabc.example.org>\n"
            "Cc: \"Anjali Menon-D'Souza\" <%s>,\n Humaid Al Ketbi <chairman@gsabc.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M04_CC_BAD, M04_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M04_QID),
                                  M04_ID, M04_ID))
    body = dsn_report(text, dsn, hdrs, "4DRb7D5qHmz2.1611827441/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DRb7Jx0Ncz9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210128095041.4DRb7Jx0Ncz9@mx1.iom.int>")]
    add(5, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the copy of our acknowledgement of h240-04 sent to the mistyped "
              "Cc address of the second nominee; the returned headers carry the nominations subject, three "
              "addresses and a display name with an apostrophe. Never acknowledge; thread_of null as for dev "
              "bounces."))


# ================================================================ 06  EN  report  Beirut hotel group's Sustainability & CSR report sent as its voluntary report
M06_FILE = "Cedarview_Sustainability_CSR_Report_2020.pdf"


def m06():
    when = at("2021-01-29 15:30:52")
    subj = "Cedarview Hospitality Group – contribution to the voluntary GCM review"
    text = """Dear GCM Regional Review team,

Further to the invitation shared with us by our industry association, please find attached Cedarview Hospitality Group's Sustainability & CSR Report 2020, which we would like to submit as our voluntary report for the regional review of the Global Compact for Migration.

The Group operates eleven hotels in Lebanon, Jordan and the Kurdistan Region of Iraq and employs 1,940 colleagues of 27 nationalities. Chapter 4 of the report ("Our People", pp. 31-44) covers the recruitment and working conditions of our migrant colleagues - housekeeping, kitchen, laundry and security staff, mainly from Ethiopia, Sri Lanka, Bangladesh, Sudan and Syria - including our no-fee recruitment policy, the end of passport retention in all properties since 2019, and our response to the 4 August port explosion, after which 140 migrant colleagues lost their accommodation.

We would be happy to answer any questions.

Best regards,

Maya Aractingi
Head of Corporate Affairs & Sustainability
Cedarview Hospitality Group s.a.l.
Cedarview Tower, Charles Helou Avenue, Achrafieh, Beirut - Lebanon
T +961 1 000 000 ext. 1207 | M +961 3 000 000 | F +961 1 000 001
www.cedarview-hotels.example.com

This message (including any attachments) is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged, confidential and exempt from disclosure under applicable law. If you are not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. Cedarview Hospitality Group s.a.l. - Commercial Register Beirut 000000.
Cedarview is a Green Key certified group. Please think of the environment before printing this e-mail.
"""
    c1, c2 = "A1E4F7C2-3B9D-4E60-8F15-2C7A9D0E3B61", "B7D2C9E4-1A6F-4B83-9E20-5F3A8C1D6E94"
    html = outlook_html(text, lang="EN-GB").replace(
        "</div></body>", '<p class="MsoNormal"><img width="140" height="48" src="cid:%s">&nbsp;&nbsp;'
                         '<img width="48" height="48" src="cid:%s"></p></div></body>' % (c1, c2))
    rel = multi("related", [leaf("text/html", html), logo(c1, (120, 84, 40), "cedarview_logo.png"),
                            logo(c2, (30, 140, 70), "green_key_badge.png")],
                "B_3694608652_1289021735", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "B_3694608652_1071188345")
    pdf = rep_pdf("Sustainability & CSR Report 2020", "Cedarview Hospitality Group s.a.l.",
                  ["Message from the Group CEO", "Our hotels and our guests", "Environment and energy",
                   "Our People: recruitment, housing and welfare of migrant colleagues",
                   "After 4 August: emergency support", "GRI content index"])
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "B_3694608652_1523977209")
    m = mk(when, sent_at(when, 2, 9), "mail-he1eur04on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", "4DS9hT5wLmz6", "Maya Aractingi <m.aractingi@cedarview-hotels.example.com>",
           hdr(subj), "<4E2B8D1A-7C3F-4A95-B0E6-9D1F5C2A7E38@cedarview-hotels.example.com>", body,
           extra=[("Thread-Topic", hdr(subj)), ("Thread-Index", "AQHW9kZ3c1Hn4Tq7Rk2Vb8Xm5Nw=="),
                  ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"), ("User-Agent", MAC_OUTLOOK)])
    add(6, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="a hotel group submits its corporate Sustainability & CSR Report 2020 'as our voluntary report': the "
              "file name says CSR, not GCM, and only one chapter is about migrant staff, but the sender presents it "
              "as the voluntary report. Outlook for Mac: multipart/mixed [alternative [plain, related [html, two "
              "inline signature images: a logo and a certification badge]], PDF]; the inline images are not part of "
              "the report. Long disclaimer and environment line; en dash in the subject."))


# ================================================================ 07  FR  speaker  Moroccan hotel group: the DRH proposed through a forwarded internal Outlook chain
M07_ID = "<PR0P264MB1638E5A2C9B4D170@PR0P264MB1638.FRAP264.PROD.OUTLOOK.example.com>"
M07_SUBJ = "TR: Examen régional PMM - candidature de notre DRH"
M07_QID = "4DTh4W2mNcz7"


def m07():
    when = at("2021-02-01 10:05:29")
    text = """Bonjour,

À la demande de M. Lahlou, Directeur Général, je vous transfère ci-dessous la proposition de notre Groupe pour la conférence régionale. Mme Amrani Bennis est en copie.

Bien cordialement,

Siham El Idrissi
Assistante de Direction Générale
Groupe Hôtelier Atlas Océan
Tél. : +212 5 28 00 00 00 - Poste 101

De : Hicham Lahlou <h.lahlou@atlasocean-hotels.example.ma>
Envoyé : vendredi 29 janvier 2021 19:12
À : Siham El Idrissi <s.elidrissi@atlasocean-hotels.example.ma>
Cc : Nadia Amrani Bennis <n.amranibennis@atlasocean-hotels.example.ma>
Objet : TR: Conférence PMM / table ronde

Siham,

Merci de transmettre à l'adresse de l'OIM (gcmrrarabstates@iom.int) la candidature de notre DRH pour intervenir à la table ronde 3, le 24 ou le 25 février. Elle y présentera notre programme d'intégration des travailleurs saisonniers subsahariens dans nos hôtels d'Agadir et de Marrakech. Ses coordonnées sont ci-dessous.

Merci
HL

Envoyé de mon iPhone

De : Nadia Amrani Bennis <n.amranibennis@atlasocean-hotels.example.ma>
Envoyé : vendredi 29 janvier 2021 17:40
À : Hicham Lahlou <h.lahlou@atlasocean-hotels.example.ma>
Objet : RE: Conférence PMM / table ronde

Bonsoir Hicham,

Avec plaisir, je suis disponible ces deux jours. Voici ma signature pour l'inscription :

Nadia AMRANI BENNIS
Directrice des Ressources Humaines Groupe
Groupe Hôtelier Atlas Océan (GHAO)
Siège : Boulevard du 20 Août, Secteur touristique, 80000 Agadir - Maroc
Tél. : +212 5 28 00 00 10 | GSM : +212 6 61 00 00 00 | Fax : +212 5 28 00 00 11

Bonne soirée,
Nadia

De : Hicham Lahlou <h.lahlou@atlasocean-hotels.example.ma>
Envoyé : vendredi 29 janvier 2021 16:55
À : Nadia Amrani Bennis <n.amranibennis@atlasocean-hotels.example.ma>
Objet : Conférence PMM / table ronde

Nadia,

L'OIM et les Nations Unies organisent fin février l'examen régional du Pacte mondial sur les migrations pour la région arabe. Serais-tu d'accord pour y présenter notre expérience avec les saisonniers ? On pourrait demander une table ronde.

HL
"""
    body = alt(text, "_000_PR0P264MB1638E5A2C9B4D170_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 7), "mail-pr0fra01on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", M07_QID, "Siham El Idrissi <s.elidrissi@atlasocean-hotels.example.ma>",
           hdr(M07_SUBJ, enc="Q"), M07_ID, body,
           cc="Nadia Amrani Bennis <n.amranibennis@atlasocean-hotels.example.ma>",
           extra=outlook(hdr(M07_SUBJ, enc="Q"), "AQHW9lC2k7Rt1Yu5Io9Pa2Sd4Fg6Hj8Kl0Zx3Cv5Bn7==", lang="fr-FR"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Amrani Bennis", "Directrice des Ressources Humaines Groupe", "Groupe Hôtelier Atlas Océan (GHAO)",
           ["roundtable"], 3)],
        notes="forwarded internal Outlook chain (three messages quoted under 'De : / Envoyé : / Objet :' blocks, not "
              "'>'-prefixed): the assistant who sends and the Director General are not speakers; the DG calls her "
              "'notre DRH' and gives 'table ronde 3'; her name (surname in capitals), full title and the group's "
              "name with its acronym are only in the signature she pasted in the middle message. The assistant's "
              "signature gives the group without its acronym. Outlook, Date in UTC+1."))


# ================================================================ 08  EN  other  remittance-data vendor's cold sales pitch with a 'report' brochure
M08_FILE = "RemitIQ - MENA Remittance Pulse 2021.pdf"


def m08():
    when = at("2021-02-01 17:20:03")
    subj = "Quick question re: remittance costs & the GCM review"
    text = """Hi there,

I hope this finds you well! I noticed that the Regional Review of the Global Compact for Migration is inviting voluntary reports from stakeholders across the Arab region, and thought this might be relevant.

RemitIQ helps central banks, money transfer operators and NGOs track the real cost of sending money home - across 140+ corridors, updated daily - so you can measure progress on SDG 10.c and GCM Objective 20 without spreadsheets.

I've attached our free "MENA Remittance Pulse 2021" report, which your reviewers might find useful. Organisations like yours use RemitIQ to:
- benchmark fees and FX margins corridor by corridor (UAE-India, KSA-Egypt, Qatar-Nepal...)
- build dashboards for donors and reviews in minutes
- export ready-made charts for reports and presentations

Would you be open to a 15-minute call next week to see whether RemitIQ could support your review? Just reply with a time that works, or grab a slot here: https://meetings.remitiq.example.io/jordan-whitfield

Best,
Jordan

Jordan Whitfield
Senior Business Development Representative - MEA
RemitIQ Analytics Ltd
20 Eastbourne Terrace, London W2 6LG, United Kingdom
+44 20 0000 0000 | +971 52 000 0000 (WhatsApp)

P.S. If you're not the right person, could you point me to whoever handles data partnerships? And if you'd rather not hear from me, just let me know.
"""
    html = gmail_html(text).replace(
        "</div></body>", '</div><img width="1" height="1" style="display:none" '
                         'src="https://t.remitiq.example.io/o/a7f3c91e2b/open.gif" alt=""></body>')
    a = alt(text, "0000000000007e1f3a05ba4b9c21", html=html)
    pdf = rep_pdf("MENA Remittance Pulse 2021", "RemitIQ Analytics Ltd - free industry brief",
                  ["Corridor costs Q4 2020", "Digital vs cash-to-cash", "FX margins by sending country",
                   "How RemitIQ dashboards work", "Book a demo"])
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "0000000000007e1f3c05ba4b9c23")
    m = mk(when, sent_at(when, 0, 5), "mail-wr1-f48.google.example.com", "192.0.2.48", "4DTx0P9rBvz4",
           "Jordan Whitfield <jordan.whitfield@remitiq.example.io>", subj,
           "<CAOp7vT2xM5kN8rW+b3Jz1Hc6qL9dY4sFe8@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a personalised cold sales pitch from a remittance-data company: it names the review, GCM Objective "
              "20 and 'voluntary reports', and attaches its own market brief as 'our free ... report' (a PDF with "
              "'Remittance' in its name), which is a brochure, not a voluntary GCM review report; asks for a call, "
              "proposes no speaker. Written to the mailbox by one person (no List-*/Precedence headers), so it is "
              "acknowledged like any other person's mail; HTML with a tracking pixel; Date in UTC+0."))


# ================================================================ 09  EN  speaker  Amman fintech start-up: the nominee only in the attached form
M09_FORM = "GCM speaker nomination form - Qirsh.docx"


def m09():
    when = at("2021-02-02 09:33:50")
    subj = "Speaker nomination - Qirsh (fintech, Amman)"
    text = """Hi,

Qirsh is a Jordanian fintech start-up (est. 2019) building a mobile wallet for migrant workers and refugees who can't open a bank account: salary top-ups, cash-out at 600 partner shops, and cheap transfers home to Egypt, the Philippines, Sri Lanka and Syria. We operate under the Central Bank of Jordan's regulatory sandbox.

We'd love to be part of the Regional Review. Our CPO would like to speak - I've put her details in a short nomination form (attached), hope that format works for you.

Thanks a lot, looking forward!

Omar

--
Omar Tawalbeh
Co-founder & CEO | Qirsh
King Hussein Business Park, Building 14, Amman, Jordan
+962 79 000 0000
qirsh.example.jo
"""
    form = make_docx([
        "Regional Review of the Global Compact for Migration in the Arab Region - Speaker nomination",
        "1. Full name (as it should appear in the programme): Rawan Ziad Kharabsheh",
        "2. Title / position: Co-founder & Chief Product Officer",
        "3. Organization: Qirsh Technologies LLC",
        "4. Email: rawan@qirsh.example.jo",
        "5. Preferred session (tick one):",
        "[ ] Open discussion - multi-stakeholder consultation (23 February)",
        "[ ] Rapporteur - stakeholders' key messages",
        "[ ] Floor intervention - plenary session",
        "[X] Floor intervention - thematic roundtable no. 1",
        "6. Short bio: Rawan leads product and user research at Qirsh. Before co-founding Qirsh she worked for six "
        "years on cash and voucher assistance for refugees in Mafraq and Irbid."])
    a = alt(text, "000000000000c2a85d05ba5e7f10", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M09_FORM)], "000000000000c2a85f05ba5e7f12")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f53.google.example.com", "192.0.2.153", "4DVL1q8HsXz2",
           "Omar Tawalbeh <omar@qirsh.example.jo>", subj,
           "<CAHd2sX9vK4mR7tN+p1Wz6Lc3qB8eY5fGh0@mail.gmail.example.com>", body)
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rawan Ziad Kharabsheh", "Co-founder & Chief Product Officer", "Qirsh Technologies LLC", ["roundtable"], 1)],
        notes="fintech start-up; the body only says 'Our CPO would like to speak': name, title, the company's full "
              "name and the role ('[X] ... thematic roundtable no. 1' among unticked '[ ]' boxes) are only in the "
              "attached DOCX form, which is a nomination form, not a report. The sender (CEO, 'Co-founder & CEO | "
              "Qirsh') is not the speaker. Gmail for a company domain."))


# ================================================================ 10  AR  speaker  Egyptian exchange house, chairman's office on an iPhone, Egyptian colloquial
M10_ID = "<9C3E7A15-4B2D-4F80-A6E1-0D5B8C2F7A39@fayrouz-exchange.example.com.eg>"
M10_SUBJ = "مشاركة شركة الفيروز"
M10_QID = "4DVS8b3KpWz6"
M10_TEXT = """السلام عليكم ورحمة الله
إزي حضراتكم

إحنا شركة الفيروز للصرافة وتحويل الأموال، عندنا ٢٣ فرع في القاهرة والجيزة والإسكندرية وأسيوط، وأغلب شغلنا تحويلات المصريين اللي شغالين في الخليج والأردن وليبيا.

حابين نشارك في المؤتمر، واللي هيتكلم عننا أ/ حازم فتحي عبد الغفار، رئيس قطاع التحويلات الدولية، في المائدة المستديرة التالتة إن شاء الله.

لو محتاجين أي بيانات تانية بلغونا

مروة
مكتب رئيس مجلس الإدارة - شركة الفيروز

أُرسلت من الـ iPhone
"""


def m10():
    when = at("2021-02-02 12:10:05")
    body = leaf("text/plain", M10_TEXT, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 9), "mail.fayrouz-exchange.example.com.eg", "203.0.113.92", M10_QID,
           addr("مكتب رئيس مجلس الإدارة", "chairman.office@fayrouz-exchange.example.com.eg"), hdr(M10_SUBJ),
           M10_ID, body, extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حازم فتحي عبد الغفار", "رئيس قطاع التحويلات الدولية", "شركة الفيروز للصرافة وتحويل الأموال",
           ["roundtable"], 3)],
        notes="Egyptian exchange house; short Egyptian colloquial mail typed on an iPhone by the chairman's office "
              "('إزي حضراتكم', 'حابين نشارك', 'هيتكلم عننا', 'التالتة' = third); 'أ/' with a slash dropped; speaker, "
              "title and roundtable in one sentence; the sender signs with a first name only and is not the speaker; "
              "the From display name is the office, not a person; base64 plain text. Thanked in h240-16."))


# ================================================================ 11  FR  other  the Moroccan hotel group's assistant answers our acknowledgement of 07 with questions
def m11():
    when = at("2021-02-03 10:44:12")
    ack = ack_mid(M07_QID)
    text = """Bonjour,

Merci pour votre accusé de réception.

Mme Amrani Bennis aurait quelques questions pratiques avant de préparer son intervention :
- Combien de temps est prévu pour chaque intervention à la table ronde ?
- Peut-elle projeter quelques diapositives (PowerPoint) ?
- La conférence se tiendra-t-elle à Beyrouth ou uniquement en ligne ? Dans ce cas, sur quelle plateforme ?
- Une interprétation arabe / français est-elle prévue ?

Merci d'avance pour votre retour.

Bien cordialement,

Siham El Idrissi
Assistante de Direction Générale
Groupe Hôtelier Atlas Océan
Tél. : +212 5 28 00 00 00 - Poste 101

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 1 février 2021 09:06
À : Siham El Idrissi <s.elidrissi@atlasocean-hotels.example.ma>
Cc : Nadia Amrani Bennis <n.amranibennis@atlasocean-hotels.example.ma>
Objet : Accusé de réception - %s

Madame, Monsieur,

Nous accusons réception de votre message « %s » et de votre demande de prise de parole (1 intervenant).

Examen régional du Pacte mondial - États arabes
""" % (M07_SUBJ, M07_SUBJ)
    subj = "RE: Accusé de réception - " + M07_SUBJ
    body = alt(text, "_000_PR0P264MB16389A4E2D7C5B13_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 6), "mail-pr0fra01on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DWF2c6RvLz1", "Siham El Idrissi <s.elidrissi@atlasocean-hotels.example.ma>",
           hdr(subj, enc="Q"), "<PR0P264MB16389A4E2D7C5B13@PR0P264MB1638.FRAP264.PROD.OUTLOOK.example.com>", body,
           cc="Nadia Amrani Bennis <n.amranibennis@atlasocean-hotels.example.ma>",
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack)]
           + outlook(hdr("Accusé de réception - " + M07_SUBJ, enc="Q"), "AQHW9lC2k7Rt1Yu5Io9Pa2Sd4Fg6HgAAbX3kQ==",
                     lang="fr-FR"))
    add(11, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 7,
        notes="Outlook reply to our acknowledgement of h240-07 (References name h240-07; quoted under a 'De : / "
              "Envoyé :' block, not '>'-prefixed) with four practical questions (speaking time, slides, Beirut or "
              "online, interpretation): it asks something, so it is acknowledged, unlike a plain thank-you; it names "
              "the speaker and 'la table ronde' again but proposes nothing new. Subject 'RE: Accusé de réception - "
              "TR: ...'."))


# ================================================================ 12  AR  both  Omani hotel group: report DOCX + a speaker (CV attached), HR director writes
M12_ID = "<AS8PR04MB7893B1D6E4A2C950@AS8PR04MB7893.eurprd04.prod.outlook.example.com>"
M12_SUBJ = "التقرير الطوعي وترشيح متحدثة - مجموعة رمال الخليج للفنادق والمنتجعات"
M12_QID = "4DWY5n0TqGz3"
M12_FILE = "التقرير الطوعي - مجموعة رمال الخليج 2021.docx"
M12_CV = "السيرة الذاتية - شمسة البلوشية.pdf"


def m12():
    when = at("2021-02-03 16:02:15")
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية      المحترمين
السلام عليكم ورحمة الله وبركاته،

يسرّ مجموعة رمال الخليج للفنادق والمنتجعات أن ترفق لكم تقريرها الطوعي حول ممارسات المجموعة في توظيف العمالة الوافدة ورعايتها، مساهمةً منها في الاستعراض الإقليمي للاتفاق العالمي للهجرة. وتدير المجموعة تسعة فنادق ومنتجعات في مسقط وصلالة ونزوى ومسندم، ويعمل لديها 2,150 موظفاً، منهم 1,380 من العمالة الوافدة من الهند وبنغلاديش ونيبال والفلبين وكينيا.

كما نرشح الفاضلة/ شمسة بنت علي بن سالم البلوشية، رئيسة قسم رعاية الموظفين وشؤون العمالة الوافدة، لتقديم مداخلة في المائدة المستديرة المواضيعية رقم (4)، حيث ستعرض تجربة المجموعة في ردّ رسوم الاستقدام إلى العاملين وتوفير السكن اللائق لهم خلال فترة الإغلاق. ومرفق سيرتها الذاتية للاطلاع.

وتفضلوا بقبول فائق الاحترام والتقدير،

بدر بن سعيد المعمري
مدير الموارد البشرية
مجموعة رمال الخليج للفنادق والمنتجعات
ص.ب: 000، الرمز البريدي: 114، القرم، سلطنة عُمان
هاتف: 24000000 968+ | نقال: 99000000 968+ | فاكس: 24000001 968+
Badr Saeed Al Maamari | Director of Human Resources | Gulf Sands Hotels & Resorts Group

تنبيه: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسل إليه فقط. إذا وصلتك هذه الرسالة بالخطأ يرجى إبلاغ المرسل وحذفها.
Disclaimer: This e-mail and its attachments are confidential and intended for the addressee only. If you have received it in error, please notify the sender and delete it.
"""
    report = make_docx(["Gulf Sands Hotels & Resorts Group - voluntary GCM review report (Arabic original)",
                        "1. Our workforce: 2,150 employees, 1,380 migrant workers",
                        "2. Recruitment fees repaid to workers", "3. Housing during the 2020 lockdown",
                        "4. Recommendations"])
    cv = rep_pdf("Curriculum vitae", "Shamsa Ali Salim Al Balushi", ["Head of Employee Welfare", "Education",
                                                                      "Experience"])
    a = alt(text, "_000_AS8PR04MB7893B1D6E4A2C950_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, report, M12_FILE), attach("application/pdf", cv, M12_CV)],
                 "_004_AS8PR04MB7893B1D6E4A2C950_")
    m = mk(when, sent_at(when, 4, 8), "mail-as8eur04on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", M12_QID, addr("بدر بن سعيد المعمري", "badr.almaamari@gulfsands-hotels.example.om"),
           hdr(M12_SUBJ), M12_ID, body, cc=addr("شمسة البلوشية", "shamsa.albalushi@gulfsands-hotels.example.om"),
           extra=outlook(hdr(M12_SUBJ), "AdcKd4Tx6Yc8Uv0Ib2On4Pm6Aq8Ws1EdRf==", lang="ar-SA", has_attach="yes"))
    add(12, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("شمسة بنت علي بن سالم البلوشية", "رئيسة قسم رعاية الموظفين وشؤون العمالة الوافدة",
           "مجموعة رمال الخليج للفنادق والمنتجعات", ["roundtable"], 4)],
        report_attachments=[M12_FILE],
        notes="both, on time (3 February); Omani hotel group, formal Arabic. Two attachments with Arabic names "
              "(RFC 2231 + RFC 2047): the DOCX is the report, the speaker's CV (PDF) is not. 'الفاضلة/' (Omani "
              "form of address, as 'Ms.') dropped; 'بنت ... بن' chain kept whole; 'رقم (4)'. The sender, 'مدير "
              "الموارد البشرية', is not the speaker; his signature adds an English line with a translated group "
              "name (not an acronym). The speaker is in Cc and her out-of-office answers our acknowledgement "
              "(h240-13). Outlook base64, Date in UTC+4."))


# ================================================================ 13  AR  auto_reply  the Omani speaker's bilingual Exchange out-of-office on our acknowledgement of 12
def m13():
    when = at("2021-02-03 16:03:02")
    ack = ack_mid(M12_QID)
    text = """شكراً لرسالتكم.

أنا في إجازة سنوية حتى يوم الأحد 14 فبراير 2021 ولن أتمكن من الاطلاع على البريد الإلكتروني بانتظام. للأمور العاجلة يرجى التواصل مع قسم رعاية الموظفين على hr.welfare@gulfsands-hotels.example.om أو الهاتف 24000050 968+.

Thank you for your email. I am on annual leave until Sunday 14 February 2021 with limited access to email. For urgent matters please contact hr.welfare@gulfsands-hotels.example.om.

شمسة البلوشية
رئيسة قسم رعاية الموظفين وشؤون العمالة الوافدة
مجموعة رمال الخليج للفنادق والمنتجعات
"""
    body = alt(text, "_000_AS8PR04MB7893OOF4C2E9A17_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    rows = exch_ooo(when, "mail-as8eur04on0617.outbound.protection.outlook.example.com", "198.51.100.117",
                    "4DWY6c4HnRz8", addr("شمسة البلوشية", "shamsa.albalushi@gulfsands-hotels.example.om"),
                    "<AS8PR04MB7893OOF7D1B3E5A9@AS8PR04MB7893.eurprd04.prod.outlook.example.com>",
                    hdr("رد تلقائي: إشعار استلام - " + M12_SUBJ), hdr("إشعار استلام - " + M12_SUBJ), M12_ID, ack,
                    "ar-SA", (4, 2))
    add(13, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic + English Exchange out-of-office ('رد تلقائي:') of the speaker in Cc of h240-12, answering our "
              "acknowledgement 47 seconds later (References also name h240-12); it carries a date, an e-mail "
              "address, a phone number and her title and organisation like a signature. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 14  EN  both  Kuwaiti employers' association: report pasted in the body + rapporteur (Thunderbird)
def m14():
    when = at("2021-02-04 09:05:40")
    subj = "Contribution to the voluntary review + rapporteur nomination (KPEA)"
    text = """Dear Secretariat,

On behalf of the Kuwait Private Employers' Association for Fair Labour (KPEA), please find below our contribution to the voluntary GCM review. We have pasted it into this e-mail because several members asked for a plain-text version they can read on their phones; we can send a formatted PDF if required.

We would also like to nominate Ms. Noura Adel Al-Enezi, Policy and Advocacy Manager at KPEA, as rapporteur to deliver the stakeholders' key messages. Noura coordinated the consultations with our members that produced the text below.

==============================================================
KPEA CONTRIBUTION TO THE REGIONAL REVIEW OF THE GLOBAL COMPACT FOR MIGRATION (ARAB REGION) - FEBRUARY 2021

1. Who we are
KPEA is a voluntary association of 58 private employers in construction, facilities management, retail, cleaning services and catering, together employing about 96,000 workers, more than 90 per cent of them migrant workers from South Asia, the Philippines, Egypt and East Africa.

2. Fair recruitment (GCM Objective 6)
Since 2019, 41 members have adopted the "employer pays" principle: no worker should pay for a visa, a ticket, a medical test or an agency fee. Third-party audits in 2020 found that 38 per cent of newly arrived workers had still paid fees in their country of origin, on average the equivalent of KWD 410. Members have repaid KWD 1.9 million to 4,600 workers so far.

3. Wages and the Wage Protection System
All members pay wages through bank transfer under the Wage Protection System. We support extending it to sub-contractors and to domestic cleaning companies, where most late payments still occur.

4. COVID-19
During the 2020 curfews, members kept paying basic wages to 71 per cent of workers whose sites were closed, but could not prevent the loss of jobs in catering and retail. Overcrowded accommodation was the main driver of infection in our sector.

5. Recommendations
a) Allow workers to change employer without the previous employer's consent after one year of service.
b) Publish a list of licensed recruitment agencies in countries of origin that do not charge workers.
c) Create a tripartite committee on accommodation standards before the summer of 2021.
==============================================================

Best regards,

Yaqoub Al-Roumi
Secretary-General
Kuwait Private Employers' Association for Fair Labour (KPEA)
Sharq, Ahmad Al-Jaber Street, Kuwait City
Tel. +965 2200 0000 / +965 2200 0001 | Mob. +965 9900 0000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 3, 7), "smtp.kpea.example.org.kw", "203.0.113.65", "4DX3Pw7MjFz0",
           "Yaqoub Al-Roumi <sg@kpea.example.org.kw>", subj,
           "<5c2e8a17-3d9b-4f61-a0c4-7e1b9d2f6a35@kpea.example.org.kw>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-GB")])
    add(14, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Noura Adel Al-Enezi", "Policy and Advocacy Manager",
           "Kuwait Private Employers' Association for Fair Labour (KPEA)", ["rapporteur"])],
        notes="both, on time (4 February): the contribution is pasted in the body between '=====' rulers (five "
              "numbered sections, recommendations a-c), so report_attachments is empty; 'we can send a formatted "
              "PDF if required' attaches nothing. Rapporteur in prose ('Ms.' dropped, title followed by 'at KPEA', "
              "affiliation from the first paragraph). The sender (Secretary-General) is not the speaker. "
              "Thunderbird, 8bit format=flowed, Date in UTC+3."))


# ================================================================ 15  AR  speaker  West Bekaa chamber of commerce: HTML-only formal letter, rapporteur
def m15():
    when = at("2021-02-04 12:18:33")
    subj = "ترشيح ممثل غرفة البقاع الغربي بصفة مقرّر"
    inner = """<table width="100%" style="border-bottom:2px solid #1f4e79"><tr>
<td style="font-size:16px"><b>غرفة تجارة وصناعة وزراعة البقاع الغربي</b><br>جب جنين - البقاع الغربي - لبنان</td>
<td style="text-align:left;direction:ltr;font-size:12px">Chamber of Commerce, Industry and Agriculture of West Bekaa<br>Jeb Jannine - West Bekaa - Lebanon</td>
</tr></table>
<p>المرجع: 2021/ص/37<br>جب جنين في 4 شباط 2021</p>
<p><b>الموضوع: ترشيح ممثل عن الغرفة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة</b></p>
<p>حضرة أمانة الاستعراض الإقليمي المحترمين،<br>تحية طيبة وبعد،</p>
<p>ربطاً بكتاب الدعوة الموجّه إلى أصحاب المصلحة في المنطقة العربية، وبعد التداول في مجلس إدارة الغرفة بتاريخ 2 شباط 2021، تتشرّف الغرفة بترشيح الأستاذ جورج إلياس معلوف، أمين سر مجلس إدارة الغرفة وصاحب إحدى أكبر مؤسسات توضيب الخضار والفاكهة في المنطقة، للقيام بدور المقرّر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة.</p>
<p>ويعمل في المؤسسات الزراعية والصناعية المنتسبة إلى الغرفة آلاف العمال السوريين الموسميين، إلى جانب عاملات مهاجرات في التوضيب والخدمة المنزلية، وقد تأثر هؤلاء جميعاً بالأزمة الاقتصادية وانهيار سعر صرف الليرة منذ 2019، مما يجعل مشاركة القطاع الخاص في المنطقة ضرورية لإيصال صوتهم وصوت أصحاب العمل معاً.</p>
<p>وتفضلوا بقبول فائق الاحترام.</p>
<p>رئيس الغرفة<br>المهندس سمير نقولا الحداد<br>(الختم والتوقيع)</p>
<p style="font-size:11px;color:#555555">هاتف: 000000 8 961+ &nbsp;|&nbsp; فاكس: 000001 8 961+ &nbsp;|&nbsp; خلوي: 000000 03 961+<br>
البريد الإلكتروني: info@cciawb.example.org.lb</p>"""
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "webmail.cciawb.example.org.lb", "203.0.113.118", "4DX8Zk2WcNz5",
           addr("غرفة البقاع الغربي", "info@cciawb.example.org.lb"), hdr(subj),
           "<f3a1c5e8d7b2946a0c1e8f5d3b7a2c94@cciawb.example.org.lb>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جورج إلياس معلوف", "أمين سر مجلس إدارة الغرفة", "غرفة تجارة وصناعة وزراعة البقاع الغربي", ["rapporteur"])],
        notes="HTML-only formal letter from a Lebanese chamber of commerce (Roundcube): Arabic/English letterhead in a "
              "table, 'المرجع' and a date line ('جب جنين في 4 شباط 2021'), 'الموضوع'; the speaker in prose with "
              "'الأستاذ' (dropped); after his title ('أمين سر مجلس إدارة الغرفة') comes a description that is not a "
              "title ('وصاحب إحدى أكبر مؤسسات ...'); 'المقرّر الذي يعرض الرسائل الرئيسية' = rapporteur. The chamber's "
              "president signs ('المهندس') and is not a speaker; the English letterhead is a translation."))


# ================================================================ 16  AR  other  Egyptian thank-you answering our acknowledgement of 10
def m16():
    when = at("2021-02-04 20:15:27")
    ack = ack_mid(M10_QID)
    text = """تمام، متشكرين جداً لحضراتكم 🌹
وصلنا التأكيد، وأ/ حازم مستني التفاصيل.

مروة

أُرسلت من الـ iPhone

> في ٢ فبراير ٢٠٢١، الساعة ١٢:١٠ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt("""شكراً لرسالتكم «%s».
تؤكد أمانة الاستعراض الإقليمي استلام طلب المشاركة (متحدث واحد)، وسيتم التواصل معكم بشأن برنامج الجلسات.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % M10_SUBJ) + "\n"
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 8), "mail.fayrouz-exchange.example.com.eg", "203.0.113.92", "4DXPq5ZtBmz2",
           addr("مكتب رئيس مجلس الإدارة", "chairman.office@fayrouz-exchange.example.com.eg"),
           hdr("Re: إشعار استلام - " + M10_SUBJ), "<2D8F4B61-9A3C-4E07-B5D2-6C1E9F3A8B70@fayrouz-exchange.example.com.eg>",
           body, extra=[("X-Mailer", IPHONE), ("In-Reply-To", ack), ("References", M10_ID + " " + ack)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 10,
        notes="two-line Egyptian colloquial thank-you ('متشكرين جداً لحضراتكم', 'مستني') with an emoji, typed on "
              "an iPhone in reply to our acknowledgement of h240-10 (References name h240-10): it adds nothing new, "
              "so no acknowledgement; it names the speaker again ('أ/ حازم'). base64 plain text with the quoted "
              "acknowledgement below."))


# ================================================================ 17  FR  speaker  Tamanrasset chamber of commerce at 23:41 on the speaker deadline (Thunderbird, labelled lines)
def m17():
    when = at("2021-02-05 23:41:12")
    subj = "Demande d'intervention en séance plénière - CCI Tassili-Sahel (Tamanrasset)"
    text = """Madame, Monsieur,

Je vous prie de bien vouloir excuser l'heure tardive de cet envoi : le bureau de notre Chambre ne s'est réuni que ce soir.

La Chambre de Commerce et d'Industrie Tassili-Sahel (CCITS), à Tamanrasset, représente quelque 2 300 commerçants, transporteurs et entrepreneurs du Grand Sud algérien, à la frontière du Niger et du Mali. Le commerce de troc transfrontalier et le travail des migrants subsahariens dans le bâtiment et l'agriculture oasienne y tiennent une place centrale.

Le bureau de la Chambre souhaite demander une prise de parole en séance plénière pour :

Nom : Me Rachida BENMANSOUR-TOUATI
Fonction : Vice-présidente chargée des échanges transfrontaliers
Organisme : Chambre de Commerce et d'Industrie Tassili-Sahel (CCITS)
Intervention souhaitée : séance plénière (24 ou 25 février)
Courriel : r.benmansour@ccits.example.dz

Me Benmansour-Touati, avocate au barreau de Tamanrasset, a dirigé l'étude de la Chambre sur l'emploi informel des migrants dans le Sud (2019-2020).

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Abdelkrim Hadj Moussa
Secrétaire général
Chambre de Commerce et d'Industrie Tassili-Sahel (CCITS)
BP 000, Tamanrasset 11000 - Algérie
Tél. : +213 29 00 00 00 / Fax : +213 29 00 00 01
Mob. : +213 661 00 00 00
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 9), "mail.ccits.example.dz", "203.0.113.147", "4DYF0s3LqVz7",
           "Abdelkrim Hadj Moussa <sg@ccits.example.dz>", hdr(subj, enc="Q"),
           "<7b1e4c92-5f3a-4d80-9e26-c8a0f5d3b147@ccits.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(17, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rachida Benmansour-Touati", "Vice-présidente chargée des échanges transfrontaliers",
           "Chambre de Commerce et d'Industrie Tassili-Sahel (CCITS)", ["plenary"])],
        notes="deadline edge: received at 23:41:12 Beirut on Friday 5 February (Date header 22:41 +0100, Algeria), "
              "so on time, and it apologises for the late hour, not for being late. Labelled lines; 'Me' (Maître) "
              "dropped and the capitalised hyphenated surname recorded in normal case; 'avocate au barreau de "
              "Tamanrasset' is her profession, the title is the 'Fonction' line. The sender (secretary-general) is "
              "not the speaker. Thunderbird, 8bit format=flowed, Q-encoded subject."))


# ================================================================ 18  EN  speaker  Nepali recruitment agency, late, Yahoo on Android, two roundtable choices
def m18():
    when = at("2021-02-08 08:55:19")
    subj = "Request for speaker - Himalayan Fairway Manpower"
    text = """Dear Sir/Madam,

Namaste and greetings from Kathmandu.

We are Himalayan Fairway Manpower Pvt. Ltd., government licensed recruitment agency sending Nepali workers to Qatar, UAE, Kuwait and Jordan on zero cost basis for the worker since 2017. Sorry we came to know about the conference very late from our partner company in Doha, we know the date for speaker is already passed on 5 Feb.

If still possible kindly allow our Managing Director Mr. Bikram Tamang to join roundtable no. 2, otherwise roundtable 3 is also ok for us. He can share how ethical recruitment is possible in Nepal-Gulf corridor.

Thanking you and waiting your kind response.

Regards,
Pramila Shrestha
Admin & Documentation Officer
Himalayan Fairway Manpower Pvt. Ltd.
Lic. No. 000/070/71
Kathmandu, Nepal
Mob: +977 98000 00000 / Viber-WhatsApp +977 98000 00001
Office: +977 1 4000000 , 4000001

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_1027734_1566240918.1612767316522", html=yahoo_html(text))
    m = mk(when, sent_at(when, 5.75, 4), "sonic312-21.consmr.mail.sg3.yahoo.example.com", "198.51.100.212",
           "4DZ3Kb9XwPz4", "Pramila Shrestha <himalayanfairway.docs@yahoo.example.com>", subj,
           "<1612767316522.1027735@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Bikram Tamang", "Managing Director", "Himalayan Fairway Manpower Pvt. Ltd.", ["roundtable"], 2)],
        notes="late (8 February) and says so; Nepali recruitment agency, non-native English typed on a phone "
              "(Yahoo Mail on Android), Date in UTC+5:45; two roundtable choices ('roundtable no. 2, otherwise "
              "roundtable 3'): the first choice is recorded; 'Mr.' dropped, title before the name; the licence "
              "number and four phone numbers in the signature; the sender is not the speaker."))


# ================================================================ 19  FR  both  Mauritanian money-transfer company: report on time, speaker late
M19_FILE = "Contribution_Tevragh_Transfert_PMM_2021.pdf"


def m19():
    when = at("2021-02-10 14:12:44")
    subj = "Rapport volontaire et proposition d'intervenant - Tevragh Transfert SA"
    text = """Bonjour,

Tevragh Transfert SA, société mauritanienne de transfert d'argent agréée par la Banque Centrale de Mauritanie, a le plaisir de vous faire parvenir ci-joint sa contribution volontaire à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM).

Notre réseau de 74 agences en Mauritanie, au Sénégal, au Mali et en Gambie, ainsi que nos correspondants en France, en Espagne, en Angola et dans les pays du Golfe, traite chaque mois environ 90 000 transferts de la diaspora mauritanienne et des travailleurs migrants ouest-africains installés à Nouadhibou et à Nouakchott. Le rapport porte sur le coût des transferts, l'inclusion financière des migrants sans pièce d'identité et l'impact de la fermeture des frontières en 2020.

Nous souhaiterions également que notre Directeur RSE, M. Ousmane Abdoul Ba, puisse intervenir lors de la table ronde thématique n° 1 afin de présenter notre programme de transferts à frais réduits pour les pêcheurs artisans sénégalais de Nouadhibou.

Dans l'attente de votre retour, veuillez agréer nos salutations distinguées.

Aminata Kane
Responsable Communication & Relations extérieures
Tevragh Transfert SA
Avenue Gamal Abdel Nasser, Îlot C, Nouakchott - Mauritanie
Tél. : +222 45 00 00 00 | Mob. : +222 36 00 00 00 / +222 22 00 00 00
"""
    pdf = rep_pdf("Contribution volontaire - examen regional du PMM", "Tevragh Transfert SA (Mauritanie)",
                  ["Notre reseau et nos corridors", "Cout des transferts 2019-2020",
                   "Migrants sans piece d'identite", "Fermeture des frontieres en 2020", "Recommandations"])
    a = alt(text, "000000000000b5d91f05bb0c4e27", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "000000000000b5d92105bb0c4e29")
    m = mk(when, sent_at(when, 0, 7), "mail-wm1-f67.google.example.com", "192.0.2.167", "4DZtR4n6CkWz",
           addr("Aminata Kane", "communication.tevraghtransfert@gmail.example.com"), hdr(subj, enc="Q"),
           "<CAJx5tQ8nW2kM7vR+d4Pz1Hb6sL9cY3fEg2@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ousmane Abdoul Ba", "Directeur RSE", "Tevragh Transfert SA", ["roundtable"], 1)],
        report_attachments=[M19_FILE],
        notes="both received on 10 February: the report is on time (deadline 16 February) but the speaker request "
              "is late (5 February), so on_time is false; the mail mentions no deadline and does not apologise. "
              "Money-transfer company; 'notre Directeur RSE, M. Ousmane Abdoul Ba' ('M.' dropped, the abbreviation "
              "'RSE' kept as written); the sender (communication officer) is not the speaker; Gmail, Date in UTC+0."))


# ================================================================ 20  FR  other  Tunisian-Libyan business council: language and size of the report? (Zimbra HTML-only)
def m20():
    when = at("2021-02-11 10:20:58")
    subj = "Rapport volontaire : langue et taille des pièces jointes ?"
    inner = """<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Bonjour Madame, Monsieur,</div><div><br></div>
<div>Le Conseil d'Affaires Tuniso-Libyen (CATL) finalise actuellement son rapport volontaire sur la mobilité de la main-d'œuvre entre la Tunisie et la Libye (travailleurs tunisiens à Tripoli et à Misrata, commerce transfrontalier à Ras Jedir et Dhehiba, transferts de fonds informels).</div><div><br></div>
<div>Avant l'envoi, pourriez-vous nous préciser :</div>
<ol><li>si le rapport peut être rédigé en français avec un résumé en arabe, ou s'il doit être en anglais ;</li>
<li>si votre messagerie acceptera un fichier de 28 Mo (le rapport avec ses annexes photographiques), ou s'il faut passer par WeTransfer ou un lien Google Drive ;</li>
<li>si la date limite du 16 février est bien définitive.</li></ol>
<div>Avec nos remerciements anticipés,</div><div><br></div>
<div>Salma Jlassi</div>
<div>Chargée d'études</div>
<div>Conseil d'Affaires Tuniso-Libyen (CATL)</div>
<div>Siège : 12, rue de Marseille, 1001 Tunis | Bureau de Tripoli : Shara Omar Al-Mukhtar, Tripoli - Libye</div>
<div>Tél. TN : +216 71 000 000 | Tél. LY : +218 21 000 0000 | Mob. : +216 20 000 000 | Fax : +216 71 000 009</div>
<div><br></div>
<div style="font-size: 9pt; color: #777777">Ce courriel et ses pièces jointes sont strictement confidentiels. S'il vous est parvenu par erreur, merci de le détruire et d'en informer l'expéditeur. Le CATL ne saurait être tenu responsable de son contenu s'il a été modifié.<br>
Avant d'imprimer, pensez à l'environnement.</div>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 1, 6), "zimbra.catl.example.tn", "203.0.113.176", "4F0dK7s2VpXz",
           "Salma Jlassi <etudes@catl.example.tn>", hdr(subj, enc="Q"),
           "<1839402217.48213.1613035252410.JavaMail.zimbra@catl.example.tn>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "kW7Vq4mTn2Xb8Rc5Lz1Hp9Yd3S6eFg=="),
                  ("Thread-Topic", hdr(subj, enc="Q"))])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about a report still being finalised (French with an Arabic summary? a 28 MB file or a "
              "WeTransfer / Google Drive link? is 16 February final?): keyword-heavy ('rapport volontaire', the "
              "deadline) but nothing is attached or linked. Zimbra HTML-only with an ordered list; the signature "
              "has offices in two countries and four phone numbers, then a disclaimer and an environment line."))


# ================================================================ 21  AR  report  Iraqi construction employers' federation: collective report, long Arabic file name (Gmail)
M21_FILE = "التقرير الطوعي الجماعي - الاتحاد العراقي لأصحاب العمل في قطاع الإنشاءات - شباط 2021.docx"


def m21():
    when = at("2021-02-12 09:45:21")
    subj = "التقرير الطوعي للاتحاد العراقي لأصحاب العمل في قطاع الإنشاءات"
    text = """بسم الله الرحمن الرحيم

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون
تحية طيبة وبعد...

يسرّ الاتحاد العراقي لأصحاب العمل في قطاع الإنشاءات أن يقدّم إليكم تقريره الطوعي الجماعي في إطار الاستعراض الإقليمي للاتفاق العالمي، وقد أُعدّ التقرير بالتشاور مع تسع عشرة شركة مقاولات من أعضاء الاتحاد في بغداد والبصرة وأربيل وكربلاء.

ويتناول التقرير أوضاع العمال الوافدين من بنغلادش والهند وباكستان في مشاريع البناء والبنى التحتية، وإجراءات منح إجازات العمل وتجديدها، ودخول عدد من العمال بتأشيرات زيارة ثم بقاءهم دون إقامة نظامية، إضافة إلى عودة العمال العراقيين من تركيا وأوروبا بعد جائحة كورونا وحاجتهم إلى فرص عمل في القطاع.

التقرير مرفق بصيغة Word، ونرجو تأكيد الاستلام.

مع فائق التقدير والاحترام

المهندس ليث صباح الربيعي
الأمين العام
الاتحاد العراقي لأصحاب العمل في قطاع الإنشاءات
بغداد - الكرادة - شارع 62
موبايل: 0000 000 770 964+ / 0000 000 780 964+
"""
    doc = make_docx(["Iraqi Federation of Construction Employers - collective voluntary GCM review report",
                     "Prepared with 19 member contracting companies (Baghdad, Basra, Erbil, Karbala)",
                     "1. Migrant workers from Bangladesh, India and Pakistan", "2. Work permits",
                     "3. Workers who entered on visit visas", "4. Iraqi returnees from Turkey and Europe",
                     "5. Recommendations"])
    # Gmail names a non-ASCII attachment with RFC 2047 encoded-words inside the quoted parameters
    bw = b_word(M21_FILE)
    att = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % bw)], disp='attachment; filename="%s"' % bw,
               extra=[("Content-ID", "<f_kl1b7x3q0>"), ("X-Attachment-Id", "f_kl1b7x3q0")])
    a = alt(text, "000000000000e8c3a105bb2a1f56", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, att], "000000000000e8c3a305bb2a1f58")
    m = mk(when, sent_at(when, 3, 6), "mail-lj1-f174.google.example.com", "192.0.2.174", "4F0yH3m8TdRz",
           "Laith Al-Rubaie <ifce.iraq@gmail.example.com>", hdr(subj),
           "<CAG8rV4tN1kW6xP+m2Bz9Lq5sY7dH3fJe1c@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="collective report of an Iraqi employers' federation prepared with nineteen member companies; the long "
              "Arabic DOCX name (dashes, a month, a year) is given Gmail's way, as RFC 2047 encoded-words inside the "
              "quoted name/filename parameters; 'المهندس' before the signer, who is not a speaker; Latin-script From "
              "name; Gmail base64, Date in UTC+3."))


# ================================================================ 22  FR  report  Casablanca bank for the diaspora: DOCX with accented name, Directeur RSE in Cc
M22_ID = "<MR1P264MB2215C7A3E9B1D482@MR1P264MB2215.FRAP264.PROD.OUTLOOK.example.com>"
M22_SUBJ = "Contribution volontaire du CAD - Examen régional du Pacte mondial"
M22_QID = "4F2Cz8W1kNqz"
M22_FILE = "Contribution_CAD_Examen_régional_PMM_février_2021.docx"


def m22():
    when = at("2021-02-15 16:30:08")
    text = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, le Crédit Atlantique de la Diaspora (CAD) a le plaisir de vous adresser sa contribution volontaire, en pièce jointe.

Ce document reprend et complète le chapitre « Marocains du monde et inclusion financière » de notre rapport RSE 2020, consultable sur www.cad.example.ma/rse : coût des transferts depuis l'Europe et le Golfe, ouverture de comptes à distance pour les Marocains résidant à l'étranger, offre de bancarisation destinée aux migrants subsahariens régularisés au Maroc, et éducation financière des familles bénéficiaires de transferts.

M. Hamza Tazi-Rifai, Directeur RSE et Finance Inclusive, est en copie de ce message et reste à votre disposition pour tout échange.

Bien cordialement,

Ghita Benkirane
Chargée de mission RSE
Direction RSE et Finance Inclusive
Crédit Atlantique de la Diaspora (CAD)
Tour CAD, 140 boulevard d'Anfa, 20050 Casablanca - Maroc
Tél. : +212 5 22 00 00 00 | Ligne directe : +212 5 22 00 00 15 | Mob. : +212 6 61 00 00 00

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute diffusion ou utilisation non autorisée est interdite. Le CAD, société anonyme agréée par Bank Al-Maghrib, décline toute responsabilité en cas d'altération du message.
هذه الرسالة ومرفقاتها سرية وموجهة حصرياً إلى المرسل إليهم. يمنع أي نشر أو استعمال غير مرخص به.
Pensez à l'environnement avant d'imprimer ce message.
"""
    doc = make_docx(["Credit Atlantique de la Diaspora (CAD) - contribution volontaire a l'examen regional du PMM",
                     "1. Cout des transferts depuis l'Europe et le Golfe", "2. Comptes a distance pour les MRE",
                     "3. Bancarisation des migrants subsahariens regularises", "4. Education financiere",
                     "5. Recommandations"])
    cid = "image001.png@01D703B2.4E1A9C70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 84, 120))], "_006_MR1P264MB2215C7A3E9B1D482_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_MR1P264MB2215C7A3E9B1D482_")
    body = multi("mixed", [a, attach(DOCX, doc, M22_FILE)], "_007_MR1P264MB2215C7A3E9B1D482_")
    m = mk(when, sent_at(when, 1, 8), "mail-mr1fra01on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", M22_QID, "Ghita Benkirane <g.benkirane@cad.example.ma>", hdr(M22_SUBJ, enc="Q"), M22_ID,
           body, cc="Hamza Tazi-Rifai <h.tazirifai@cad.example.ma>",
           extra=outlook(hdr(M22_SUBJ, enc="Q"), "AdcDm3Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx==", lang="fr-FR",
                         has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="bank for the diaspora; DOCX whose name has two accented letters ('régional', 'février'), RFC 2231 + "
              "RFC 2047; the document 'reprend et complète' a chapter of the bank's CSR report, whose web link is "
              "not an attachment; the Directeur RSE in Cc 'reste à votre disposition' - named with his title but "
              "not proposed as a speaker. French + Arabic disclaimer; Outlook related part with a logo; his "
              "out-of-office answers our acknowledgement (h240-23)."))


# ================================================================ 23  FR  auto_reply  the Directeur RSE's Exchange out-of-office on our acknowledgement of 22
def m23():
    when = at("2021-02-15 16:30:51")
    ack = ack_mid(M22_QID)
    text = """Bonjour,

Je suis en déplacement à Dakar et à Abidjan jusqu'au vendredi 19 février inclus, avec un accès limité à ma messagerie.

Pour toute demande urgente, vous pouvez contacter Mme Ghita Benkirane (g.benkirane@cad.example.ma / +212 5 22 00 00 15).

Cordialement,

Hamza Tazi-Rifai
Directeur RSE et Finance Inclusive
Crédit Atlantique de la Diaspora
"""
    body = alt(text, "_000_MR1P264MB2215OOF3E8A1C6D2_", html=outlook_html(text, lang="FR"))
    rows = exch_ooo(when, "mail-mr1fra01on0628.outbound.protection.outlook.example.com", "198.51.100.128",
                    "4F2D0b6RtMwz", "Hamza Tazi-Rifai <h.tazirifai@cad.example.ma>",
                    "<MR1P264MB2215OOF9B4D2E7A5@MR1P264MB2215.FRAP264.PROD.OUTLOOK.example.com>",
                    hdr("Réponse automatique : Accusé de réception - " + M22_SUBJ, enc="Q"),
                    hdr("Accusé de réception - " + M22_SUBJ, enc="Q"), M22_ID, ack, "fr-FR", (1, 2))
    add(23, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office ('Réponse automatique :') of the Directeur RSE in Cc of h240-22, "
              "answering our acknowledgement 43 seconds later (References also name h240-22); it gives dates, a "
              "colleague's name, e-mail and phone, and a signature with his title. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 24  AR  report  Doha exchange house, two days after the report deadline
M24_FILE = "Al Marjan Exchange - GCM Voluntary Report 2021.pdf"


def m24():
    when = at("2021-02-18 10:05:36")
    subj = "تقرير شركة المرجان للصرافة - الاستعراض الطوعي للاتفاق العالمي للهجرة"
    text = """السلام عليكم ورحمة الله وبركاته،

الإخوة الأعزاء في أمانة الاستعراض الإقليمي،
تحية طيبة وبعد،

مرفق لكم تقرير شركة المرجان للصرافة حول مساهمتها في تنفيذ أهداف الاتفاق العالمي للهجرة، وخاصة الهدف 20 المتعلق بتعزيز التحويلات المالية الأسرع والأكثر أماناً والأقل تكلفة، ويتناول التقرير خدمات التحويل لأكثر من 310 آلاف عميل من العمالة الوافدة في قطر، والتحول إلى التحويل عبر التطبيق خلال الجائحة، وبرامج التوعية المالية في المناطق الصناعية.

ونعتذر عن التأخير في الإرسال، حيث لم تعتمد الإدارة التنفيذية التقرير إلا مساء أمس، ونأمل أن تتمكنوا من إدراجه ضمن التقارير المستلمة.

ياليت تأكدون لنا الاستلام، وشاكرين لكم تعاونكم.

مع خالص التحية،

عبدالعزيز راشد الكواري
مدير إدارة المسؤولية الاجتماعية والاتصال المؤسسي
شركة المرجان للصرافة ذ.م.م
برج المرجان، شارع حمد الكبير، ص.ب 0000، الدوحة - قطر
هاتف: 4400 0000 974+ | جوال: 5500 0000 974+ | فاكس: 4400 0001 974+

إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee. Al Marjan Exchange W.L.L. accepts no liability for any loss arising from its use.
"""
    pdf = rep_pdf("GCM Voluntary Report 2021", "Al Marjan Exchange W.L.L., Doha",
                  ["310,000 migrant customers in Qatar", "From counters to the app during COVID-19",
                   "Financial literacy in the Industrial Area", "GCM Objective 20", "Next steps"])
    a = alt(text, "_000_DB7PR02MB4520E1B8C3D6A947_", html=outlook_html(text, lang="AR-QA", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_004_DB7PR02MB4520E1B8C3D6A947_")
    m = mk(when, sent_at(when, 3, 7), "mail-db7eur02on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4F3kT9w5HbNz", addr("عبدالعزيز راشد الكواري", "a.alkuwari@almarjan-exchange.example.qa"),
           hdr(subj), "<DB7PR02MB4520E1B8C3D6A947@DB7PR02MB4520.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcGd5Ux7Zc9Wv1Jb3Pn5Qm7Br9Xs2Fe==", lang="ar-QA", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late: received on 18 February, two days after the report deadline, and it apologises ('نعتذر عن "
              "التأخير'); Doha exchange house, formal Arabic with a Gulf closing ('ياليت تأكدون لنا الاستلام', "
              "'شاكرين'); English PDF name; the signer's title (social responsibility and corporate communication) "
              "is not a speaker request; Arabic + English disclaimer; Outlook base64, Date in UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
