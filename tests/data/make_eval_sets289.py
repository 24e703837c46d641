#!/usr/bin/env python3
"""Write the blind evaluation set holdout289 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets289.py
Theme: revisions over time, all in threads (27 January - 17 February 2021).  A Beirut legal-aid collective that
nominates a lawyer for the plenary and later moves her to the open discussion and Roundtable 3; a Rabat association
that replaces its speaker (the first speaker's maternity-leave out-of-office answers our acknowledgement) and, after
the deadline, corrects the spelling of the new speaker's first name; a Beirut association that withdraws its
rapporteur and reinstates her eight minutes before the speaker deadline; a domestic workers' network that sends the
same report and speaker request twice, first from a personal Gmail on an iPhone and then from the network's own
address; a Cairo foundation that corrects its speaker's title the next morning (her vacation responder answers);
a Gulf coalition's collective report that a Bahraini centre asks to co-sign before the coalition sends 'v2' with a
note on the changes; a Sudanese organisation whose full mailbox makes our acknowledgement bounce, so its president
sends the same DOCX again from his own Gmail; and a Sfax association whose report goes from a Word file to a 'version
finale' (with a late speaker slipped in), a thank-you, then a corrected PDF one day after the report deadline.
Outlook / Thunderbird / Gmail / iPhone / OWA / Roundcube / Zimbra; Outlook header-block quotes and '>' quotes.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed,
                     gmail_html, hdr, html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate,
                     sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(289)
add = SET.add
H = "h289-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
ZIMBRA = "Zimbra 8.8.15_GA_3953 (zclient/8.8.15_GA_3953)"


def apple_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"%s>'
            '%s</body></html>\n' % (d, inner))


def owa_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div></body></html>\n' % inner)


def roundcube_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<div%s>%s</div>\n</body></html>\n'
            % (d, inner))


def ack_text(lang, subject, what):
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières dans la région arabe accuse réception de votre message « %s » et de %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM - États arabes"
                % (subject, what))
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def ooo_rows(when, host, ip, qid, sender, subject, mid, refs, ack, delay, extra=None):
    """Headers of an out-of-office answering our acknowledgement (null Return-Path, Auto-Submitted)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied")] + list(extra or []), ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    return rows + [("In-Reply-To", ack), ("References", " ".join(refs + [ack]))]


LLAC_DISCLAIMER = """
This e-mail and any attachment are confidential and intended only for the addressee. If you have received it by mistake, please tell the sender and delete it. LLAC handles personal data in line with its data protection policy; case details are never shared without consent.
"""

# ================================================================ 01  EN  speaker  Beirut legal-aid collective nominates a lawyer for the plenary
M01_ID = "<VI1PR06MB4421A7C2E8B5D013@VI1PR06MB4421.eurprd06.prod.outlook.example.com>"
M01_SUBJ = "Speaker nomination - Levant Legal Aid Collective (plenary)"
M01_QID = "4DLq2Wv7HnZ1"
M01_TEXT = """Dear Secretariat,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region, which reached us through the Lebanon Humanitarian INGO Forum.

The Levant Legal Aid Collective (LLAC) would like to request a speaking role for our colleague:

Name: Ms. Rania Khoury
Title: Legal Coordinator
Organisation: Levant Legal Aid Collective (LLAC)
Requested role: floor intervention in a plenary session (24-25 February)

Rania has coordinated our legal clinics for migrant domestic workers in Beirut and Tripoli since 2017 and leads our casework on detention and deportation. She would speak on access to justice for workers whose legal residency depends on a single employer.

Her CV can be shared if useful. Please do not hesitate to contact me with any question.

Kind regards,

Daniel Haddad
Programme Manager
Levant Legal Aid Collective (LLAC)
Mar Mikhael, Beirut - Lebanon
T: +961 1 000 000 | M: +961 3 000 000
www.llac.example.org
"""


def m01():
    when = at("2021-01-27 11:05:18")
    text = M01_TEXT + LLAC_DISCLAIMER
    cid = "image001.png@01D6F49A.3B2C7E10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (30, 60, 110))], "_004_VI1PR06MB4421A7C2E8B5D013_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR06MB4421A7C2E8B5D013_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur06on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", M01_QID, "Daniel Haddad <d.haddad@llac.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW9JpLk3Rt7Vx2Nb5Qm8Cz1Sd4Fg==", lang="en-GB", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Khoury", "Legal Coordinator", "Levant Legal Aid Collective (LLAC)", ["plenary"])],
        notes="labelled nomination by a programme manager (not the speaker); 'Ms.' dropped; 'floor intervention in "
              "a plenary session' = plenary; 2017 and 'Beirut and Tripoli' are background. Outlook with an inline "
              "logo (X-MS-Has-Attach: yes, no real attachment) and a confidentiality disclaimer. The role is "
              "changed by h289-09."))


# ================================================================ 02  FR  speaker  Rabat association proposes a programme officer for table ronde 2
M02_ID = "<a3f7c912-5e48-4b1d-9c06-2d8e71b4f5a0@apmd.example.ma>"
M02_SUBJ = "Demande de prise de parole – APMD – table ronde 2"
M02_QID = "4DNb5Kr2TsZ6"
M02_TEXT = """Madame, Monsieur,

Suite à la lettre d'invitation à l'Examen régional du Pacte mondial sur les migrations dans la région arabe, l'Association Passerelles Migrations et Droits (APMD) a le plaisir de vous proposer une intervenante :

Mme Souad Lahlou, chargée de programme « Femmes et migration » à l'APMD, pour une intervention depuis la salle lors de la deuxième table ronde thématique.

Souad accompagne depuis 2016 les femmes migrantes subsahariennes à Rabat et à Casablanca (accès aux soins, état civil des enfants nés au Maroc, violences). Elle est en copie de ce message.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

-- 
Hicham Berrada
Secrétaire général
Association Passerelles Migrations et Droits (APMD)
Rabat – Maroc
+212 5 37 00 00 00
"""


def m02():
    when = at("2021-01-29 16:22:40")
    tp = leaf("text/plain", flowed(M02_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "mail.apmd.example.ma", "203.0.113.41", M02_QID,
           "Hicham Berrada <h.berrada@apmd.example.ma>", hdr(M02_SUBJ, enc="Q"), M02_ID, tp,
           cc="Souad Lahlou <s.lahlou@apmd.example.ma>", extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Souad Lahlou", "chargée de programme « Femmes et migration »",
           "Association Passerelles Migrations et Droits (APMD)", ["roundtable"], 2)],
        notes="speaker in one prose line: 'Mme' dropped, title with guillemets kept as written, 'à l'APMD' refers "
              "to the association named in full above; 'intervention depuis la salle lors de la deuxième table ronde "
              "thématique' = roundtable 2. Thunderbird, format=flowed 8bit, Date UTC+1. Opens a thread: the speaker "
              "is replaced (h289-07) and the new name corrected after the deadline (h289-15)."))


# ================================================================ 03  AR  speaker  Beirut association proposes its advocacy coordinator as rapporteur
M03_ID = "<DB7PR02MB5130F4A9C2E6B871@DB7PR02MB5130.eurprd02.prod.outlook.example.com>"
M03_SUBJ = "طلب مشاركة بصفة مقرِّر - جمعية جسور التضامن مع العمال المهاجرين"
M03_QID = "4DQa7Jm1XbZ3"
M03_TEXT = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة إلى الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية، يسرّ جمعية جسور التضامن مع العمال المهاجرين أن تتقدّم بطلب مشاركة الزميلة:

الاسم: السيدة نادين فرحات
المسمى الوظيفي: منسقة المناصرة
الجهة: جمعية جسور التضامن مع العمال المهاجرين - بيروت
الدور المطلوب: مقرِّرة تتولى عرض الرسائل الرئيسية لأصحاب المصلحة

تعمل الزميلة نادين منذ عام 2015 على ملف نظام الكفالة وعقد العمل الموحّد للعاملات في الخدمة المنزلية، وقد شاركت في إعداد أوراق الموقف المشتركة لائتلاف منظمات المجتمع المدني في لبنان خلال عام 2020.

وتفضلوا بقبول فائق الاحترام والتقدير،

وسام الحلبي
المدير التنفيذي
جمعية جسور التضامن مع العمال المهاجرين
بدارو، بيروت - لبنان
هاتف: 961+ 1 000 000
"""


def m03():
    when = at("2021-02-01 10:40:12")
    a = alt(M03_TEXT, "_000_DB7PR02MB5130F4A9C2E6B871_", html=outlook_html(M03_TEXT, lang="AR-LB", rtl=True),
            b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur02on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", M03_QID, addr("Wissam Halabi", "w.halabi@jusour-solidarity.example.org"),
           hdr(M03_SUBJ), M03_ID, a,
           extra=outlook(hdr(M03_SUBJ), "AQHW+HkR2m5Tx8Vb1Nc4Pz7Lq0Sd3Fw==", lang="ar-LB"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نادين فرحات", "منسقة المناصرة", "جمعية جسور التضامن مع العمال المهاجرين", ["rapporteur"])],
        notes="formal MSA with labelled lines: 'السيدة' dropped; the organisation line ends with '- بيروت' (a place, "
              "not part of the affiliation); 'مقرِّرة تتولى عرض الرسائل الرئيسية' = rapporteur. The executive "
              "director who signs is not the speaker; Latin display name. Withdrawn in h289-06 and reinstated in "
              "h289-13. Outlook, base64."))


# ================================================================ 04  EN  both  domestic workers' network: report + self-nomination from a personal Gmail (iPhone)
M04_ID = "<8E41B7C2-5D93-4A0F-B2E6-71C94D3A05F8@gmail.example.com>"
M04_SUBJ = "Report and speaker request from EADWN"
M04_FILE = "EADWN_Voluntary_Report_GCM_2021.pdf"
M04_PDF = rep_pdf("Voluntary GCM review report", "East African Domestic Workers Network - Lebanon (EADWN)",
                  ["Who we are: 600 members in Beirut and Mount Lebanon", "Passports, contracts and the kafala",
                   "Stranded after 2020: no salary, no flight home", "What we ask from governments"])


def m04():
    when = at("2021-02-02 19:12:33")
    p1 = """Dear Sir/Madam,

My name is Grace Achieng Otieno, I am the coordinator of the East African Domestic Workers Network in Lebanon (EADWN). We are a self organised group of domestic workers from Kenya, Uganda, Ethiopia and Tanzania, we have around 600 members in Beirut and Mount Lebanon.

Please find attached our voluntary report for the GCM review. We wrote it together in our Sunday meetings from October to January.
"""
    p2 = """
I also want to request to speak in the roundtable number 4 during the conference. I will speak myself for the network.

Thank you very much,
Grace

Sent from my iPhone
"""
    body = multi("mixed", [leaf("text/plain", p1), attach("application/pdf", M04_PDF, M04_FILE),
                           leaf("text/plain", p2)], "Apple-Mail-2F7C05A1-8E3D-4B96-A1C4-D5E72B90F368")
    m = mk(when, sent_at(when, 2, 11), "mail-wr1-f52.google.example.com", "192.0.2.52", "4DRc9Tn3KwZ5",
           "Grace Achieng <graceachieng84@gmail.example.com>", M04_SUBJ, M04_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(4, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Achieng Otieno", "coordinator", "East African Domestic Workers Network in Lebanon (EADWN)",
           ["roundtable"], 4)],
        report_attachments=[M04_FILE],
        notes="both, on time: report PDF plus a self-nomination ('I will speak myself'); the sender's name, title "
              "and network are only in the first sentence ('I am the coordinator of ...'), the From name is "
              "shorter; 'roundtable number 4'. iPhone Mail through a personal Gmail account, text / PDF / text. "
              "Sent again, unchanged, from the network's own address 51 minutes later (h289-05)."))


# ================================================================ 05  EN  both  the same report and request again, from the network's official address (OWA)
def m05():
    when = at("2021-02-02 20:03:51")
    subj = "Report and speaker request from EADWN (official email)"
    text = """Dear Secretariat,

I am sending again our voluntary report and my speaker request, this time from the official email of our network. I sent the same earlier this evening from my personal Gmail, but our adviser told me it is better that it comes from the network's address for your records. Nothing is changed, it is the same report.

- Voluntary report: attached (PDF)
- Speaker: myself, Grace Achieng Otieno, Coordinator of EADWN, for Roundtable 4

If possible please keep only one copy, sorry for the double email.

Best regards,

Grace Achieng Otieno
Coordinator
East African Domestic Workers Network – Lebanon (EADWN)
Beirut, Lebanon
coordinator@eadwn-lb.example.org
"""
    page = leaf("text/html", owa_html(text))
    body = multi("mixed", [page, attach("application/pdf", M04_PDF, M04_FILE)], "_002_PAXP193MB1650B3E8C71D2A94_")
    m = mk(when, sent_at(when, 2, 5), "mail-pax-eur01on0711.outbound.protection.outlook.example.com",
           "198.51.100.171", "4DRdB45LqZ8", "EADWN Coordinator <coordinator@eadwn-lb.example.org>", subj,
           "<PAXP193MB1650B3E8C71D2A94@PAXP193MB1650.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHW+Y3bQ7cN2pKx9Vt4Lm1Rz8Sd6Fg=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, thread_of=H % 4,
        speakers=[sp("Grace Achieng Otieno", "Coordinator", "East African Domestic Workers Network – Lebanon (EADWN)",
                     ["roundtable"], 4)],
        report_attachments=[M04_FILE],
        notes="the same submission as h289-04 (same PDF bytes and name, same speaker and roundtable) sent from a "
              "second address, the network's own, as a new message without In-Reply-To/References: a re-sent "
              "duplicate keeps its category and points to the first message (dev 041); the service should not "
              "register the speaker or file the report twice. The network's name is written differently here "
              "('– Lebanon' in the signature, 'in Lebanon' in h289-04): each label keeps the form its message "
              "writes. Outlook on the web, HTML only; generic display name."))


# ================================================================ 06  AR  other  the Beirut association withdraws its rapporteur
M06_ID = "<DB7PR02MB51309B2D6E4A1C38@DB7PR02MB5130.eurprd02.prod.outlook.example.com>"


def m06():
    when = at("2021-02-03 09:15:27")
    new = """حضرات السادة في الأمانة،

تحية طيبة،

نعتذر منكم، ولكن نودّ أن نسحب طلب المشاركة الذي أرسلناه يوم الاثنين 1 شباط (أدناه). الزميلة نادين فرحات تكلّفت أمس بمهمة ميدانية في عكار مع فريق الاستجابة الطارئة، والمهمة بتمتد لآخر شباط، وما عنا حدا تاني جاهز يحلّ محلها بهالوقت القصير.

بنتمنى نكون معكم بمحطات أخرى، ومنتابع الجلسات كمستمعين إذا كان البث مفتوح.

مع الشكر والتقدير،
وسام الحلبي
المدير التنفيذي
جمعية جسور التضامن مع العمال المهاجرين
"""
    quote = """________________________________
من: Wissam Halabi <w.halabi@jusour-solidarity.example.org>
تاريخ الإرسال: الاثنين، 1 شباط، 2021 10:40 ص
إلى: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
الموضوع: %s

""" % M03_SUBJ
    text = new + "\n" + quote + M03_TEXT
    a = alt(text, "_000_DB7PR02MB51309B2D6E4A1C38_", html=outlook_html(text, lang="AR-LB", rtl=True), b64=True)
    subj = re_hdr("RE: ", M03_SUBJ)
    m = mk(when, sent_at(when, 2, 6), "mail-db7eur02on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DRvF81NcZ2", addr("Wissam Halabi", "w.halabi@jusour-solidarity.example.org"), subj,
           M06_ID, a,
           extra=outlook(hdr(M03_SUBJ), "AQHW+HkR2m5Tx8Vb1Nc4Pz7Lq0Sd3FwAALmKpQ=", lang="ar-LB") +
           [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 3,
        notes="withdraws the rapporteur request of h289-03 ('نودّ أن نسحب طلب المشاركة'): nothing is requested, so "
              "other with no speakers, acknowledged (the secretariat confirms the withdrawal); the quoted original "
              "below the Outlook header block still has the labelled name/title/role lines. Levantine colloquial "
              "inside MSA ('ما عنا حدا تاني', 'بتمتد'); 'كمستمعين' is not a role. Reinstated in h289-13."))


# ================================================================ 07  FR  speaker  the Rabat association replaces its speaker (reply to its own message)
M07_ID = "<5c0e2b7a-91f3-4d6a-8e25-b4a9d1f30c67@apmd.example.ma>"
M07_SUBJ = "Re: " + M02_SUBJ
M07_QID = "4DS2Hq6WvZ4"
M07_NEW = """Madame, Monsieur,

Je reviens vers vous au sujet de notre demande du 29 janvier (ci-dessous).

Mme Souad Lahlou part en congé de maternité plus tôt que prévu et ne pourra malheureusement pas participer à la conférence. Nous proposons à sa place M. Abdessamed Ouchen, chargé de plaidoyer à l'APMD, pour la même table ronde (n° 2). Il suit depuis trois ans notre travail de plaidoyer sur la régularisation et connaît bien les dossiers de Souad.

Je le mets en copie, ainsi que Souad.

Bien cordialement,

-- 
Hicham Berrada
Secrétaire général
Association Passerelles Migrations et Droits (APMD)
Rabat – Maroc
+212 5 37 00 00 00
"""


def m07():
    when = at("2021-02-03 14:30:05")
    text = M07_NEW + "\nLe 29/01/2021 à 15:22, Hicham Berrada a écrit :\n" + gt(M02_TEXT) + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "mail.apmd.example.ma", "203.0.113.41", M07_QID,
           "Hicham Berrada <h.berrada@apmd.example.ma>", hdr(M07_SUBJ, enc="Q"), M07_ID, tp,
           cc="Abdessamed Ouchen <a.ouchen@apmd.example.ma>, Souad Lahlou <s.lahlou@apmd.example.ma>",
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", M02_ID),
                  ("References", M02_ID)])
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of=H % 2,
        speakers=[sp("Abdessamed Ouchen", "chargé de plaidoyer", "Association Passerelles Migrations et Droits (APMD)",
                     ["roundtable"], 2)],
        notes="speaker substitution replying to the sender's own h289-02 (In-Reply-To): only the new speaker is "
              "proposed (Souad Lahlou is withdrawn and must not be registered from the '>'-quoted original); 'M.' "
              "dropped; 'à l'APMD' in the new text, the full name in the signature; roundtable only by reference "
              "('la même table ronde (n° 2)'). Name spelled 'Abdessamed' here, corrected to 'Abdessamad' in "
              "h289-15. The withdrawn speaker, in Cc, answers our acknowledgement with a maternity-leave message "
              "(h289-08)."))


# ================================================================ 08  FR  auto_reply  the withdrawn speaker's Zimbra out-of-office on our acknowledgement of 07
def m08():
    when = at("2021-02-03 14:31:19")
    ack = ack_mid(M07_QID)
    text = """Bonjour,

Je suis en congé de maternité à partir du 1er février 2021 et jusqu'à fin mai. Je ne consulterai pas ma messagerie pendant cette période.

Pour le programme Femmes et migration, merci de contacter Mme Kenza Tazi, assistante de programme (k.tazi@apmd.example.ma). Pour toute autre demande : contact@apmd.example.ma.

Bien à vous,

Souad Lahlou
Chargée de programme « Femmes et migration »
Association Passerelles Migrations et Droits (APMD)
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    subj = hdr("Message d'absence : Accusé de réception - " + M07_SUBJ, enc="Q")
    rows = ooo_rows(when, "mail.apmd.example.ma", "203.0.113.41", "4DS2K07YbZ9",
                    "Souad Lahlou <s.lahlou@apmd.example.ma>", subj,
                    "<1284551203.4417.1612359078412.JavaMail.zimbra@apmd.example.ma>", [M02_ID, M07_ID], ack, (1, 2),
                    extra=[("X-Mailer", ZIMBRA)])
    add(8, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra out-of-office of the speaker withdrawn in h289-07 (she was in Cc), answering our "
              "acknowledgement 74 seconds later (References name h289-02 and h289-07): signed with her full name, "
              "title and association and naming a colleague with 'Mme' and her title, so it can look like a "
              "(re)nomination. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 09  EN  speaker  the legal-aid collective changes its request: open discussion + Roundtable 3 instead of the plenary
def m09():
    when = at("2021-02-04 12:10:44")
    new = """Dear Secretariat,

A quick change to our request of 27 January below, following our team meeting yesterday.

Rather than a floor intervention in the plenary, Rania would now prefer to take part in the open discussion of the multi-stakeholder consultation on 23 February and, if there is still room, to speak in Roundtable 3 on the 24th or 25th. Please consider the plenary request withdrawn; nothing else changes (same person, same title).

Apologies for the back and forth, and many thanks.

Best regards,

Daniel Haddad
Programme Manager
Levant Legal Aid Collective (LLAC)
"""
    quote = """
From: Daniel Haddad
Sent: Wednesday, January 27, 2021 11:05 AM
To: gcmrrarabstates@iom.int
Subject: %s

""" % M01_SUBJ
    text = new + quote + M01_TEXT + LLAC_DISCLAIMER
    cid = "image001.png@01D6FAF2.1C4D8B30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (30, 60, 110))], "_004_VI1PR06MB44215E9A3C1D7B62_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR06MB44215E9A3C1D7B62_")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur06on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DSfR52MxZ7", "Daniel Haddad <d.haddad@llac.example.org>", "RE: " + M01_SUBJ,
           "<VI1PR06MB44215E9A3C1D7B62@VI1PR06MB4421.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(M01_SUBJ, "AQHW9JpLk3Rt7Vx2Nb5Qm8Cz1Sd4FgAKmT5rQ==", lang="en-GB", has_attach="yes") +
           [("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Rania Khoury", "Legal Coordinator", "Levant Legal Aid Collective (LLAC)",
                     ["open_discussion", "roundtable"], 3)],
        notes="role change for the speaker of h289-01 (Outlook 'RE:' to the sender's own message): plenary "
              "withdrawn, now open discussion plus Roundtable 3 'if there is still room'; the new text names her "
              "only as 'Rania' and says 'same person, same title', so surname and title come from the quoted "
              "original, whose 'Requested role: floor intervention in a plenary session' line must not be kept. "
              "Outlook header-block quote (not '>'), inline logo, disclaimer."))


# ================================================================ 10  AR  both  Cairo foundation: report PDF + its programme coordinator for roundtable 3
M10_ID = "<CAJ7mQx4Vt8nR2pL+e5Kb9Zc3sH1dWf6gY0@mail.gmail.example.com>"
M10_SUBJ = "التقرير الطوعي لمؤسسة مسارات + طلب مداخلة"
M10_FILE = "تقرير مسارات الطوعي - العائدون إلى الصعيد 2020.pdf"
M10_TEXT = """السادة الأفاضل بأمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

نرفق لحضراتكم التقرير الطوعي لمؤسسة مسارات للتنمية والهجرة عن أوضاع العائدين من ليبيا والأردن إلى محافظات الصعيد خلال 2020، بصيغة PDF.

كما نتقدم بطلب مداخلة للأستاذة هالة منصور، منسقة البرامج بالمؤسسة، في المائدة المستديرة الثالثة، حيث أشرفت على العمل الميداني للتقرير في المنيا وسوهاج وأسيوط.

ولحضراتكم جزيل الشكر،

كريم عبد الفتاح
المدير التنفيذي
مؤسسة مسارات للتنمية والهجرة
القاهرة - مصر
"""


def m10():
    when = at("2021-02-04 17:45:02")
    pdf = rep_pdf("Voluntary GCM review report", "Masarat Foundation for Development and Migration, Cairo",
                  ["Returnees from Libya and Jordan to Upper Egypt in 2020", "Debts, lost wages and reintegration",
                   "Field work in Minya, Sohag and Assiut", "Recommendations"])
    a = alt(M10_TEXT, "0000000000004e7b2a05ba8c3d51", html=gmail_html(M10_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "0000000000004e7b2c05ba8c3d53")
    m = mk(when, sent_at(when, 2, 8), "mail-ed1-f44.google.example.com", "192.0.2.44", "4DT0Wc39RfZ1",
           addr("Karim Abdelfattah", "karim.abdelfattah@masarat-eg.example.org"), hdr(M10_SUBJ), M10_ID, body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هالة منصور", "منسقة البرامج", "مؤسسة مسارات للتنمية والهجرة", ["roundtable"], 3)],
        report_attachments=[M10_FILE],
        notes="both, on time: report PDF (Arabic name with spaces and a dash, RFC 2231 + RFC 2047) and a speaker in "
              "one prose sentence ('للأستاذة هالة منصور، منسقة البرامج بالمؤسسة'): 'الأستاذة' dropped, 'بالمؤسسة' "
              "refers to the foundation named above; 'المائدة المستديرة الثالثة' = 3. Gmail on a Google Workspace "
              "domain, base64. The title is corrected the next morning (h289-11)."))


# ================================================================ 11  AR  speaker  the Cairo foundation corrects the speaker's title (Egyptian colloquial)
M11_ID = "<CAJ7mQx6Bn3wK8tP+h2Lc5Vd9sR4fXe1jZ7@mail.gmail.example.com>"
M11_QID = "4DTPq14HsZ6"


def m11():
    when = at("2021-02-05 08:50:36")
    text = """صباح الخير،

تصحيح بسيط على رسالتي امبارح: المسمى الوظيفي للأستاذة هالة منصور هو «مديرة البرامج» وليس «منسقة البرامج». اترقّت من أول يناير وأنا كتبت المسمى القديم بالغلط من التوقيع القديم. باقي البيانات زي ما هي (نفس المائدة المستديرة، التالتة)، والتقرير مفيش عليه أي تعديل.

وحاطط الأستاذة هالة في النسخة.

مع الشكر والاعتذار،
كريم عبد الفتاح
المدير التنفيذي
مؤسسة مسارات للتنمية والهجرة

في الخميس، 4 فبراير 2021 في 5:45 م، كتب Karim Abdelfattah <karim.abdelfattah@masarat-eg.example.org>:

""" + gt(M10_TEXT) + "\n"
    a = alt(text, "000000000000b1c94f05ba97e2a6", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f44.google.example.com", "192.0.2.44", M11_QID,
           addr("Karim Abdelfattah", "karim.abdelfattah@masarat-eg.example.org"), re_hdr("Re: ", M10_SUBJ),
           M11_ID, a, cc=addr("Hala Mansour", "hala.mansour@masarat-eg.example.org"),
           extra=[("In-Reply-To", M10_ID), ("References", M10_ID)])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 10,
        speakers=[sp("هالة منصور", "مديرة البرامج", "مؤسسة مسارات للتنمية والهجرة", ["roundtable"], 3)],
        notes="correction of h289-10 the next morning (Gmail reply to the sender's own message, still before the "
              "speaker deadline): same speaker, title now 'مديرة البرامج' (the '>'-quoted original still says "
              "'منسقة البرامج'); roundtable only by reference in Egyptian colloquial ('نفس المائدة المستديرة، "
              "التالتة'); the report is not re-sent ('التقرير مفيش عليه أي تعديل'), so speaker_request with no "
              "attachments, recorded as a revised request (as h161-16, h188-09). The speaker in Cc answers our "
              "acknowledgement with a vacation reply (h289-12)."))


# ================================================================ 12  AR  auto_reply  the speaker's Gmail vacation responder on our acknowledgement of 11
def m12():
    when = at("2021-02-05 08:51:02")
    ack = ack_mid(M11_QID)
    text = """شكراً لرسالتك.

أنا في إجازة سنوية من 5 إلى 9 فبراير 2021 ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة. للأمور العاجلة برجاء التواصل مع مكتب المؤسسة على 0100 000 0000.

هالة منصور
مديرة البرامج - مؤسسة مسارات للتنمية والهجرة
"""
    body = alt(text, "000000000000c3d85105ba97e4b8", html=gmail_html(text, rtl=True), b64=True)
    rows = ooo_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4DTPr27KtZ0",
                    addr("Hala Mansour", "hala.mansour@masarat-eg.example.org"),
                    hdr("رد تلقائي: في إجازة حتى الثلاثاء 9 فبراير"),
                    "<CAL2nWx8Kp5vT1rM+c4Hb7Zq9sD3fGy6kE2@mail.gmail.example.com>", [M10_ID, M11_ID], ack, (2, 3))
    add(12, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the speaker of h289-10/11 (in Cc), 26 seconds after our acknowledgement "
              "(References name both messages; Auto-Submitted, null Return-Path): it repeats her name, the new "
              "title and the foundation, which must not be read as another request. Never acknowledge; thread_of "
              "null as for dev auto-replies."))


# ================================================================ 13  AR  speaker  the Beirut association reinstates its rapporteur, 8 minutes before the speaker deadline (iPhone)
def m13():
    when = at("2021-02-05 23:51:07")
    text = """مرحباً مرة تانية،

آسفين كتير على اللخبطة. المهمة الميدانية بعكار تأجلت لآذار، ونادين صارت متاحة بتواريخ المؤتمر. لذلك منرجو تعتبروا رسالة الانسحاب اللي بعتناها يوم الأربعاء كأنها ما كانت، وترجعوا طلبنا متل ما كان:

نادين فرحات، منسقة المناصرة في جمعية جسور التضامن مع العمال المهاجرين، مقرِّرة لعرض الرسائل الرئيسية.

بعرف إنو آخر مهلة للطلبات اليوم، إن شاء الله توصلكم قبل نص الليل.

وسام

أُرسلت من الـ iPhone

> في 3 شباط 2021، الساعة 9:15 ص، كتب Wissam Halabi <w.halabi@jusour-solidarity.example.org>:
>
""" + "\n".join(("> " + x) if x else ">" for x in """حضرات السادة في الأمانة،

تحية طيبة،

نعتذر منكم، ولكن نودّ أن نسحب طلب المشاركة الذي أرسلناه يوم الاثنين 1 شباط (أدناه). الزميلة نادين فرحات تكلّفت أمس بمهمة ميدانية في عكار مع فريق الاستجابة الطارئة، والمهمة بتمتد لآخر شباط، وما عنا حدا تاني جاهز يحلّ محلها بهالوقت القصير.

مع الشكر والتقدير،
وسام الحلبي""".split("\n")) + "\n"
    a = alt(text, "Apple-Mail-6B0E3D92-4C1A-47F5-9E28-A3D71F05C4B6", html=apple_html(text, rtl=True), b64=True)
    subj = re_hdr("Re: ", M03_SUBJ)
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur02on0610.outbound.protection.outlook.example.com",
           "198.51.100.110", "4DTxM86GpZ3", addr("Wissam Halabi", "w.halabi@jusour-solidarity.example.org"), subj,
           "<A91C4E07-3B6D-4F28-8D51-E27B09C6F3A4@jusour-solidarity.example.org>", a,
           extra=[("X-Mailer", IPHONE), ("In-Reply-To", M06_ID), ("References", M03_ID + " " + M06_ID)])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of=H % 3,
        speakers=[sp("نادين فرحات", "منسقة المناصرة", "جمعية جسور التضامن مع العمال المهاجرين", ["rapporteur"])],
        notes="reinstates the request of h289-03 withdrawn in h289-06 ('تعتبروا رسالة الانسحاب ... كأنها ما كانت'), "
              "restating name, title, association and 'مقرِّرة لعرض الرسائل الرئيسية' in one line; received 23:51:07 "
              "on 5 February Beirut time: on time by 9 minutes. Levantine colloquial from an iPhone ('أُرسلت من الـ "
              "iPhone'); In-Reply-To names the withdrawal, References both: thread_of is the first message, "
              "h289-03."))


# ================================================================ 14  EN  report  Gulf coalition's collective report, v1
M14_ID = "<AS8PR10MB6143D2F7A9B4E158@AS8PR10MB6143.EURPRD10.PROD.OUTLOOK.example.com>"
M14_SUBJ = "CMWRG collective voluntary GCM review report"
M14_FILE = "CMWRG_Collective_Report_GCM_2021.pdf"
M14_TEXT = """Dear colleagues,

On behalf of the Coalition for Migrant Workers' Rights in the Gulf (CMWRG), I am pleased to submit the coalition's collective voluntary GCM review report for the Regional Review in the Arab region (attached, PDF).

The report was prepared jointly by five member organisations:
- Kuwait Society for Migrant Workers' Welfare (Kuwait)
- Qatar Migrant Support Initiative (Qatar)
- Oman Workers' Rights Network (Oman)
- Domestic Workers Solidarity Group - UAE (United Arab Emirates)
- Riyadh Migrant Community Forum (Saudi Arabia)

It covers wage protection, access to justice and the situation of workers stranded during the 2020 lockdowns, and is based on 1,150 interviews and the coalition's case database.

We are not requesting a speaking slot at this stage.

Please acknowledge receipt to me and to the coalition secretariat (in copy).

Best regards,

Priya Raman
Coordinator
Coalition for Migrant Workers' Rights in the Gulf (CMWRG)
Kuwait City, Kuwait
+965 2200 0000
"""


def m14():
    when = at("2021-02-08 13:20:48")
    pdf = rep_pdf("Collective voluntary GCM review report", "Coalition for Migrant Workers' Rights in the Gulf (CMWRG)",
                  ["Five member organisations", "Wage protection", "Access to justice",
                   "Stranded during the 2020 lockdowns", "Table 3: wage complaints by country, 2019-2020",
                   "Recommendations"])
    cid = "image001.png@01D6FE19.4A7B2C60"
    rel = multi("related", [leaf("text/html", outlook_html(M14_TEXT, lang="EN-US", img_cid=cid)),
                            logo(cid, (200, 120, 20))], "_004_AS8PR10MB6143D2F7A9B4E158_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", M14_TEXT), rel], "_000_AS8PR10MB6143D2F7A9B4E158_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M14_FILE)], "_005_AS8PR10MB6143D2F7A9B4E158_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur10on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DZ3Lt58QwZ2", "Priya Raman <p.raman@cmwrg.example.org>", M14_SUBJ, M14_ID, body,
           cc="CMWRG Secretariat <secretariat@cmwrg.example.org>",
           extra=outlook(M14_SUBJ, "AQHW/hT6Rk2Lp9Vx4Nb7Qm1Cz5Sd8Fg==", lang="en-US", has_attach="yes"))
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="collective report of five member organisations listed in the body (not speakers); 'We are not "
              "requesting a speaking slot at this stage'; the inline signature logo is not part of the report. "
              "Outlook, Date UTC+3 (Kuwait). Opens a thread: a sixth organisation asks to co-sign (h289-16) and v2 "
              "replaces the PDF (h289-21)."))


# ================================================================ 15  FR  speaker  the Rabat association corrects the new speaker's first name, after the deadline
def m15():
    when = at("2021-02-09 10:05:29")
    new = """Madame, Monsieur,

Une petite correction, avec toutes nos excuses : dans mon message du 3 février, j'ai mal orthographié le prénom de notre intervenant. Il s'écrit Abdessamad (avec un « a »), et non « Abdessamed ». Son nom complet, tel qu'il figure sur sa pièce d'identité, est donc Abdessamad Ouchen ; c'est important pour son badge et pour l'attestation de participation.

Rien d'autre ne change : il reste proposé pour la table ronde n° 2, à la place de Mme Lahlou.

Je sais que la date limite des demandes était le 5 février ; il s'agit seulement de corriger une coquille.

Bien cordialement,

-- 
Hicham Berrada
Secrétaire général
Association Passerelles Migrations et Droits (APMD)
Rabat – Maroc
+212 5 37 00 00 00
"""
    older = M07_NEW + "\nLe 29/01/2021 à 15:22, Hicham Berrada a écrit :\n" + gt(M02_TEXT) + "\n"
    nested = "\n".join((">" + x) if x.startswith(">") else ("> " + x if x else ">")
                       for x in older.strip("\n").split("\n"))
    text = new + "\nLe 03/02/2021 à 13:30, Hicham Berrada a écrit :\n" + nested + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "mail.apmd.example.ma", "203.0.113.41", "4DZqT39VkZ8",
           "Hicham Berrada <h.berrada@apmd.example.ma>", hdr(M07_SUBJ, enc="Q"),
           "<e81d4c56-0a2b-4f97-b3c8-6f15a9e27d40@apmd.example.ma>", tp,
           cc="Abdessamad Ouchen <a.ouchen@apmd.example.ma>",
           extra=[("User-Agent", TB), ("Content-Language", "fr"), ("In-Reply-To", M07_ID),
                  ("References", M02_ID + " " + M07_ID)])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 2,
        speakers=[sp("Abdessamad Ouchen", "chargé de plaidoyer", "Association Passerelles Migrations et Droits (APMD)",
                     ["roundtable"], 2)],
        notes="spelling correction of the substitute speaker of h289-07 ('Abdessamad', not 'Abdessamed'): recorded "
              "as a revised speaker request (as h161-16, h188-09) with the corrected name; title only in the "
              "'>'-quoted h289-07, roundtable by reference ('il reste proposé pour la table ronde n° 2'). Received "
              "9 February, after the speaker deadline, and the sender says so: on_time false although it only "
              "corrects a typo. The twice-quoted chain still names the withdrawn 'Mme Souad Lahlou'. thread_of is "
              "the first message, h289-02."))


# ================================================================ 16  EN  other  a Bahraini centre asks to co-sign the coalition's collective report
def m16():
    when = at("2021-02-10 15:40:16")
    fw_id = "<AS8PR10MB6143A8C1E5D7F240@AS8PR10MB6143.EURPRD10.PROD.OUTLOOK.example.com>"
    subj = "RE: FW: " + M14_SUBJ
    text = """Dear GCM Regional Review secretariat,

Priya has shared with us the coalition's submission below. The Bahrain Migrant Workers Support Centre (BMWSC) was not among the five organisations that prepared the report, although eight of our case studies are quoted in its section on access to justice. Our board endorsed the report at its meeting yesterday, and we would like to join it as a co-signing organisation.

To be clear, BMWSC is not sending a separate report of its own. Priya will send you an updated version with our name added to the list of signatories.

Could you please note BMWSC among the co-signatories of the CMWRG report?

Kind regards,

Fatema Al-Mahroos
Director
Bahrain Migrant Workers Support Centre (BMWSC)
Manama, Kingdom of Bahrain

From: Priya Raman <p.raman@cmwrg.example.org>
Sent: Tuesday, February 9, 2021 9:02 AM
To: Fatema Al-Mahroos <f.almahroos@bmwsc.example.bh>
Cc: CMWRG Secretariat <secretariat@cmwrg.example.org>
Subject: FW: %s

Dear Fatema,

As discussed on the phone, below is what we sent to the Regional Review secretariat yesterday. If your board agrees to co-sign, please write to them directly (copying me) and I will send them a v2 with BMWSC added.

Best,
Priya

From: Priya Raman
Sent: Monday, February 8, 2021 2:20 PM
To: gcmrrarabstates@iom.int
Cc: CMWRG Secretariat <secretariat@cmwrg.example.org>
Subject: %s

""" % (M14_SUBJ, M14_SUBJ) + M14_TEXT
    body = alt(text, "_000_DB9PR07MB8412C6E2A1F4B973_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur07on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4DbH6Nq20TZ5", "Fatema Al-Mahroos <f.almahroos@bmwsc.example.bh>", subj,
           "<DB9PR07MB8412C6E2A1F4B973@DB9PR07MB8412.eurprd07.prod.outlook.example.com>", body,
           cc="Priya Raman <p.raman@cmwrg.example.org>",
           extra=outlook("FW: " + M14_SUBJ, "AQHW/hT6Rk2Lp9Vx4Nb7Qm1Cz5Sd8FgAEn3Kc0AAbR7wQ==", lang="en-US") +
           [("In-Reply-To", fw_id), ("References", M14_ID + " " + fw_id)])
    add(16, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 14,
        notes="a second organisation asks to be listed as co-signatory of the collective report of h289-14: the "
              "one sentence 'BMWSC is not sending a separate report of its own' decides it, nothing is attached "
              "and nobody is proposed, so other (acknowledged: a new request to the secretariat). Reply to the "
              "coalition's internal forward, so In-Reply-To is a message we never received and References carry "
              "h289-14 first; the quoted chain repeats the whole submission and its five organisations. Date "
              "UTC+3 (Bahrain)."))


# ================================================================ 17  AR  report  Sudanese organisation sends its DOCX from the organisation's mailbox (Roundcube)
M17_ID = "<3f9b6e0d2a71c84e5b1d07a9c6e2f381@difaf-sd.example.org>"
M17_SUBJ = "التقرير الطوعي لمنظمة ضفاف - السودان"
M17_QID = "4DcK2Rx71WZ4"
M17_FILE = "تقرير منظمة ضفاف الطوعي 2021.docx"
M17_DOC = make_docx(["منظمة ضفاف لحماية المهاجرين واللاجئين", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: المهاجرون العابرون في القضارف وكسلا", "ثانياً: طرق التهريب نحو ليبيا ومصر",
                     "ثالثاً: الأطفال غير المصحوبين", "رابعاً: التوصيات"])


def m17():
    when = at("2021-02-11 09:12:55")
    text = """السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
المحترمين

السلام عليكم ورحمة الله وبركاته،

يسرّ منظمة ضفاف لحماية المهاجرين واللاجئين أن ترفق لكم تقريرها الطوعي للاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، ويتناول أوضاع المهاجرين العابرين في ولايتي القضارف وكسلا وطرق التهريب نحو ليبيا ومصر خلال عامي 2019 و2020.

نرجو التكرم بتأكيد الاستلام.

وتقبلوا فائق الاحترام،

الأمانة العامة
منظمة ضفاف لحماية المهاجرين واللاجئين
الخرطوم - السودان
"""
    a = alt(text, "=_b4c81e0f7a29d3560e1f82c7a9d4b6e3", html=roundcube_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, M17_DOC, M17_FILE)], "=_5d2e9a17c04f3b86e1a7d0c92f4b5e81")
    m = mk(when, sent_at(when, 2, 10), "mail.difaf-sd.example.org", "203.0.113.88", M17_QID,
           addr("منظمة ضفاف", "info@difaf-sd.example.org"), hdr(M17_SUBJ), M17_ID, body,
           extra=[("User-Agent", ROUNDCUBE)], ret="info@difaf-sd.example.org")
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="plain report submission from the organisation's generic mailbox (display name is the organisation, "
              "signed 'الأمانة العامة'); DOCX with an Arabic name (RFC 2231 + RFC 2047); 2019 and 2020 are the "
              "period covered. Roundcube, base64 text+HTML. Our acknowledgement bounces (mailbox full, h289-18) and "
              "the president sends the same file again from his Gmail (h289-20)."))


# ================================================================ 18  EN  bounce  our acknowledgement of 17: the organisation's mailbox is full
def m18():
    when = at("2021-02-11 09:13:40")
    rcpt = "info@difaf-sd.example.org"
    text = POSTFIX_NOTICE + """
<%s>: host mail.difaf-sd.example.org[203.0.113.88] said: 552 5.2.2
    <%s>: Mailbox full, quota exceeded (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DcK3Fb42YZ7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mail.difaf-sd.example.org\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full, quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=5), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            "Content-Language: ar\n" % (b_word("منظمة ضفاف"), rcpt, b_word("تأكيد استلام - " + M17_SUBJ),
                                        rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M17_QID), M17_ID, M17_ID))
    body = dsn_report(text, dsn, hdrs, "4DcK3Hq05ZZ1.1613027620/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DcK3Hq05ZZ1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210211071340.4DcK3Hq05ZZ1@mx1.iom.int>")]
    add(18, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for our Arabic acknowledgement of h289-17; the returned headers "
              "carry the encoded Arabic subject and In-Reply-To h289-17. Machine mail in English: never "
              "acknowledge; thread_of null as for dev bounces. Explains why the president re-sends in h289-20."))


# ================================================================ 19  FR  report  Sfax association: the report as a Word file (v1)
M19_ID = "<CAE5tRw3Lm8vQ1xK+d9Pb4Zn7sJ2fHc6gT5@mail.gmail.example.com>"
M19_SUBJ = "Rapport volontaire ASDM – Examen régional PMM"
M19_FILE = "ASDM_rapport_volontaire_PMM_2021.docx"
M19_TEXT = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Sillages pour les Droits des Migrants (ASDM), basée à Sfax, dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte sur l'accès des migrants subsahariens aux services de base à Sfax et dans l'archipel de Kerkennah en 2020 (santé, logement, travail informel) ainsi que sur les départs par la mer.

Bien cordialement,

Mourad Kallel
Chargé de projets
Association Sillages pour les Droits des Migrants (ASDM)
Sfax – Tunisie
"""


def m19():
    when = at("2021-02-11 16:30:09")
    doc = make_docx(["Association Sillages pour les Droits des Migrants (ASDM)",
                     "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                     "1. Accès aux soins", "2. Logement et travail informel", "3. Les départs par la mer",
                     "4. Recommandations", "Annexe statistique (provisoire)"])
    a = alt(M19_TEXT, "000000000000a2f61c05bb1d4e72", html=gmail_html(M19_TEXT))
    body = multi("mixed", [a, attach(DOCX, doc, M19_FILE)], "000000000000a2f61e05bb1d4e74")
    m = mk(when, sent_at(when, 1, 7), "mail-wm1-f53.google.example.com", "192.0.2.53", "4DcZ8Mw35HZ9",
           "Mourad Kallel <asdm.sfax@gmail.example.com>", hdr(M19_SUBJ, enc="Q"), M19_ID, body)
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="plain report submission (DOCX) from an association's Gmail address; 2020 and Kerkennah are the "
              "subject, not dates of the event. Date UTC+1. Opens a thread of revisions: the 'version finale' PDF "
              "with a late speaker (h289-22), a thank-you (h289-23) and a corrected PDF after the deadline "
              "(h289-24)."))


# ================================================================ 20  AR  report  the Sudanese president sends the same DOCX again from his personal Gmail
def m20():
    when = at("2021-02-12 11:25:33")
    subj = "التقرير الطوعي لمنظمة ضفاف - السودان (إرسال تاني)"
    text = """السلام عليكم ورحمة الله

أنا عثمان الطيب رئيس منظمة ضفاف لحماية المهاجرين واللاجئين. أمس الصباح رسلنا ليكم تقريرنا الطوعي من إيميل المنظمة (info@difaf-sd.example.org)، لكن ما جانا أي تأكيد استلام، وبعدين اكتشفنا إنو صندوق بريد المنظمة مليان وما بستقبل رسائل. عشان كدا برسلو ليكم تاني من إيميلي الشخصي دا.

دا نفس التقرير بالضبط، ما عدلنا فيهو أي حاجة. لو وصلكم الأول أرجو تعتبروا دا نسخة مكررة.

الرجاء الرد على الإيميل دا لحدي ما نفضّي صندوق المنظمة.

وشكراً ليكم كتير
عثمان الطيب محمد
رئيس منظمة ضفاف
الخرطوم
"""
    a = alt(text, "000000000000e7d23a05bb2f91c4", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, M17_DOC, M17_FILE)], "000000000000e7d23c05bb2f91c6")
    m = mk(when, sent_at(when, 2, 12), "mail-lf1-f47.google.example.com", "192.0.2.147", "4Dd4Vb62JsZ0",
           addr("Osman Eltayeb", "osman.eltayeb.difaf@gmail.example.com"), hdr(subj),
           "<CAG9xTq2Hn6wL4pR+k1Mb8Vc3sZ7dYe5fJ9@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 17, report_attachments=[M17_FILE],
        notes="the same DOCX as h289-17 (identical bytes and name) sent again by the president from his personal "
              "Gmail because our acknowledgement never reached the full organisational mailbox (h289-18); a new "
              "message without In-Reply-To: linked by the organisation, the subject and the file, labelled like "
              "dev 041 (voluntary_report, thread_of the first). He asks for replies at this address. Sudanese "
              "colloquial ('ما جانا', 'عشان كدا', 'لحدي ما'); Latin display name; base64."))


# ================================================================ 21  EN  report  the coalition sends v2 to replace v1, with a note on the changes
def m21():
    when = at("2021-02-14 10:10:21")
    v2 = "CMWRG_Collective_Report_GCM_2021_v2.pdf"
    note_file = "CMWRG_v2_note_on_changes.docx"
    new = """Dear colleagues,

Please find attached version 2 of the CMWRG collective voluntary GCM review report, which replaces the file we sent on 8 February (below). Could you please use this version and discard the earlier one?

What changed in v2:
1. The Bahrain Migrant Workers Support Centre (BMWSC) has joined as the sixth co-signing organisation (see Fatema Al-Mahroos's message to you of 10 February).
2. In Table 3 (wage complaints by country) the 2019 and 2020 columns were swapped; this is now corrected.
3. Minor editing and an updated executive summary.

For your convenience I also attach a one-page note listing the changes; it is not part of the report.

Best regards,

Priya Raman
Coordinator
Coalition for Migrant Workers' Rights in the Gulf (CMWRG)
Kuwait City, Kuwait
+965 2200 0000

From: Priya Raman
Sent: Monday, February 8, 2021 2:20 PM
To: gcmrrarabstates@iom.int
Cc: CMWRG Secretariat <secretariat@cmwrg.example.org>
Subject: %s

""" % M14_SUBJ
    text = new + M14_TEXT
    pdf = rep_pdf("Collective voluntary GCM review report - v2", "Coalition for Migrant Workers' Rights in the Gulf (CMWRG)",
                  ["Six member and co-signing organisations", "Executive summary (updated)", "Wage protection",
                   "Access to justice", "Stranded during the 2020 lockdowns",
                   "Table 3: wage complaints by country, 2019-2020 (corrected)", "Recommendations"])
    note = make_docx(["CMWRG collective report - changes from v1 (8 Feb) to v2 (14 Feb)",
                      "1. BMWSC added as sixth co-signatory", "2. Table 3: 2019 and 2020 columns corrected",
                      "3. Executive summary updated; minor editing"])
    cid = "image001.png@01D702A8.6E3F1B90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (200, 120, 20))], "_004_AS8PR10MB61437B1E4C9A2D06_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR10MB61437B1E4C9A2D06_")
    body = multi("mixed", [a, attach("application/pdf", pdf, v2), attach(DOCX, note, note_file)],
                 "_006_AS8PR10MB61437B1E4C9A2D06_")
    m = mk(when, sent_at(when, 3, 7), "mail-as8eur10on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DfB1Hk93RZ6", "Priya Raman <p.raman@cmwrg.example.org>", "RE: " + M14_SUBJ,
           "<AS8PR10MB61437B1E4C9A2D06@AS8PR10MB6143.EURPRD10.PROD.OUTLOOK.example.com>", body,
           cc="CMWRG Secretariat <secretariat@cmwrg.example.org>, Fatema Al-Mahroos <f.almahroos@bmwsc.example.bh>",
           extra=outlook(M14_SUBJ, "AQHW/hT6Rk2Lp9Vx4Nb7Qm1Cz5Sd8FgAJt2WmE=", lang="en-US", has_attach="yes") +
           [("In-Reply-To", M14_ID), ("References", M14_ID)])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 14, report_attachments=[v2],
        notes="v2 replacing the PDF of h289-14 ('replaces the file we sent on 8 February ... discard the earlier "
              "one'), Outlook 'RE:' to the sender's own message: only the v2 PDF is the report; the DOCX note on "
              "the changes is declared 'not part of the report' and the inline logo is a signature image. The "
              "sixth co-signatory announced in h289-16 is now in Cc. Header-block quote of the v1 mail with its "
              "list of five organisations. Date UTC+3, a Sunday (working day in Kuwait)."))


# ================================================================ 22  FR  both  Sfax association: 'version finale' PDF replaces the Word file, plus a late speaker
M22_ID = "<CAE5tRw6Qp2nX9vB+g4Hk7Lc1sM8dZe3jW0@mail.gmail.example.com>"
M22_QID = "4DfWk48CnZ2"
M22_SUBJ = "Re: " + M19_SUBJ


def m22():
    when = at("2021-02-15 18:40:57")
    final = "ASDM_rapport_volontaire_PMM_2021_version_finale.pdf"
    text = """Bonjour,

Nous vous avons envoyé notre rapport le 11 février (message ci-dessous). Entre-temps, notre conseil d'administration l'a relu et nous a demandé quelques corrections : le chapitre sur les départs par la mer a été complété et l'annexe statistique mise à jour. Vous trouverez ci-joint la version finale, en PDF ; merci de bien vouloir remplacer la version Word du 11 février par celle-ci.

Par ailleurs, notre présidente, Mme Latifa Ben Romdhane, souhaiterait prendre la parole lors d'une des séances plénières de la conférence, si c'est encore possible.

Bien cordialement,

Mourad Kallel
Chargé de projets
Association Sillages pour les Droits des Migrants (ASDM)
Sfax – Tunisie

Le jeu. 11 févr. 2021 à 15:30, Mourad Kallel <asdm.sfax@gmail.example.com> a écrit :

""" + gt(M19_TEXT) + "\n"
    pdf = rep_pdf("Rapport volontaire - version finale", "Association Sillages pour les Droits des Migrants (ASDM)",
                  ["Acces aux soins", "Logement et travail informel", "Les departs par la mer (complete)",
                   "Recommandations", "Annexe statistique (mise a jour) - tableau 2 : 12 400 personnes accompagnees"])
    a = alt(text, "000000000000c9e35f05bb6a2d18", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, final)], "000000000000c9e36105bb6a2d1a")
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f53.google.example.com", "192.0.2.53", M22_QID,
           "Mourad Kallel <asdm.sfax@gmail.example.com>", hdr(M22_SUBJ, enc="Q"), M22_ID, body,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID)])
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, thread_of=H % 19,
        speakers=[sp("Latifa Ben Romdhane", "présidente", "Association Sillages pour les Droits des Migrants (ASDM)",
                     ["plenary"])],
        report_attachments=[final],
        notes="the 'version finale' PDF replacing the DOCX of h289-19 (on time for the report, 15 February), and "
              "one sentence more that turns it into 'both': the president asks to speak in a plenary 'si c'est "
              "encore possible', ten days after the speaker deadline, so on_time false. 'Mme' dropped, title from "
              "'notre présidente'. Gmail reply to the sender's own message with a French '>' quote of h289-19."))


# ================================================================ 23  FR  other  thank-you for our acknowledgement of 22
def m23():
    when = at("2021-02-16 09:30:14")
    ack = ack_mid(M22_QID)
    quoted = ack_text("fr", M22_SUBJ, "la version finale de votre rapport volontaire ainsi que de votre demande de "
                      "prise de parole")
    text = """Bonjour,

Merci beaucoup pour votre accusé de réception, c'est bien noté de notre côté.

Bonne journée,
Mourad

Le lun. 15 févr. 2021 à 17:41, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :

""" + gt(quoted) + "\n"
    a = alt(text, "000000000000f04a7b05bb7b3e29", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 5), "mail-wm1-f53.google.example.com", "192.0.2.53", "4Dfw0Pn17KZ5",
           "Mourad Kallel <asdm.sfax@gmail.example.com>", hdr("Re: Accusé de réception - " + M22_SUBJ, enc="Q"),
           "<CAE5tRw8Vc4mT6xN+j1Qb3Kd9sL5fPe2hY7@mail.gmail.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M19_ID + " " + M22_ID + " " + ack)])
    add(23, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 19,
        notes="a thank-you answering our acknowledgement of h289-22 (References name h289-19, h289-22 and our "
              "acknowledgement): adds nothing new, so no acknowledgement; the quoted acknowledgement repeats "
              "'rapport volontaire' and 'demande de prise de parole'. Gmail, Date UTC+1. The same sender sends a "
              "corrected report the next day (h289-24)."))


# ================================================================ 24  FR  report  Sfax association: corrected PDF one day after the report deadline
def m24():
    when = at("2021-02-17 11:55:42")
    fixed = "ASDM_rapport_volontaire_PMM_2021_version_finale_corrigée.pdf"
    text = """Bonjour,

Toutes nos excuses pour ce nouvel envoi. En relisant la version finale envoyée le 15 février, notre trésorière a relevé une erreur dans le tableau 2 (page 4) : le nombre de personnes accompagnées en 2020 est de 1 240 et non de 12 400. Vous trouverez ci-joint la version corrigée, qui remplace la version finale ; rien d'autre n'a été modifié.

Nous savons que la date limite était hier, le 16 février, et espérons que cette correction pourra tout de même être prise en compte.

Bien cordialement,

Mourad Kallel
Chargé de projets
Association Sillages pour les Droits des Migrants (ASDM)
Sfax – Tunisie

Le lun. 15 févr. 2021 à 17:40, Mourad Kallel <asdm.sfax@gmail.example.com> a écrit :

> Bonjour,
>
> Nous vous avons envoyé notre rapport le 11 février (message ci-dessous). Entre-temps, notre conseil d'administration l'a relu et nous a demandé quelques corrections : le chapitre sur les départs par la mer a été complété et l'annexe statistique mise à jour. Vous trouverez ci-joint la version finale, en PDF ; merci de bien vouloir remplacer la version Word du 11 février par celle-ci.
>
> Par ailleurs, notre présidente, Mme Latifa Ben Romdhane, souhaiterait prendre la parole lors d'une des séances plénières de la conférence, si c'est encore possible.
>
> Bien cordialement,
>
> Mourad Kallel
> Chargé de projets
> Association Sillages pour les Droits des Migrants (ASDM)
> Sfax – Tunisie
"""
    pdf = rep_pdf("Rapport volontaire - version finale corrigee", "Association Sillages pour les Droits des Migrants (ASDM)",
                  ["Acces aux soins", "Logement et travail informel", "Les departs par la mer",
                   "Recommandations", "Annexe statistique - tableau 2 : 1 240 personnes accompagnees (corrige)"])
    a = alt(text, "0000000000001b8d4c05bb8e6f37", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fixed)], "0000000000001b8d4e05bb8e6f39")
    m = mk(when, sent_at(when, 1, 8), "mail-wm1-f53.google.example.com", "192.0.2.53", "4DgR5Tc28WZ3",
           "Mourad Kallel <asdm.sfax@gmail.example.com>", hdr(M22_SUBJ, enc="Q"),
           "<CAE5tRw1Nd7pK3vH+m6Rc9Lb2sQ4fXg8kT1@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M22_ID), ("References", M19_ID + " " + M22_ID)])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        thread_of=H % 19, report_attachments=[fixed],
        notes="corrigendum: a corrected PDF (accented file name, RFC 2231 + RFC 2047) replacing the 'version finale' "
              "of h289-22, received 17 February, one day after the report deadline, and the sender says so: "
              "on_time false though the earlier versions were on time (as dev 053); still acknowledged. The "
              "quoted h289-22 repeats the president's speaker request, which is not made again here: no speakers. "
              "'1 240 et non de 12 400' and 'page 4' are not dates or roundtables. thread_of is the first message "
              "of the submission, h289-19."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
