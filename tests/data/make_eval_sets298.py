#!/usr/bin/env python3
"""Write the blind evaluation set holdout298 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets298.py
Theme: faith-based organisations (25 January - 18 February 2021).  A Fès parish whose secretary writes for the
parish priest (his out-of-office, 'en retraite spirituelle', answers our acknowledgement; three weeks later the
secretary replaces him, too late, by the sister who runs the parish's migrant centre), a Jordanian zakat committee
that first asks whether it may report at all and sends its report at 23:47 on the report deadline, the executive
assistant of an Anglican chaplain in Bahrain proposing the 'Rev. Canon Dr.' and a missionary sister (whose full
mailbox bounces our acknowledgement; the assistant's blessing-laden thank-you follows), a Caritas branch in the
Nineveh Plains sending its report under a bilingual letterhead and then a corrected version, a congregation of
sisters in Sfax sending report and rapporteur under the Mother Superior's cover letter, a Doha mosque's volunteers
who only want to attend with their imam, a Kuwaiti charity's chairman's office asking the plenary for 'فضيلة الشيخ'
(Hijri-dated letter), a Beirut evangelical church that attaches its monthly prayer letter next to a two-part report,
a Coptic church servant writing for 'أبونا' in Egyptian colloquial, an Oran student fellowship's pastor writing at
23:48 on the speaker deadline, a Khartoum charity 35 minutes too late, a Tunis Saint-Vincent conference whose report
is the body of the mail, a UK zakat foundation sending report and 'Shaykh' after the speaker deadline (its helpdesk
answers our acknowledgement), a Maronite bishop's secretary declining for the bishop, a Casablanca Senegalese
dahira asking about a handwritten Arabic part and then sending both parts, and an Amman shelter run by sisters
writing a day late.  Religious forms of address (Father, Sister, Rev. Canon Dr., Shaykh, Imam, Mère, Sœur, Pasteur,
Frère, الأب, أبونا, القمص, الشيخ, فضيلة, صاحب السيادة, الخوري), bilingual letterheads, blessings and long closings.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(298)
add = SET.add
H = "h298-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
YAHOO_ANDROID = "WebService/1.1.17712 YahooMailAndroidMobile"
OX = "Open-Xchange Mailer v7.10.4-Rev19"
OUTLOOK14 = "Microsoft Outlook 14.0"


# ---------------------------------------------------------------- client-specific HTML
def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5b1e7c20yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def ox_html(text):
    """Orange/Menara webmail (Open-Xchange): one <p> per line, empty paragraphs as &nbsp;."""
    inner = "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in text.strip("\n").split("\n"))
    return ('<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div class="default-style">%s</div>'
            '</body></html>\n' % inner)


def mac_outlook_html(text, img_cid=None):
    inner = "".join('<div><span style="font-size:11pt">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    img = ('<div><img width="140" height="56" src="cid:%s"></div>' % img_cid) if img_cid else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">%s%s</div></body></html>\n'
            % (inner, img))


def roundcube_html(text):
    inner = "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='
            "'font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n<p>%s</p>\n</body></html>\n" % inner)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def ack_text(lang, subject, what):
    """The text of our acknowledgement, as quoted in the replies to it."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "عند الحاجة.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières (États arabes) accuse réception de votre message « %s » et de %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM – États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def postfix_bounce(when, qid_dsn, qid_out, rcpt, remote, diag_lines, to_line, cc_line, orig_subj, orig_id, ack):
    """A Postfix DSN for the copy of one of our acknowledgements that a remote server refused."""
    text = POSTFIX_NOTICE + "\n<%s>: host %s said:\n    %s\n" % (rcpt, remote, "\n    ".join(diag_lines))
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; %s\n"
           "Diagnostic-Code: smtp; %s\n"
           % (qid_out, rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, remote.split("[")[0],
              "\n    ".join(diag_lines).replace(" (in reply to RCPT TO command)", "")))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s\n"
            "Cc: %s\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (to_line, cc_line, orig_subj, rfcdate(when - dt.timedelta(seconds=10)), ack,
                                  orig_id, orig_id))
    body = dsn_report(text, dsn, hdrs, "%s.%d/mx1.iom.int" % (qid_dsn, int(when.timestamp())))
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid_dsn, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<%s.%s@mx1.iom.int>" % (when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"),
                                                    qid_dsn))]
    return top(body, rows)


def related(text_html, cid, rgb, boundary, name="image001.png"):
    return multi("related", [leaf("text/html", text_html), logo(cid, rgb, name)], boundary,
                 params=[("type", '"text/html"')])


# ================================================================ 01  FR  speaker  Fès parish: the secretary writes for the parish priest
M01_ID = "<MR2P264MB0913C7A41E5B2D86@MR2P264MB0913.FRAP264.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Demande de prise de parole – Père Emmanuel Kaboré (Paroisse Notre-Dame-de-l’Atlas, Fès)"
M01_QID = "4DPm2Kd71Wz4"
M01_TEXT = """PAROISSE NOTRE-DAME-DE-L’ATLAS – FÈS
رعية سيدة الأطلس – فاس
Secrétariat paroissial | أمانة سر الرعية

Fès, le 24 janvier 2021

À l’attention du Secrétariat de l’Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières – États arabes

Objet : demande de prise de parole lors de la Conférence régionale des 24 et 25 février 2021

Madame, Monsieur,

À la demande du Père Emmanuel Kaboré, curé de notre paroisse, qui est cette semaine en retraite et m’a chargée de vous écrire en son nom, j’ai l’honneur de vous transmettre la présente demande.

Depuis 2014, la paroisse accueille chaque semaine, dans les locaux du Foyer Saint-Joseph, plus de trois cents jeunes migrants subsahariens de passage à Fès : repas chauds, premiers soins, cours de darija et de français, accompagnement des femmes enceintes et des mineurs non accompagnés. Le Père Kaboré, lui-même originaire du Burkina Faso, coordonne cet accueil avec une équipe d’une quarantaine de bénévoles, chrétiens et musulmans.

Il souhaiterait intervenir lors de la table ronde n° 2, afin de témoigner de ce que vivent ces jeunes sur la route du Nord et de la manière dont une petite communauté de foi peut travailler avec les autorités locales et le Croissant-Rouge.

Coordonnées de l’intervenant :
Père Emmanuel Kaboré
Curé de la paroisse Notre-Dame-de-l’Atlas et responsable du Foyer Saint-Joseph
Paroisse Notre-Dame-de-l’Atlas
Tél. : +212 6 61 00 00 00

Le Père Kaboré est en copie du présent message.

En vous remerciant de l’attention que vous voudrez bien porter à cette demande, et en vous assurant de notre prière pour le bon déroulement de vos travaux, je vous prie d’agréer, Madame, Monsieur, l’expression de mes sentiments respectueux et fraternels.

Que la paix du Seigneur soit avec vous.

Hélène Dubreuil
Secrétaire paroissiale
Paroisse Notre-Dame-de-l’Atlas
Fès – Maroc | فاس – المغرب
Tél. : +212 5 35 00 00 00
"""


def m01():
    when = at("2021-01-25 09:41:17")
    cid = "image001.png@01D6F2F3.2B8C4A10"
    rel = related(outlook_html(M01_TEXT, lang="FR", img_cid=cid), cid, (60, 80, 150),
                  "_004_MR2P264MB0913C7A41E5B2D86_")
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_MR2P264MB0913C7A41E5B2D86_")
    m = mk(when, sent_at(when, 1, 9), "mail-mr2fra01on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", M01_QID, addr("Hélène Dubreuil", "secretariat@nd-atlas-fes.example.ma", enc="Q"),
           hdr(M01_SUBJ, enc="Q"), M01_ID, body,
           cc=addr("Père Emmanuel Kaboré", "e.kabore@nd-atlas-fes.example.ma", enc="Q"),
           extra=outlook(hdr(M01_SUBJ, enc="Q"), "AdbzC2Rk8Lp3Qw5Er7Ty9Ui1Op3As5==", lang="fr-FR"))
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Emmanuel Kaboré", "Curé de la paroisse Notre-Dame-de-l’Atlas et responsable du Foyer Saint-Joseph",
           "Paroisse Notre-Dame-de-l’Atlas", ["roundtable"], 2)],
        notes="a parish secretary writes for the parish priest, who is on retreat ('m’a chargée de vous écrire en "
              "son nom'): she signs and is not the speaker. 'Père' is a religious form of address, dropped from the "
              "name (also in the Cc display name). Bilingual French/Arabic letterhead; 'Fès' and 'Fès – Maroc' after "
              "dashes are places, not part of the affiliation; the title is the double one of the details block. "
              "'table ronde n° 2'; 2014, 'trois cents' and 'une quarantaine' are not event data; closing with a "
              "blessing. Typographic apostrophes. Outlook related part with an inline logo; Date in UTC+1. The "
              "priest's out-of-office answers our acknowledgement (h298-02); the secretary replaces him in h298-24."))


# ================================================================ 02  FR  auto_reply  the priest's out-of-office ('en retraite spirituelle')
def m02():
    when = at("2021-01-25 09:42:03")
    ack = ack_mid(M01_QID)
    text = """Bonjour,

Je suis en retraite spirituelle jusqu’au samedi 30 janvier inclus, sans accès à ma messagerie.

Pour toute question urgente concernant le Foyer Saint-Joseph, merci de vous adresser à Sœur Bernadette Ouédraogo, responsable du Foyer (+212 6 62 00 00 00). Pour le secrétariat de la paroisse : Mme Hélène Dubreuil, secretariat@nd-atlas-fes.example.ma.

Bien fraternellement,

P. Emmanuel Kaboré
Curé – Paroisse Notre-Dame-de-l’Atlas, Fès
"""
    body = alt(text, "_000_MR2P264MB0913OOF7D2A9C4E1_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M01_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-mr2fra01on0622.outbound.protection.outlook.example.com", "198.51.100.122",
                    "4DPm3Bv50Xz9", addr("Père Emmanuel Kaboré", "e.kabore@nd-atlas-fes.example.ma", enc="Q"),
                    "<MR2P264MB0913E1B6D4F28A73@MR2P264MB0913.FRAP264.PROD.OUTLOOK.example.com>", subj,
                    hdr("Accusé de réception - " + M01_SUBJ, enc="Q"), M01_ID, ack, "fr-FR", (1, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the priest proposed in h298-01 (he was in Cc) answering our acknowledgement "
              "46 seconds later ('Réponse automatique :', Auto-Submitted, null Return-Path, References name "
              "h298-01): 'en retraite spirituelle' is his absence. It names Sœur Bernadette Ouédraogo with her "
              "title, which is a contact, not a proposal (she is proposed only in h298-24). Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 03  AR  other  Jordanian zakat committee: may we report at all? (iPhone, dialect)
M03_ID = "<8B4E2F17-6C93-4A1D-9E57-3F0B8D21C6A4@gmail.example.com>"
M03_SUBJ = "استفسار - لجنة زكاة"
M03_QID = "4DQ2hT84Vcz6"


def m03():
    when = at("2021-01-26 11:20:36")
    text = """السلام عليكم ورحمة الله وبركاته

مرحبا، معكم خالد الرواشدة أمين سر لجنة زكاة وصدقات الهاشمية الشمالية في الزرقاء. وصلتنا رسالة الدعوة عن طريق أحد الإخوة في تجمع الجمعيات الخيرية بالزرقاء، وحابين نسأل قبل ما نتعب على شي مش مقبول:

١- احنا لجنة زكاة تابعة لصندوق الزكاة بوزارة الأوقاف، مش جمعية مسجلة بوزارة التنمية الاجتماعية. هل بنعتبر من أصحاب المصلحة ومسموح إلنا نقدم تقرير طوعي؟
٢- التقرير لازم يكون بالإنجليزي ولا بيمشي بالعربي؟
٣- في نموذج معين لازم نلتزم فيه، أو عدد صفحات؟

احنا بنخدم تقريباً ٤٠٠ أسرة، منهم أكثر من ١٥٠ أسرة سورية وعدد من العمال المصريين اللي بيمرضوا وما إلهم حدا هون، وعنا معلومات كثيرة ممكن تفيدكم.

ما بدنا نطلب كلمة بالمؤتمر، بس بدنا نعرف إذا التقرير بيمشي.

وجزاكم الله خير
خالد الرواشدة
أمين سر اللجنة
٠٧٩٥٠٠٠٠٠٠

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 11), "mail-pj1-f44.google.example.com", "192.0.2.44", M03_QID,
           addr("Khaled Rawashdeh", "khaled.rawashdeh.zakat@gmail.example.com"), hdr(M03_SUBJ), M03_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions before writing anything (Jordanian colloquial, iPhone plain text base64): may a zakat "
              "committee under the Ministry of Awqaf's Zakat Fund count as a stakeholder and submit a report, in "
              "Arabic, with a template? 'ما بدنا نطلب كلمة' declines a speech and the report is only being "
              "considered: other. Eastern Arabic digits (٤٠٠, ١٥٠, phone); Latin display name. The committee "
              "sends its report as a reply to our acknowledgement of this message (h298-22)."))


# ================================================================ 04  EN  speaker  Anglican chaplain's executive assistant: Rev. Canon Dr. + a missionary sister
M04_ID = "<DB9PR08MB6716B2E47C1A9F05@DB9PR08MB6716.eurprd08.prod.outlook.example.com>"
M04_SUBJ = "Request for speaking roles - The Anglican Chaplaincy of St. Columba, Bahrain"
M04_QID = "4DRc5Wn27Hz1"
M04_CC = "sr.rosemary.msolm@batelco.example.com.bh"
M04_TEXT = """Dear Sir/Madam,

Greetings from Manama.

I write on behalf of the Reverend Canon Dr. Daniel Asirvatham, Senior Chaplain of The Anglican Chaplaincy of St. Columba, who has asked me to convey the following request to the secretariat of the Regional Review.

Over the past twelve years the Chaplaincy's Migrant Welfare Desk has supported several thousand domestic and construction workers from India, Sri Lanka, the Philippines, Kenya and Uganda - with shelter referrals, legal advice and help with repatriation, and, more quietly, with funerals and the sending home of those who die far from their families. Since the pandemic began we have also run a weekly food distribution with two mosques and a Hindu temple in the neighbourhood.

Canon Daniel would be honoured to serve as one of the rapporteurs delivering the stakeholders' key messages. He has chaired the inter-church migrant welfare meetings in the Kingdom since 2016 and is well used to gathering many voices into a few clear points.

He would also like to propose Sister Rosemary Achieng, Regional Coordinator of the Missionary Sisters of Our Lady of Mercy (MSOLM), whose community visits the embassy shelters every week, for a floor intervention in Roundtable IV.

Sister Rosemary is copied on this email. Kindly address any correspondence about Canon Daniel to me, as he travels frequently and I manage his diary.

With every blessing and kind regards,

Priya Fernandes (Mrs.)
Executive Assistant to the Senior Chaplain
The Anglican Chaplaincy of St. Columba
P.O. Box 0000, Manama, Kingdom of Bahrain
Tel: +973 1700 0000 | www.stcolumba-bahrain.example.org

"Bear one another's burdens." (Galatians 6:2)
"""


def m04():
    when = at("2021-01-27 14:05:12")
    cid = "image001.jpg@01D6F4A8.5C7E2B90"
    rel = related(outlook_html(M04_TEXT, lang="EN-GB", img_cid=cid), cid, (110, 20, 50),
                  "_004_DB9PR08MB6716B2E47C1A9F05_", name="image001.jpg")
    body = multi("alternative", [leaf("text/plain", M04_TEXT), rel], "_000_DB9PR08MB6716B2E47C1A9F05_")
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur08on0611.outbound.protection.outlook.example.com",
           "198.51.100.161", M04_QID, "Priya Fernandes <assistant.chaplain@stcolumba-bahrain.example.org>",
           M04_SUBJ, M04_ID, body, cc="Sister Rosemary Achieng <%s>" % M04_CC,
           extra=outlook(M04_SUBJ, "AQHW9KtR5wN2bX8mQ4pV7cL1sZ3dYg==", lang="en-GB"))
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Daniel Asirvatham", "Senior Chaplain", "The Anglican Chaplaincy of St. Columba", ["rapporteur"]),
        sp("Rosemary Achieng", "Regional Coordinator", "Missionary Sisters of Our Lady of Mercy (MSOLM)",
           ["roundtable"], 4)],
        notes="an executive assistant relays a chaplain's request (she signs and is not a speaker; '(Mrs.)' after "
              "her name): 'the Reverend Canon Dr.' and 'Sister' are forms of address, dropped; the chaplain is then "
              "called 'Canon Daniel'. Two speakers with different affiliations: the sister belongs to a religious "
              "order (MSOLM), not to the chaplaincy. Roles in prose ('one of the rapporteurs delivering the "
              "stakeholders' key messages', 'Roundtable IV'). Twelve years, 2016, the mosques and temple are "
              "history; a Bible verse under the signature. Outlook with an inline JPEG logo, Date in UTC+3. The "
              "copy of our acknowledgement to the sister's full mailbox bounces (h298-05); thank-you in h298-14."))


# ================================================================ 05  EN  bounce  the sister's mailbox is full
def m05():
    when = at("2021-01-27 14:05:49")
    diag = ["552 5.2.2 <%s>: Mailbox full - user quota exceeded" % M04_CC, "(in reply to RCPT TO command)"]
    m = postfix_bounce(when, "4DRc6Ft13Mz8", "4DRc5Yh49Jz2", M04_CC, "mx1.batelco.example.com.bh[203.0.113.71]",
                       diag, "Priya Fernandes <assistant.chaplain@stcolumba-bahrain.example.org>",
                       "Sister Rosemary Achieng <%s>" % M04_CC, M04_SUBJ, M04_ID, ack_mid(M04_QID))
    add(5, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2, remote mailbox full) for the copy of our acknowledgement of h298-04 sent to "
              "the Cc'd sister: the returned headers carry h298-04's 'Request for speaking roles' subject and "
              "'Sister Rosemary Achieng'. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 06  AR  report  Caritas branch in the Nineveh Plains: bilingual letterhead, Arabic PDF name
M06_ID = "<VI1PR09MB4126A3D7E58B1C92@VI1PR09MB4126.eurprd09.prod.outlook.example.com>"
M06_SUBJ = "التقرير الطوعي لكاريتاس - فرع سهل نينوى / Voluntary GCM Review Report - Caritas Nineveh Plains Branch"
M06_QID = "4DSf1Qa63Pz7"
M06_FILE = "تقرير كاريتاس سهل نينوى الطوعي 2021.pdf"
M06_TEXT = """كاريتاس - فرع سهل نينوى
Caritas – Nineveh Plains Branch
قره قوش (بغديدا) - محافظة نينوى - العراق | Qaraqosh (Baghdeda) – Nineveh – Iraq

العدد: ك س ن / 2021 / 014
التاريخ: 27 / 1 / 2021

إلى / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية
م / التقرير الطوعي

تحية طيبة وبعد،

يسرنا أن نرفق لكم طياً التقرير الطوعي لكاريتاس - فرع سهل نينوى ضمن الاستعراض الإقليمي للاتفاق العالمي للهجرة، بصيغة PDF.

يتناول التقرير أوضاع الأسر العائدة إلى بلدات سهل نينوى بعد سنوات النزوح (2014 - 2017)، واستمرار هجرة الشباب والعائلات المسيحية والإيزيدية والشبكية نحو أربيل وتركيا ولبنان ثم أوروبا، ويعرض ما لمسناه من مخاطر التهريب والديون التي تثقل كاهل الأسر، إضافة إلى برامجنا في الإسكان وسبل العيش والدعم النفسي والاجتماعي التي رافقت نحو 3200 أسرة منذ عام 2018.

وقد اطّلع سيادة المطران راعي الأبرشية على التقرير وباركه، ويتمنى لأعمال الاستعراض كل النجاح.

شاكرين تعاونكم، وتقبلوا فائق الاحترام والتقدير.
ودمتم بحماية الرب ورعايته.

ريتا بطرس ككّي
مديرة البرامج
كاريتاس - فرع سهل نينوى
Rita Boutros Kakki | Programme Manager
Caritas – Nineveh Plains Branch
هاتف / Tel: +964 750 000 0000
"""


def m06():
    when = at("2021-01-28 10:30:44")
    pdf = rep_pdf("Voluntary GCM review report - Caritas Nineveh Plains Branch", "Qaraqosh (Baghdeda), Nineveh, Iraq",
                  ["Return after displacement (2014-2017)", "Continued emigration of young people and families",
                   "Smuggling, debt and risks on the route", "Housing, livelihoods and psychosocial support",
                   "Recommendations"])
    cid = "image001.png@01D6F55E.8A3C7D20"
    rel = related(outlook_html(M06_TEXT, lang="AR-SA", img_cid=cid, rtl=True), cid, (200, 30, 40),
                  "_004_VI1PR09MB4126A3D7E58B1C92_")
    a = multi("alternative", [leaf("text/plain", M06_TEXT, cte="base64"), rel], "_000_VI1PR09MB4126A3D7E58B1C92_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "_005_VI1PR09MB4126A3D7E58B1C92_")
    m = mk(when, sent_at(when, 3, 10), "mail-vi1eur09on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", M06_QID, addr("Rita Kakki", "rita.kakki@caritas-ninevehplains.example.org"),
           hdr(M06_SUBJ), M06_ID, body,
           extra=outlook(hdr(M06_SUBJ), "AQHW9WnT3kR8Vb2Xm5Qp9Lc4Sd7Fg1Hj==", lang="ar-SA", has_attach="yes"))
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="a Caritas branch's formal letter under an Arabic/English letterhead ('العدد', 'م /', 'يسرنا أن "
              "نرفق لكم طياً'): the report is the attached PDF with an Arabic name (RFC 2231 + RFC 2047); the "
              "inline logo is not part of it. The bishop who 'blessed' the report ('سيادة المطران') is not "
              "proposed; 2014-2017, 3200 families and 2018 are history. Bilingual subject and signature; Outlook, "
              "text part base64, Date in UTC+3. A corrected version replaces the PDF in h298-16."))


# ================================================================ 07  FR  both  congregation of sisters in Sfax: report + rapporteuse under the Mother Superior's letter
M07_REPORT = "Rapport volontaire PMM – Maison Sainte-Monique (Sfax).docx"
M07_LETTER = "Lettre d’accompagnement – Mère Marie-Claire.pdf"


def m07():
    when = at("2021-01-29 16:10:05")
    subj = "Rapport volontaire et proposition d'une rapporteuse – Maison Sainte-Monique, Sfax"
    text = """Madame, Monsieur,

Avec l'accord de notre Mère supérieure, Mère Marie-Claire Rakotobe, dont vous trouverez la lettre d'accompagnement en pièce jointe, je vous adresse la contribution de la Maison Sainte-Monique à l'Examen régional du Pacte mondial :

- notre rapport volontaire (fichier Word), qui rend compte de cinq années d'accueil de femmes migrantes à Sfax, venues pour la plupart de Côte d'Ivoire, du Cameroun et de Guinée : hébergement d'urgence, accompagnement à la maternité, soutien aux femmes qui ont perdu un proche en mer, médiation avec les employeurs et les services de santé ;
- la lettre de la Mère supérieure (PDF).

Par ailleurs, la communauté souhaiterait proposer Sœur Agnès Nduwimana, responsable de l'accueil, pour représenter la Maison Sainte-Monique pour l'accueil des femmes migrantes comme rapporteuse, chargée de porter les messages clés des parties prenantes. Sœur Agnès parle français, anglais, kirundi et un peu d'arabe tunisien ; elle accompagne ces femmes depuis l'ouverture de la maison en 2016.

Nous confions vos travaux à la prière de notre communauté et restons à votre disposition pour tout complément.

En union de prière,

Sœur Claire-Élisabeth Morin
Secrétaire de la communauté
Maison Sainte-Monique pour l'accueil des femmes migrantes
Congrégation des Sœurs de Notre-Dame de l'Espérance
Sfax – Tunisie
"""
    doc = make_docx(["Maison Sainte-Monique pour l'accueil des femmes migrantes - Sfax",
                     "Rapport volontaire - Examen régional du Pacte mondial pour les migrations (États arabes)",
                     "1. Cinq années d'accueil (2016-2020)", "2. Maternité et santé", "3. Deuil et disparitions en mer",
                     "4. Travail et médiation", "5. Recommandations"])
    letter = make_pdf(["Congregation des Soeurs de Notre-Dame de l'Esperance", "Maison Sainte-Monique, Sfax",
                       "Sfax, le 28 janvier 2021", "",
                       "La Superieure de la communaute autorise la transmission du rapport volontaire",
                       "et la proposition de Soeur Agnes Nduwimana comme rapporteuse.",
                       "Mere Marie-Claire Rakotobe, Superieure"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach(DOCX, doc, M07_REPORT), attach("application/pdf", letter, M07_LETTER)],
                 "------------A4C70E1B92D35F8607E4B1C2")
    m = mk(when, sent_at(when, 1, 6), "smtp.planet.example.tn", "41.226.11.7", "4DTg8Rs25Nz3",
           "Soeur Claire-Elisabeth Morin <maison.stemonique.sfax@planet.example.tn>", hdr(subj, enc="Q"),
           "<c3e91a7b-54d2-4f08-a6b1-9e27d05c8f13@planet.example.tn>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(7, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Agnès Nduwimana", "responsable de l'accueil", "Maison Sainte-Monique pour l'accueil des femmes migrantes",
           ["rapporteur"])],
        report_attachments=[M07_REPORT],
        notes="report and rapporteur in one message (29 January, both on time): of the two attachments only the "
              "Word file is the report; the PDF is the Mother Superior's cover letter (RFC 2231 + RFC 2047 names "
              "with en dashes and a typographic apostrophe). 'Sœur' and 'Mère' are forms of address; neither the "
              "Mother Superior nor the secretary who signs is a speaker. The affiliation is the house, written out "
              "in the proposal sentence and the signature; the congregation is a second line of the signature. "
              "'rapporteuse, chargée de porter les messages clés'. Thunderbird, format=flowed, 8bit, ASCII display "
              "name; 2016 and 'cinq années' are history."))


# ================================================================ 08  EN  other  Doha mosque volunteers want to attend with their imam
def m08():
    when = at("2021-02-01 12:00:31")
    subj = "Attending the GCM regional review (Masjid Al-Noor Community Centre, Doha)"
    text = """Assalamu alaikum,

My name is Yusuf Abdirahman and I coordinate the volunteers of the Friday Outreach for Workers programme at Masjid Al-Noor Community Centre in Doha. Every Friday after Jumu'ah we serve lunch to around 900 workers from the labour camps of the Industrial Area, and our volunteers help them with complaints to the labour dispute committees, lost passports and remittances.

We saw the invitation to the GCM regional review on the website of a partner and we would like to follow it. To be clear, we are not asking for a speaking role, and we have not prepared a report - we are a small volunteer group and we feel we have more to learn than to say this year.

Our imam, Imam Hassan Mirza, would like to attend together with two of our volunteers, Fatima Noor and Abdullah Kamara. Could you tell us:

1. Is the conference in person in Beirut or online?
2. Do we need to register in advance, and if so, where?
3. Is there interpretation into Urdu or Swahili? Some of our volunteers would prefer it.

JazakAllahu khayran for your work for people who are far from home.

Yusuf Abdirahman
Volunteer Coordinator, Friday Outreach for Workers
Masjid Al-Noor Community Centre, Doha - Qatar
+974 5500 0000
"""
    body = alt(text, "000000000000c4d81b05ba4e7f93", html=gmail_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail-wr1-f52.google.example.com", "192.0.2.52", "4DXq2Cn57Rz1",
           "Yusuf Abdirahman <yusuf.fowoutreach@gmail.example.com>", subj,
           "<CAJ7wPq4Xn8tK2vL+r5Mb9Hc3sD6yFe1gU0@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="people who only want to attend: 'we are not asking for a speaking role, and we have not prepared a "
              "report' turns it into other, although the imam is named with a religious title ('Imam Hassan "
              "Mirza') and two volunteers by name; questions on format, registration and interpretation need an "
              "answer, so acknowledged. Islamic greetings and closing; 900 workers are not event data. Gmail, Date "
              "in UTC+3."))


# ================================================================ 09  AR  speaker  Kuwaiti charity: the chairman's office asks the plenary for 'فضيلة الشيخ'
def m09():
    when = at("2021-02-02 08:15:22")
    subj = "طلب مداخلة لفضيلة الشيخ د. عبد الله ناصر المطيري في الجلسة العامة"
    text = """مبرة الإحسان لرعاية العمالة الوافدة
Al-Ihsan Charity for the Care of Expatriate Workers
مكتب رئيس مجلس الإدارة | Office of the Chairman
دولة الكويت | State of Kuwait

الرقم: م إ / ر / 2021 / 17
التاريخ: 19 جمادى الآخرة 1442 هـ الموافق 1 فبراير 2021 م

حضرات السادة / أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية      المحترمين

السلام عليكم ورحمة الله وبركاته، وبعد،

فبالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يطيب لي أن أنقل إليكم رغبة فضيلة الشيخ الدكتور عبد الله ناصر المطيري، رئيس مجلس الإدارة، في إلقاء مداخلة في الجلسة العامة للمؤتمر يومي 24 و25 فبراير 2021، يعرض فيها تجربة المبرة في رعاية العمالة الوافدة المتعثرة، من سداد تذاكر العودة وكفالة المرضى، إلى مشروع إفطار الصائم الذي يستفيد منه في رمضان أكثر من عشرين ألف عامل، وما تقوم به المبرة من تسوية ودية لنزاعات الأجور بالتعاون مع الجهات المختصة.

وفضيلته من المهتمين بالبعد الإنساني والشرعي لقضايا الهجرة، وله مؤلفات في حقوق الأجير في الفقه الإسلامي.

ونرجو التكرم بمراسلة مكتب رئيس مجلس الإدارة على هذا البريد بشأن الترتيبات.

شاكرين لكم حسن تعاونكم، وسائلين المولى عز وجل أن يكلل جهودكم بالتوفيق والسداد.

وتفضلوا بقبول فائق الاحترام والتقدير،،،
والله ولي التوفيق

مدير مكتب رئيس مجلس الإدارة
فهد سالم العنزي
هاتف: 00965 2200 0000
"""
    cid = "image001.png@01D6F934.4E1B8C60"
    rel = related(outlook_html(text, lang="AR-KW", img_cid=cid, rtl=True), cid, (0, 110, 70),
                  "_004_AM6PR10MB2871F0C3B5D7E419_")
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM6PR10MB2871F0C3B5D7E419_")
    m = mk(when, sent_at(when, 3, 9), "mail-am6eur10on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DYb4Mk38Tz2", addr("مكتب رئيس مجلس الإدارة - مبرة الإحسان", "chairman.office@alihsan.example.org.kw"),
           hdr(subj), "<AM6PR10MB2871F0C3B5D7E419@AM6PR10MB2871.eurprd10.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHW+Ts4Kb7Xn2Rq8Vm1Pc5Lz9Sd3Fg==", lang="ar-KW"))
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الله ناصر المطيري", "رئيس مجلس الإدارة", "مبرة الإحسان لرعاية العمالة الوافدة", ["plenary"])],
        notes="a request relayed for a cleric by the director of his office (who signs and is not a speaker): "
              "'فضيلة الشيخ الدكتور' (and 'د.' in the subject) are forms of address, dropped; 'فضيلته' later. "
              "Title 'رئيس مجلس الإدارة' as written; the charity's name only in the bilingual letterhead "
              "(Arabic form kept). Plenary as 'الجلسة العامة للمؤتمر يومي 24 و25 فبراير'. Reference number and a "
              "Hijri date with its Gregorian equivalent; Ramadan and 'عشرين ألف عامل' are not event data; long "
              "formal closing ('والله ولي التوفيق'). From display name is the office. Outlook, base64 text, "
              "inline logo, Date in UTC+3."))


# ================================================================ 10  EN  report  Beirut evangelical church: two-part report + the monthly prayer letter
M10_FILES = ["GoodShepherd_GCM_Review_2021_Part1_Narrative.pdf", "GoodShepherd_GCM_Review_2021_Part2_Data-Annex.pdf"]
M10_PRAYER = "Prayer Letter - February 2021.pdf"


def m10():
    when = at("2021-02-03 13:25:09")
    subj = "Voluntary GCM review report - Good Shepherd Evangelical Church Relief Office (Beirut)"
    text = """Dear friends at the GCM Regional Review secretariat,

Grace and peace to you.

Please find attached the voluntary GCM review report of the Relief and Development Office of the Good Shepherd Evangelical Church in Beirut. It comes in two files: Part 1 is the narrative (what we did, what we saw, what we recommend) and Part 2 is the data annex with the tables from our case management system. Please read them together.

The report covers our work with migrant domestic workers and refugee families from January 2019 to December 2020 - the years of the financial collapse, the pandemic and the port explosion, when many women were left at the doors of their embassies by employers who could no longer pay them. Our church hall was a shelter for 41 women for four months after 4 August.

We will not be proposing a speaker this time; our pastor is travelling for most of February and our small team needs to stay with the shelter.

You will also find our February prayer letter attached, which I send to all our partners - it is not part of the report, but it tells the story of two of the women we accompanied, with their permission.

Blessings,

Rana Khoury-Sarkis
Relief Programme Manager
Relief and Development Office
Good Shepherd Evangelical Church - Beirut
Hamra, Beirut, Lebanon | +961 1 000 000
"""
    p1 = rep_pdf("Voluntary GCM review report - Part 1: Narrative", "Good Shepherd Evangelical Church, Relief and Development Office",
                 ["Migrant domestic workers and refugee families, 2019-2020", "Abandonment at embassies",
                  "The church hall shelter after 4 August 2020", "Recommendations"])
    p2 = rep_pdf("Voluntary GCM review report - Part 2: Data annex", "Good Shepherd Evangelical Church, Relief and Development Office",
                 ["Table 1: cases by nationality", "Table 2: cases by type of assistance", "Table 3: shelter stays",
                  "Table 4: repatriations"])
    prayer = make_pdf(["Good Shepherd Evangelical Church - Prayer Letter, February 2021", "",
                       "Dear friends and partners,", "This month we give thanks for ...", "Pray with us for ..."])
    cid = "3C6F1A82-7B4D-4E90-A5C2-18D9E0F7B364"
    html = leaf("text/html", mac_outlook_html(text, img_cid=cid))
    rel = multi("related", [html, logo(cid, (30, 60, 120), "GSEC_logo.png")], "B_3695115909_1829475630",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "B_3695115909_1408862177")
    body = multi("mixed", [a, attach("application/pdf", p1, M10_FILES[0]), attach("application/pdf", p2, M10_FILES[1]),
                           attach("application/pdf", prayer, M10_PRAYER)], "B_3695115909_1021593847")
    m = mk(when, sent_at(when, 2, 12), "mail.gsec-beirut.example.org", "203.0.113.58", "4DZk7Vp92Gz5",
           "Rana Khoury-Sarkis <rana.ks@gsec-beirut.example.org>", subj,
           "<7E2D4A91-C85B-4F36-9B01-D6A3E8F5C247@gsec-beirut.example.org>", body,
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", subj), ("Thread-Index", "AQHW+kT7r3Lm9Xc2Qb5Vn8Pz1Sd4Fg==")])
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M10_FILES,
        notes="the report is two PDFs ('Please read them together': narrative + data annex), both listed; the third "
              "PDF, the church's monthly prayer letter, is attached by habit and 'not part of the report'; the "
              "inline logo is not either. 'We will not be proposing a speaker' mentions the pastor only to decline. "
              "Church greetings ('Grace and peace', 'Blessings'); 2019-2020, 41 women and 4 August are history. "
              "Mac Outlook, Date in UTC+2."))


# ================================================================ 11  AR  speaker  Coptic church servant writes for 'أبونا' (Egyptian colloquial, Gmail)
def m11():
    when = at("2021-02-04 19:40:03")
    subj = "طلب مشاركة أبونا بيشوي في المائدة المستديرة"
    text = """سلام ونعمة،

أنا مينا عادل، خادم في خدمة اللاجئين بكنيسة السيدة العذراء والأنبا صموئيل بحدائق المعادي. أبونا بيشوي طلب مني أبعت لحضراتكم الإيميل ده لأنه مش بيستخدم الإيميل كتير 🙂

أبونا مسؤول عن خدمة اللاجئين في الكنيسة من سنة 2013، والخدمة بتخدم دلوقتي حوالي 600 أسرة من السودان وجنوب السودان وإريتريا وإثيوبيا: شنط غذائية كل شهر، مصاريف مدارس للأطفال، كشف طبي في المستوصف بتاع الكنيسة، ومساعدة في الإيجار للأسر اللي اتطردت من شققها بعد كورونا. ومعظم الأسر دي مش مسيحية أصلاً، إحنا بنخدم الكل.

أبونا حابب ياخد كلمة في المائدة المستديرة التالتة لو ينفع، ولو مش ممكن يبقى الأولى.

بيانات أبونا:
الاسم: القمص بيشوي فهيم جرجس
الصفة: كاهن الكنيسة ومسؤول خدمة اللاجئين
الجهة: كنيسة السيدة العذراء والأنبا صموئيل بحدائق المعادي
موبايل: 01200000000

وبالنسبة للتقرير الطوعي، إحنا لسه بنجمعه مع الخدام وهنبعته لحضراتكم قبل 16 فبراير إن شاء الله.

صلوا لأجلنا
مينا عادل
خادم - خدمة اللاجئين
"""
    html = gmail_html(text, rtl=True)
    body = alt(text, "000000000000f7a92c05ba8b1e34", html=html, b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f67.google.example.com", "192.0.2.67", "4DbN3Hx61Kz8",
           addr("Mina Adel", "mina.adel.khedma@gmail.example.com"), hdr(subj),
           "<CAO3kRw9Tn5pX2vM+d8Lq4Hb1sZ7cGy6jF2@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("بيشوي فهيم جرجس", "كاهن الكنيسة ومسؤول خدمة اللاجئين", "كنيسة السيدة العذراء والأنبا صموئيل بحدائق المعادي",
           ["roundtable"], 3)],
        notes="a church servant writes for the priest (Egyptian colloquial): 'أبونا' (colloquial 'Father', "
              "used throughout) and 'القمص' (clerical rank) are forms of address, dropped; the sender is not a "
              "speaker. Labelled lines give name, title and affiliation; roundtable in colloquial spelling "
              "('التالتة', then 'الأولى' as a second choice: 3). The report is only announced ('هنبعته قبل 16 "
              "فبراير'), not sent, so speaker_request, not both. 2013 and 600 families are history; an emoji; "
              "Latin display name. Gmail, base64, Date in UTC+2."))


# ================================================================ 12  FR  speaker  Oran student fellowship: the pastor writes at 23:48 on the speaker deadline
def m12():
    when = at("2021-02-05 23:48:10")
    subj = "Proposition d'intervenante - FEEAO (Oran)"
    text = """Bonsoir,

Pardonnez l'heure tardive : je rentre à peine du culte du vendredi soir et je tenais à vous écrire avant minuit, puisque les propositions sont attendues pour aujourd'hui.

La Fraternité évangélique des étudiants africains d'Oran (FEEAO) réunit depuis 2012 des étudiants et des jeunes travailleurs venus du Cameroun, du Congo, du Tchad, du Mali et de Madagascar. Au-delà de la prière, nous tenons une permanence d'entraide : renouvellement des titres de séjour, logement, accompagnement des jeunes femmes isolées, aide aux familles quand un étudiant décède loin de chez lui.

Nous souhaitons proposer Mme Grace Mbala-Tshimanga, coordinatrice de l'entraide, pour participer à la discussion ouverte de la consultation du 23 février et, si possible, intervenir à la première table ronde. Grace est elle-même arrivée à Oran comme étudiante en 2015 ; elle connaît mieux que personne les difficultés des étudiants en fin de cursus qui perdent leur titre de séjour.

Que Dieu bénisse vos travaux.

Pasteur Samuel Nzeyimana
Responsable de la FEEAO
Oran, Algérie
+213 5 50 00 00 00
"""
    body = alt(text, "=_b2f7c91e04a6d38f5e0c1a4b7d92e6f3", html=roundcube_html(text))
    m = mk(when, sent_at(when, 1, 8), "webmail.feeao-oran.example.dz", "203.0.113.121", "4DcQ8Ln05Fz4",
           "Samuel Nzeyimana <pasteur@feeao-oran.example.dz>", hdr(subj, enc="Q"),
           "<e7d3b1f09a2c45e8b6d1f4a7c9e02b38@feeao-oran.example.dz>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Grace Mbala-Tshimanga", "coordinatrice de l'entraide",
           "Fraternité évangélique des étudiants africains d'Oran (FEEAO)", ["open_discussion", "roundtable"], 1)],
        notes="deadline edge: received 23:48 Beirut time on Friday 5 February (Date 22:48 +0100, Algeria), on time; "
              "'je tenais à vous écrire avant minuit'. The pastor who signs ('Pasteur', a form of address) is not "
              "the speaker; 'Mme' dropped, hyphenated surname. Two roles: the consultation's open discussion and "
              "'la première table ronde' (1). 2012 and 2015 are history; a blessing as closing. Roundcube, Date in "
              "UTC+1."))


# ================================================================ 13  AR  speaker  Khartoum charity writes 35 minutes after the speaker deadline (Sudanese, Yahoo)
def m13():
    when = at("2021-02-06 00:35:47")
    subj = "طلب كلمة في الجلسة العامة - منظمة البر والتواصل الخيرية"
    text = """السلام عليكم ورحمة الله

يا جماعة الخير، عارفين إنو آخر يوم كان الجمعة وهسه الساعة بقت اتناشر ونص بالليل، بس الكهربا قطعت عندنا من المغرب ولسه راجعة هسه. عليكم الله لو لسه في فرصة شوفوا طلبنا ده.

منظمة البر والتواصل الخيرية شغالة في الخرطوم من سنة 2009 مع اللاجئين والمهاجرين من إريتريا وإثيوبيا وجنوب السودان وتشاد: بنكفل الأيتام، وبنعالج المرضى، وبنساعد الناس الراجعين من ليبيا بعد ما اتعرضوا للاتجار والحبس.

عايزين نرشح الشيخ الطيب عبد الرحيم الفكي، رئيس مجلس أمناء المنظمة وإمام وخطيب مسجد الحارة الخامسة بالثورة، عشان يقدم كلمة في الجلسة العامة للمؤتمر. الشيخ عنده خبرة طويلة في الصلح بين المجتمعات المضيفة واللاجئين في الأحياء الطرفية.

وجزاكم الله خير ونسأل الله أن يوفقكم

محمد عثمان حامد
المدير التنفيذي
منظمة البر والتواصل الخيرية - الخرطوم
+249 91 000 0000
"""
    a = alt(text, "----=_Part_812233_1406518093.1612564547610", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4DcR2Zm47Qz0", addr("محمد عثمان حامد", "albir.tawasul@yahoo.example.com"), hdr(subj),
           "<1486213507.812234.1612564547612@mail.yahoo.example.com>", a, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("الطيب عبد الرحيم الفكي", "رئيس مجلس أمناء المنظمة وإمام وخطيب مسجد الحارة الخامسة بالثورة",
           "منظمة البر والتواصل الخيرية", ["plenary"])],
        notes="late by 35 minutes: received 00:35 Beirut on Saturday 6 February (Khartoum is also UTC+2) and the "
              "sender knows it ('آخر يوم كان الجمعة وهسه الساعة بقت اتناشر ونص'): on_time false, still "
              "acknowledged. Sudanese colloquial ('عليكم الله', 'هسه'); 'الشيخ' is a form of address, dropped; "
              "the double title (board of trustees + imam and preacher of a mosque) as written; '- الخرطوم' after "
              "the signature's organisation is a place. The executive director who signs is not the speaker. "
              "2009 is history. Yahoo app on Android, base64."))


# ================================================================ 14  EN  other  the chaplain's assistant thanks us for the acknowledgement of 04
def m14():
    when = at("2021-02-08 09:12:40")
    ack = ack_mid(M04_QID)
    quoted = ack_text("en", M04_SUBJ, "your request for speaking roles")
    text = """Dear colleagues,

Thank you for your kind acknowledgement. Canon Daniel asked me to convey his gratitude and to assure you of his prayers for the consultation and the conference. We look forward to hearing from you about the programme in due course.

With every blessing,

Priya Fernandes (Mrs.)
Executive Assistant to the Senior Chaplain
The Anglican Chaplaincy of St. Columba

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 27, 2021 3:05 PM
To: Priya Fernandes <assistant.chaplain@stcolumba-bahrain.example.org>
Cc: Sister Rosemary Achieng <%s>
Subject: Acknowledgement of receipt - %s

%s
""" % (M04_CC, M04_SUBJ, quoted)
    body = alt(text, "_000_DB9PR08MB6716D5A18F3C2E07_", html=outlook_html(text, lang="EN-GB"))
    subj = "RE: Acknowledgement of receipt - " + M04_SUBJ
    m = mk(when, sent_at(when, 3, 7), "mail-db9eur08on0611.outbound.protection.outlook.example.com",
           "198.51.100.161", "4DfH6Tb20Wz3", "Priya Fernandes <assistant.chaplain@stcolumba-bahrain.example.org>",
           subj, "<DB9PR08MB6716D5A18F3C2E07@DB9PR08MB6716.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)]
           + outlook(subj, "AQHW9KtR5wN2bX8mQ4pV7cL1sZ3dYgABk3Rw7Q==", lang="en-GB"))
    add(14, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="thank-you answering our acknowledgement of h298-04 (In-Reply-To our acknowledgement, References "
              "name h298-04), with prayers and blessings: adds nothing new, so no acknowledgement. 'Canon Daniel' "
              "and the quoted acknowledgement's 'request for speaking roles' are not a new request. Outlook-style "
              "quote header without '>' marks, Date in UTC+3."))


# ================================================================ 15  FR  report  Tunis Saint-Vincent conference: the report is the body of the mail
def m15():
    when = at("2021-02-09 11:05:27")
    subj = "Contribution volontaire à l'Examen régional du PMM – Conférence Saint-Vincent-de-Paul de La Goulette"
    text = """Madame, Monsieur,

Au nom de la Conférence Saint-Vincent-de-Paul de La Goulette, voici notre contribution à l'examen volontaire du Pacte mondial sur les migrations. Nous n'avons pas de fichier à joindre : le texte ci-dessous constitue notre rapport.

RAPPORT VOLONTAIRE – CONFÉRENCE SAINT-VINCENT-DE-PAUL DE LA GOULETTE (TUNIS)

1. Qui nous sommes
Une vingtaine de bénévoles, tunisiens et étrangers, rattachés à la paroisse de La Goulette. Nous visitons chaque semaine des familles migrantes subsahariennes installées dans les quartiers de La Goulette, du Kram et de l'Ariana, et tenons une permanence le samedi matin.

2. Ce que nous avons observé en 2019-2020
- L'impossibilité de régulariser sa situation : beaucoup de personnes accumulent des pénalités de dépassement de séjour qu'elles ne pourront jamais payer, ce qui les empêche aussi de repartir.
- Le travail informel sans protection : employées de maison, ouvriers du bâtiment, serveurs, souvent payés en retard ou pas du tout, surtout depuis le confinement de mars 2020.
- L'accès aux soins des femmes enceintes et des enfants, qui dépend largement de la bonne volonté des structures de santé.
- La solitude et la peur, qui reviennent dans presque toutes nos visites.

3. Ce que nous faisons
Aide alimentaire, paiement de loyers et de frais médicaux, orientation vers les associations d'aide juridique, soutien scolaire pour une trentaine d'enfants.

4. Nos recommandations
- Un mécanisme d'annulation des pénalités de séjour pour les personnes qui souhaitent régulariser leur situation ou rentrer chez elles.
- L'accès effectif des enfants migrants à l'école et aux soins, quel que soit le statut de leurs parents.
- Un dialogue régulier entre les autorités locales et les communautés de foi, qui sont souvent les premières à qui l'on frappe à la porte.

Nous restons à votre disposition pour tout complément d'information et vous assurons de notre prière.

Fraternellement,

Frère Luc Vandenberghe, o.f.m.
Président de la Conférence Saint-Vincent-de-Paul de La Goulette
La Goulette – Tunisie
"""
    body = alt(text, "0000000000009d3e6a05baea47c1", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 10), "mail-ot1-f43.google.example.com", "192.0.2.43", "4Dg5Nq73Bz1",
           "Luc Vandenberghe <ssvp.lagoulette@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAE9pLx2Vr6nT3kW+f8Qm1Hc5sB4dYj7gK0@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is the body of the mail ('Nous n'avons pas de fichier à joindre : le texte ci-dessous "
              "constitue notre rapport'), with numbered sections and recommendations: voluntary_report with no "
              "report_attachments. Nobody is proposed; 'Frère' and 'o.f.m.' (a religious order's post-nominal) "
              "belong to the signer. 2019-2020 and mars 2020 are history. Gmail, Date in UTC+1."))


# ================================================================ 16  AR  report  the Nineveh Plains Caritas branch replaces its PDF by a corrected version
M16_FILE = "تقرير كاريتاس سهل نينوى الطوعي 2021 - نسخة معدلة.pdf"


def m16():
    when = at("2021-02-10 10:02:18")
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

إلحاقاً برسالتنا المؤرخة في 28 كانون الثاني 2021، نرفق لكم النسخة المعدلة من التقرير الطوعي لكاريتاس - فرع سهل نينوى، بعد أن تبيّن لنا خطأ في أعداد الأسر العائدة في الجدول رقم (3) وسقوط فقرة من التوصيات عند التحويل إلى PDF.

نرجو التفضل باعتماد هذه النسخة بدلاً من السابقة، مع الاعتذار عن الإزعاج.

مع فائق الاحترام، والرب يبارك أعمالكم.

ريتا بطرس ككّي
مديرة البرامج
كاريتاس - فرع سهل نينوى

________________________________
من: Rita Kakki <rita.kakki@caritas-ninevehplains.example.org>
تاريخ الإرسال: الخميس، 28 كانون الثاني، 2021 11:30 ص
إلى: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
الموضوع: %s

%s""" % (M06_SUBJ, M06_TEXT)
    pdf = rep_pdf("Voluntary GCM review report - Caritas Nineveh Plains Branch (revised)",
                  "Qaraqosh (Baghdeda), Nineveh, Iraq",
                  ["Return after displacement (2014-2017)", "Continued emigration of young people and families",
                   "Smuggling, debt and risks on the route", "Housing, livelihoods and psychosocial support",
                   "Recommendations (complete)", "Table 3 corrected"])
    a = alt(text, "_000_VI1PR09MB41269B2E7F4D1A38_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "_005_VI1PR09MB41269B2E7F4D1A38_")
    subj = re_hdr("RE: ", M06_SUBJ)
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur09on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", "4DhT9Ke31Sz6", addr("Rita Kakki", "rita.kakki@caritas-ninevehplains.example.org"),
           subj, "<VI1PR09MB41269B2E7F4D1A38@VI1PR09MB4126.eurprd09.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)]
           + outlook(hdr(M06_SUBJ), "AQHW9WnT3kR8Vb2Xm5Qp9Lc4Sd7Fg1HjAC5tUw==", lang="ar-SA", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE], thread_of=H % 6,
        notes="corrected report replacing h298-06 ('نرجو التفضل باعتماد هذه النسخة بدلاً من السابقة'): an Outlook "
              "reply to the sender's own message (In-Reply-To h298-06) with the whole first letter quoted below a "
              "line (Arabic Outlook header, 'كانون الثاني'); only the new PDF is attached and listed. Still on "
              "time (10 February). base64, Date in UTC+3."))


# ================================================================ 17  EN  both  UK zakat foundation: report + 'Shaykh' after the speaker deadline
M17_ID = "<CAF4nWq8Rt2kX7vP+c1Lm5Hb9sZ3dGe6jY4@mail.gmail.example.com>"
M17_SUBJ = "UCZF submission to the GCM Regional Review (Arab region)"
M17_QID = "4DjB6Xc84Lz2"
M17_REPORT = "UCZF_Voluntary_GCM_Review_Report_MENA_2021.pdf"
M17_GUIDE = "Shariah Board guidance - Zakat for stranded migrants (2019).pdf"


def m17():
    when = at("2021-02-11 17:30:00")
    text = """Dear GCM Regional Review team,

As-salamu alaykum and greetings from Birmingham.

Please find attached the voluntary GCM review report of Ummah Care Zakat Foundation (UCZF). It draws on our zakat-funded programmes for migrant workers and refugees in Lebanon, Jordan, Iraq and Yemen in 2019-2020: emergency cash for workers stranded without wages, return tickets, medical bills and legal fees, and support to families left behind.

I have also attached, for background only, our Shariah Board's 2019 guidance on giving zakat to stranded migrants as "ibn al-sabil" (the wayfarer). It is not part of the report, but several partners in the region have asked for it.

We would also be grateful if Shaykh Ibrahim Al-Kurdi, Chair of the Shariah Advisory Board of UCZF, could take the floor at Roundtable 2. Shaykh Ibrahim has advised Muslim charities across the region on zakat for migrants and refugees for over twenty years, and speaks Arabic and English.

I have copied our general inbox so that my colleagues can follow up while I am on leave next week.

JazakumAllahu khayran,

Aisha Rahman
Programmes Officer - Middle East & North Africa
Ummah Care Zakat Foundation (UCZF)
Registered charity in England and Wales no. 1000000
www.ummahcare-zakat.example.org.uk
"""
    rep = rep_pdf("Voluntary GCM review report", "Ummah Care Zakat Foundation (UCZF), MENA programmes",
                  ["Zakat for migrant workers and refugees, 2019-2020", "Stranded workers without wages",
                   "Return, medical and legal support", "Families left behind", "Recommendations"])
    guide = make_pdf(["UCZF Shariah Advisory Board - Guidance note (2019)",
                      "Zakat for stranded migrants as ibn al-sabil", "", "1. The wayfarer in the Qur'an (9:60)",
                      "2. Conditions of eligibility", "3. Practical guidance for programme staff"])
    a = alt(text, "000000000000a3f71c05bb0e6d28", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", rep, M17_REPORT), attach("application/pdf", guide, M17_GUIDE)],
                 "000000000000a3f71e05bb0e6d2a")
    m = mk(when, sent_at(when, 0, 7), "mail-wm1-f53.google.example.com", "192.0.2.53", M17_QID,
           "Aisha Rahman <aisha.rahman@ummahcare-zakat.example.org.uk>", M17_SUBJ, M17_ID, body,
           cc="UCZF Info <info@ummahcare-zakat.example.org.uk>")
    add(17, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ibrahim Al-Kurdi", "Chair of the Shariah Advisory Board", "Ummah Care Zakat Foundation (UCZF)",
           ["roundtable"], 2)],
        report_attachments=[M17_REPORT],
        notes="'both' on 11 February: the report is on time but the speaker part comes after 5 February and the "
              "sender does not say so, so on_time false. Of the two PDFs only the report is listed; the Shariah "
              "Board's 2019 guidance is attached 'for background only' and is 'not part of the report'. 'Shaykh' "
              "is a form of address, dropped; title 'Chair of the Shariah Advisory Board' (the 'of UCZF' after it "
              "is the affiliation). 'Roundtable 2'. Islamic greetings; 'twenty years' and 2019-2020 are history. "
              "Google Workspace from the UK (Date in UTC+0); the Cc'd general inbox's helpdesk answers our "
              "acknowledgement (h298-18)."))


# ================================================================ 18  EN  auto_reply  the foundation's helpdesk autoresponder on our acknowledgement of 17
def m18():
    when = at("2021-02-11 17:30:52")
    ack = ack_mid(M17_QID)
    text = """Assalamu alaikum,

Thank you for contacting Ummah Care Zakat Foundation. This is an automatic message to confirm that we have received your email. Your request number is #48213.

A member of our supporter care team will reply within 3 working days, in sha Allah. For zakat calculation questions, please visit our Zakat Calculator at www.ummahcare-zakat.example.org.uk/zakat.

Please do not reply to this message.

May Allah reward you for your generosity.

Supporter Care Team
Ummah Care Zakat Foundation (UCZF)
"""
    body = alt(text, "--==_mimepart_602568dc4b1e7_3a2f2b1c8d4a1029ab", html=gmail_html(text))
    rows = std_rows(when, "outbound-mail-12.zendesk.example.com", "203.0.113.212", "4DjB7Mv06Hz9",
                    "Ummah Care Supporter Care <support@ummahcare-zakat.example.org.uk>",
                    "[UCZF] Request received: Acknowledgement of receipt - " + M17_SUBJ,
                    rfcdate(sent_at(when, 0, 5)), "<5c8e1f2a9b3d_602568dc_48213@zendesk.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"),
                           ("X-Mailer", "Zendesk Mailer")],
                    ret="bounces+48213@ummahcare-zakat.zendesk.example.com")
    rows += [("In-Reply-To", ack), ("References", M17_ID + " " + ack)]
    add(18, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="helpdesk (Zendesk) autoresponder of the general inbox Cc'd on h298-17, answering our acknowledgement "
              "52 seconds later with a ticket number (Auto-Submitted: auto-generated, X-Autoreply; References name "
              "h298-17). Islamic phrases and the foundation's full name do not make it a person's message. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 19  AR  other  the bishop's secretary declines for the bishop (windows-1256, Arabic/French letterhead)
def m19():
    when = at("2021-02-12 12:20:55")
    subj = "اعتذار صاحب السيادة المطران يوحنا الحاج"
    text = """دار مطرانية سيدة الجبل المارونية
Maison épiscopale maronite Notre-Dame-de-la-Montagne
أمانة السر | Secrétariat

الرقم: 2021/ 63
التاريخ: 11 شباط 2021

حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية المحترمين،

تحية وبعد،

بتوجيه من صاحب السيادة المطران يوحنا الحاج، راعي الأبرشية، أتشرف بإعلامكم أن سيادته كان يرغب في طلب المشاركة بكلمة في الجلسة العامة لمؤتمر الاستعراض الإقليمي، نظراً لما تحمله الأبرشية من همّ أبنائها المهاجرين ومن خدمة العمال الأجانب واللاجئين المقيمين في نطاقها. غير أن ارتباطه بالرياضة الروحية السنوية لكهنة الأبرشية في الأسبوع الأخير من شباط يحول دون ذلك، فهو يعتذر عن عدم المشاركة ولا يرشح أحداً مكانه هذه السنة.

ويرجو سيادته أن تتفضلوا بتزويدنا برابط متابعة أعمال المؤتمر عن بُعد، لكي تتابعها لجنة راعوية المهاجرين في الأبرشية، كما يرجو موافاتنا بالتوصيات الختامية عند صدورها.

وإذ يرفع سيادته الصلاة على نية نجاح أعمالكم، يمنحكم بركته الأبوية.

وتفضلوا بقبول فائق الاحترام.

الخوري أنطوان رزق
أمين سر المطرانية
"""
    html = outlook_html(text, lang="AR-LB", rtl=True).replace("charset=utf-8", "charset=windows-1256")
    body = alt(text, "_000_PA4PR06MB7102B8E3C4A91F26_", html=html, charset="windows-1256")
    m = mk(when, sent_at(when, 2, 8), "mail-pa4fra01on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", "4DkF2Pw68Rz5", addr("أمانة سر المطرانية", "secretariat@ndmontagne-eparchy.example.org.lb",
                                                  charset="windows-1256"),
           hdr(subj, charset="windows-1256"), "<PA4PR06MB7102B8E3C4A91F26@PA4PR06MB7102.eurprd06.prod.outlook.example.com>",
           body, extra=outlook(hdr(subj, charset="windows-1256"), "AQHXAQx7Tn2Rb5Vk8Lm1Pc4Sz7Dq0Fg==", lang="ar-LB"))
    add(19, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="the category turns on one sentence: a bishop 'كان يرغب في طلب المشاركة بكلمة في الجلسة العامة' "
              "(name, rank, plenary) but 'يعتذر عن عدم المشاركة ولا يرشح أحداً مكانه': no speaker. It asks for "
              "the online link and the final recommendations, so acknowledged. Written by the bishop's secretary "
              "(a priest, 'الخوري'); 'صاحب السيادة' and 'سيادته' are forms of address. Arabic/French letterhead, "
              "reference number, 'شباط'; blessing as closing. windows-1256 text and HTML, Outlook, Date in UTC+2."))


# ================================================================ 20  FR  other  Casablanca Senegalese dahira: may a handwritten Arabic part be sent?
M20_ID = "<1529034861.41287.1613148305221@webmail.menara.example.ma>"
M20_SUBJ = "Question sur le rapport volontaire – Dahira AMEETS Casablanca"
M20_TEXT = """Bonjour Madame, Monsieur,

Assalamou aleykoum.

Je suis Serigne Mbaye Diop, secrétaire général de l'Association Al Moubarak d'entraide des étudiants et travailleurs sénégalais (AMEETS), une dahira de Casablanca qui regroupe environ deux cents membres. Chaque jeudi soir, après les khassaïdes, nous collectons pour aider les frères et sœurs qui sont malades, sans travail, ou qui veulent rentrer au pays.

Nous préparons un rapport volontaire pour l'examen régional. Notre guide spirituel a tenu à en écrire une partie lui-même, à la main et en arabe ; le reste est en français, tapé à l'ordinateur. J'ai donc deux questions :

1. Pouvons-nous envoyer un rapport en deux parties, l'une en arabe scannée, l'autre en français ?
2. La date limite est-elle toujours le mardi 16 février ?

Que Dieu vous garde.

Serigne Mbaye Diop
Secrétaire général – AMEETS
Casablanca
"""


def m20():
    when = at("2021-02-12 17:45:12")
    body = alt(M20_TEXT, "----=_Part_41286_1948203715.1613148305219", html=ox_html(M20_TEXT))
    m = mk(when, sent_at(when, 1, 7), "smtp.menara.example.ma", "212.217.0.12", "4DkP7Gs39Tz8",
           "Serigne Mbaye Diop <ameets.casa@menara.example.ma>", hdr(M20_SUBJ, enc="Q"), M20_ID, body,
           extra=[("X-Mailer", OX), ("X-Priority", "3"), ("Importance", "Medium")])
    add(20, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about a report still being written (may it come in two parts, one handwritten in Arabic; "
              "is the deadline still 16 February): a report announced, not sent, so other. 'Serigne' is a Wolof "
              "religious title but here it is the sender's own first name; nobody is proposed. Mouride vocabulary "
              "('dahira', 'khassaïdes'). Open-Xchange webmail, Date in UTC+1. The report follows as a reply "
              "(h298-21)."))


# ================================================================ 21  FR  report  the dahira sends both parts of its report
M21_FILES = ["Rapport AMEETS - partie arabe (manuscrit).pdf", "Rapport AMEETS - partie française.docx"]


def m21():
    when = at("2021-02-16 18:30:40")
    subj = "Re: " + M20_SUBJ
    text = """Bonjour,

Comme annoncé, voici le rapport volontaire de l'AMEETS, en deux parties :
- la partie en arabe, écrite à la main par notre guide et scannée (PDF) ;
- la partie en français (Word).

Les deux forment un seul rapport. Merci à votre collègue qui nous a répondu que c'était possible.

Que Dieu bénisse votre travail et vous accorde la paix.

Serigne Mbaye Diop
Secrétaire général – AMEETS
Casablanca

> Le 12/02/2021 16:45, Serigne Mbaye Diop <ameets.casa@menara.example.ma> a écrit :
>
""" + gt(M20_TEXT) + "\n"
    scan = make_pdf(["[Scanned handwritten pages - 4 pages, Arabic]", "AMEETS - Casablanca",
                     "Partie arabe du rapport volontaire"])
    doc = make_docx(["Association Al Moubarak d'entraide des étudiants et travailleurs sénégalais (AMEETS)",
                     "Rapport volontaire – partie française", "1. Qui sommes-nous", "2. Entraide et santé",
                     "3. Retours au pays", "4. Recommandations"])
    a = alt(text, "----=_Part_52841_1134082265.1613493040318", html=ox_html(text))
    body = multi("mixed", [a, attach("application/pdf", scan, M21_FILES[0]), attach(DOCX, doc, M21_FILES[1])],
                 "----=_Part_52840_802611934.1613493040317")
    m = mk(when, sent_at(when, 1, 9), "smtp.menara.example.ma", "212.217.0.12", "4DnW1Ck72Vz3",
           "Serigne Mbaye Diop <ameets.casa@menara.example.ma>", hdr(subj, enc="Q"),
           "<1844612093.52842.1613493040320@webmail.menara.example.ma>", body,
           extra=[("In-Reply-To", M20_ID), ("References", M20_ID), ("X-Mailer", OX), ("X-Priority", "3"),
                  ("Importance", "Medium")])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=M21_FILES, thread_of=H % 20,
        notes="the report announced in h298-20, sent as a reply to that message (In-Reply-To h298-20): two "
              "attachments that 'forment un seul rapport', a scanned handwritten Arabic PDF and a French Word "
              "file, both listed (accents and brackets in the names). On time (16 February, 17:30 in Casablanca). "
              "The quoted first message repeats the questions; a blessing as closing. Open-Xchange webmail."))


# ================================================================ 22  AR  report  the zakat committee's report at 23:47 on the report deadline (reply to our acknowledgement of 03)
M22_FILE = "تقرير لجنة زكاة الهاشمية الشمالية - الاستعراض الإقليمي.docx"


def m22():
    when = at("2021-02-16 23:47:33")
    ack = ack_mid(M03_QID)
    quoted = ack_text("ar", M03_SUBJ, "استفساركم")
    text = """السلام عليكم

سامحونا على التأخير، هيو تقرير لجنة زكاة وصدقات الهاشمية الشمالية مرفق بملف وورد، وكتبناه بالعربي زي ما فهمنا إنه مقبول. ان شاء الله لسا بالوقت، الساعة هلأ ١٢ إلا ربع.

التقرير عن الأسر السورية والعمال الوافدين اللي بتساعدهم اللجنة، وفيه أرقام سنة ٢٠٢٠ وشو صار معهم بالكورونا.

بارك الله فيكم
خالد الرواشدة
أمين سر اللجنة

Sent from my iPhone

> في ‏26‏/01‏/2021، الساعة ١١:٢١ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    doc = make_docx(["لجنة زكاة وصدقات الهاشمية الشمالية - الزرقاء", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: من نحن", "ثانياً: الأسر السورية المستفيدة", "ثالثاً: العمال الوافدون المرضى",
                     "رابعاً: أثر جائحة كورونا خلال عام 2020", "خامساً: التوصيات"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"), attach(DOCX, doc, M22_FILE)],
                 "Apple-Mail-3F8B2D61-0C7A-4E95-B4D1-92E6A5C07F38")
    m = mk(when, sent_at(when, 2, 14), "mail-pj1-f47.google.example.com", "192.0.2.47", "4DnZ5Rb16Xz7",
           addr("Khaled Rawashdeh", "khaled.rawashdeh.zakat@gmail.example.com"),
           re_hdr("Re: ", "تأكيد استلام - " + M03_SUBJ),
           "<A7C15E39-2B84-4F6D-8E03-5D1B9F72C4E6@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE], thread_of=H % 3,
        notes="deadline edge: received 23:47 Beirut on Tuesday 16 February (Amman is also UTC+2; 'الساعة هلأ ١٢ "
              "إلا ربع'), on time although the sender apologises. The zakat committee's report (DOCX with an "
              "Arabic name, RFC 2231 + RFC 2047), sent as an iPhone reply to our acknowledgement of its question "
              "h298-03 (References name h298-03): thread_of h298-03. Jordanian colloquial; Eastern Arabic digits; "
              "plain text base64 with the quoted acknowledgement."))


# ================================================================ 23  EN  report  Amman shelter run by sisters: report a day late
M23_FILE = "Beit Al-Rahma Shelter - Voluntary GCM Review Report.pdf"


def m23():
    when = at("2021-02-17 09:10:05")
    subj = "Voluntary report - Beit Al-Rahma Shelter (Amman) - apologies for the delay"
    text = """Dear Sir or Madam,

Peace be with you.

Please find attached the voluntary GCM review report of Beit Al-Rahma Shelter for Migrant Women, which our community of the Little Sisters of the Holy Family has run in Amman since 2011.

I am very sorry that it reaches you only this morning. We had planned to send it yesterday evening, but we had a power cut in our area and the internet did not come back until late at night. I understand if it can no longer be included, and I would be grateful if it could at least be shared with the rapporteurs.

The report is about the women who come to us after running away from abusive employers or after their contracts end without their wages or their passports - most of them from Sri Lanka, the Philippines, Bangladesh and Uganda - and about the long wait, sometimes more than a year, before they can go home.

With our prayers and gratitude,

Sr. Teresa Mwangi, LSHF
Director
Beit Al-Rahma Shelter for Migrant Women
Jabal Al-Weibdeh, Amman - Jordan
"""
    pdf = rep_pdf("Voluntary GCM review report", "Beit Al-Rahma Shelter for Migrant Women, Amman",
                  ["Who comes to the shelter", "Wages and passports withheld", "Waiting to go home",
                   "Recommendations"])
    a = alt(text, "Apple-Mail=_4E91C2B7-5D08-4A3F-B6E1-C28D0F7A9354", html=apple_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)],
                 "Apple-Mail=_8A3D5F62-1E97-4C0B-9D24-F61B3E8C7A05")
    m = mk(when, sent_at(when, 2, 11), "mail.lshf-amman.example.jo", "203.0.113.96", "4DpC3Wn58Hz2",
           "Sr. Teresa Mwangi <beit.alrahma@lshf-amman.example.jo>", subj,
           "<D4F81A3C-7E62-4B09-A5D3-2C91E6F0B748@lshf-amman.example.jo>", body, extra=[("X-Mailer", APPLE)])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report: received 09:10 on 17 February, the morning after the report deadline, and the sender "
              "says so (a power cut): on_time false, still acknowledged. 'shared with the rapporteurs' is not a "
              "rapporteur request; the sister who signs ('Sr.', 'LSHF') proposes nobody. 2011 is history. Apple "
              "Mail, Date in UTC+2."))


# ================================================================ 24  FR  speaker  the Fès parish replaces its priest, after the speaker deadline
def m24():
    when = at("2021-02-18 10:15:00")
    ack = ack_mid(M01_QID)
    quoted = ack_text("fr", M01_SUBJ, "votre demande de prise de parole")
    text = """Madame, Monsieur,

Je reviens vers vous au sujet de la demande de prise de parole du Père Emmanuel Kaboré, que je vous avais transmise le 25 janvier.

Le Père Kaboré vient d’être nommé par l’Archevêque à une autre mission et quittera Fès à la fin du mois ; il ne pourra donc pas participer à la Conférence. La paroisse souhaiterait le remplacer par Sœur Bernadette Ouédraogo, responsable du Foyer Saint-Joseph, qui représentera la Paroisse Notre-Dame-de-l’Atlas à la même table ronde (n° 2). Sœur Bernadette accompagne au quotidien les jeunes accueillis au Foyer depuis 2017.

Je mesure que ce changement vous parvient tardivement et vous remercie par avance de votre bienveillance.

Avec mes sentiments respectueux et fraternels,

Hélène Dubreuil
Secrétaire paroissiale
Paroisse Notre-Dame-de-l’Atlas
Fès – Maroc | فاس – المغرب

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 25 janvier 2021 08:41
À : Hélène Dubreuil <secretariat@nd-atlas-fes.example.ma>
Cc : Père Emmanuel Kaboré <e.kabore@nd-atlas-fes.example.ma>
Objet : Accusé de réception - %s

%s
""" % (M01_SUBJ, quoted)
    cid = "image001.png@01D705E2.6F1D3B80"
    rel = related(outlook_html(text, lang="FR", img_cid=cid), cid, (60, 80, 150), "_004_MR2P264MB0913A8D2C5F71E49_")
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_MR2P264MB0913A8D2C5F71E49_")
    subj = "RE: Accusé de réception - " + M01_SUBJ
    m = mk(when, sent_at(when, 1, 8), "mail-mr2fra01on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", "4DqJ8Tm04Kz6", addr("Hélène Dubreuil", "secretariat@nd-atlas-fes.example.ma", enc="Q"),
           hdr(subj, enc="Q"), "<MR2P264MB0913A8D2C5F71E49@MR2P264MB0913.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook(hdr(subj, enc="Q"), "AdbzC2Rk8Lp3Qw5Er7Ty9Ui1Op3As5AdcF4kTm", lang="fr-FR"))
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Bernadette Ouédraogo", "responsable du Foyer Saint-Joseph", "Paroisse Notre-Dame-de-l’Atlas",
           ["roundtable"], 2)],
        thread_of=H % 1,
        notes="replacement of the speaker of h298-01 by a reply to our acknowledgement of it (References name "
              "h298-01), on 18 February: a new speaker request after the 5 February deadline, so on_time false "
              "(the sender admits it comes 'tardivement'); still acknowledged. Only the new speaker is labelled; "
              "the withdrawn priest is named again in the text and the Outlook quote. 'Sœur' dropped; 'à la même "
              "table ronde (n° 2)'; the sister was first named as a contact in the priest's out-of-office "
              "(h298-02). Typographic apostrophes; Outlook, Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
