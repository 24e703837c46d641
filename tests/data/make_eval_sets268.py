#!/usr/bin/env python3
"""Write the blind evaluation set holdout268 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets268.py
Theme: names and scripts (25 January - 18 February 2021).  A Sudanese forum in Cairo nominates its chairperson as
'Mohammed Osman El-Tayeb' with a Cc address misspelled with a double m (the copy of our acknowledgement bounces),
and the chairperson himself later asks to be listed as in his passport, 'Muhammad Osman Al-Tayeb'; a Kurdish
programme manager in Erbil writes Arabic and signs in Latin letters with a Sorani line; an Amazigh association in
Tiznit writes its vice-president's name in Tifinagh and in three Latin spellings (her Zimbra vacation reply follows);
a Somali women workers' network sends a report and explains that Somali names have no family name; a Nubian
association in Aswan asks how names should be written, then nominates a speaker whose passport spelling it gives; a
Sahel network in Nouakchott writes 'MINT EL MOCTAR Aminetou' and 'AG IBRAHIM Assalat' (and later withdraws her as
'Aminétou MINT EL MOKTAR'); Kerala and Tamil names with initials from Sharjah; an Omani report signed only in Latin
letters with 'bin'; a Riyadh centre nominating 'نورة بنت عبدالله بن سعد القحطاني' with an English title inside the
Arabic sentence (her bilingual thank-you follows); an Afar officer in Djibouti with an English title in a French
mail; an English request from Beirut with a French signature block; hyphenated French double names at 23:41 on the
speaker deadline; an Ethiopian speaker to be called by her first name; a Comorian report signed in Arabic; a
Sudanese registration giving each name twice; a Bangladeshi report with 'Md.' and a workshop rapporteur; a Lebanese
report in Arabizi at 23:57 on the report deadline; and a Kabyle report with Berber Latin letters two minutes late.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr, leaf,
                     make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(268)
add = SET.add
H = "h268-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.11"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (zclient/8.8.15_GA_3953)"
OX = "Open-Xchange Mailer v7.10.4-Rev22"


def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp6b1e4c2ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '%s</body></html>\n' % inner)


def ox_html(text):
    """Orange webmail (Open-Xchange): one <p> per line, empty paragraphs as &nbsp;."""
    inner = "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in text.strip("\n").split("\n"))
    return ('<!doctype html><html><head><meta charset="UTF-8"></head><body><div class="default-style">%s</div>'
            '</body></html>\n' % inner)


def owa_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
            'style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s'
            '</div></body></html>\n' % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations dans "
                "la région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


# ================================================================ 01  EN  speaker  Sudanese forum in Cairo: 'Mohammed Osman El-Tayeb', Cc misspelled
M01_ID = "<AM0PR02MB5827C1E4A9B3D620@AM0PR02MB5827.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Speaker nomination - SMSF - Roundtable 2"
M01_QID = "4DPm2Xk7RtZ1"
M01_CC_BAD = "mohammed.eltayeb@smsf-cairo.example.org"
M01_TEXT = """Dear GCM Regional Review Secretariat,

Greetings from Cairo.

On behalf of the Sudanese Migrants' Solidarity Forum (SMSF), I am pleased to nominate our Chairperson, Mr. Mohammed Osman El-Tayeb, for a floor intervention in the second thematic roundtable of the regional conference on 24-25 February 2021.

Mr. El-Tayeb has lived in Cairo since 1998 and has chaired the Forum since 2014. He coordinates our legal-aid desk for Sudanese and South Sudanese families in Ard al-Lewa, Faisal and Maadi, and he followed the GCM negotiations in 2018 on behalf of the Forum. He would speak about access to residency, schooling for children without documents, and the situation of Sudanese workers who return from Libya through Egypt.

Mr. El-Tayeb is copied on this message. He can join online or in person, as the format allows.

Kind regards,

Amna Babiker Hamid
Secretary-General
Sudanese Migrants' Solidarity Forum (SMSF)
منتدى تضامن المهاجرين السودانيين
13 Street 9, Maadi, Cairo, Egypt
Tel. +20 2 0000 0000 | Mobile/WhatsApp +20 11 0000 0000
"""


def m01():
    when = at("2021-01-25 10:14:22")
    cid = "image001.png@01D6F30A.4B2C1E90"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-US", img_cid=cid)),
                            logo(cid, (0, 122, 61))], "_004_AM0PR02MB5827C1E4A9B3D620_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_AM0PR02MB5827C1E4A9B3D620_")
    m = mk(when, sent_at(when, 2, 9), "mail-am6eur02on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", M01_QID, "Amna Babiker Hamid <amna.babiker@smsf-cairo.example.org>", M01_SUBJ, M01_ID,
           body, cc="Mohammed Eltayeb <%s>" % M01_CC_BAD,
           extra=outlook(M01_SUBJ, "AQHW8w3Lk5Rz1Pq7Nx2Vb9Mc4Hs6Td==", lang="en-US"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohammed Osman El-Tayeb", "Chairperson", "Sudanese Migrants' Solidarity Forum (SMSF)", ["roundtable"],
           2)],
        notes="a secretary-general (not the speaker) nominates her chairperson, spelled 'Mohammed Osman El-Tayeb' in "
              "the body, 'Mr. El-Tayeb' afterwards and 'Mohammed Eltayeb' in the Cc display name; 'Mr.' dropped; "
              "title from 'our Chairperson'; 'the second thematic roundtable' = 2 (the subject also says "
              "'Roundtable 2'). The Cc address has a double m and does not exist: the copy of our acknowledgement "
              "bounces (h268-02) and the speaker later asks to be listed as in his passport (h268-08). Arabic name "
              "of the forum in the English signature. 1998, 2014, 2018 are history. Outlook with logo."))


# ================================================================ 02  EN  bounce  our acknowledgement to the misspelled Cc address
def m02():
    when = at("2021-01-25 10:15:03")
    rcpt = M01_CC_BAD
    text = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host aspmx.l.google.example.com[192.0.2.27] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try 550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1
    https://support.google.example.com/mail/?p=NoSuchUser
    k7si2148305wrx.214 - gsmtp (in reply to RCPT TO command)
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DPm3Bq2WxZ6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; aspmx.l.google.example.com\n"
           "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach\n"
           "    does not exist. Please try 550-5.1.1 double-checking the recipient's email\n"
           "    address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1\n"
           "    https://support.google.example.com/mail/?p=NoSuchUser k7si2148305wrx.214 -\n"
           "    gsmtp\n" % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Amna Babiker Hamid <amna.babiker@smsf-cairo.example.org>\n"
            "Cc: Mohammed Eltayeb <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M01_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M01_QID),
                                  M01_ID, M01_ID))
    body = dsn_report(text, dsn, hdrs, "4DPm3Dk5YzQ1.1611562503/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DPm3Dk5YzQ1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210125081503.4DPm3Dk5YzQ1@mx1.iom.int>")]
    add(2, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.1.1, the receiving Google server's 'does not exist ... check for typos' text) for the "
              "copy of our acknowledgement of h268-01 sent to the Cc address spelled with a double m "
              "('mohammed.eltayeb'); the returned headers name the speaker and carry the 'Speaker nomination' "
              "subject. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 03  AR  speaker  Kurdish programme manager in Erbil: Arabic body, Latin signature
def m03():
    when = at("2021-01-26 12:31:40")
    subj = "طلب المشاركة في النقاش المفتوح – منظمة KORR"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

سڵاو و ڕێز، وتحية طيبة وبعد،

أكتب إليكم من أربيل باسم منظمة كوردستان لحقوق العائدين، التي تعمل منذ عام 2015 مع العائدين من أوروبا وتركيا إلى إقليم كوردستان، ومع العائلات التي عادت من المخيمات بعد 2017، في مجالات الوثائق المدنية والسكن وإعادة الإدماج الاقتصادي.

أرغب في المشاركة شخصياً في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير، لعرض ما نلاحظه في عملنا اليومي: عائدون بلا وثائق عراقية سارية، وأطفال وُلدوا في الخارج ولم يُسجَّلوا، وصعوبة الاعتراف بالشهادات والخبرات المكتسبة في بلدان المهجر.

أرجو المعذرة لأن بياناتي في التوقيع مكتوبة بالأحرف اللاتينية، فهكذا يُكتب اسمي في جواز السفر وفي سجلات المنظمة، وهي الصيغة التي أرجو اعتمادها في قوائم المتحدثين. أتحدث العربية والكوردية والإنجليزية.

مع فائق الاحترام والتقدير،

Shilan Hama Rashid
Program Manager
Kurdistan Organization for Returnees' Rights (KORR)
ڕێکخراوی کوردستان بۆ مافەکانی گەڕاوەکان
Erbil, Kurdistan Region – Iraq
Mob. +964 750 000 0000
"""
    body = alt(text, "_000_VI1PR07MB6214D8E2A5C3F917_", html=outlook_html(text, lang="EN-US", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 10), "mail-vi1eur05on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DQ4hT8NwsZ3", '"Shilan H. Rashid" <shilan.rashid@korr-krd.example.org>', hdr(subj),
           "<VI1PR07MB6214D8E2A5C3F917@VI1PR07MB6214.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHW8+Bq4Tz7Xm2Lk9Rc5Vs1Nd3Hf8==", lang="en-US"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Shilan Hama Rashid", "Program Manager", "Kurdistan Organization for Returnees' Rights (KORR)",
           ["open_discussion"])],
        notes="first-person request in formal Arabic ('أرغب في المشاركة شخصياً في النقاش المفتوح' = "
              "open_discussion) opening with a Sorani Kurdish greeting; no name in the body: name, title and "
              "organisation only in a Latin-letter signature, which she asks to be used for the speaker lists. The "
              "body gives the organisation in Arabic ('منظمة كوردستان لحقوق العائدين') without the acronym, the "
              "signature in English with it (fullest form, as dev 022); the Arabic-script line under it is the "
              "Kurdish (Sorani) name, not Arabic. From display name has the initial 'H.' (Hama, her father's "
              "name). Acknowledge in Arabic although Content-Language is en-US. Date UTC+3."))


# ================================================================ 04  FR  speaker  Amazigh association in Tiznit: name in Tifinagh and three Latin spellings
M04_ID = "<7c2e41b9-5d03-4a8f-9e16-b3f0d27a8c54@tiwizi-tiznit.example.ma>"
M04_SUBJ = "Proposition d'intervenante – Association Tiwizi (Tiznit)"
M04_QID = "4DQr6Nw3JkZ8"


def m04():
    when = at("2021-01-27 16:05:12")
    text = """Azul,

Bonjour à l'équipe du Secrétariat,

L'Association Tiwizi pour la Mobilité et le Développement (ATMD), basée à Tiznit, accompagne depuis 2012 les familles des vallées de l'Anti-Atlas dont les jeunes partent travailler en Europe ou dans les grandes villes du Maroc, ainsi que les migrants subsahariens de passage dans la région.

Nous avons le plaisir de vous proposer notre vice-présidente chargée du plaidoyer, Mme Tiziri Ait Baha (ⵜⵉⵣⵉⵔⵉ ⴰⵢⵜ ⴱⴰⵀⴰ), pour une prise de parole lors de la troisième table ronde thématique de la conférence régionale. Elle pourra parler des transferts de fonds et de leur rôle dans les villages, et de la place des femmes restées au pays.

Une précision sur l'orthographe : selon les documents, vous trouverez « Aït Baha », « Ait-Baha » ou même « Aït-Baha ». Sa carte nationale porte AIT BAHA, sans tréma ni trait d'union ; merci de retenir Tiziri Ait Baha pour le programme.

Notre trésorier, Yuba Amellal, suivra aussi les travaux en ligne, mais sans prendre la parole.

Mme Ait Baha est en copie.

Tanemmirt / Merci,

-- 
Idir Oubella
Président
Association Tiwizi pour la Mobilité et le Développement (ATMD)
ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⵉⵡⵉⵣⵉ ⵉ ⵓⵎⵓⵙⵙⵓ ⴷ ⵜⴰⵏⴼⵍⵉⵜ
جمعية تويزا للتنقل والتنمية
Tiznit – Maroc
"""
    part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 8), "smtp.tiwizi-tiznit.example.ma", "203.0.113.48", M04_QID,
           "Idir Oubella <idir.oubella@tiwizi-tiznit.example.ma>", hdr(M04_SUBJ, enc="Q"), M04_ID, part,
           cc="Tiziri Ait Baha <tiziri.aitbaha@menara.example.ma>",
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Tiziri Ait Baha", "vice-présidente chargée du plaidoyer",
           "Association Tiwizi pour la Mobilité et le Développement (ATMD)", ["roundtable"], 3)],
        notes="Amazigh association: the president (not the speaker) proposes its vice-president, whose name is "
              "followed by its Tifinagh form in brackets and then discussed in four Latin spellings ('Aït Baha', "
              "'Ait-Baha', 'Aït-Baha', 'AIT BAHA'): the sender asks for 'Tiziri Ait Baha' (also the Cc display "
              "name). 'Mme' dropped; title in prose before the name; 'la troisième table ronde thématique' = 3; the "
              "treasurer Yuba Amellal only follows online (not a speaker). Amazigh greetings ('Azul', 'Tanemmirt'), "
              "signature with the association's name in Tifinagh and in Arabic. Thunderbird, format=flowed, 8bit, "
              "Date UTC+1. The speaker's vacation reply answers our acknowledgement (h268-05)."))


# ================================================================ 05  FR  auto_reply  the speaker's Zimbra vacation reply to our acknowledgement of 04
def m05():
    when = at("2021-01-27 16:05:41")
    ack = ack_mid(M04_QID)
    text = """Azul,

Je suis en tournée dans les communes rurales de la province de Tiznit jusqu'au mercredi 3 février, avec un accès très limité à ma messagerie. Je vous répondrai à mon retour.

Pour toute urgence, vous pouvez joindre l'association au +212 5 28 00 00 00.

Tanemmirt,
Tiziri Ait Baha – ⵜⵉⵣⵉⵔⵉ ⴰⵢⵜ ⴱⴰⵀⴰ
Vice-présidente chargée du plaidoyer – ATMD
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "zimbra-out2.menara.example.ma", "203.0.113.61", "4DQr6Yb8MpZ0",
                    "Tiziri Ait Baha <tiziri.aitbaha@menara.example.ma>",
                    hdr("Absente jusqu'au 3 février (Re: Accusé de réception - %s)" % M04_SUBJ, enc="Q"),
                    rfcdate(sent_at(when, 1, 3)),
                    "<1461288723.58122.1611759941203.JavaMail.zimbra@menara.example.ma>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M04_ID + " " + ack), ("X-Mailer", ZIMBRA),
             ("Thread-Index", "8Y7Wd2Rn4Kx1Tz6Lp3Vq9Mb5Hc0=")]
    add(5, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation), null Return-Path) of the "
              "speaker proposed in h268-04, who was in Cc, 29 seconds after our acknowledgement: it is signed with "
              "her name in Latin and Tifinagh letters and her title, and the subject repeats 'Proposition "
              "d'intervenante', so it looks like a person's follow-up. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 06  EN  both  Somali women workers' network: no family name
M06_FILE = "SWWN-Gulf_Voluntary_GCM_Review_2021.pdf"


def m06():
    when = at("2021-01-28 11:40:18")
    subj = "Voluntary GCM review report and speaker request - SWWN-Gulf"
    text = """Dear colleagues of the Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Somali Women Workers' Network in the Gulf (SWWN-Gulf). The network brings together about 600 Somali women working as domestic workers, cleaners and caregivers in Saudi Arabia, the UAE, Kuwait and Oman, and our report looks at GCM Objectives 6, 7 and 15: recruitment through brokers in Hargeisa and Mogadishu, the absence of consular services for Somali nationals in several Gulf cities, and access to health care for women without valid residency.

I would also like to request a floor intervention in one of the plenary sessions on 24 or 25 February, which I would deliver myself.

A short note on my name, since it causes confusion on almost every badge: Somali names have no family name. Hodan is my own name, Abdirahman is my father's and Farah my grandfather's, so my full name is Hodan Abdirahman Farah. "Ms. Farah" is fine in a letter, but please do not print "Hodan Farah" in the programme, and please do not treat Abdirahman as a middle name that can be dropped. (My iqama says HODAN ABDIRAHMAN FARAH; my e-mail display name only has the initial, sorry!)

With many thanks,

Hodan Abdirahman Farah
Executive Director
Somali Women Workers' Network in the Gulf (SWWN-Gulf)
Shabakadda Haweenka Shaqaalaha Soomaaliyeed ee Khaliijka
Jeddah, Kingdom of Saudi Arabia
+966 5 0000 0000
"""
    cid = "image001.png@01D6F56B.9A3E7C20"
    pdf = rep_pdf("Voluntary GCM review report - Somali Women Workers' Network in the Gulf (SWWN-Gulf)",
                  "Jeddah, January 2021",
                  ["Who we are", "Recruitment through brokers (GCM Objective 6)",
                   "Consular services (Objective 7)",
                   "Access to health care without valid residency (Objective 15)", "Recommendations"])
    a = alt(text, "_000_DB7PR03MB4698E1C3A2F5B086_", html=outlook_html(text, lang="EN-GB", img_cid=cid))
    rel = multi("related", [a, logo(cid, (65, 137, 221))], "_004_DB7PR03MB4698E1C3A2F5B086_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M06_FILE)], "_006_DB7PR03MB4698E1C3A2F5B086_")
    m = mk(when, sent_at(when, 3, 12), "mail-db7eur03on0625.outbound.protection.outlook.example.com",
           "198.51.100.125", "4DRb8Kq1XvZ4", '"Hodan A. Farah" <hodan.farah@swwn-gulf.example.org>', subj,
           "<DB7PR03MB4698E1C3A2F5B086@DB7PR03MB4698.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW9V2Rk8Lq3Xz5Tn7Mb1Pc4Wd6Hs==", lang="en-GB", has_attach="yes"))
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hodan Abdirahman Farah", "Executive Director", "Somali Women Workers' Network in the Gulf (SWWN-Gulf)",
           ["plenary"])],
        report_attachments=[M06_FILE],
        notes="both, on time (28 January): the PDF is the report and the sender asks to speak herself in a plenary "
              "('which I would deliver myself'); her name only in the explanation of Somali naming and in the "
              "signature; she asks for the full three-part name (own, father's, grandfather's) and not 'Hodan "
              "Farah'; the From display name has only the initial ('Hodan A. Farah'); the Somali-language line "
              "under the English organisation name is not the affiliation; 'GCM Objectives 6, 7 and 15' are not "
              "roundtable numbers. Outlook mixed > related (logo) > alternative; Date UTC+3 (Jeddah)."))


# ================================================================ 07  AR  other  Nubian association in Aswan: how should names be written?
M07_ID = "<CAF9nQx3Lw7kT2vR+p5Mz8Hc1sB4dYe6gK0@mail.gmail.example.com>"
M07_SUBJ = "استفسار عن كتابة اسم المتحدث وعن اللغة النوبية"
M07_QID = "4DRz5Mv7TqZ2"


def m07():
    when = at("2021-01-29 09:20:55")
    text = """السلام عليكم ورحمة الله وبركاته

أنا فاطمة كاشف، منسقة الأنشطة في جمعية أبناء النوبة للتنمية والهجرة بأسوان. إحنا ناويين نرشّح واحد من أعضاء مجلس الإدارة للكلام في مائدة مستديرة في المؤتمر، بس قبل ما نبعت الترشيح عندنا كام سؤال:

1- الاسم يتكتب إزاي في الترشيح؟ بالعربي ولا بالحروف اللاتينية زي ما هو في الباسبور؟ لأن أسامينا النوبية بتتكتب في الورق الرسمي بطريقة غير اللي بننطقها، وساعات الموظف بيكتب الاسم الواحد بتلات طرق.

2- ينفع المتحدث يبدأ بجملة أو اتنين باللغة النوبية (النوبين) وبعدين يكمل بالعربي؟ وهل هيبقى فيه ترجمة؟

3- مجلس الإدارة هيجتمع يوم الاتنين 1 فبراير عشان يختار المرشح. هل كده نلحق الميعاد؟

هنبعت لحضراتكم الترشيح بعد الاجتماع إن شاء الله.

وشكراً جزيلاً
فاطمة كاشف
منسقة الأنشطة - جمعية أبناء النوبة للتنمية والهجرة - أسوان
واتساب: 0100 000 0000
"""
    body = alt(text, "0000000000004e2b7105b9ff3a18", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f45.google.example.com", "192.0.2.45", M07_QID,
           "Fatma Kashif <fatma.kashif.nuba@gmail.example.com>", hdr(M07_SUBJ), M07_ID, body)
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before a nomination (Egyptian colloquial): how to write a Nubian name (Arabic or passport "
              "Latin letters), whether the speaker may open in Nobiin with interpretation, and whether a board "
              "meeting on 1 February is in time; 'هنبعت ... الترشيح بعد الاجتماع' announces a nomination that is "
              "not made here, no name is given. Gmail base64, Latin From name. The nomination follows as a reply "
              "to our acknowledgement (h268-10)."))


# ================================================================ 08  EN  speaker  the chairperson of 01 corrects his name: 'Muhammad Osman Al-Tayeb'
def m08():
    when = at("2021-02-01 09:05:31")
    fwd_id = "<AM0PR02MB5827F0A3D1C8B249@AM0PR02MB5827.eurprd02.prod.outlook.example.com>"
    quoted = """Dear Mohamed,
The secretariat's acknowledgement to you bounced - I must have typed your address wrong. Here is the nomination I sent on Monday. Please check that everything is right.
Amna

From: Amna Babiker Hamid
Sent: Monday, January 25, 2021 10:14 AM
To: gcmrrarabstates@iom.int
Cc: Mohammed Eltayeb <%s>
Subject: Speaker nomination - SMSF - Roundtable 2

%s""" % (M01_CC_BAD, M01_TEXT)
    text = """Dear colleagues,

Amna has forwarded me the nomination below, because the copy sent to me bounced: my address is mohamed.eltayeb@smsf-cairo.example.org, with one "m". Apologies for the trouble.

While we are on spelling: may I kindly ask that my name appear in the programme and on the badge exactly as in my passport, Muhammad Osman Al-Tayeb. My colleagues in Cairo write "Mohamed", Amna writes "Mohammed" and my Egyptian residence card says "Mohamed Osman Eltayeb", so I quite understand the confusion. It is the same person!

Everything else in Amna's message stands: I would speak in the second roundtable, as Chairperson of the Forum.

Best regards,
Muhammad Osman Al-Tayeb
Chairperson, SMSF

Sent from my iPhone

On 31 Jan 2021, at 20:47, Amna Babiker Hamid <amna.babiker@smsf-cairo.example.org> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "Apple-Mail-3F1B9D27-6C04-4E85-A2D1-8B7E0C593F46", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 14), "mail-yb1-f170.google.example.com", "192.0.2.170", "4DTk2Rw9NbZ5",
           "Mohamed Eltayeb <mohamed.eltayeb@smsf-cairo.example.org>", "Re: FW: " + M01_SUBJ,
           "<8E3A5C19-72D4-4B0F-9C61-E2F8A4D07B35@smsf-cairo.example.org>", body,
           cc="Amna Babiker Hamid <amna.babiker@smsf-cairo.example.org>",
           extra=[("In-Reply-To", fwd_id), ("References", M01_ID + " " + fwd_id), ("X-Mailer", IPHONE)])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, speakers=[
            sp("Muhammad Osman Al-Tayeb", "Chairperson", "Sudanese Migrants' Solidarity Forum (SMSF)", ["roundtable"],
               2)],
        notes="the speaker nominated in h268-01 replies (iPhone, 'Re: FW:' on his secretary-general's forward, "
              "References naming h268-01) to correct the spelling of his name to the passport form 'Muhammad Osman "
              "Al-Tayeb', listing three other spellings (Mohamed, Mohammed, 'Mohamed Osman Eltayeb'); his From "
              "display name is yet another ('Mohamed Eltayeb'). A correction of a pending request: new information, "
              "so acknowledge. Title and roundtable carried over ('as Chairperson', 'the second roundtable'); the "
              "full organisation name only in the quoted original. He also corrects the bounced address (h268-02)."))


# ================================================================ 09  FR  speaker  Sahel network in Nouakchott: 'MINT EL MOCTAR Aminetou', 'AG IBRAHIM Assalat'
M09_ID = "<1390456782.2214578.1612267803412@mail.yahoo.example.com>"
M09_SUBJ = "Propositions d'intervenants – RSSDM (Nouakchott)"
M09_TEXT = """Bonjour,

Le Réseau Sahélo-Saharien pour les Droits des Migrants (RSSDM), qui regroupe 23 associations de Mauritanie, du Mali et du Niger, a l'honneur de vous proposer deux intervenants pour la conférence régionale des 24 et 25 février :

1. Mme MINT EL MOCTAR Aminetou, Présidente – séance plénière
2. M. AG IBRAHIM Assalat, Chargé des programmes migrations et mobilité – table ronde thématique n° 1

Aminetou Mint El Moctar préside le Réseau depuis 2016 ; elle a été enseignante à Nouadhibou pendant vingt ans. Assalat Ag Ibrahim suit les routes migratoires entre Gao, Tamanrasset et la Libye et travaille avec les communautés touarègues de la région.

Nous attirons votre attention sur les noms : « Mint » (fille de) et « Ag » (fils de, en tamasheq) font partie du nom de famille et ne doivent être ni abrégés ni supprimés. Dans nos documents d'état civil, les noms sont écrits NOM puis prénom, comme ci-dessus.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Ahmedou Ould Sidi Mahmoud
Secrétaire exécutif
Réseau Sahélo-Saharien pour les Droits des Migrants (RSSDM)
Nouakchott – Mauritanie
Tél. : +222 00 00 00 00
"""


def m09():
    when = at("2021-02-02 14:10:07")
    body = alt(M09_TEXT, "----=_Part_2214577_1034982561.1612267803410", html=yahoo_divs(M09_TEXT))
    m = mk(when, sent_at(when, 0, 5), "sonic308-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.208",
           "4DV3cN6RkpZ7", addr("RSSDM Secrétariat", "rssdm.secretariat@yahoo.example.fr", enc="Q"),
           hdr(M09_SUBJ, enc="Q"), M09_ID, body, extra=[("X-Mailer", YAHOO)])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminetou Mint El Moctar", "Présidente", "Réseau Sahélo-Saharien pour les Droits des Migrants (RSSDM)",
           ["plenary"]),
        sp("Assalat Ag Ibrahim", "Chargé des programmes migrations et mobilité",
           "Réseau Sahélo-Saharien pour les Droits des Migrants (RSSDM)", ["roundtable"], 1)],
        notes="two speakers written in civil-registry order, family name in capitals first ('MINT EL MOCTAR "
              "Aminetou', 'AG IBRAHIM Assalat'), then in natural order in the next paragraph: recorded given name "
              "first in ordinary case, keeping the particles 'Mint' (daughter of) and 'Ag' (son of, Tamasheq), which "
              "the sender says must not be dropped. 'Mme'/'M.' dropped; 'table ronde thématique n° 1'. The "
              "signatory 'Ahmedou Ould Sidi Mahmoud' (another particle) is not a speaker. Yahoo from a shared "
              "mailbox, Date UTC+0. One speaker is withdrawn in h268-19."))


# ================================================================ 10  AR  speaker  the Nubian association nominates (reply to our acknowledgement of 07)
def m10():
    when = at("2021-02-02 19:45:12")
    ack = ack_mid(M07_QID)
    quoted = ack_text("ar", M07_SUBJ, "استفساركم")
    text = """السلام عليكم

زي ما وعدناكم، مجلس الإدارة اجتمع امبارح ووافق على ترشيح:

الأستاذ عثمان دهب أوشي، نائب رئيس مجلس الإدارة ومسؤول ملف العائدين، للمداخلة في المائدة المستديرة الرابعة.

وبالنسبة لسؤالنا عن كتابة الاسم: اسمه في الباسبور مكتوب OSMAN DAHAB OSHI، فلو محتاجين الاسم بالحروف اللاتينية للبادج يبقى بالشكل ده. وخلّوا بالكم إن "دهب" بالدال مش بالذال، زي ما بننطقها في النوبي، وفي ناس بتصلّحها غلط لـ"ذهب".

الأستاذ عثمان اشتغل 22 سنة في الكويت وليبيا ورجع أسوان سنة 2013، وبيتابع مع الجمعية أحوال العائدين من ليبيا والسودان.

ولسه مستنيين ردكم على سؤال اللغة النوبية.

شكراً
فاطمة كاشف
منسقة الأنشطة - جمعية أبناء النوبة للتنمية والهجرة - أسوان

في الجمعة، 29 يناير 2021 في 9:21 ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000a3c81e05ba6d4f92", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-ed1-f45.google.example.com", "192.0.2.45", "4DV9xW3PmkZ1",
           "Fatma Kashif <fatma.kashif.nuba@gmail.example.com>", re_hdr("Re: ", "تأكيد استلام - " + M07_SUBJ),
           "<CAF9nQx6Rt2mW8vL+k4Pz1Hb7sD3cYf5jN9@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack)])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 7, speakers=[
            sp("عثمان دهب أوشي", "نائب رئيس مجلس الإدارة ومسؤول ملف العائدين", "جمعية أبناء النوبة للتنمية والهجرة",
               ["roundtable"], 4)],
        notes="the nomination announced in h268-07, sent as a Gmail reply to our acknowledgement (References name "
              "h268-07); Egyptian colloquial. The name is written in Arabic in the sentence (recorded as written, "
              "'الأستاذ' dropped) and given in passport capitals 'OSMAN DAHAB OSHI' for the badge; 'دهب' with dal "
              "is insisted on (not 'ذهب'). 'المائدة المستديرة الرابعة' = 4; affiliation only in the signature, "
              "' - أسوان' is the city. 22 years and 2013 are history; the open question about Nubian "
              "interpretation is not a role."))


# ================================================================ 11  EN  speaker  Kerala and Tamil names with initials (Sharjah)
def m11():
    when = at("2021-02-03 11:22:45")
    subj = "Nomination of speakers from GMWWA, Sharjah - GCM Regional Review"
    text = """Respected Sir/Madam,

Greetings from the Gulf Malayali Workers' Welfare Association (GMWWA), Sharjah.

We are herewith submitting the names of two of our office bearers for speaking roles in the GCM Regional Review for the Arab region:

1. Mr. Abdul Rasheed P.K., General Secretary, GMWWA - floor intervention in Roundtable No. 4 (if not possible, Roundtable No. 3)
2. Ms. S. Thamizhselvi, Convener, Women's Wing, GMWWA - open discussion of the multi-stakeholder consultation on 23rd February

Kindly note that the initials are part of the names and are to be printed as given above. In Kerala and Tamil Nadu the initials come from the house name and the father's name: for Mr. Rasheed "P.K." stands for Puthanpurayil Kunhahammed, and for Ms. Thamizhselvi "S." stands for her father, Subramanian. Kindly do not expand them, as the passports are also written this way (Ms. Thamizhselvi's passport has only the given name THAMIZHSELVI, with the surname field left blank).

Mr. Rasheed has been working in Sharjah since 1996 and has handled more than 1,200 cases of unpaid wages and repatriation of mortal remains. Ms. Thamizhselvi joined our association in 2017 and runs our helpline for women domestic workers from Tamil Nadu.

Kindly acknowledge receipt.

Thanking you,

Yours faithfully,

Biju Mathew K.
President
Gulf Malayali Workers' Welfare Association (GMWWA)
Rolla, Sharjah, U.A.E.
Mob: +971 50 000 0000
"""
    body = alt(text, "000000000000c52e9a05ba7b1d43", html=gmail_html(text))
    m = mk(when, sent_at(when, 4, 8), "mail-pj1-f53.google.example.com", "192.0.2.53", "4DVq7Lx2HcZ9",
           "GMWWA Sharjah <gmwwa.sharjah@gmail.example.com>", subj,
           "<CAJ7bKp4Xz9mQ2wN+r8Tv5Lc1sH6dGa3fE2@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Abdul Rasheed P.K.", "General Secretary", "Gulf Malayali Workers' Welfare Association (GMWWA)",
           ["roundtable"], 4),
        sp("S. Thamizhselvi", "Convener, Women's Wing", "Gulf Malayali Workers' Welfare Association (GMWWA)",
           ["open_discussion"])],
        notes="South Indian names with initials, which the sender says are part of the names and must be printed "
              "as given ('Abdul Rasheed P.K.' with trailing initials from the house and father's names; 'S. "
              "Thamizhselvi' with a leading initial and a single-name passport); the expansions are explanations, "
              "not the names. 'Mr.'/'Ms.' dropped; 'Mr. Rasheed' later is not a surname. Roundtable No. 4 with No. "
              "3 as fallback (first choice 4); 'open discussion of the multi-stakeholder consultation' = "
              "open_discussion; the title 'Convener, Women's Wing' contains a comma and the acronym follows it. "
              "Indian English ('herewith', 'Kindly', 'Yours faithfully'); the president who signs ('Biju Mathew K.') "
              "is not a speaker; shared Gmail address, Date UTC+4."))


# ================================================================ 12  AR  report  Dhofar initiative: Arabic body, signature only in Latin letters ('bin')
M12_FILE = "DDWSI_Voluntary_GCM_Report_2021.pdf"


def m12():
    when = at("2021-02-03 16:48:12")
    subj = "التقرير الطوعي لمبادرة ظفار لدعم العمالة المنزلية"
    text = """السلام عليكم ورحمة الله وبركاته،

تحية طيبة وبعد،

يسرني أن أرسل إليكم مرفقاً التقرير الطوعي لمبادرة ظفار لدعم العمالة المنزلية في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.

يتناول التقرير أوضاع العاملات المنزليات في محافظة ظفار، ولا سيما القادمات من شرق أفريقيا وجنوب آسيا، خلال فترة الإغلاق في عام 2020: تأخر الأجور، وانتهاء صلاحية بطاقات الإقامة، وصعوبة الوصول إلى خدمات السفارات من صلالة. وقد أعدّه فريق من متطوعي المبادرة بإشراف الأستاذة شيخة بنت محمد المعشنية، واستند إلى 74 مقابلة.

أرجو المعذرة عن كتابة التوقيع بالإنجليزية، فهو التوقيع المعتمد في بريد المبادرة.

وتفضلوا بقبول فائق الاحترام،

Ahmed bin Salim Al-Mashani
Coordinator
Dhofar Domestic Workers Support Initiative (DDWSI)
Salalah, Sultanate of Oman
"""
    pdf = rep_pdf("Dhofar Domestic Workers Support Initiative (DDWSI) - Voluntary GCM review report",
                  "Salalah, February 2021",
                  ["Domestic workers in Dhofar", "The 2020 lockdown: wages and residence cards",
                   "Embassies far from Salalah", "Recommendations"])
    a = alt(text, "_000_AS8PR04MB7925B3D6E1A4C058_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M12_FILE)], "_002_AS8PR04MB7925B3D6E1A4C058_")
    m = mk(when, sent_at(when, 4, 6), "mail-as8eur04on0717.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DW1kS5GtnZ4", "Ahmed Al-Mashani <a.almashani@ddwsi-oman.example.org>", hdr(subj),
           "<AS8PR04MB7925B3D6E1A4C058@AS8PR04MB7925.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHW+kR3Tn6Vz1Lm8Xq2Pb5Hc9Wd4Ks==", lang="ar-SA", has_attach="yes"))
    add(12, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M12_FILE],
        notes="Arabic body signed only in Latin letters ('Ahmed bin Salim Al-Mashani', 'bin' kept as part of the "
              "name; the From display name drops it), with an apology for the English signature: acknowledge in "
              "Arabic. The supervisor 'الأستاذة شيخة بنت محمد المعشنية' and the 74 interviews are report content, "
              "nobody is proposed to speak. Outlook, base64, Date UTC+4."))


# ================================================================ 13  AR  both  Riyadh centre: report + rapporteur 'نورة بنت عبدالله بن سعد القحطاني', English title
M13_ID = "<DB8PR10MB3145A6F2C9E4D817@DB8PR10MB3145.EURPRD10.PROD.OUTLOOK.example.com>"
M13_SUBJ = "التقرير الطوعي لمركز نهج وترشيح مقرِّرة للمؤتمر الإقليمي"
M13_QID = "4DWj8Qc3LzZ6"
M13_FILE = "تقرير مركز نهج الطوعي - الاستعراض الإقليمي 2021.pdf"


def m13():
    when = at("2021-02-04 10:02:33")
    text = """سعادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

السلام عليكم ورحمة الله وبركاته، وبعد،

فيسرّ مركز نهج لدراسات العمل والهجرة أن يرفق لكم تقريره الطوعي عن تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويركّز التقرير على إصلاحات العلاقة التعاقدية وانتقال العامل بين أصحاب العمل، وعلى حماية الأجور عبر النظام الإلكتروني لحماية الأجور.

كما يتشرف المركز بترشيح الأستاذة نورة بنت عبدالله بن سعد القحطاني، Senior Research Fellow في المركز، لتكون مقرِّرةً تتولى عرض الرسائل الرئيسية لأصحاب المصلحة أمام المؤتمر. ويرد اسمها في جواز السفر بصيغة NOURA ABDULLAH S ALQAHTANI، وهي في نسخة من هذه الرسالة.

وتفضلوا بقبول فائق التحية والتقدير،

د. لطيفة بنت حمد الدوسري
المديرة التنفيذية
مركز نهج لدراسات العمل والهجرة
الرياض - المملكة العربية السعودية
"""
    cid = "image001.png@01D6FAD2.1E8B4C70"
    pdf = rep_pdf("NAHJ Center for Labour and Migration Studies - Voluntary GCM review report", "Riyadh, February 2021",
                  ["Contractual relationship reforms (2021)", "Changing employers", "Wage protection system",
                   "Recommendations"])
    a = alt(text, "_000_DB8PR10MB3145A6F2C9E4D817_", html=outlook_html(text, lang="AR-SA", img_cid=cid, rtl=True),
            b64=True)
    rel = multi("related", [a, logo(cid, (0, 84, 60))], "_004_DB8PR10MB3145A6F2C9E4D817_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, M13_FILE)], "_006_DB8PR10MB3145A6F2C9E4D817_")
    m = mk(when, sent_at(when, 3, 11), "mail-db8eur10on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", M13_QID, addr("لطيفة الدوسري", "l.aldosari@nahj-center.example.sa"), hdr(M13_SUBJ),
           M13_ID, body, cc='"Noura A. Al-Qahtani" <n.alqahtani@nahj-center.example.sa>',
           extra=outlook(hdr(M13_SUBJ), "AQHW+wK5Lm2Rz8Tq4Xn1Vc7Pb3Hd6Ws==", lang="ar-SA", has_attach="yes"))
    add(13, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نورة بنت عبدالله بن سعد القحطاني", "Senior Research Fellow", "مركز نهج لدراسات العمل والهجرة",
           ["rapporteur"])],
        report_attachments=[M13_FILE],
        notes="both, on time (4 February): the PDF (Arabic file name, RFC 2231 + RFC 2047) is the report and a "
              "rapporteur is nominated ('مقرِّرةً تتولى عرض الرسائل الرئيسية'). The name keeps 'بنت' and 'بن' "
              "(four-part Gulf name, 'الأستاذة' dropped); the passport form 'NOURA ABDULLAH S ALQAHTANI' and the Cc "
              "display name 'Noura A. Al-Qahtani' are other forms of the same person. The title is English inside "
              "the Arabic sentence ('Senior Research Fellow في المركز'). The signatory (د. ... المديرة التنفيذية) is "
              "not the speaker. Outlook mixed > related (logo) > alternative, base64; Date UTC+3. The speaker "
              "thanks us in h268-14."))


# ================================================================ 14  AR  other  the rapporteur of 13 thanks us (bilingual signature)
def m14():
    when = at("2021-02-04 13:16:02")
    ack = ack_mid(M13_QID)
    quoted = ack_text("ar", M13_SUBJ, "التقرير الطوعي وطلب المشاركة")
    text = """شكراً جزيلاً على سرعة التأكيد.

يسعدني أن أكون ضمن المقرِّرين، وأنتظر تفاصيل البرنامج والتعليمات الخاصة بالمقرِّرين حين تتوفر.

مع خالص التحية،

نورة القحطاني | Noura A. Al-Qahtani
باحثة أولى | Senior Research Fellow
مركز نهج لدراسات العمل والهجرة | NAHJ Center for Labour and Migration Studies
الرياض

________________________________
من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
تم الإرسال: الخميس، 4 فبراير، 2021 10:03 ص
إلى: لطيفة الدوسري <l.aldosari@nahj-center.example.sa>
نسخة: Noura A. Al-Qahtani <n.alqahtani@nahj-center.example.sa>
الموضوع: تأكيد استلام - %s

%s
""" % (M13_SUBJ, quoted)
    subj = hdr("رد: تأكيد استلام - " + M13_SUBJ)
    body = alt(text, "_000_DB8PR10MB3145C2E7A1F9B463_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 8), "mail-db8eur10on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DWr1Fh6KqZ8", '"Noura A. Al-Qahtani" <n.alqahtani@nahj-center.example.sa>', subj,
           "<DB8PR10MB3145C2E7A1F9B463@DB8PR10MB3145.EURPRD10.PROD.OUTLOOK.example.com>", body,
           cc=addr("لطيفة الدوسري", "l.aldosari@nahj-center.example.sa"),
           extra=[("In-Reply-To", ack), ("References", M13_ID + " " + ack)]
           + outlook(subj, "AQHW+wK5Lm2Rz8Tq4Xn1Vc7Pb3Hd6WsAAB3kQE=", lang="ar-SA"))
    add(14, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 13,
        notes="thank-you from the rapporteur nominated in h268-13 (Outlook 'رد:' on our acknowledgement, References "
              "name h268-13): 'يسعدني أن أكون ضمن المقرِّرين' only accepts the role already requested, and waiting "
              "for programme details is not a question; nothing new, so no acknowledgement. Bilingual signature "
              "(short Arabic name | initialled Latin name, Arabic title 'باحثة أولى' beside the English one, an "
              "English name of the centre): not a new nomination. The quoted acknowledgement is in an Outlook "
              "header block (not '>'-prefixed)."))


# ================================================================ 15  FR  speaker  Afar officer in Djibouti: English title in a French mail, report announced
def m15():
    when = at("2021-02-04 17:26:50")
    subj = "Demande de prise de parole – table ronde n° 1 – ADAMT (Djibouti)"
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de l'Association Djiboutienne d'Aide aux Migrants en Transit (ADAMT), qui accueille à Obock et à Tadjourah les migrants éthiopiens et somaliens qui tentent la traversée vers le Yémen, et ceux, de plus en plus nombreux, qui en reviennent.

Je souhaiterais prendre la parole lors de la table ronde thématique n° 1 de la conférence régionale, pour témoigner de la situation sur la route de l'Est et du retour des migrants bloqués au Yémen.

Notre rapport volontaire est en cours de finalisation ; il vous parviendra séparément avant le 16 février.

Pour le programme, mon nom complet est Hasna Daoud Hamadou : Daoud est le prénom de mon père et Hamadou celui de mon grand-père (nom afar). Il est parfois écrit « Hasna Dawud Hamado » dans les documents de nos partenaires anglophones ; l'orthographe ci-dessus est celle de mon passeport.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hasna Daoud Hamadou
Programme Officer – Protection & Mixed Migration
Association Djiboutienne d'Aide aux Migrants en Transit (ADAMT)
Obock – République de Djibouti
Tél. : +253 77 00 00 00
"""
    cid = "image001.png@01D6FB0E.6C2D5A80"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)), logo(cid, (0, 150, 200))],
                "_004_PR3P191MB1372E5B8C2D4A916_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_PR3P191MB1372E5B8C2D4A916_")
    m = mk(when, sent_at(when, 3, 9), "mail-pr3p191on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", "4DX0wJ4RbmZ3", "Hasna Daoud Hamadou <h.daoud@adamt-dj.example.org>",
           hdr(subj, enc="Q"), "<PR3P191MB1372E5B8C2D4A916@PR3P191MB1372.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AQHW+xT2Rk7Lm4Vq9Zn3Pc1Hb6Wd8Xs==", lang="fr-FR"))
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hasna Daoud Hamadou", "Programme Officer – Protection & Mixed Migration",
           "Association Djiboutienne d'Aide aux Migrants en Transit (ADAMT)", ["roundtable"], 1)],
        notes="first-person request in formal French with the job title in English in the signature ('Programme "
              "Officer – Protection & Mixed Migration', recorded as written); Afar three-part name explained (own, "
              "father's, grandfather's) with an English-partner spelling 'Hasna Dawud Hamado' that is not the one "
              "to use. The voluntary report is only announced ('il vous parviendra séparément avant le 16 "
              "février'), so speaker_request, not both. 'table ronde thématique n° 1'; 'Obock – République de "
              "Djibouti' is the address. Outlook with logo, Date UTC+3."))


# ================================================================ 16  EN  speaker  Beirut: English body, French signature block and disclaimer
def m16():
    when = at("2021-02-05 15:12:08")
    subj = "Request to speak - open discussion, 23 February"
    text = """Dear GCM Regional Review team,

I would like to request a speaking slot for myself in the open discussion of the multi-stakeholder consultation on 23 February.

At ALDTM I follow the cases of migrant domestic workers who were abandoned by their employers in Beirut after the economic collapse and the port explosion, and our legal team has documented more than 400 cases of unpaid wages since October 2019. I would like to bring their voices into the discussion, in particular on the kafala system and on access to consular services for workers whose passports are held by their employers.

Please excuse the French signature below: it is our office template.

Best regards,
Joëlle

--
Joëlle Haddad-Farès
Chargée de plaidoyer et des partenariats
Association Libanaise pour les Droits des Travailleurs Migrants (ALDTM)
Immeuble Saadé, 3e étage, rue Makdessi – Hamra, Beyrouth, Liban
Tél. : +961 1 000 000 | Mob. : +961 3 000 000

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. Toute utilisation non autorisée est interdite.
"""
    cid = "image001.jpg@01D6FBC4.2A9E1D30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)), logo(cid, (200, 16, 46))],
                "_004_VI1PR04MB6832F1D3B7A2E594_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR04MB6832F1D3B7A2E594_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur04on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", "4DXq5Zt8GkZ2", addr("Joëlle Haddad-Farès", "j.haddadfares@aldtm.example.org", enc="Q"),
           subj, "<VI1PR04MB6832F1D3B7A2E594@VI1PR04MB6832.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHW+9Lm3Qx7Tz2Rk5Vn8Pb1Hc4Wd6Ys==", lang="fr-FR"))
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joëlle Haddad-Farès", "Chargée de plaidoyer et des partenariats",
           "Association Libanaise pour les Droits des Travailleurs Migrants (ALDTM)", ["open_discussion"])],
        notes="English body with a French signature block and a French confidentiality disclaimer, Content-Language "
              "fr-FR and an 'FR' Outlook HTML body: the request is written in English, so acknowledge in English. "
              "Self-nomination signed with the first name only; the full hyphenated double surname, the French "
              "title (recorded as written) and the organisation with acronym only in the signature; the address "
              "line is not part of the affiliation. 400 cases and October 2019 are history. Sent on the speaker "
              "deadline day, on time."))


# ================================================================ 17  FR  both  Marseille association of binational families at 23:41 on 5 February
M17_FILE = "Rapport_AFMF_familles_binationales_PMM_2021.docx"


def m17():
    when = at("2021-02-05 23:41:26")
    subj = "Rapport volontaire AFMF + intervenante (table ronde II)"
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'Association Franco-Maghrébine des Familles (AFMF) pour l'examen régional du Pacte mondial sur les migrations. Il porte sur les familles binationales entre la France, l'Algérie, la Tunisie et le Maroc : regroupement familial, transcription des actes d'état civil, enfants dont le nom est orthographié différemment d'un pays à l'autre (Ben Hadj Yahia, Benhadj-Yahia, Ben-Hadj-Yahya…), et les difficultés qui en découlent pour les passeports et les successions.

Nous souhaitons également proposer une intervenante :

Nom : BEN HADJ-YAHIA
Prénom(s) : Lina-Maryam
Fonction : Trésorière
Structure : Association Franco-Maghrébine des Familles (AFMF)
Session souhaitée : table ronde thématique II

Lina-Maryam Ben Hadj-Yahia est elle-même concernée : son nom est écrit de trois façons différentes sur ses papiers français et tunisiens. Merci de retenir l'orthographe ci-dessus.

Désolé pour l'heure tardive, nous avons terminé le rapport ce soir.

Bien cordialement,

Jean-Baptiste Moreau-Khelifi
Président de l'AFMF
12, rue des Petites-Maries – 13001 Marseille
06 00 00 00 00
"""
    doc = make_docx(["Association Franco-Maghrebine des Familles (AFMF) - Rapport volontaire",
                     "Examen regional du Pacte mondial sur les migrations - fevrier 2021",
                     "1. Regroupement familial", "2. Transcription des actes d'etat civil",
                     "3. Un nom, trois orthographes", "4. Passeports et successions", "5. Recommandations"])
    a = alt(text, "----=_Part_418273_1529034861.1612561282117", html=ox_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M17_FILE)], "----=_Part_418272_2098347165.1612561282116")
    m = mk(when, sent_at(when, 1, 11), "smtp-out.orange.example.fr", "203.0.113.193", "4DY2mR7VbkZ5",
           addr("Jean-Baptiste Moreau-Khelifi", "jb.moreau-khelifi@orange.example.fr"), subj,
           "<1752940683.418274.1612561282118@wsfrf1412.priv.atos.example.fr>", body, extra=[("X-Mailer", OX)])
    add(17, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lina-Maryam Ben Hadj-Yahia", "Trésorière", "Association Franco-Maghrébine des Familles (AFMF)",
           ["roundtable"], 2)],
        report_attachments=[M17_FILE],
        notes="deadline edge: received 23:41 Beirut on Friday 5 February (Date 22:41 +0100, Marseille), so both "
              "parts are on time. DOCX report plus a form-like block with 'Nom : BEN HADJ-YAHIA / Prénom(s) : "
              "Lina-Maryam' (family name in capitals first, hyphenated double given name and surname): recorded in "
              "natural order as the sender writes it in the next sentence and asks to be kept; the spelling variants "
              "in the report description are decoys. 'table ronde thématique II'; the hyphenated signatory "
              "(président) is not a speaker. Orange webmail (Open-Xchange)."))


# ================================================================ 18  EN  speaker  Ethiopian women workers in Beirut, late: call her by her first name
def m18():
    when = at("2021-02-06 10:15:20")
    subj = "Speaker proposal - EWWAL (sorry for the delay)"
    text = """Hello,

I hope it is not too late for this. We only saw the invitation yesterday evening, when a friend shared it on our WhatsApp group.

The Ethiopian Women Workers' Association in Lebanon (EWWAL) would like to propose Ms. Tigist Alemayehu Bekele, Community Organizer of EWWAL, for a floor intervention in the plenary. Tigist came to Lebanon in 2011 as a domestic worker, and since 2019 she organises the Sunday meetings of our members in Bourj Hammoud and Dora. In 2020 she helped more than 150 women who were left in front of the consulate to find shelter.

About her name: in Ethiopia we do not have family names. Alemayehu is her father's name and Bekele is her grandfather's name, so please call her Ms. Tigist (not Ms. Bekele or Ms. Alemayehu), but write the full name Tigist Alemayehu Bekele in the list.

She speaks Amharic, Arabic and some English. She would prefer to speak in Arabic.

Thank you very much,

Selamawit Girma
Secretary, EWWAL
የኢትዮጵያ ሴት ሠራተኞች ማኅበር በሊባኖስ
Ethiopian Women Workers' Association in Lebanon
"""
    body = alt(text, "000000000000f7d23b05baa91c68", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f52.google.example.com", "192.0.2.152", "4DYQ3Hk9WtZ0",
           "Selamawit Girma <selam.girma.ewwal@gmail.example.com>", subj,
           "<CAM4tRk8Wz2nV6pL+q3Xb9Hc5sF1dKe7gT4@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tigist Alemayehu Bekele", "Community Organizer",
           "Ethiopian Women Workers' Association in Lebanon (EWWAL)", ["plenary"])],
        notes="late (Saturday 6 February) and the sender fears so. Ethiopian name without a family name: the full "
              "three-part name is for the list, while she is to be addressed by her first name ('Ms. Tigist', not "
              "'Ms. Bekele'); 'Ms.' dropped. Title in apposition ('Community Organizer of EWWAL'); the signer "
              "(secretary) is not the speaker; the Amharic line in Ge'ez script is the association's name; her "
              "preference to speak in Arabic is not a role. Gmail."))


# ================================================================ 19  FR  other  the Sahel network withdraws one speaker of 09 (new spelling 'MINT EL MOKTAR')
def m19():
    when = at("2021-02-09 11:02:14")
    text = """Bonjour,

Suite à notre message du 2 février ci-dessous, nous vous informons que Mme Aminétou MINT EL MOKTAR, notre Présidente, ne pourra malheureusement pas intervenir en séance plénière : elle sera en mission à Bamako du 22 au 27 février, sans connexion fiable.

Nous retirons donc sa candidature et ne proposons personne à sa place. La proposition concernant M. Assalat AG IBRAHIM (table ronde n° 1) reste inchangée.

(Vous remarquerez que nous avons écrit « El Moktar » cette fois : c'est l'orthographe de son nouveau passeport, l'ancien portait « El Moctar ». Il s'agit bien de la même personne.)

Cordialement,

Ahmedou Ould Sidi Mahmoud
Secrétaire exécutif – RSSDM


Le mardi 2 février 2021 à 12:10:02 UTC, RSSDM Secrétariat <rssdm.secretariat@yahoo.example.fr> a écrit :

""" + gt(M09_TEXT) + "\n"
    body = alt(text, "----=_Part_2961734_871203456.1612861328540", html=yahoo_divs(text))
    m = mk(when, sent_at(when, 0, 6), "sonic308-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.208",
           "4F0Bv6Lx3qZ8", addr("RSSDM Secrétariat", "rssdm.secretariat@yahoo.example.fr", enc="Q"),
           hdr("Re: " + M09_SUBJ, enc="Q"), "<1207384519.2961735.1612861328542@mail.yahoo.example.com>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID), ("X-Mailer", YAHOO)])
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 9,
        notes="withdrawal of one of the two speakers of h268-09 (Yahoo reply to the network's own message): 'Nous "
              "retirons donc sa candidature et ne proposons personne à sa place'; the other nomination is only said "
              "to stand ('reste inchangée'), not made again, so nothing is requested: other, acknowledged (it "
              "changes the request). The withdrawn president is now spelled 'Aminétou MINT EL MOKTAR' (new "
              "passport), the quoted original still has both speakers with their roles."))


# ================================================================ 20  FR  report  Comorian federation: French body, Arabic signature
M20_FILE = "Rapport_FCMR_Examen_regional_PMM_2021.pdf"


def m20():
    when = at("2021-02-10 12:00:33")
    subj = "Rapport volontaire de la FCMR (Comores)"
    text = """Bonjour,

Au nom de la Fédération Comorienne des Migrants de Retour (FCMR), j'ai le plaisir de vous transmettre en pièce jointe notre rapport volontaire pour l'examen régional du Pacte mondial sur les migrations dans la région arabe.

Le rapport traite des retours, volontaires ou non, de Comoriens depuis Mayotte, la France et la péninsule arabique ; des traversées en kwassa-kwassa entre Anjouan et Mayotte ; et de l'état civil des enfants nés à Mayotte de parents comoriens, dont les noms sont souvent transcrits différemment à Mamoudzou et à Moroni (Mmadi, M'madi, Madi…).

Le rapport sera aussi présenté par notre président lors de notre assemblée générale du 27 février à Mutsamudu.

Nous restons à votre disposition pour tout complément.

Avec nos salutations les meilleures,

سعيد مادي أحمدا
رئيس الفدرالية
الفدرالية القمرية للمهاجرين العائدين
موروني - الاتحاد القمري
"""
    pdf = rep_pdf("Federation Comorienne des Migrants de Retour (FCMR) - Rapport volontaire", "Moroni, fevrier 2021",
                  ["Retours depuis Mayotte, la France et la peninsule arabique", "Les traversees entre Anjouan et Mayotte",
                   "Etat civil des enfants nes a Mayotte", "Recommandations"])
    tp = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [tp, attach("application/pdf", pdf, M20_FILE)], "=_c81f4e2a7b9d05361e8a2c4f9b7d1e03")
    m = mk(when, sent_at(when, 3, 7), "webmail.comores-online.example.km", "203.0.113.209", "4F1Ht8Qm2wZ6",
           "FCMR Moroni <fcmr.moroni@comores-online.example.km>", subj,
           "<5b3e9d1f27a4c86e0f19d2b7a4c83e51@comores-online.example.km>", body,
           extra=[("User-Agent", ROUNDCUBE)])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="French body with the signature only in Arabic (name, 'رئيس الفدرالية', the federation's Arabic name, "
              "Moroni): acknowledge in French. The president presenting the report 'lors de notre assemblée "
              "générale du 27 février' is the federation's own meeting, not a speaking role at the review (no "
              "speaker). Name variants (Mmadi, M'madi, Madi) are report content. Roundcube, shared mailbox, "
              "text/plain quoted-printable, Date UTC+3."))


# ================================================================ 21  AR  other  Sudanese returnees in Nyala register three listeners, each name twice
def m21():
    when = at("2021-02-11 09:33:10")
    subj = "تسجيل حضور - لجنة العائدين من ليبيا بنيالا"
    text = """السلام عليكم ورحمة الله

إن شاء الله تكونوا بخير. نحنا تلاتة من لجنة العائدين من ليبيا في نيالا، جنوب دارفور، وعايزين نحضر المؤتمر يوم 24 و25 أونلاين كمستمعين بس. ما عندنا تقرير وما عايزين نتكلم، بس عايزين نسمع ونتعلم.

الأسماء:
1- محمد أبكر آدم (في الجواز: MOHAMED ABAKAR ADAM)
2- حامد ود الزين علي (في الجواز: HAMID WAD ELZEIN ALI)
3- آمنة إسحق عبد الكريم (في الجواز: AMNA ISHAG ABDELKARIM)

معليش لو الأسماء مكتوبة بطريقتين، الجوازات بتكتبها بطريقة غير طريقتنا، وأنا في الإيميل كاتب اسمي Mohammed Abbaker، عشان كدا لو لقيتو تلاتة تهجئات لاسم واحد فهو نفس الزول.

كيف نسجّل؟ ونستلم الرابط وين؟

وشكراً كتير
محمد أبكر آدم
نيالا - السودان
"""
    body = alt(text, "0000000000002d6f8e05bb0c4a71", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 12), "mail-lf1-f47.google.example.com", "192.0.2.47", "4F1Wc4Np7kZ1",
           "Mohammed Abbaker <mohammed.abbaker84@gmail.example.com>", hdr(subj),
           "<CAB2kTq7Xv4mR9wL+n6Pz3Hc8sG1dFb5jW2@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="registration of three listeners (Sudanese colloquial): 'كمستمعين بس. ما عندنا تقرير وما عايزين "
              "نتكلم' - names, passport spellings and an organisation, but no speaking role and no report. Each "
              "name twice (Arabic and passport capitals, 'ود' = son of), and the sender's From name is a third "
              "spelling ('Mohammed Abbaker' vs 'MOHAMED ABAKAR'). Questions: how to register, where to get the link. "
              "Gmail base64."))


# ================================================================ 22  EN  report  Bangladeshi network in Qatar: 'Md.' names and a workshop rapporteur
M22_FILE = "BMWN-Q_GCM_Voluntary_Review_Report_Feb2021.pdf"


def m22():
    when = at("2021-02-15 14:22:05")
    subj = "Voluntary GCM Review Report - Bangladeshi Migrant Workers' Network, Qatar"
    text = """Dear Sir/Madam,

Assalamu Alaikum and greetings from Doha.

On behalf of the Bangladeshi Migrant Workers' Network - Qatar (BMWN-Q), please find attached our voluntary GCM review report. The report covers wage protection, recruitment costs paid in Bangladesh, housing in labour camps during the COVID-19 lockdown of the Industrial Area, and the return of workers whose contracts ended in 2020.

The report was prepared through four drafting workshops with workers in Doha, Al Khor, Mesaieed and Al Wakrah between November 2020 and January 2021. The drafting team was Md. Shafiqul Islam, Dr. Syeda Nusrat Jahan Chowdhury and Mohd. Abul Kalam Azad; Ms. Rokeya Begum served as rapporteur of the workshops and wrote up the workers' testimonies in Bangla.

A short note on names, as they are written in several ways in the report: "Md." and "Mohd." are the usual short forms of Mohammad and are part of the name, not titles; some workers also use only one name.

We would be grateful for an acknowledgement of receipt.

Best regards,

Md. Shafiqul Islam
Research Coordinator
Bangladeshi Migrant Workers' Network - Qatar (BMWN-Q)
বাংলাদেশি অভিবাসী শ্রমিক নেটওয়ার্ক - কাতার
Doha, Qatar
"""
    pdf = rep_pdf("Bangladeshi Migrant Workers' Network - Qatar (BMWN-Q) - Voluntary GCM review report",
                  "Doha, February 2021",
                  ["Wage protection", "Recruitment costs paid in Bangladesh", "Labour camps during the lockdown",
                   "Returns after contracts ended in 2020", "Workers' testimonies", "Recommendations"])
    a = alt(text, "_000_HE1PR0602MB3347A2D9F4C1E785_", html=outlook_html(text, lang="EN-US"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "_002_HE1PR0602MB3347A2D9F4C1E785_")
    m = mk(when, sent_at(when, 3, 10), "mail-he1eur06on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4F3Tn9Xd5rZ7", '"Md. Shafiqul Islam" <shafiqul.islam@bmwn-qatar.example.org>', subj,
           "<HE1PR0602MB3347A2D9F4C1E785@HE1PR0602MB3347.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(subj, "AQHXAz4Kq9Rm2Lt7Vx5Nb1Pc8Hd3Ws6Tz==", lang="en-US", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="report only: 'Ms. Rokeya Begum served as rapporteur of the workshops' describes how the report was "
              "drafted, not the GCM rapporteur role, and nobody asks to speak. Names with 'Md.'/'Mohd.' (short "
              "forms of Mohammad, part of the name, also in the quoted From display name) and 'Syeda'; the Bangla "
              "line in the signature is the network's name. Four workshops and dates are history. Outlook, Date "
              "UTC+3."))


# ================================================================ 23  AR  report  Lebanese association writes in Arabizi at 23:57 on 16 February
M23_FILE = "Taqrir Darb el Mhajjar - GCM 2021.pdf"


def m23():
    when = at("2021-02-16 23:57:48")
    subj = "taqrir jam3iyyit Darb el Mhajjar - GCM review"
    text = """Marhaba,

Ba3atelkon bel mraffa2 el taqrir el tawa3e taba3 jam3iyyit Darb el Mhajjar (Darb Al-Muhajir Association) lal isti3rad el e2limi lal ittifa2 el 3alame lal hijra. Sorry 3al ta2khir, kenna 3am nzabbet el ar2am la 2e5er de2i2a w el kahraba 2at3a min el 3asriyye.

El taqrir bel 3arabe, w fi mol5ass bel english bi 2e5er safha.

Malhouza zghire: ismi bel 3arabe هادي زغيب, bas 3al jawaz maktoub ZGHEIB w bi ba3d el awra2 Zoghaib aw Zgheyb, so iza she2 ma wosel, ba3toulna 3al 3onwen hayda.

Yeslamo w ya3tikon el 3afye,
Hadi Zgheib
Mnasse2 el baramej - Darb el Mhajjar
Tripoli, Lebanon
"""
    pdf = rep_pdf("Darb Al-Muhajir Association - Voluntary GCM review report (Arabic, English summary)",
                  "Tripoli, Lebanon - February 2021",
                  ["Migrant workers in North Lebanon", "Returns to Syria", "Boats leaving from Tripoli",
                   "English summary"])
    a = alt(text, "_000_AM6P193MB0421D5E8B2A7C149_", html=owa_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_002_AM6P193MB0421D5E8B2A7C149_")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur05olkn2019.outbound.protection.outlook.example.com",
           "198.51.100.219", "4F4Nq2Wb8xZ3", "Hadi Zgheib <hadi.zgheib@hotmail.example.com>", subj,
           "<AM6P193MB0421D5E8B2A7C149@AM6P193MB0421.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHXBLv3Nk8Wq2Rm5Tz1Lx7Vb4Pc9Hd=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: received 23:57:48 Beirut on Tuesday 16 February, on time although the sender "
              "apologises for the delay. Lebanese Arabic written in Arabizi (Latin letters with 2/3/5 for hamza, "
              "ain, kha), so the language is Arabic although the script, subject, file name and Content-Language "
              "are Latin/English; his name appears in Arabic script once and in four Latin spellings (Zgheib, "
              "ZGHEIB, Zoghaib, Zgheyb). The English summary is inside the one PDF. Outlook.com."))


# ================================================================ 24  FR  report  Kabyle association: Berber Latin letters, two minutes late
M24_FILE = "Rapport_Tuɣalin_PMM_2021.pdf"


def m24():
    when = at("2021-02-17 00:02:40")
    subj = "Rapport volontaire – Association Tuɣalin (Tizi Ouzou)"
    text = """Azul fell-awen,

Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'association Tuɣalin (« les retours », en kabyle) – Association d'accompagnement des migrants de retour de Tizi Ouzou, pour l'examen régional du Pacte mondial. J'espère qu'il vous parvient avant minuit comme prévu.

Le rapport porte sur les jeunes de Kabylie revenus de France, d'Espagne et de Turquie, et sur les familles des disparus en mer au large de Dellys et de Tigzirt.

Vous verrez que les noms sont écrits dans le rapport en alphabet latin berbère (Tasɛdit, Muḥend, Ɛli) à côté de leur forme administrative (Tassadit, Mohand, Ali) : ce sont les mêmes personnes.

Tanemmirt, merci,

-- 
Tassadit Aït Oumeziane
Tasɛdit At Umeziane
Secrétaire générale
Association Tuɣalin – Tizi Ouzou
"""
    pdf = rep_pdf("Association Tughalin - Rapport volontaire (PMM, examen regional 2021)", "Tizi Ouzou, fevrier 2021",
                  ["Les jeunes revenus de France, d'Espagne et de Turquie", "Les familles des disparus en mer",
                   "Noms et etat civil", "Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [tp, attach("application/pdf", pdf, M24_FILE)], "------------A41C7E2B9D05F36E81B2C4D7")
    m = mk(when, sent_at(when, 1, 9), "mail.tughalin-tizi.example.dz", "203.0.113.87", "4F4Rz6Kc1mZ9",
           addr("Tassadit Aït Oumeziane", "t.aitoumeziane@tughalin-tizi.example.dz", enc="Q"), hdr(subj, enc="Q"),
           "<3e8b1f52-9c47-4d06-a2e5-71d9c0b4f836@tughalin-tizi.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="late by 2 min 40 s: received 00:02:40 Beirut on 17 February while the Date header reads Tue 16 Feb "
              "23:02 +0100 (Algeria) and the sender hopes it arrives 'avant minuit'. Kabyle names in Berber Latin "
              "letters (ɣ, ɛ, ḥ) beside their administrative forms; the PDF name contains 'ɣ' (RFC 2231 + RFC "
              "2047); signature with two forms of the sender's name. Thunderbird, format=flowed, 8bit."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
