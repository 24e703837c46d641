#!/usr/bin/env python3
"""Write the blind evaluation set holdout300 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets300.py
Theme: the private sector (21 January - 18 February 2021).  Employers' federations, chambers of commerce,
recruitment agencies committed to fair recruitment and companies' CSR teams: a Dubai recruitment agency's executive
assistant requesting a plenary slot for her CEO (his out-of-office answers our acknowledgement), a Tunis chamber of
commerce asking whether a chamber counts as a stakeholder, an Amman employers' federation whose President's office
nominates its vice-president (then thanks us for the acknowledgement), a Lebanese domestic-worker recruitment office
that only wants to attend, a Doha contractor's CSR team sending its report with a sustainability brochure 'for
background only', a Casablanca recruitment firm's founder nominating himself from his signature, an Omani chamber's
report with a statistical annex and a speaker, a hotel group whose public affairs director nominates its Chief People
Officer (the Cc'd distribution list rejects our acknowledgement) and whose CSR manager sends the report ten days later,
a Tunisian federation of recruitment companies sending a provisional report and a rapporteur (then the final version),
a Riyadh recruitment company nominating two people with its company profile attached, a remittance app offering
sponsorship and registering three staff, an Agadir agri-food group's assistant writing at 23:47 on the speaker deadline
(the CEO's out-of-office follows), a London audit firm writing 21 minutes too late, an Egyptian placement company's late
'both', a Mediterranean network of recruitment agencies attaching a press release, a Kuwaiti facility-management
company asking for an extension, an Egyptian business forum's report at 23:54 on the report deadline and a Mauritanian
employers' group declining.  Corporate signatures with several phone lines, legal disclaimers, marketing banners
(Outlook '[cid:...]' placeholders in the plain text), PR language.  Helpers from mailgen.py.
"""
import datetime as dt
import re

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top, exchange_ooo_rows)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid

SET = EvalSet(300)
add = SET.add
H = "h300-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
YAHOO = "WebService/1.1.17712 YMailNorrin"


# ---------------------------------------------------------------- local helpers
def img(cid, name, w, h, rgb):
    """An inline signature image (logo or marketing banner), referred to by its Content-ID."""
    return leaf("image/png", make_png(w, h, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def corp_html(text, lang="EN-US", rtl=False, small_from=None):
    """Outlook HTML: one MsoNormal paragraph per paragraph; a line '[cid:X]' (as Outlook writes inline images in
    the plain-text part) becomes the image; from the paragraph starting with `small_from` on, small grey print."""
    d = ' dir="rtl"' if rtl else ""
    out, small = [], False
    for p in text.strip("\n").split("\n\n"):
        if small_from and p.startswith(small_from):
            small = True
        lines = []
        for ln in p.split("\n"):
            mm = re.match(r"^\[cid:(.+)\]$", ln)
            lines.append('<img border="0" src="cid:%s">' % mm.group(1) if mm else esc(ln))
        style = ' style="font-size:7.5pt;color:#7F7F7F"' if small else ""
        out.append('<p class="MsoNormal"%s%s>%s<o:p></o:p></p>' % (d, style, "<br>\n".join(lines)))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="%s" link="#0563C1" vlink="#954F72"%s><div class="WordSection1"%s>%s'
            '</div></body></html>\n' % (lang, d, d, "\n".join(out)))


def outlook_body(text, bid, lang="EN-US", imgs=(), rtl=False, b64=False, atts=(), small_from=None):
    """Exchange/Outlook structure: mixed(_004_) > related(_003_) > alternative(_000_) > plain + html; images."""
    cte = "base64" if b64 else "quoted-printable"
    a = multi("alternative", [leaf("text/plain", text, cte=cte),
                              leaf("text/html", corp_html(text, lang, rtl, small_from), cte=cte)], "_000_%s_" % bid)
    if imgs:
        a = multi("related", [a] + list(imgs), "_003_%s_" % bid, params=[("type", '"multipart/alternative"')])
    if atts:
        a = multi("mixed", [a] + list(atts), "_004_%s_" % bid)
    return a


def mso_id(code, region="eurprd04"):
    host = code[:13]
    return "<%s@%s.%s.prod.outlook.example.com>" % (code, host, region)


def ack_text_en(subject, what):
    return ("Dear Sir or Madam,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the "
            "Arab region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to "
            "you about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def ack_text_fr(subject, what):
    return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations dans la "
            "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous au "
            "sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))


def ack_text_ar(subject, what):
    return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
            "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً بشأن "
            "البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))


def postfix_bounce(when, qid, rcpt, remote, remote_ip, diag_lines, status, ret_hdrs, boundary, mid):
    """A Postfix DSN for one of our acknowledgements, rejected by the remote server after DATA."""
    notice = POSTFIX_NOTICE + "\n<%s>: host %s[%s] said:\n    %s (in reply to end of DATA command)\n" % (
        rcpt, remote, remote_ip, "\n    ".join(diag_lines))
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: %s\n"
           "Remote-MTA: dns; %s\n"
           "Diagnostic-Code: smtp; %s\n"
           % (qid, rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, status, remote,
              "\n    ".join(diag_lines)))
    body = dsn_report(notice, dsn, ret_hdrs, boundary)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", mid)]
    return top(body, rows)


# ================================================================ 01  EN  speaker  Dubai recruitment agency: the CEO's executive assistant asks for a plenary slot
M01_ID = "<DB8P191MB0564A7C2E9F31B6D@DB8P191MB0564.EURP191.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Request for a speaking slot - Mr. Khalid Al Mansoori, Founder & Group CEO, GHMS"
M01_QID = "4DLq2Wc71Hz4"
M01_CEO = "k.almansoori@ghms.example.ae"


def m01():
    when = at("2021-01-21 09:42:17")
    l1, l2 = "image001.png@01D6EFD2.5A1B3C80", "image002.png@01D6EFD2.5A1B3C80"
    text = """Dear GCM Regional Review Secretariat,

Greetings from Dubai.

On behalf of Mr. Khalid Saeed Al Mansoori, Founder & Group Chief Executive Officer of Gulf Horizon Manpower Services LLC (GHMS), I would like to request a floor intervention for him in one of the plenary sessions of the Regional Conference on 24-25 February 2021.

GHMS is a licensed private recruitment agency placing some 4,800 workers a year from Nepal, India, Sri Lanka, Kenya and Uganda with employers in the UAE, Qatar and Saudi Arabia. Since 2016 we have operated a strict zero-fee model under the Employer Pays Principle, and in 2020 we became one of the first agencies in the Gulf to complete an independent fair-recruitment audit. Mr. Al Mansoori would like to share, in a few minutes, what this took in practice: renegotiating with sub-agents in countries of origin, absorbing costs that workers used to pay, and convincing clients that ethical recruitment is also a sound business decision.

Should a plenary slot not be available, Mr. Al Mansoori would equally be pleased to take the floor in one of the thematic roundtables, whichever the Secretariat finds most relevant.

Mr. Al Mansoori is copied on this email. Kindly address any correspondence regarding his participation to me, as I manage his schedule.

Thank you in advance for your kind consideration.

Warm regards,

Priya D'Souza
Executive Assistant to the Founder & Group CEO
Office of the Group CEO
Gulf Horizon Manpower Services LLC
Level 14, Al Saqr Business Tower, Sheikh Zayed Road, Dubai, UAE
T: +971 4 000 0100 | D: +971 4 000 0114 | M: +971 50 000 0000 | F: +971 4 000 0199
www.ghms.example.ae
[cid:%s]
[cid:%s]

DISCLAIMER: This e-mail and any attachments are confidential and may be privileged. They are intended solely for the use of the addressee(s). If you are not the intended recipient, please notify the sender immediately and delete this e-mail; any use, disclosure, copying or distribution is strictly prohibited. Gulf Horizon Manpower Services LLC does not accept liability for any loss or damage arising from viruses or from the use of this e-mail.
GHMS never charges recruitment fees to workers. Report any request for payment to integrity@ghms.example.ae.
""" % (l1, l2)
    body = outlook_body(text, "DB8P191MB0564A7C2E9F31B6D", "EN-GB",
                        [img(l1, "image001.png", 90, 30, (0, 61, 122)), img(l2, "image002.png", 300, 40, (214, 160, 30))],
                        small_from="DISCLAIMER")
    m = mk(when, sent_at(when, 4, 7), "mail-db8eur05on2096.outbound.protection.outlook.example.com",
           "198.51.100.96", M01_QID, "Priya D'Souza <priya.dsouza@ghms.example.ae>", M01_SUBJ, M01_ID, body,
           cc="Khalid Al Mansoori <%s>" % M01_CEO,
           extra=outlook(M01_SUBJ, "AdbvzQ1Kp7Lm3Nx5Bc8Vt2Rw9Yh4Fg==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Khalid Saeed Al Mansoori", "Founder & Group Chief Executive Officer",
           "Gulf Horizon Manpower Services LLC (GHMS)", ["plenary", "roundtable"])],
        notes="an executive assistant writes 'On behalf of' her CEO: the speaker is the CEO ('Mr.' dropped, full "
              "name from the first paragraph; the subject and Cc give a shorter form and a shortened title 'Group "
              "CEO'), not the signer, whose own title 'Executive Assistant to the Founder & Group CEO' is a decoy. "
              "Plenary first, then a fallback 'in one of the thematic roundtables' with no number: both roles, "
              "roundtable null. Long corporate signature with four phone lines, a logo and a marketing banner "
              "('[cid:...]' lines in the plain text), a legal disclaimer and a no-fee line; 4,800, 2016 and 2020 "
              "are not event data. Outlook, Date in UTC+4. The CEO's out-of-office answers our acknowledgement "
              "(h300-02)."))


# ================================================================ 02  EN  auto_reply  the CEO's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-21 09:42:58")
    text = """Thank you for your email.

I am currently travelling with limited access to email and will be back in the office on Sunday 31 January 2021.

For urgent matters, please contact my Executive Assistant, Ms. Priya D'Souza, at priya.dsouza@ghms.example.ae or on +971 4 000 0114.

Best regards,

Khalid Al Mansoori
Founder & Group CEO
Gulf Horizon Manpower Services LLC
"""
    body = alt(text, "_000_DB8P191MB0564C4E1A8F27B93_", html=corp_html(text, "EN-GB"))
    rows = exchange_ooo_rows(when, "mail-db8eur05on2096.outbound.protection.outlook.example.com", "198.51.100.96",
                             "4DLq3Fx22Kz8", "Khalid Al Mansoori <%s>" % M01_CEO,
                             "<DB8P191MB0564C4E1A8F27B93@DB8P191MB0564.EURP191.PROD.OUTLOOK.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-GB", (4, 2))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the CEO proposed in h300-01 (he was in Cc), answering our acknowledgement "
              "41 seconds later ('Automatic reply:' before our subject, References name h300-01): signed with his "
              "name, title and company and naming his assistant with 'Ms.' and her phone, so it can look like a "
              "person writing; his travel dates are not a withdrawal. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 03  FR  other  Tunis chamber of commerce: is a chamber a stakeholder? joint report?
def m03():
    when = at("2021-01-22 11:26:40")
    subj = "Demande d'informations – participation du secteur privé à l'examen régional du PMM"
    lg = "image001.png@01D6F0B7.3E5A9C10"
    text = """Madame, Monsieur,

La Chambre Tuniso-Méditerranéenne de Commerce et d'Industrie (CTMCI) a pris connaissance avec intérêt de l'invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, qui nous a été relayée par l'un de nos partenaires.

Notre Chambre regroupe près de 1 200 entreprises, dont une part importante dans le BTP, l'hôtellerie et les centres d'appels, qui recrutent de plus en plus de travailleurs venus d'Afrique subsaharienne et qui, dans l'autre sens, placent des techniciens tunisiens en Europe et dans le Golfe. Avant de mobiliser nos membres, nous souhaiterions obtenir quelques précisions :

1. Une chambre de commerce, qui représente des entreprises privées, est-elle considérée comme une « partie prenante » au sens de l'invitation, au même titre que les organisations de la société civile ?
2. Est-il possible de présenter un rapport volontaire commun à la Chambre et à plusieurs entreprises membres, ou chaque entité doit-elle soumettre le sien ?
3. Existe-t-il un modèle ou une longueur indicative pour ce rapport ? Peut-il être rédigé en français ?

Notre Président serait, le cas échéant, disposé à prendre part aux échanges, mais nous attendons votre réponse avant de vous soumettre toute proposition.

Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hela Mabrouk
Responsable du Pôle Affaires Internationales
Chambre Tuniso-Méditerranéenne de Commerce et d'Industrie (CTMCI)
Immeuble Les Jasmins, Les Berges du Lac, 1053 Tunis – Tunisie
Tél. : +216 71 000 000 (standard) | +216 71 000 012 (ligne directe) | Mobile : +216 98 000 000
Fax : +216 71 000 099
www.ctmci.example.tn

Rejoignez-nous au Forum Tuniso-Méditerranéen de l'Investissement – Tunis, 14 et 15 avril 2021
[cid:%s]

Avant d'imprimer, pensez à l'environnement.

AVERTISSEMENT : Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite sauf autorisation expresse. La CTMCI décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
""" % lg
    body = outlook_body(text, "PR0P264MB1873B2D6E41F9A05", "FR", [img(lg, "image001.png", 280, 50, (0, 110, 80))],
                        small_from="Avant d'imprimer")
    m = mk(when, sent_at(when, 1, 6), "mail-pr0fra01on2052.outbound.protection.outlook.example.com",
           "198.51.100.52", "4DMk8Rb05Vz2", "Hela Mabrouk <h.mabrouk@ctmci.example.tn>", hdr(subj, enc="Q"),
           mso_id("PR0P264MB1873B2D6E41F9A05", "FRAP264"), body,
           extra=outlook(hdr(subj, enc="Q"), "AdbwqL3Tz6Nc1Xv8Bm4Qs7Kd2Hy5Rf==", lang="fr-FR"))
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="eligibility questions from a chamber of commerce (is a chamber a stakeholder? a joint report with "
              "member companies? template, length, French?): the words 'rapport volontaire' and 'prendre part aux "
              "échanges' appear but nothing is sent, and the President is neither named nor proposed ('nous "
              "attendons votre réponse avant de vous soumettre toute proposition'). Marketing banner for a forum "
              "in April (dates are not event data), eco line and a long French disclaimer. Outlook, Date in UTC+1."))


# ================================================================ 04  AR  speaker  Amman employers' federation: the President's office nominates the vice-president
M04_ID = "<AM6PR10MB2391D5A8C3E74F12@AM6PR10MB2391.EURPRD10.PROD.OUTLOOK.example.com>"
M04_SUBJ = "ترشيح نائب رئيس الاتحاد للمشاركة في المؤتمر الإقليمي لاستعراض الاتفاق العالمي للهجرة"
M04_QID = "4DNb6Kw19Tz7"
M04_FROM = ("مكتب رئيس الاتحاد", "president.office@gfje.example.jo")
M04_DISCL = """إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للشخص أو الجهة الموجهة إليها. إذا تلقيت هذه الرسالة عن طريق الخطأ، يرجى إبلاغ المرسل فوراً وحذفها. الآراء الواردة فيها تعبر عن رأي كاتبها ولا تمثل بالضرورة رأي الاتحاد.
Disclaimer: This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed are those of the author and do not necessarily represent those of GFJE."""


def m04():
    when = at("2021-01-25 10:58:03")
    lg = "image001.png@01D6F2F4.1C9E8A20"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية المحترمين،

تحية طيبة وبعد،

بتوجيه من عطوفة رئيس الاتحاد العام لأصحاب العمل الأردنيين السيد منذر عبد الرحيم الشوبكي، وبالإشارة إلى دعوتكم الكريمة، يسرني إعلامكم بترشيح المهندس فراس توفيق الحياري، نائب رئيس الاتحاد ورئيس لجنة سوق العمل والموارد البشرية، لتقديم مداخلة في المائدة المستديرة المواضيعية الثانية خلال المؤتمر الإقليمي يومي 24 و25 شباط 2021.

ويمثل الاتحاد أكثر من 9,000 منشأة في قطاعات الصناعة والإنشاءات والزراعة والخدمات يعمل لديها عدد كبير من العمال المهاجرين، وقد أطلق الاتحاد عام 2019 بالشراكة مع عدد من الشركات الأعضاء "ميثاق أصحاب العمل للاستقدام العادل"، وسيعرض المهندس الحياري تجربة الاتحاد في تطبيقه والتحديات التي واجهتها المنشآت الصغيرة والمتوسطة في الالتزام به.

يرجى التكرم بتوجيه المراسلات المتعلقة بالمشاركة إلى مكتب الرئيس على هذا البريد، مع نسخة إلى المهندس الحياري.

وتفضلوا بقبول فائق الاحترام والتقدير،

ديما الخطيب
مديرة مكتب الرئيس
الاتحاد العام لأصحاب العمل الأردنيين
عمّان - الشميساني، شارع عبد الحميد شرف، عمارة رقم 27
هاتف: +962 6 000 0000 (فرعي 101) | مباشر: +962 6 000 0101 | فاكس: +962 6 000 0009 | خلوي: +962 79 000 0000

Dima Al-Khatib
Director, Office of the President
General Federation of Jordanian Employers (GFJE)
[cid:%s]

%s
""" % (lg, M04_DISCL)
    body = outlook_body(text, "AM6PR10MB2391D5A8C3E74F12", "AR-JO", [img(lg, "image001.png", 200, 44, (140, 20, 30))],
                        rtl=True, b64=True, small_from="إخلاء مسؤولية")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur05on2110.outbound.protection.outlook.example.com",
           "198.51.100.110", M04_QID, addr(*M04_FROM), hdr(M04_SUBJ), M04_ID, body,
           cc=addr("فراس الحياري", "f.hiyari@gfje.example.jo"),
           extra=outlook(hdr(M04_SUBJ), "AdbyR7Ft2Gh5Jk8Lq1Wz4Xc6Vb9Nm==", lang="ar-JO"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فراس توفيق الحياري", "نائب رئيس الاتحاد ورئيس لجنة سوق العمل والموارد البشرية",
           "الاتحاد العام لأصحاب العمل الأردنيين", ["roundtable"], 2)],
        notes="the director of an employers' federation President's office nominates the vice-president 'بتوجيه "
              "من عطوفة رئيس الاتحاد': neither the signer nor the President (named with 'عطوفة' and 'السيد') is the "
              "speaker; 'المهندس' (Eng.) dropped; a double title; 'المائدة المستديرة المواضيعية الثانية' = 2. The "
              "affiliation is recorded as written in the Arabic text (the English form with GFJE is only in the "
              "signature, under the signer's name). 9,000 firms, 2019 and '24 و25 شباط' are not request data. "
              "Bilingual signature with four phone lines, logo and bilingual disclaimer; Outlook, base64. Thanked "
              "in h300-05."))


# ================================================================ 05  AR  other  the President's office thanks us for the acknowledgement of 04
def m05():
    when = at("2021-01-25 13:12:36")
    ack = ack_mid(M04_QID)
    text = """السادة الأفاضل،

نشكركم على تأكيد الاستلام، وقد تم إبلاغ المهندس فراس الحياري بذلك. ونتطلع إلى استلام برنامج المؤتمر في حينه.

مع التحية،

ديما الخطيب
مديرة مكتب الرئيس
الاتحاد العام لأصحاب العمل الأردنيين
هاتف: +962 6 000 0000 (فرعي 101) | خلوي: +962 79 000 0000

%s

من: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
أُرسلت: الاثنين، 25 كانون الثاني، 2021 10:58 ص
إلى: مكتب رئيس الاتحاد <president.office@gfje.example.jo>
نسخة: فراس الحياري <f.hiyari@gfje.example.jo>
الموضوع: إشعار استلام - %s

%s
""" % (M04_DISCL, M04_SUBJ, ack_text_ar(M04_SUBJ, "طلب المشاركة بمداخلة"))
    body = outlook_body(text, "AM6PR10MB23917B1E0D5C2A84", "AR-JO", rtl=True, b64=True, small_from="إخلاء مسؤولية")
    subj = "رد: إشعار استلام - " + M04_SUBJ
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur05on2110.outbound.protection.outlook.example.com",
           "198.51.100.110", "4DNh0Tq47Mz3", addr(*M04_FROM), hdr(subj),
           "<AM6PR10MB23917B1E0D5C2A84@AM6PR10MB2391.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack)]
           + outlook(hdr(subj), "AdbyR7Ft2Gh5Jk8Lq1Wz4Xc6Vb9NmAAHk2Tw==", lang="ar-JO"))
    add(5, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="Outlook reply over our quoted acknowledgement of h300-04 (References name h300-04; quoted header "
              "'من: / أُرسلت: / إلى: / نسخة: / الموضوع:' not '>'-prefixed): a thank-you that adds nothing new ('نتطلع "
              "إلى استلام برنامج المؤتمر في حينه' asks nothing), so no acknowledgement; the speaker is named again "
              "with 'المهندس' and the quote says 'طلب المشاركة بمداخلة', but nobody new is proposed. The bilingual "
              "disclaimer sits between the signature and the quote. base64."))


# ================================================================ 06  AR  other  Beirut domestic-worker recruitment office: only wants to attend
def m06():
    when = at("2021-01-26 19:33:12")
    subj = "حضور المؤتمر"
    text = """مرحبا،

نحنا مكتب "بيت الأرز" لاستقدام العاملات في الخدمة المنزلية، بجل الديب. من سنتين وقّعنا على مدونة السلوك للاستقدام العادل يلي عملتها نقابة أصحاب المكاتب مع المنظمات، وصرنا ما ناخد ولا قرش من العاملات، كل الكلفة عالكفيل.

سمعنا بالمؤتمر من زميل بالنقابة. أنا وشريكي حابين نحضر ونسمع شو عم ينحكى عن التوظيف العادل بالمنطقة، بس ما عنا تقرير ولا بدنا ناخد الكلمة، بدنا نحضر بس.

كم سؤال:
- المؤتمر ببيروت ولا أونلاين بسبب الكورونا؟
- لازم نسجّل أسامينا من قبل؟ نحنا شخصين: أنا وجوزيف خوري.
- في ترجمة عربي؟ شريكي إنكليزيتو مش كتير منيحة.

شكراً كتير
نبيل عازار
مدير مكتب بيت الأرز للاستقدام
03 000 000

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 5), "smtp.beitelarz.example.com.lb", "203.0.113.61", "4DPc5Nm38Lz0",
           "Nabil Azar <nabil@beitelarz.example.com.lb>", hdr(subj),
           "<8E3B71C4-5D2A-4F96-B0E8-7C1D94A2F635@beitelarz.example.com.lb>", body, extra=[("X-Mailer", IPHONE)])
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a Lebanese recruitment office for domestic workers that signed a fair-recruitment code only wants to "
              "attend: 'ما عنا تقرير ولا بدنا ناخد الكلمة، بدنا نحضر بس' names both a report and a speaking role "
              "to say it sends neither; two attendees are named (the sender and his partner) but not as speakers. "
              "Lebanese colloquial from an iPhone, text/plain base64, Latin From name, English 'Sent from my "
              "iPhone'; questions about venue, registration and interpretation."))


# ================================================================ 07  EN  report  Doha contractor's CSR team: report PDF + a sustainability brochure 'for background only'
M07_FILE = "ASCEG - Voluntary GCM Review Report - Ethical Recruitment & Worker Welfare (Jan 2021).pdf"
M07_BROCHURE = "ASCEG_Sustainability_Report_2019_Executive_Summary.pdf"


def m07():
    when = at("2021-01-27 08:17:45")
    subj = "Al Sawari Group – Voluntary GCM Review submission"
    l1, l2 = "image001.png@01D6F48A.6B0C2E70", "image002.png@01D6F48A.6B0C2E70"
    text = """Dear Regional Review Secretariat,

It is with great pleasure that Al Sawari Contracting & Engineering Group W.L.L. (ASCEG) submits its voluntary GCM review report for the Regional Review of the Global Compact for Migration in the Arab region.

As one of Qatar's leading contractors, with over 11,000 team members from 23 nationalities, we believe that the way workers are recruited shapes every day they spend with us. The attached report sets out, in a spirit of transparency, the journey we have been on since 2017: reimbursing recruitment fees to more than 3,200 workers, moving all our recruitment to audited agencies, introducing elected worker welfare committees on our sites and a grievance hotline in nine languages. It is candid about what still needs work, in particular subcontractors' compliance and the recruitment of short-term labour during peak periods.

For context, we also attach the executive summary of our 2019 Sustainability Report. It is for background only and is not part of our submission.

Our Group CEO, Eng. Nasser Al-Kuwari, will be following the Regional Conference online with great interest.

We remain at your disposal for any clarification.

With warm regards,

Meera Varghese
Head of Sustainability & CSR
Al Sawari Contracting & Engineering Group W.L.L.
P.O. Box 00000, C-Ring Road, Doha, State of Qatar
Tel: +974 4400 0000 | Direct: +974 4400 0231 | Mobile: +974 5500 0000
sustainability@alsawari.example.qa | www.alsawari.example.qa
[cid:%s]
Proud winner of the Gulf Construction Workers' Welfare Excellence Award 2020
[cid:%s]

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender and delete it from your system. Al Sawari Contracting & Engineering Group W.L.L. accepts no liability for any damage caused by any virus transmitted by this email.
Please consider the environment before printing this email.
""" % (l1, l2)
    rep = rep_pdf("Voluntary GCM review report", "Al Sawari Contracting & Engineering Group W.L.L. (ASCEG), Doha",
                  ["Our workforce: 11,000 team members, 23 nationalities", "Recruitment fee reimbursement since 2017",
                   "Audited recruitment agencies", "Worker welfare committees and grievance hotline",
                   "Subcontractors and short-term labour: what still needs work"])
    broch = make_pdf(["AL SAWARI GROUP", "Sustainability Report 2019 - Executive Summary",
                      "Building Qatar's future, responsibly", "Safety: 14 million man-hours without LTI",
                      "Environment: 32% recycled aggregates", "People: 11,000 team members"])
    body = outlook_body(text, "DU2PR03MB8012E6C9A1B4F370", "EN-US",
                        [img(l1, "image001.png", 110, 36, (0, 84, 140)), img(l2, "image002.png", 420, 60, (0, 140, 90))],
                        atts=[attach("application/pdf", rep, M07_FILE), attach("application/pdf", broch, M07_BROCHURE)],
                        small_from="This email and any files")
    m = mk(when, sent_at(when, 3, 9), "mail-du2eur03on2077.outbound.protection.outlook.example.com",
           "198.51.100.77", "4DQf1Hs62Pz5", "Meera Varghese <m.varghese@alsawari.example.qa>", hdr(subj, enc="Q"),
           mso_id("DU2PR03MB8012E6C9A1B4F370", "eurprd03"), body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzAe5Rt8Yu1Io4Pa7Sd0Fg3Hj6Kl==", lang="en-US", has_attach="yes"))
    add(7, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M07_FILE],
        notes="a contractor's CSR team submits its report in PR language; two PDFs, and the body says the second "
              "(sustainability report executive summary) 'is for background only and is not part of our "
              "submission', so only the first is the report (long name with '&' and brackets). The Group CEO "
              "named with 'Eng.' 'will be following the Regional Conference online': attending, not a speaker. "
              "Logo and an award banner inline ('[cid:...]' in the plain text) plus disclaimer; 11,000, 23, 2017, "
              "3,200 and nine are not event data. Outlook, Date in UTC+3."))


# ================================================================ 08  FR  speaker  Casablanca recruitment firm: the founder nominates himself, details in the signature
def m08():
    when = at("2021-01-28 16:05:29")
    subj = "Demande d'intervention – Table ronde n° 2 – Atlas Recrutement Éthique"
    text = """Madame, Monsieur,

Je me permets de vous écrire suite à l'invitation relayée par notre fédération professionnelle, afin de solliciter une prise de parole lors de la Conférence régionale des 24 et 25 février.

Notre cabinet, créé en 2012 à Casablanca, accompagne chaque année environ 900 candidats marocains vers l'Espagne, l'Allemagne, le Qatar et l'Arabie saoudite. Depuis 2018, nous appliquons le principe « zéro frais pour le candidat » et nous publions chaque année la liste de nos employeurs partenaires. Je souhaiterais partager cette expérience, ses coûts réels et ses limites, lors de la table ronde thématique n° 2. À défaut, je serais heureux d'intervenir dans le cadre de la discussion ouverte de la consultation multipartite du 23 février.

Je reste à votre disposition pour toute information complémentaire et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Youssef Benkirane
Fondateur & Directeur Général
Atlas Recrutement Éthique SARL (ARE)
Cabinet de recrutement et de placement à l'international – Agrément n° 041/2012
Immeuble Anfa Business Center, 5e étage, Bd d'Anfa, Casablanca – Maroc
Standard : +212 5 22 00 00 00 | Ligne directe : +212 5 22 00 00 14
GSM : +212 6 61 00 00 00 | WhatsApp : +212 6 61 00 00 01 | Fax : +212 5 22 00 00 99
www.atlas-recrutement.example.ma | LinkedIn : Atlas Recrutement Éthique

Nous recrutons de façon responsable : aucun frais n'est jamais demandé aux candidats.

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.
"""
    inner = "".join('<div><span style="font-size:11pt;font-family:Calibri">%s</span></div>' % (esc(x) if x else "&nbsp;")
                    for x in text.rstrip("\n").split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="FR" link="#0563C1"><div class="WordSection1">%s</div></body></html>\n' % inner)
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "B_3694687529_1823504611")
    m = mk(when, sent_at(when, 1, 8), "smtp.atlas-recrutement.example.ma", "196.200.131.44", "4DRk7Vd93Xz1",
           "Youssef Benkirane <y.benkirane@atlas-recrutement.example.ma>", hdr(subj, enc="Q"),
           "<6A1D0E2F-83B4-4C57-9F61-2B7E48C0D913@atlas-recrutement.example.ma>", body,
           extra=[("Thread-Topic", hdr(subj, enc="Q")), ("Thread-Index", "AQHW9YkZ3Pq7Rm0Tx5Lw2Bn8Vc4Hs6=="),
                  ("User-Agent", MAC_OUTLOOK), ("Content-Language", "fr-FR")])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Youssef Benkirane", "Fondateur & Directeur Général", "Atlas Recrutement Éthique SARL (ARE)",
           ["roundtable", "open_discussion"], 2)],
        notes="a recruitment firm's founder nominates himself in the first person ('solliciter une prise de "
              "parole'): name, title and firm only in the long signature; 'table ronde thématique n° 2', then 'À "
              "défaut' the open discussion of 23 February (both roles, roundtable 2 first). The licence line "
              "('Agrément n° 041/2012'), five phone numbers, a no-fee slogan and a disclaimer are signature noise; "
              "2012, 900 and 2018 are history. Outlook for Mac, Date in UTC+1."))


# ================================================================ 09  AR  both  Omani chamber of commerce: report PDF + statistical annex DOCX + a speaker
M09_FILES = ["التقرير الطوعي - الغرفة الإقليمية للتجارة والصناعة بصحار 2021.pdf",
             "الملحق الإحصائي - استبيان المنشآت الأعضاء 2020.docx"]


def m09():
    when = at("2021-02-01 09:31:54")
    subj = "التقرير الطوعي للغرفة وترشيح ممثلة للمائدة المستديرة الثالثة"
    text = """الغرفة الإقليمية للتجارة والصناعة بصحار
دائرة الدراسات والسياسات الاقتصادية

الرقم: غ ت ص/د س/2021/46
التاريخ: 31 يناير 2021م

حضرات/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية      المحترمين

تحية طيبة وبعد،

يطيب لنا أن نرفق لكم التقرير الطوعي للغرفة الإقليمية للتجارة والصناعة بصحار حول ممارسات استقدام وتشغيل القوى العاملة الوافدة لدى منشآت القطاع الخاص الأعضاء، ومعه الملحق الإحصائي الذي يعرض نتائج الاستبيان الذي شاركت فيه 412 منشأة خلال الربع الأخير من عام 2020. ويتناول التقرير أثر جائحة كوفيد-19 على عقود العمال الوافدين، وتجربة انتقال العمال بين أصحاب العمل، ورسوم الاستقدام التي ما زال بعض العمال يدفعونها لوكلاء في بلدانهم.

كما تود الغرفة أن ترشح الفاضلة/ منى بنت سالم البلوشية، مديرة دائرة سوق العمل، لتقديم مداخلة في المائدة المستديرة المواضيعية الثالثة.

المرفقات:
1- التقرير الطوعي (PDF).
2- الملحق الإحصائي (Word).

وتفضلوا بقبول وافر التحية والتقدير،

د. خالد بن سعيد المعمري
مدير دائرة الدراسات والسياسات الاقتصادية
الغرفة الإقليمية للتجارة والصناعة بصحار
هاتف: +968 2600 0000 | مباشر: +968 2600 0046 | فاكس: +968 2600 0009
"""
    rep = rep_pdf("Voluntary GCM review report", "Sohar Regional Chamber of Commerce and Industry",
                  ["Recruitment of expatriate workers by member firms", "COVID-19 and workers' contracts",
                   "Moving between employers", "Recruitment fees paid to agents abroad", "Recommendations"])
    annex = make_docx(["الملحق الإحصائي", "نتائج استبيان المنشآت الأعضاء - الربع الأخير 2020",
                       "عدد المنشآت المشاركة: 412", "الجدول 1: توزيع المنشآت حسب القطاع",
                       "الجدول 2: رسوم الاستقدام المبلغ عنها", "الجدول 3: انتقال العمال بين أصحاب العمل"])
    body = outlook_body(text, "PA4PR02MB6720C8B1E5D3A946", "AR-OM", rtl=True, b64=True,
                        atts=[attach("application/pdf", rep, M09_FILES[0]), attach(DOCX, annex, M09_FILES[1])])
    m = mk(when, sent_at(when, 4, 12), "mail-pa4eur02on2139.outbound.protection.outlook.example.com",
           "198.51.100.139", "4DTn4Bx86Cz9", addr("دائرة الدراسات - غرفة صحار", "studies@soharchamber.example.om"),
           hdr(subj), mso_id("PA4PR02MB6720C8B1E5D3A946", "eurprd02"), body,
           extra=outlook(hdr(subj), "Adb4Qp1Wr3Et6Yu9Io2Pa5Sd8Fg0Hj==", lang="ar-OM", has_attach="yes"))
    add(9, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منى بنت سالم البلوشية", "مديرة دائرة سوق العمل", "الغرفة الإقليمية للتجارة والصناعة بصحار",
           ["roundtable"], 3)],
        report_attachments=M09_FILES,
        notes="both, on time: a chamber of commerce's formal letter ('الرقم', 'التاريخ', 'المرفقات:') sends its "
              "report as a PDF plus a statistical annex in Word, and the letter presents the annex as part of the "
              "submission ('ومعه الملحق الإحصائي', listed under 'المرفقات'), so both files are listed. The speaker "
              "is introduced with the Omani honorific 'الفاضلة/' (dropped) and 'بنت' kept in the name; 'المائدة "
              "المستديرة المواضيعية الثالثة' = 3. The signer ('د.') is not the speaker; 412 firms, 2020 and the "
              "letter date are not event data. Outlook, base64, Date in UTC+4."))


# ================================================================ 10  EN  speaker  hotel group: public affairs director nominates the Chief People Officer
M10_ID = mso_id("VI1PR09MB3384F2A7D0C5E816", "eurprd09")
M10_SUBJ = "Speaker nomination – Sahara Crest Hotels & Resorts – Roundtable 1"
M10_QID = "4DVc9Mr24Sz6"
M10_LIST = "public.affairs@saharacrest.example.com"
SC_DISCL = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is confidential and may be legally "
            "privileged. It is intended solely for the addressee. If you are not the intended recipient, any "
            "disclosure, copying or distribution is prohibited; please notify the sender and delete this message. "
            "Sahara Crest Hotels & Resorts accepts no responsibility for any loss arising from its use.")


def m10():
    when = at("2021-02-02 12:14:08")
    l1, l2 = "image001.png@01D6F957.2D8E6A30", "image002.png@01D6F957.2D8E6A30"
    text = """Dear Secretariat,

I hope this email finds you well.

Sahara Crest Hotels & Resorts would be honoured to contribute to the Regional Review of the Global Compact for Migration in the Arab region. With 31 properties in Jordan, the UAE, Oman and Egypt and some 6,500 colleagues of 42 nationalities, hospitality is one of the sectors where fair recruitment is won or lost.

We would like to nominate Ms. Joanna Mikhael, our Chief People Officer, for a floor intervention in Roundtable 1. Joanna has led the overhaul of our recruitment model since 2018, including the decision to cover all recruitment-related costs for colleagues hired from abroad and to bring our overseas agencies under a single code of conduct. She would speak to the practical side of that commitment: what it costs an employer, and what it changes for retention.

For completeness, our Sustainability team is finalising Sahara Crest's voluntary GCM review report and will send it to you separately before 16 February.

Joanna and our Public Affairs team are copied. Please do not hesitate to reach out should you need anything further, such as a short bio or a photo.

Kind regards,

Rami Tannous
Director of Public Affairs & Government Relations
Sahara Crest Hotels & Resorts
Corporate Office | 5th Floor, Zahran Plaza, Amman 11183, Jordan
Office +962 6 500 0000 | Direct +962 6 500 0042 | Mobile +962 79 500 0000
rami.tannous@saharacrest.example.com | saharacrest.example.com
[cid:%s]
Now open: Sahara Crest Aqaba Bay Resort. Book direct at saharacrest.example.com
[cid:%s]

%s
""" % (l1, l2, SC_DISCL)
    body = outlook_body(text, "VI1PR09MB3384F2A7D0C5E816", "EN-US",
                        [img(l1, "image001.png", 120, 40, (150, 110, 40)), img(l2, "image002.png", 480, 90, (20, 90, 130))],
                        small_from="CONFIDENTIALITY NOTICE")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur09on2081.outbound.protection.outlook.example.com",
           "198.51.100.81", M10_QID, "Rami Tannous <rami.tannous@saharacrest.example.com>", hdr(M10_SUBJ, enc="Q"), M10_ID, body,
           cc="Joanna Mikhael <joanna.mikhael@saharacrest.example.com>, Public Affairs <%s>" % M10_LIST,
           extra=outlook(hdr(M10_SUBJ, enc="Q"), "Adb5Fm2Kq8Lr4Nt0Pv6Xw1Zy3Bc5Dd==", lang="en-US"))
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joanna Mikhael", "Chief People Officer", "Sahara Crest Hotels & Resorts", ["roundtable"], 1)],
        notes="a hotel group's public affairs director nominates its Chief People Officer for 'Roundtable 1' ('Ms.' "
              "dropped; '&' in the company name). 'our Sustainability team is finalising ... voluntary GCM review "
              "report and will send it to you separately' announces a report without sending it: speaker_request, "
              "not both. The report comes from another colleague in h300-19. Signature with three phone lines, "
              "logo, a hotel-opening banner and a confidentiality notice. The Cc'd distribution list rejects our "
              "acknowledgement (h300-11)."))


# ================================================================ 11  EN  bounce  the Cc'd distribution list of 10 only accepts internal senders
def m11():
    when = at("2021-02-02 12:14:39")
    diag = ["550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required;",
            "Delivery restriction check failed because the sender was not authenticated",
            "when sending to this group [VI1EUR09FT017.eop-EUR09.prod.protection.outlook.example.com]"]
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rami Tannous <rami.tannous@saharacrest.example.com>\n"
            "Cc: Joanna Mikhael <joanna.mikhael@saharacrest.example.com>, Public Affairs <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M10_LIST, M10_SUBJ.replace("–", "-"), rfcdate(when - dt.timedelta(seconds=12)),
                                  ack_mid(M10_QID), M10_ID, M10_ID))
    m = postfix_bounce(when, "4DVd0Gk51Tz2", M10_LIST, "saharacrest-example-com.mail.protection.outlook.example.com",
                       "198.51.100.40", diag, "5.7.133", hdrs, "4DVd0Gk51Tz2.1612260879/mx1.iom.int",
                       "<20210202101439.4DVd0Gk51Tz2@mx1.iom.int>")
    add(11, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the copy of our acknowledgement of h300-10 sent to the Cc'd corporate distribution "
              "list: Exchange Online rejects external senders to the group (550 5.7.133 "
              "SenderNotAuthenticatedForGroup), quoted in the notice and in Diagnostic-Code; the returned headers "
              "carry h300-10's subject about a speaker nomination. Never acknowledge; thread_of null as for dev "
              "bounces."))


# ================================================================ 12  FR  both  Tunisian federation of recruitment companies: provisional report + a rapporteur
M12_ID = mso_id("PR3P264MB0918A1C6E4D7B295", "FRAP264")
M12_SUBJ = "FNESR – Contribution volontaire à l'examen régional du PMM et proposition d'un rapporteur"
M12_QID = "4DWm3Qz70Hz8"
M12_FILE = "FNESR - Rapport volontaire PMM 2021 (version provisoire).docx"
M12_SIG = """Amel Gharbi
Chargée de mission RSE et Affaires publiques
Fédération Nationale des Entreprises de Services et de Recrutement (FNESR)
Rue du Lac Malaren, Les Berges du Lac, 1053 Tunis – Tunisie
Tél. : +216 71 000 100 / +216 71 000 101 – Fax : +216 71 000 199 – GSM : +216 22 000 000
www.fnesr.example.tn"""
M12_TEXT = """Madame, Monsieur,

Au nom de la Fédération Nationale des Entreprises de Services et de Recrutement (FNESR), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire d'examen du Pacte mondial pour les migrations.

Ce document, élaboré avec nos 64 entreprises adhérentes (agences de placement à l'étranger, entreprises de travail temporaire, sociétés de services), fait le point sur le cadre tunisien du placement à l'international, sur la charte de recrutement équitable adoptée par notre Fédération en 2019 et sur les difficultés rencontrées face aux intermédiaires non agréés. Il s'agit d'une version soumise à la validation de notre Bureau exécutif, qui se réunit le 12 février ; nous vous ferons parvenir la version définitive si des modifications y sont apportées.

Par ailleurs, la FNESR souhaite proposer M. Karim Ben Salah, Vice-président de la Fédération et Président de la Commission Mobilité internationale, comme rapporteur chargé de présenter les messages clés des parties prenantes.

Restant à votre disposition, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

""" + M12_SIG + "\n"


def m12():
    when = at("2021-02-03 10:12:51")
    doc = make_docx(["Fédération Nationale des Entreprises de Services et de Recrutement (FNESR)",
                     "Rapport volontaire – Examen régional du Pacte mondial pour les migrations – VERSION PROVISOIRE",
                     "1. Le cadre tunisien du placement à l'international", "2. La charte de recrutement équitable (2019)",
                     "3. Les intermédiaires non agréés", "4. Recommandations"])
    body = outlook_body(M12_TEXT, "PR3P264MB0918A1C6E4D7B295", "FR", atts=[attach(DOCX, doc, M12_FILE)])
    m = mk(when, sent_at(when, 1, 9), "mail-pr3fra01on2103.outbound.protection.outlook.example.com",
           "198.51.100.103", M12_QID, "Amel Gharbi <a.gharbi@fnesr.example.tn>", hdr(M12_SUBJ, enc="Q"), M12_ID, body,
           extra=outlook(hdr(M12_SUBJ, enc="Q"), "Adb6Ke4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kz==", lang="fr-FR", has_attach="yes"))
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karim Ben Salah", "Vice-président de la Fédération et Président de la Commission Mobilité internationale",
           "Fédération Nationale des Entreprises de Services et de Recrutement (FNESR)", ["rapporteur"])],
        report_attachments=[M12_FILE],
        notes="both, on time: a federation of recruitment companies sends a report announced as provisional "
              "('version provisoire' in the file name, to be validated on 12 February: still a report) and "
              "proposes its vice-president 'comme rapporteur chargé de présenter les messages clés' ('M.' dropped; "
              "double title). The signer is not the speaker; 64 firms and 2019 are not event data. Outlook, Date "
              "in UTC+1. The final version replaces the report in h300-22."))


# ================================================================ 13  AR  speaker  Riyadh recruitment company: two nominees, company profile attached
M13_PROFILE = "الملف التعريفي - شركة رواحل للاستقدام 2021.pdf"


def m13():
    when = at("2021-02-04 10:47:22")
    subj = "ترشيح متحدثين - شركة رواحل للاستقدام والخدمات العمالية"
    bn = "image001.png@01D6FAE0.7F3C2B10"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة                    المحترمين

السلام عليكم ورحمة الله وبركاته، وبعد،

تهديكم شركة رواحل للاستقدام والخدمات العمالية أطيب التحيات، ويسعدها المشاركة في أعمال المؤتمر الإقليمي لاستعراض الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، انطلاقاً من التزامها بمبادئ الاستقدام العادل وحرصها على الإسهام في تحقيق مستهدفات رؤية المملكة 2030 في تطوير سوق العمل.

وعليه نرشح:
1. الأستاذ عبدالرحمن بن فهد العتيبي، الرئيس التنفيذي، لإلقاء كلمة في الجلسة العامة.
2. الأستاذة نوف بنت عبدالله القحطاني، مديرة الامتثال والاستقدام العادل، للمشاركة بمداخلة في المائدة المستديرة الرابعة.

ونرفق لكم الملف التعريفي للشركة للاطلاع.

وتقبلوا خالص التحية والتقدير،

ريم الشهري
أخصائية أولى - الاتصال المؤسسي والعلاقات العامة
شركة رواحل للاستقدام والخدمات العمالية
الرياض - حي العليا - طريق الملك فهد
الرقم الموحد: 920000000 | هاتف: +966 11 000 0000 تحويلة 230 | جوال: +966 55 000 0000
واتساب الأعمال: +966 55 000 0001
[cid:%s]
حمّل تطبيق رواحل الآن - استقدم بكل شفافية ودون رسوم خفية

تنبيه: هذه الرسالة ومرفقاتها سرية ومعدة لاستخدام المرسل إليه فقط. إذا وصلتك عن طريق الخطأ فيرجى إشعار المرسل وحذفها فوراً.
Disclaimer: This email and its attachments are confidential and intended for the addressee only.
""" % bn
    profile = make_pdf(["RAWAHEL Recruitment & Labour Services Co.", "Company Profile 2021",
                        "Licensed by the Ministry of Human Resources and Social Development",
                        "Domestic and skilled labour recruitment", "Our values: transparency, fairness, compliance",
                        "Riyadh - Jeddah - Dammam"])
    body = outlook_body(text, "AS8PR10MB5462B9E3F1C7D028", "AR-SA", [img(bn, "image001.png", 460, 70, (0, 120, 110))],
                        rtl=True, b64=True, atts=[attach("application/pdf", profile, M13_PROFILE)],
                        small_from="تنبيه:")
    m = mk(when, sent_at(when, 3, 10), "mail-as8eur10on2064.outbound.protection.outlook.example.com",
           "198.51.100.64", "4DXr6Lc13Fz4", addr("ريم الشهري - رواحل", "r.alshehri@rawahel.example.sa"), hdr(subj),
           mso_id("AS8PR10MB5462B9E3F1C7D028", "EURPRD10"), body,
           extra=outlook(hdr(subj), "Adb6vW3Ex9Rc2Tv5By8Nu1Mi4Ko7Lp==", lang="ar-SA", has_attach="yes"))
    raw = "شركة رواحل للاستقدام والخدمات العمالية"
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبدالرحمن بن فهد العتيبي", "الرئيس التنفيذي", raw, ["plenary"]),
        sp("نوف بنت عبدالله القحطاني", "مديرة الامتثال والاستقدام العادل", raw, ["roundtable"], 4)],
        notes="a Saudi recruitment company's corporate communications officer nominates two people in a numbered "
              "list: 'الأستاذ'/'الأستاذة' dropped, 'بن'/'بنت' kept; 'كلمة في الجلسة العامة' = plenary, 'المائدة "
              "المستديرة الرابعة' = 4. The only attachment is the company profile ('للاطلاع'), not a report, so "
              "speaker_request only. PR language (Vision 2030), an app banner, a unified number and WhatsApp "
              "line, bilingual disclaimer; the signer is not a speaker. Outlook, base64, Date in UTC+3."))


# ================================================================ 14  EN  other  remittance app: sponsorship offer and three staff registering to attend
def m14():
    when = at("2021-02-04 15:20:05")
    subj = "Partnership opportunity & registration – HawalaPay at the GCM Regional Review"
    text = """Hi there,

I'm reaching out from HawalaPay, the digital remittance app used by more than 600,000 migrant workers across the GCC to send money home at transparent, low fees.

We're big believers in GCM Objective 20 (faster, safer and cheaper remittances) and we'd love to support the Regional Review. A few ideas:
- sponsoring the coffee breaks or the lunch on 24 February (with light branding only, of course);
- offering free transfers for a month to the migrant worker representatives who attend;
- a short video on financial inclusion that could be played between sessions.

Separately, three of us would like to register to attend the conference: our Chief Executive, Hani Sabbagh, our Head of Compliance, Lara Nassif, and myself. Hani is happy to join as a guest and does not need a speaking slot.

Could you let me know who the right person is to discuss partnerships, and how we register?

Thanks so much!

Sara Qasem
Marketing & Partnerships Manager | HawalaPay
Dubai Internet City, Building 00, Dubai, UAE
M +971 55 000 0000 | T +971 4 000 0000
hawalapay.example.com | Instagram @hawalapay | LinkedIn /company/hawalapay
Send money home in seconds - download HawalaPay on the App Store and Google Play

HawalaPay FZ-LLC is licensed and regulated as a payment service provider. This email is intended only for the named recipient(s) and may contain confidential information.
"""
    body = alt(text, "0000000000004be17a05ba8e2c19", html=gmail_html(text))
    m = mk(when, sent_at(when, 4, 6), "mail-pj1-f53.google.example.com", "192.0.2.53", "4DXz2Wp58Kz3",
           "Sara Qasem <sara.qasem@hawalapay.example.com>", hdr(subj, enc="Q"),
           "<CAJ7mRq4Tx1vW8nK+f2Lp5Zb9cH3yDs6eG0@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a remittance company's marketing manager offers sponsorship and registers three staff to attend; the "
              "category turns on one sentence: the CEO is named with his title but 'is happy to join as a guest and "
              "does not need a speaking slot', so no speaker. PR tone, GCM Objective 20, 600,000 users and 24 "
              "February (a lunch) are not request data. Google Workspace (Gmail) with social handles and an app "
              "line in the signature, Date in UTC+4."))


# ================================================================ 15  FR  speaker  Agadir agri-food group: the CEO's assistant at 23:47 on the speaker deadline
M15_ID = mso_id("MRZP264MB2470D3F8B1A6C594", "FRAP264")
M15_SUBJ = "Demande d'intervention en séance plénière – M. Omar Lazrak, PDG du Groupe Sanabil"
M15_QID = "4DYv8Nk02Rz6"
M15_CEO = "o.lazrak@sanabil-groupe.example.ma"


def m15():
    when = at("2021-02-05 23:47:31")
    lg = "image001.png@01D6FBF3.1A2B3C40"
    text = """Madame, Monsieur,

Je vous prie de bien vouloir excuser l'heure tardive de ce message.

Sur instruction de M. Omar Lazrak, Président-Directeur Général du Groupe Sanabil Agro-Industrie, j'ai l'honneur de vous faire part de son souhait d'intervenir en séance plénière lors de la Conférence régionale des 24 et 25 février 2021.

Le Groupe emploie chaque saison plus de 5 000 ouvrières et ouvriers agricoles dans ses exploitations du Souss et du Gharb, dont une part croissante de travailleurs venus d'Afrique subsaharienne, et participe depuis 2019 au programme de recrutement circulaire de travailleuses saisonnières vers l'Espagne. M. Lazrak souhaiterait présenter les engagements du Groupe en matière de recrutement équitable, de logement et de transport des saisonniers.

M. Lazrak n'a pu valider sa participation qu'à son retour de déplacement ce soir, d'où l'envoi de cette demande à une heure aussi tardive. Il est en copie de ce message.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Salma Idrissi
Assistante de Direction – Présidence
Groupe Sanabil Agro-Industrie
Km 9, Route de Biougra, Agadir – Maroc
Tél. : +212 5 28 00 00 00 | Ligne directe : +212 5 28 00 00 01 | GSM : +212 6 62 00 00 00 | Fax : +212 5 28 00 00 09
[cid:%s]
Sanabil – Du champ à votre table, en toute responsabilité.

Ce message et les pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous n'êtes pas le destinataire de ce message, merci de le détruire et d'en avertir l'expéditeur.
""" % lg
    body = outlook_body(text, "MRZP264MB2470D3F8B1A6C594", "FR", [img(lg, "image001.png", 150, 50, (46, 125, 50))],
                        small_from="Ce message et les")
    m = mk(when, sent_at(when, 1, 9), "mail-mr2fra01on2058.outbound.protection.outlook.example.com",
           "198.51.100.58", M15_QID, "Salma Idrissi <s.idrissi@sanabil-groupe.example.ma>", hdr(M15_SUBJ, enc="Q"),
           M15_ID, body, cc="Omar Lazrak <%s>" % M15_CEO,
           extra=outlook(hdr(M15_SUBJ, enc="Q"), "Adb7y4Gh1Jk4Lz7Xc0Vb3Nm6Qw9Er==", lang="fr-FR"))
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Omar Lazrak", "Président-Directeur Général", "Groupe Sanabil Agro-Industrie", ["plenary"])],
        notes="deadline edge: received 23:47:31 Beirut time on Friday 5 February (Date 22:47 +0100, Agadir), so on "
              "time although the assistant apologises twice for 'l'heure tardive'. 'Sur instruction de M. ...': "
              "the speaker is the CEO ('M.' dropped; the subject abbreviates his title to 'PDG'), not the "
              "executive assistant who signs. 5 000 workers and 2019 are history. Outlook with logo and slogan, "
              "disclaimer. The CEO's out-of-office follows (h300-16)."))


# ================================================================ 16  FR  auto_reply  the CEO's out-of-office on our acknowledgement of 15
def m16():
    when = at("2021-02-05 23:48:05")
    text = """Bonjour,

Je suis absent du bureau jusqu'au lundi 8 février 2021 inclus, sans accès régulier à ma messagerie.

Pour toute question urgente, vous pouvez contacter mon assistante, Mme Salma Idrissi, au +212 5 28 00 00 01 ou à l'adresse s.idrissi@sanabil-groupe.example.ma.

Bien cordialement,

Omar Lazrak
Président-Directeur Général
Groupe Sanabil Agro-Industrie
"""
    body = alt(text, "_000_MRZP264MB24709E2C5D7A1F36_", html=corp_html(text, "FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M15_SUBJ, enc="Q")
    rows = std_rows(when, "mail-mr2fra01on2058.outbound.protection.outlook.example.com", "198.51.100.58",
                    "4DYv9Cz35Wz1", "Omar Lazrak <%s>" % M15_CEO, subj, rfcdate(sent_at(when, 1, 2)),
                    "<MRZP264MB24709E2C5D7A1F36@MRZP264MB2470.FRAP264.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack_mid(M15_QID)), ("References", M15_ID + " " + ack_mid(M15_QID)),
             ("Thread-Topic", hdr("Accusé de réception - " + M15_SUBJ, enc="Q")), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Inbox-Rules-Loop", M15_CEO)]
    add(16, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office ('Réponse automatique :') of the CEO proposed in h300-15, who was in Cc, "
              "answering our acknowledgement 34 seconds later and still before midnight: signed with his name, "
              "title and group and naming his assistant with 'Mme', so it can look like a speaker request on the "
              "deadline day. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 17  EN  speaker  London audit firm: 22:21 in London = 00:21 in Beirut, 21 minutes late
def m17():
    when = at("2021-02-06 00:21:14")
    subj = "Speaking request - open discussion, 23 February"
    text = """Dear colleagues,

I hope I'm just in time for today's deadline for speaking requests - it's been one of those Fridays.

I'd like to ask for the opportunity to take part in the open discussion of the multi-stakeholder consultation on 23 February. Over the past five years my firm has carried out more than 140 social-compliance audits of recruitment agencies and labour supply companies in the Gulf, Jordan and Lebanon on behalf of brands, contractors and hotel groups. I'd like to offer some frank observations from that work: where audits catch fee-charging and contract substitution, where they systematically don't, and why buyers' purchasing practices matter as much as what recruiters do.

I'd be speaking for ERAP, not on behalf of any of our clients.

Many thanks for considering this.

Best wishes,
Tom

--
Tom Ashcroft
Managing Director
Ethical Recruitment Audit Partners Ltd (ERAP)
12 Example Court, London EC1A 0AA, United Kingdom
T +44 20 0000 0000 | M +44 7700 900000
Ethical Recruitment Audit Partners Ltd is registered in England and Wales, company no. 00000000.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style='
            '"word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">%s</body>'
            '</html>\n' % "".join("<div>%s</div>" % (esc(x) if x else '<br class="">') for x in text.rstrip("\n").split("\n")))
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "Apple-Mail=_5D2E8A71-4C3B-49F0-B6A2-81E7C0D94F53")
    m = mk(when, sent_at(when, 0, 6), "smtp.erap.example.co.uk", "203.0.113.88", "4DZ0xTb47Qz9",
           "Tom Ashcroft <tom.ashcroft@erap.example.co.uk>", subj,
           "<9C4F2A1B-7E63-4D85-A0B9-3F6E1C82D047@erap.example.co.uk>", body, extra=[("X-Mailer", APPLE)])
    add(17, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Tom Ashcroft", "Managing Director", "Ethical Recruitment Audit Partners Ltd (ERAP)", ["open_discussion"])],
        notes="deadline edge, late: the Date header says Friday 5 February 22:21 +0000 (London) and the sender hopes "
              "he is 'just in time for today's deadline', but that is 00:21 on Saturday 6 February in Beirut: 21 "
              "minutes late. Self-nomination signed 'Tom'; full name, title and firm only in the signature after "
              "'--'; 'I'd be speaking for ERAP' confirms the affiliation. 'the open discussion of the "
              "multi-stakeholder consultation on 23 February' = open_discussion; five years and 140 audits are not "
              "event data. Apple Mail."))


# ================================================================ 18  AR  both  Egyptian placement company: report PDF + a speaker after the speaker deadline
M18_FILE = "تقرير النيل الذهبي الطوعي - الاستعراض الإقليمي 2021.pdf"


def m18():
    when = at("2021-02-09 11:36:48")
    subj = "التقرير الطوعي لشركة النيل الذهبي + طلب كلمة"
    text = """السادة أمانة الاستعراض الإقليمي،
تحية طيبة،

مرفق لحضراتكم التقرير الطوعي لشركة النيل الذهبي لإلحاق العمالة المصرية بالخارج (ترخيص وزارة القوى العاملة رقم 1432)، وبيتكلم عن تجربتنا في تسفير العمالة المصرية لدول الخليج والأردن من غير ما العامل يدفع أي رسوم، وعن المشاكل اللي بنشوفها مع السماسرة غير المرخصين في القرى.

وكمان حابين نطلب كلمة للأستاذ مجدي فاروق عبد السلام، العضو المنتدب، في المائدة المستديرة الأولى. إحنا عارفين إن ميعاد طلبات الكلمة كان 5 فبراير وفات، بس التقرير أخد وقت أكتر من المتوقع وكنا عايزين نبعت الاتنين مع بعض، فلو فيه أي فرصة نكون شاكرين جداً.

وتفضلوا بقبول فائق الاحترام،
هبة الله سمير
مسؤولة العلاقات العامة
شركة النيل الذهبي لإلحاق العمالة المصرية بالخارج
القاهرة - مدينة نصر - 00 شارع مكرم عبيد
ت: 02 0000 0000 - 02 0000 0001 | موبايل/واتساب: 0100 000 0000
"""
    pdf = rep_pdf("Voluntary GCM review report", "Golden Nile Company for the Placement of Egyptian Workers Abroad",
                  ["Licence no. 1432 - who we are", "Placement without fees to the worker",
                   "Unlicensed brokers in villages", "Recommendations"])
    a = alt(text, "000000000000a3c81f05bae71d42", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "000000000000a3c82105bae71d44")
    m = mk(when, sent_at(when, 2, 9), "mail-wr1-f48.google.example.com", "192.0.2.48", "4F0Ls72Jdz3",
           addr("Heba Samir - Golden Nile", "goldennile.pr@gmail.example.com"), hdr(subj),
           "<CAPk3Wn8Rt5vL2mQ+h6Xb1Zc9sJ4yFd7eT0@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مجدي فاروق عبد السلام", "العضو المنتدب", "شركة النيل الذهبي لإلحاق العمالة المصرية بالخارج",
           ["roundtable"], 1)],
        report_attachments=[M18_FILE],
        notes="both on 9 February: the report is on time but the speaker part is after the 5 February deadline (the "
              "sender says so: 'ميعاد طلبات الكلمة كان 5 فبراير وفات'), so on_time false; still acknowledged. "
              "Egyptian colloquial; 'الأستاذ' dropped; 'العضو المنتدب' (managing director) as written; 'المائدة "
              "المستديرة الأولى' = 1. The licence number 1432 is not event data; the signer (PR officer) is not "
              "the speaker. Gmail, base64, Latin display name."))


# ================================================================ 19  EN  report  the hotel group's CSR manager sends the report (another colleague than 10)
M19_FILE = "Sahara Crest - Voluntary GCM Review Report 2021 - Hospitality Without Hidden Costs.pdf"


def m19():
    when = at("2021-02-12 09:05:17")
    subj = "Sahara Crest Hotels & Resorts – Voluntary GCM Review Report"
    l1, l2 = "image001.png@01D70113.4C6E2A80", "image002.png@01D70113.4C6E2A80"
    text = """Dear Secretariat,

Further to my colleague Rami Tannous's email of 2 February nominating our Chief People Officer for Roundtable 1, I am delighted to share Sahara Crest Hotels & Resorts' voluntary GCM review report (attached).

Our report, "Hospitality Without Hidden Costs", documents how we took recruitment fees out of the equation for 2,300 colleagues hired from abroad between 2018 and 2020, what our worker voice survey across 31 properties told us, and where we still fall short, notably with outsourced security and cleaning contractors. We are proud of the progress, and honest about the journey ahead.

Please note that the report is shared for the purposes of the Regional Review and is not yet public; we plan to publish it on our website in March.

Warm regards,

Leen Haddad
Sustainability & CSR Manager
Sahara Crest Hotels & Resorts
Corporate Office | 5th Floor, Zahran Plaza, Amman 11183, Jordan
Office +962 6 500 0000 | Direct +962 6 500 0057 | Mobile +962 77 500 0000
leen.haddad@saharacrest.example.com | saharacrest.example.com
[cid:%s]
Now open: Sahara Crest Aqaba Bay Resort. Book direct at saharacrest.example.com
[cid:%s]

%s
""" % (l1, l2, SC_DISCL)
    pdf = rep_pdf("Hospitality Without Hidden Costs - Voluntary GCM review report 2021", "Sahara Crest Hotels & Resorts",
                  ["Taking recruitment fees out of the equation (2018-2020)", "Worker voice survey, 31 properties",
                   "Outsourced security and cleaning: where we fall short", "Commitments for 2021-2023"])
    body = outlook_body(text, "VI1PR09MB3384A6E1C9D2F047", "EN-US",
                        [img(l1, "image001.png", 120, 40, (150, 110, 40)), img(l2, "image002.png", 480, 90, (20, 90, 130))],
                        atts=[attach("application/pdf", pdf, M19_FILE)], small_from="CONFIDENTIALITY NOTICE")
    m = mk(when, sent_at(when, 2, 8), "mail-vi1eur09on2081.outbound.protection.outlook.example.com",
           "198.51.100.81", "4F2Wq58Mkz7", "Leen Haddad <leen.haddad@saharacrest.example.com>", hdr(subj, enc="Q"),
           mso_id("VI1PR09MB3384A6E1C9D2F047", "eurprd09"), body,
           cc="Rami Tannous <rami.tannous@saharacrest.example.com>",
           extra=outlook(hdr(subj, enc="Q"), "AdcBFk7Lq2Nr5Pt8Rv1Tx4Vz7Xb0Zd==", lang="en-US", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="the report of the hotel group of h300-10, sent ten days later by another colleague (CSR manager, the "
              "speaker request's author in Cc): a separate submission, not a reply (no In-Reply-To/References), "
              "so thread_of null. 'my colleague ... nominating our Chief People Officer for Roundtable 1' recalls "
              "the earlier request without making it again: voluntary_report, not both. PR language; 'not yet "
              "public' is a confidentiality note, not a withdrawal; 2,300, 2018-2020 and March are not event data. "
              "Same signature banner and notice as h300-10."))


# ================================================================ 20  FR  report  network of recruitment agencies: report PDF + a press release DOCX
M20_FILE = "RMRE_Rapport_volontaire_PMM_2021.pdf"
M20_PRESS = "Communiqué de presse RMRE – février 2021.docx"


def m20():
    when = at("2021-02-15 17:02:39")
    subj = "Rapport volontaire du RMRE – examen régional du Pacte mondial"
    text = """Bonjour,

Le Réseau Méditerranéen pour le Recrutement Équitable (RMRE), qui fédère 37 agences de recrutement privées engagées au Maroc, en Tunisie, au Liban et en Jordanie, est fier de vous transmettre son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations.

Fruit de six mois de travail avec nos agences membres, ce rapport montre qu'un autre modèle de recrutement est possible : zéro frais pour les candidats, contrats traduits et signés avant le départ, mécanisme de plainte commun à toutes les agences du réseau. Il présente aussi, sans fard, les obstacles que nous rencontrons.

Nous joignons également, pour information, le communiqué de presse que nous diffuserons après la conférence ; il n'a pas vocation à faire partie du rapport.

Bien à vous,

Inès Chaabane
Chargée de communication et de plaidoyer
Réseau Méditerranéen pour le Recrutement Équitable (RMRE)
Tél. : +216 70 000 000 | +33 1 00 00 00 00 | Mobile : +216 55 000 000
Suivez-nous : Facebook / LinkedIn / Twitter @RMRE_Med
#RecruterÉquitablement
"""
    pdf = rep_pdf("Rapport volontaire - Reseau Mediterraneen pour le Recrutement Equitable (RMRE)",
                  "37 agences de recrutement - Maroc, Tunisie, Liban, Jordanie",
                  ["Zero frais pour les candidats", "Contrats traduits et signes avant le depart",
                   "Un mecanisme de plainte commun", "Les obstacles", "Recommandations"])
    press = make_docx(["COMMUNIQUÉ DE PRESSE – Pour diffusion après le 25 février 2021",
                       "Le RMRE porte la voix du recrutement équitable à l'examen régional du Pacte mondial",
                       "Tunis, le … février 2021 – Le Réseau Méditerranéen pour le Recrutement Équitable …",
                       "Contact presse : Inès Chaabane"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", pdf, M20_FILE), attach(DOCX, press, M20_PRESS)],
                 "------------A41C07E92B5D3F6810C2E7D9")
    m = mk(when, sent_at(when, 1, 7), "smtp.rmre.example.org", "203.0.113.120", "4F4Rn36Ybz0",
           addr("Inès Chaabane", "communication@rmre.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<b7e2c41d-9f3a-4e58-a6d0-2c91f7e5b834@rmre.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="a network of private recruitment agencies sends its report in PR language ('est fier de vous "
              "transmettre'); the second attachment is a press release ('il n'a pas vocation à faire partie du "
              "rapport'; accented name with an en dash, RFC 2231 + RFC 2047), so only the PDF is the report. No "
              "speaker; hashtags and social handles in the signature; 37 agencies and six months are not event data. "
              "Thunderbird, format=flowed, 8bit, Date in UTC+1."))


# ================================================================ 21  AR  other  Kuwaiti facility-management company asks for an extension, company profile attached
def m21():
    when = at("2021-02-16 10:20:33")
    subj = "استفسار بخصوص موعد تسليم التقرير الطوعي"
    text = """السلام عليكم ورحمة الله وبركاته،

تحية طيبة وبعد،

نحن في شركة الدانة لإدارة المرافق والخدمات المتكاملة (الكويت) نعمل على إعداد تقرير طوعي عن تجربة الشركة في الاستقدام العادل لأكثر من 7,000 عامل في مجالات النظافة والحراسة والصيانة، وكنا نأمل تقديمه ضمن الاستعراض الإقليمي.

لكن التقرير يحتاج إلى اعتماد مجلس الإدارة، واجتماع المجلس القادم محدد يوم الأحد 21 فبراير. فهل يمكن تمديد المهلة لنا إلى يوم 25 فبراير؟ أو هل يمكن أن نرسل اليوم مسودة غير معتمدة ثم النسخة المعتمدة بعد الاجتماع؟

أرفقنا لكم الملف التعريفي للشركة للتعريف بنشاطها فقط.

نرجو التكرم بالرد في أقرب وقت، لأن الموعد الحالي ينتهي اليوم حسب ما فهمنا.

وتقبلوا تحياتي،

عبدالله ناصر العنزي
رئيس قسم الاستدامة والمسؤولية الاجتماعية
شركة الدانة لإدارة المرافق والخدمات المتكاملة
هاتف: +965 2200 0000 داخلي 412 | نقال: +965 9900 0000 | فاكس: +965 2200 0009

هذه الرسالة سرية ومخصصة للمرسل إليه فقط. This e-mail is confidential and intended for the addressee only.
"""
    prof = make_pdf(["AL DANA Integrated Facility Management & Services Co.", "Company Profile 2021",
                     "Cleaning - Security - Maintenance", "7,000+ employees", "Kuwait City"])
    body = outlook_body(text, "DB9PR08MB6843F1A2C7E5B093", "AR-KW", rtl=True, b64=True,
                        atts=[attach("application/pdf", prof, "Al Dana FM - Company Profile 2021.pdf")])
    m = mk(when, sent_at(when, 3, 8), "mail-db9eur08on2128.outbound.protection.outlook.example.com",
           "198.51.100.128", "4F5Kp91Vcz5", addr("عبدالله العنزي", "a.alenezi@aldana-fm.example.com.kw"), hdr(subj),
           mso_id("DB9PR08MB6843F1A2C7E5B093", "eurprd08"), body,
           extra=outlook(hdr(subj), "AdcEBr2Ts5Uv8Wx1Yz4Ab7Cd0Ef3Gh==", lang="ar-KW", has_attach="yes"))
    add(21, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="on the report deadline day a company asks for an extension (board approval on 21 February) or "
              "whether to send an unapproved draft today: the report is only being prepared, and the one attachment "
              "is the company profile 'للتعريف بنشاطها فقط', not a report, so other (no report_attachments). 7,000 "
              "workers, 21 and 25 February are not submission data. Outlook, base64, Date in UTC+3."))


# ================================================================ 22  FR  report  the federation of 12 sends the final version (reply to our acknowledgement)
M22_FILE = "FNESR - Rapport volontaire PMM 2021 (version définitive).pdf"


def m22():
    when = at("2021-02-16 15:40:12")
    ack = ack_mid(M12_QID)
    text = """Madame, Monsieur,

Suite à la réunion de notre Bureau exécutif du 12 février, veuillez trouver ci-joint la version définitive du rapport volontaire de la FNESR, qui annule et remplace la version provisoire transmise le 3 février. Les modifications portent principalement sur la partie consacrée aux intermédiaires non agréés et sur les recommandations.

La proposition de M. Karim Ben Salah comme rapporteur reste inchangée.

Bien cordialement,

""" + M12_SIG + """

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mercredi 3 février 2021 09:14
À : Amel Gharbi <a.gharbi@fnesr.example.tn>
Objet : Accusé de réception - """ + M12_SUBJ + "\n\n" + ack_text_fr(M12_SUBJ, "votre rapport volontaire et de votre "
                                                                              "demande d'intervention") + "\n"
    pdf = rep_pdf("Rapport volontaire - FNESR - VERSION DEFINITIVE", "Federation Nationale des Entreprises de Services "
                  "et de Recrutement (FNESR)", ["Le cadre tunisien du placement a l'international",
                                                "La charte de recrutement equitable (2019)",
                                                "Les intermediaires non agrees (revu)", "Recommandations (revues)"])
    body = outlook_body(text, "PR3P264MB09185C7A2E1D4B68", "FR", atts=[attach("application/pdf", pdf, M22_FILE)])
    subj = "RE: Accusé de réception - " + M12_SUBJ
    m = mk(when, sent_at(when, 1, 8), "mail-pr3fra01on2103.outbound.protection.outlook.example.com",
           "198.51.100.103", "4F5Xc24Hnz8", "Amel Gharbi <a.gharbi@fnesr.example.tn>", hdr(subj, enc="Q"),
           mso_id("PR3P264MB09185C7A2E1D4B68", "FRAP264"), body,
           extra=[("In-Reply-To", ack), ("References", M12_ID + " " + ack)]
           + outlook(hdr(subj, enc="Q"), "Adb6Ke4Rt7Yu0Io3Pa6Sd9Fg2Hj5KzAB3cQw==", lang="fr-FR", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE], thread_of=H % 12,
        notes="Outlook reply to our acknowledgement of h300-12 (References name h300-12) with the final report, which "
              "'annule et remplace' the provisional DOCX: a revised report, on time (16 February, 15:40), thread_of "
              "h300-12. 'La proposition de M. Karim Ben Salah comme rapporteur reste inchangée' only says the "
              "earlier proposal stands, so no speaker and not 'both'. The quoted acknowledgement (not "
              "'>'-prefixed, French Outlook header) mentions the report and the request again."))


# ================================================================ 23  AR  report  Egyptian business forum's report at 23:54 on the report deadline
M23_FILE = "التقرير الطوعي - ملتقى أصحاب الأعمال - فبراير 2021.pdf"


def m23():
    when = at("2021-02-16 23:54:10")
    subj = "عاجل - التقرير الطوعي لملتقى أصحاب الأعمال للتوظيف المسؤول"
    text = """مساء الخير،

مرفق التقرير الطوعي لملتقى أصحاب الأعمال المصريين للتوظيف المسؤول، واللي بيضم 58 شركة في قطاعات الملابس الجاهزة والصناعات الغذائية والمقاولات.

آسف جداً على التأخير لآخر لحظة، كنا مستنيين توقيع رئيس مجلس الإدارة على المقدمة ومجاش غير الساعة 11 بالليل.

يا ريت تأكدوا لي إنه وصل.

شريف الدمرداش
المدير التنفيذي
ملتقى أصحاب الأعمال المصريين للتوظيف المسؤول

Sent from my Samsung Galaxy smartphone.
"""
    pdf = rep_pdf("Voluntary GCM review report", "Egyptian Business Forum for Responsible Employment (58 companies)",
                  ["Ready-made garments, food industries, construction", "Recruitment of migrant and internal workers",
                   "Responsible employment commitments", "Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")))
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), leaf("text/html", html, cte="base64")],
              "--_com.samsung.android.email_1613512450312810")
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "--_com.samsung.android.email_1613512450312800")
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f65.google.example.com", "192.0.2.65", "4F6Dw03Tmz4",
           addr("شريف الدمرداش", "sherif.eldemerdash@gmail.example.com"), hdr(subj),
           "<4qz8w2kt1v9m5-r6n3x7c0b4.1613512450312@email.android.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="deadline edge: received 23:54:10 on Tuesday 16 February in Beirut (Date +0200 from Cairo): on time, "
              "although the subject says 'عاجل' and the sender apologises for 'التأخير لآخر لحظة'. Short Egyptian "
              "colloquial mail from a Samsung phone, base64 text and HTML, Arabic PDF name (RFC 2231 + RFC 2047); "
              "'الساعة 11 بالليل' and 58 companies are not data to extract; the chairman who signed the foreword is "
              "not a speaker."))


# ================================================================ 24  FR  other  Mauritanian employers' group declines and asks how to follow the conference
def m24():
    when = at("2021-02-18 11:08:57")
    subj = "Examen régional du PMM – réponse du GPBTPM"
    text = """Madame, Monsieur,

Nous accusons réception, avec nos remerciements, de votre invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, qui ne nous a été transmise que tardivement par notre ministère de tutelle.

Notre Président, M. Sidi Mohamed Ould Cheikh Bouya, aurait souhaité intervenir en séance plénière au nom des entreprises du secteur, qui emploient une main-d'œuvre nombreuse venue du Mali, du Sénégal et de Guinée. Les délais étant aujourd'hui dépassés, nous ne soumettrons ni demande d'intervention ni rapport volontaire cette année.

Nous souhaiterions toutefois suivre les travaux : pourriez-vous nous indiquer si la conférence sera retransmise en ligne, et si le rapport final et les messages clés seront rendus publics ?

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mariem Mint Ahmed Salem
Secrétaire générale
Groupement Patronal du Bâtiment et des Travaux Publics de Mauritanie (GPBTPM)
Îlot K, Tevragh Zeina, Nouakchott – Mauritanie
Tél. : +222 45 00 00 00 | +222 45 00 00 01 | Mobile : +222 36 00 00 00
"""
    html = ('<html><head></head><body><div class="ydp5c1e8a4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n'
            % "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>")
                      for x in text.rstrip("\n").split("\n")))
    body = alt(text, "----=_Part_6230917_1544907163.1613639333512", html=html)
    m = mk(when, sent_at(when, 0, 5), "sonic302-22.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4F7Hq60Ldz1", "GPBTPM Nouakchott <gpbtpm.nkc@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1613639333512.6230918@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="an employers' group declines after the deadlines: the President is named with a role ('aurait "
              "souhaité intervenir en séance plénière') but the next sentence withdraws both parts ('nous ne "
              "soumettrons ni demande d'intervention ni rapport volontaire'), so no speaker; it asks whether the "
              "conference will be streamed and the key messages published, so acknowledged. 'M.' and the long "
              "Mauritanian name are decoys. Yahoo, generic From name, Date in UTC+0."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
