#!/usr/bin/env python3
"""Write the blind evaluation set holdout303 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets303.py
Theme: organisations of persons with disabilities (OPDs), health and psychosocial-support NGOs and medical
associations (20 January - 18 February 2021).  A Maghreb federation of Deaf associations asking about sign-language
interpretation before it names anyone; a regional disability forum's letter with a nomination table (a Deaf speaker
and her two interpreters, who are not speakers) and a signed nomination form; a Lebanese psychosocial NGO's
windows-1256 labelled lines and, two days later, the correction of the speaker's title in the same thread; a
family physicians' association's report between a cover letter and a logo, and its thank-you to our
acknowledgement; a Moroccan OPD's president (wheelchair user) for the plenary with a DOCX nomination form and, later,
its accessibility questions as a reply to our acknowledgement; a mental-health bulletin from a mailing list; an Iraqi
psychiatrists' league's HTML-only letter proposing a rapporteur and its withdrawal three days later; an Algerian
health NGO's report and a doctor for the open discussion with her CV; a Deaf Ethiopian peer worker writing from her
iPhone; a Tunisian autism parents' association at 22:58 its time (23:58 in Beirut, on time) with two roles; a
physiotherapists' association in Berlin at 23:14 its time (00:14 in Beirut, late) with no role stated, whose Cc'd
colleague answers with an Arabic out-of-office; a Yemeni psychosocial report with a workshop agenda; a Lebanese OPD
network's collective report (DOCX, RFC 2231) with its cover letter; a Jordanian Deaf association in dialect (report
on time, plenary speaker late, interpretation); a psychiatric nurses' association's report with a focal point's CV;
a Kuwaiti association for the blind at 00:59 its time (23:59 in Beirut, on time) apologising for being late; a
Moroccan physiotherapists' report at 23:07 its time (00:07 in Beirut, late) whose Reply-To bounces our
acknowledgement (Exim, multipart/report with the returned message); and a Lebanese psychologists' association asking
late for a rapporteur.  Details in HTML and plain-text tables, labelled lines, prose and signatures; honorifics
(Dr., Ms., Mme, Dre, الدكتورة, الدكتور, الأستاذ) dropped; roles in words.  Helpers from mailgen.py.
"""
import datetime as dt
from email.message import Message
from email.parser import BytesParser, Parser

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, esc, flowed, gmail_html, hdr, html_only, leaf, make_docx,
                     make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, tz, POL)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(303)
add = SET.add
H = "h303-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"
TB_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3608.120.23.2.4)"
IPHONE = "iPhone Mail (18D52)"
MAC_OUTLOOK = "Microsoft-MacOutlook/16.45.21011103"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3869)"
YAHOO = "WebService/1.1.17648 YMailNorrin"


def check_charset(text, charset):
    text.encode(charset)  # fail early if the writer's charset cannot hold the text
    return text


def cs_html(html, charset):
    return html.replace("charset=utf-8", "charset=%s" % charset)


def webmail_html(text):
    """Roundcube-style HTML: one <p> per paragraph, Verdana."""
    paras = "\n".join("<p>%s</p>" % "<br />".join(esc(x) for x in p.split("\n")) for p in text.strip("\n").split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n%s\n</body></html>\n" % paras)


def apple_html(text):
    """Apple Mail: a div per line, <br> for empty lines."""
    lines = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">%s</body></html>\n' % lines)


def table_html(rows, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    head = "".join("<th>%s</th>" % esc(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows[1:])
    return ('<table border="1" cellspacing="0" cellpadding="5"%s style="border-collapse:collapse">'
            '<tr style="background:#e7eef7">%s</tr>%s</table>' % (d, head, body))


def paras_html(text, rtl=False, cls=None):
    d = ' dir="rtl"' if rtl else ""
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s%s>%s</p>" % (c, d, esc(p).replace("\n", "<br>\n")) for p in text.strip("\n").split("\n\n"))


def ack_body(lang, subject, what):
    """The text our acknowledgement carried (as quoted or returned in this set; the service's real one differs)."""
    if lang == "ar":
        return ("السادة المحترمون،\n\nتشكركم أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية على "
                "رسالتكم «%s»، وتؤكد استلام %s. هذه رسالة آلية، يرجى عدم الرد عليها.\n\n"
                "أمانة الاستعراض الإقليمي - الدول العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nNous avons bien reçu votre message « %s » et en particulier %s. Ceci est un "
                "message automatique, merci de ne pas y répondre.\n\nSecrétariat de l'Examen régional du PMM - "
                "États arabes\ngcmrrarabstates@iom.int" % (subject, what))
    return ("Dear colleague,\n\nThis is to confirm that we have received your message \"%s\", including %s. This is "
            "an automatic message; please do not reply to it.\n\nSecretariat, GCM Regional Review - Arab States\n"
            "gcmrrarabstates@iom.int" % (subject, what))


# ================================================================ 01  FR  other  Deaf federation: sign-language questions before naming anyone
def m01():
    when = at("2021-01-20 09:47:12")
    subj = "Interprétation en langue des signes - Examen régional du Pacte mondial"
    text = check_charset("""Madame, Monsieur,

La Fédération Maghrébine des Associations de Sourds (FMAS) a bien reçu votre invitation à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, et vous en remercie.

Une grande partie de nos membres sont des personnes sourdes qui s'expriment en langue des signes. Avant de vous soumettre la candidature d'une intervenante sourde, nous aurions besoin de quelques précisions :

1. Une interprétation en langue des signes est-elle prévue (langue des signes arabe ou langue des signes internationale) pendant la consultation du 23 février et pendant les séances des 24 et 25 février ?

2. Dans le cas contraire, pouvons-nous venir avec nos propres interprètes ? Nous travaillons habituellement avec deux interprètes en langue des signes tunisienne qui se relaient toutes les vingt minutes. Leurs frais de déplacement seraient-ils pris en charge ?

3. La plateforme en ligne permet-elle d'épingler la vidéo de l'interprète et d'afficher un sous-titrage en direct, en français ou en arabe ?

4. Les documents de séance seront-ils envoyés à l'avance dans un format accessible ?

Nos réponses conditionnent notre participation : nous vous serions reconnaissants de nous répondre avant le 5 février, afin que nous puissions décider s'il est utile de proposer une intervenante pour l'une des tables rondes.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sonia Gharbi
Chargée de l'accessibilité et du plaidoyer
Fédération Maghrébine des Associations de Sourds (FMAS)
Tunis
""", "iso-8859-1")
    body = leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.fmas-sourds.example.org", "198.51.100.23", "4DLCq20nWkz3",
           "Sonia Gharbi <s.gharbi@fmas-sourds.example.org>", hdr(subj, "iso-8859-1", "Q"),
           "<8a3e51d2-0c47-4b9e-a1f6-2d7c93e40b15@fmas-sourds.example.org>", body,
           ret="s.gharbi@fmas-sourds.example.org", extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions on sign-language interpretation, the interpreters' costs, live captions and accessible "
              "documents before the federation decides whether to propose 'une intervenante sourde' for 'l'une des "
              "tables rondes': speaking, roundtables, 23-25 February and the 5 February deadline are all mentioned "
              "but nobody is named or proposed (the two interpreters are unnamed). The sender signs with her own "
              "title and the federation's name and acronym, which must not make her a speaker. Thunderbird, "
              "ISO-8859-1 quoted-printable with format=flowed, Q-encoded ISO-8859-1 subject; Date in UTC+1."))


# ================================================================ 02  EN  speaker  regional disability forum: nomination table + signed form
M02_SUBJ = "AFPD nomination of speakers - Regional Review of the GCM (Arab region)"
M02_FORM = "AFPD_Speaker_Nomination_Form_signed.pdf"
M02_ROWS = [["Name", "Position", "Organization", "Requested role", "Accessibility requirements"],
            ["Dr. Samer Aziz Khoury", "Chairperson of the Board", "AFPD", "Plenary session (24 or 25 February)",
             "Step-free access to the podium"],
            ["Ms. Noura Al-Fayez", "Deaf Women's Rights Officer", "Amman Deaf Women's Society", "Roundtable 3",
             "Arabic Sign Language interpretation (see below)"]]
M02_TOP = """Dear colleagues,

On behalf of our Executive Director, please find below the letter of the Arab Forum of Persons with Disabilities nominating two speakers. The signed nomination form is attached as a PDF.

Ref.: AFPD/EXD/2021/014
Amman, 21 January 2021

To: The Secretariat of the Regional Review of the Global Compact for Migration in the Arab region

Subject: Nomination of speakers

The Arab Forum of Persons with Disabilities (AFPD) brings together 38 organisations of persons with disabilities in 12 Arab countries. Migrants and refugees with disabilities remain largely invisible in migration data and services, and we welcome the opportunity to bring their voice to the Review. We nominate:"""
M02_BOTTOM = """Ms. Al-Fayez is Deaf and will speak in Arabic Sign Language. The Amman Deaf Women's Society, one of our member organisations, will provide her two interpreters, Mr. Tamer Saleh and Ms. Reem Abu Ghosh. They will need seats next to her and their own video window during the online segments; they will not speak on their own behalf.

AFPD will also submit its voluntary review report before the 16 February deadline.

Yours sincerely,

Maher Obeidat
Executive Director
Arab Forum of Persons with Disabilities (AFPD)

--
Hiba Qudah
Programme Officer - Policy and Advocacy
Arab Forum of Persons with Disabilities (AFPD)
Amman, Jordan | +962 6 000 0000"""


def m02():
    when = at("2021-01-22 15:32:08")
    table_txt = "\n".join("\t".join(r) for r in M02_ROWS)
    text = M02_TOP + "\n\n" + table_txt + "\n\n" + M02_BOTTOM + "\n"
    cid = "image001.png@01D6F0C8.7E21A3B0"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
            + paras_html(M02_TOP, cls="MsoNormal") + table_html(M02_ROWS) + paras_html(M02_BOTTOM, cls="MsoNormal")
            + '<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p></div></body></html>\n' % cid)
    rel = multi("related", [leaf("text/html", html), logo(cid, (0, 84, 147))], "_004_AM6PR03MB5170A2F9C4E7D318_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR03MB5170A2F9C4E7D318_")
    form = make_pdf(["ARAB FORUM OF PERSONS WITH DISABILITIES (AFPD)", "Speaker nomination form - Ref. AFPD/EXD/2021/014",
                     "1. Samer Aziz Khoury - Chairperson of the Board - plenary session",
                     "2. Noura Al-Fayez - Deaf Women's Rights Officer, Amman Deaf Women's Society - roundtable 3",
                     "Interpreters (Arabic Sign Language): Tamer Saleh, Reem Abu Ghosh",
                     "Signed: Maher Obeidat, Executive Director"])
    body = multi("mixed", [a, attach("application/pdf", form, M02_FORM)], "_005_AM6PR03MB5170A2F9C4E7D318_")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur03on0611.outbound.protection.outlook.example.com",
           "198.51.100.61", "4DMgK51sQ8z2", "Hiba Qudah <h.qudah@afpd-arab.example.org>", M02_SUBJ,
           "<AM6PR03MB5170A2F9C4E7D318@AM6PR03MB5170.eurprd03.prod.outlook.example.com>", body,
           ret="h.qudah@afpd-arab.example.org",
           extra=outlook(M02_SUBJ, "AdbwuQ7Hk2Lp4Rt6Vx8Zb0Dc2Fg4Hj==", lang="en-US", has_attach="yes"))
    afpd = "Arab Forum of Persons with Disabilities (AFPD)"
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Aziz Khoury", "Chairperson of the Board", afpd, ["plenary"]),
        sp("Noura Al-Fayez", "Deaf Women's Rights Officer", "Amman Deaf Women's Society", ["roundtable"], 3)],
        notes="formal letter pasted in the body with the nominees in a table (HTML table; tab-separated cells in "
              "the text part) plus a signed nomination form as PDF (not a report). The first nominee's "
              "organisation cell says only 'AFPD': the fullest form with the acronym is in the letter; the second "
              "nominee is from a member organisation. 'Dr.'/'Ms.' dropped. The two sign-language interpreters are "
              "named but 'will not speak on their own behalf'; the Executive Director who signs and the programme "
              "officer who sends are not speakers. The report is only announced ('will also submit ... before the "
              "16 February deadline'), so not 'both'. Outlook with an inline logo, Date in UTC+2."))


# ================================================================ 03  AR  speaker  Lebanese psychosocial NGO, windows-1256 labelled lines
M03_ID = "<DB8PR10MB3705C6E2A91F4B7D@DB8PR10MB3705.EURPRD10.PROD.OUTLOOK.example.com>"
M03_SUBJ = "ترشيح ممثلة جمعية سكينة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M03_QID = "4DNsV37kTbz6"
M03_FROM_NAME = "هبة الأيوبي"
M03_ADDR = "h.ayoubi@sakina-lb.example.org"
M03_TEXT = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

تتشرف جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي، وهي جمعية لبنانية تقدم خدمات الدعم النفسي والاجتماعي للعمال المهاجرين واللاجئين منذ عام 2013، بترشيح ممثلتها للمشاركة في أعمال الاستعراض الإقليمي، وفق البيانات الآتية:

الاسم: الدكتورة ريما فؤاد الحلبي
الصفة: منسقة برامج الدعم النفسي والاجتماعي
الجهة: جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي - بيروت
المشاركة المطلوبة: مداخلة في الطاولة المستديرة الثانية

وتود الدكتورة الحلبي أن تعرض في مداخلتها تجربة الخط الساخن للدعم النفسي باللغات الأمهرية والسواحيلية والبنغالية، الذي تلقى أكثر من أربعة آلاف اتصال خلال عام 2020.

وتفضلوا بقبول فائق الاحترام،

هبة الأيوبي
مسؤولة التواصل والعلاقات الخارجية
جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي
بيروت - لبنان
"""


def m03():
    when = at("2021-01-25 11:06:40")
    text = check_charset(M03_TEXT, "windows-1256")
    a = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                              leaf("text/html", cs_html(outlook_html(text, lang="AR-LB", rtl=True), "windows-1256"),
                                   "windows-1256")], "_000_DB8PR10MB3705C6E2A91F4B7D_")
    m = mk(when, sent_at(when, 2, 7), "mail-db8eur10on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", M03_QID, addr(M03_FROM_NAME, M03_ADDR, "windows-1256"), hdr(M03_SUBJ, "windows-1256"),
           M03_ID, a, ret=M03_ADDR,
           extra=outlook(hdr(M03_SUBJ, "windows-1256"), "AdbzE4Tk6Lm8Np0Qr2St4Uv6Wx8Yz==", lang="ar-LB"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما فؤاد الحلبي", "منسقة برامج الدعم النفسي والاجتماعي",
           "جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي", ["roundtable"], 2)],
        notes="Arabic labelled lines (الاسم / الصفة / الجهة / المشاركة المطلوبة) in windows-1256 quoted-printable, "
              "RFC 2047 windows-1256 subject and display name; 'الدكتورة' dropped; the affiliation line ends with "
              "' - بيروت' (a place, not part of it); 'الطاولة المستديرة الثانية' = 2. The sender (communications "
              "officer) signs with her title and is not a speaker; 2013 and 2020 are history. The title is "
              "corrected two days later (h303-05)."))


# ================================================================ 04  EN  report  family physicians: cover letter, report, logo (Apple Mail)
M04_ID = "<5F0B7C2E-91A4-4D3B-8E6F-2A7C1D9E4B03@lafp-levant.example.org>"
M04_SUBJ = "LAFP voluntary GCM review report"
M04_QID = "4DPbW62rFmz1"
M04_REPORT = "LAFP_Voluntary_GCM_Review_2021.pdf"
M04_COVER = "LAFP_cover_letter_signed.pdf"
M04_LOGO = "LAFP_logo.png"


def m04():
    when = at("2021-01-26 13:20:05")
    text = """Dear colleagues,

On behalf of the Board of the Levant Association of Family Physicians (LAFP), I am pleased to submit our voluntary GCM review report for the Regional Review.

The report looks at access to primary health care for migrant domestic workers and for refugees and migrants living with chronic illness or disability in Lebanon, Jordan and Syria. It draws on a survey of 212 family physicians and on case reviews from nine clinics, covers GCM objectives 7, 15 and 16, and closes with recommendations on health coverage, continuity of care for people on the move and disability-inclusive clinics.

Attached:
- the cover letter signed by our President (LAFP_cover_letter_signed.pdf)
- the report (LAFP_Voluntary_GCM_Review_2021.pdf)
- our logo, in case you list contributing organisations (LAFP_logo.png)

An editable version is available on request.

With best regards,

Dr. Omar Khatib
Secretary-General
Levant Association of Family Physicians (LAFP)
Beirut | Amman
"""
    cover = make_pdf(["LEVANT ASSOCIATION OF FAMILY PHYSICIANS (LAFP)", "Beirut, 25 January 2021",
                      "To the Secretariat of the Regional Review of the GCM - Arab region",
                      "Cover letter: transmission of the LAFP voluntary GCM review report",
                      "Signed: the President of LAFP"])
    rep = rep_pdf("Voluntary GCM review report", "Levant Association of Family Physicians (LAFP)",
                  ["Primary care for migrant domestic workers", "Chronic illness and disability among migrants",
                   "Survey of 212 family physicians", "GCM objectives 7, 15 and 16", "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text, "us-ascii", "7bit"),
                           attach("application/pdf", cover, M04_COVER), attach("application/pdf", rep, M04_REPORT),
                           attach("image/png", make_png(48, 24, (120, 30, 40)), M04_LOGO)],
                 "Apple-Mail=_6C0E3A7F-4B92-4D18-A5E1-93B0C2D7F461")
    m = mk(when, sent_at(when, 2, 5), "smtp.lafp-levant.example.org", "203.0.113.84", M04_QID,
           "Omar Khatib <o.khatib@lafp-levant.example.org>", M04_SUBJ, M04_ID, body,
           ret="o.khatib@lafp-levant.example.org", extra=[("X-Mailer", APPLE)])
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_REPORT],
        notes="three attachments, listed in the body: the signed cover letter (a PDF, first), the report (PDF) and "
              "the association's logo (PNG attachment, not inline): only the report counts. Apple Mail "
              "multipart/mixed with a 7bit plain-text part; 'Dr.' in the signature is the sender, not a speaker; "
              "objectives 7, 15, 16 and 212 physicians are report content. Thanked for our acknowledgement later "
              "(h303-16)."))


# ================================================================ 05  AR  speaker  Sakina: title correction, reply in the same thread
def m05():
    when = at("2021-01-27 09:18:22")
    subj = "RE: " + M03_SUBJ
    text = check_charset("""السادة الأمانة المحترمين،

تحية طيبة،

إلحاقاً برسالتنا المؤرخة في 25 كانون الثاني 2021، نرجو تصحيح المسمى الوظيفي لمرشحتنا، إذ ورد خطأً في الرسالة السابقة. والصحيح:

الاسم: الدكتورة ريما فؤاد الحلبي
الصفة: مديرة برامج الصحة النفسية والدعم النفسي الاجتماعي
الجهة: جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي

أما المشاركة المطلوبة فتبقى كما هي: مداخلة في الطاولة المستديرة الثانية.

مع الشكر والاعتذار عن هذا الخطأ،

هبة الأيوبي
مسؤولة التواصل والعلاقات الخارجية
جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي

________________________________
من: هبة الأيوبي <h.ayoubi@sakina-lb.example.org>
أرسلت: الاثنين، 25 كانون الثاني 2021 11:06 ص
إلى: gcmrrarabstates@iom.int
الموضوع: """ + M03_SUBJ + "\n\n" + M03_TEXT, "windows-1256")
    a = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                              leaf("text/html", cs_html(outlook_html(text, lang="AR-LB", rtl=True), "windows-1256"),
                                   "windows-1256")], "_000_DB8PR10MB37059A4C2E7F1B63_")
    m = mk(when, sent_at(when, 2, 6), "mail-db8eur10on0608.outbound.protection.outlook.example.com",
           "198.51.100.108", "4DQ2Xc45Lhz8", addr(M03_FROM_NAME, M03_ADDR, "windows-1256"),
           re_hdr("RE: ", M03_SUBJ, "windows-1256"),
           "<DB8PR10MB37059A4C2E7F1B63@DB8PR10MB3705.EURPRD10.PROD.OUTLOOK.example.com>", a, ret=M03_ADDR,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)] +
           outlook(hdr(M03_SUBJ, "windows-1256"), "AdbzE4Tk6Lm8Np0Qr2St4Uv6Wx8YzAAHc3Rk==", lang="ar-LB"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما فؤاد الحلبي", "مديرة برامج الصحة النفسية والدعم النفسي الاجتماعي",
           "جمعية سكينة للصحة النفسية والدعم النفسي الاجتماعي", ["roundtable"], 2)],
        thread_of=H % 3,
        notes="correction of the speaker's title two days later, an Outlook reply to h303-03 (In-Reply-To, Arabic "
              "'من: / أرسلت: / الموضوع:' block, original not '>'-quoted): the new labelled lines give the corrected "
              "title, the quoted original still holds the old one ('منسقة برامج ...'); the role is restated "
              "unchanged ('تبقى كما هي'). Labelled speaker_request with the corrected speaker, as corrections are "
              "in earlier sets; on time (27 January). windows-1256 again."))


# ================================================================ 06  FR  speaker  Moroccan OPD: president for the plenary, DOCX form
M06_ID = "<PR3P191MB0842B7E1D4A9C265@PR3P191MB0842.EURP191.PROD.OUTLOOK.example.com>"
M06_SUBJ = "Proposition d'intervenante – CMIPSH – séance plénière"
M06_QID = "4DRk8Hs19Vpz"
M06_FORM = "Fiche_candidature_intervenante_CMIPSH.docx"
M06_ADDR = "y.alaoui@cmipsh.example.org"


def m06():
    when = at("2021-01-28 16:05:30")
    text = """Madame, Monsieur,

Le Collectif marocain pour l'inclusion des personnes en situation de handicap (CMIPSH) remercie le secrétariat de son invitation à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Nous avons l'honneur de proposer Mme Fatima-Zahra Bennani, Présidente du CMIPSH, pour une intervention en séance plénière, le 24 ou le 25 février 2021. Mme Bennani souhaite présenter la situation des migrants subsahariens devenus handicapés au Maroc, souvent à la suite d'accidents sur la route migratoire, et les obstacles qu'ils rencontrent pour accéder à la rééducation et aux aides techniques.

Mme Bennani se déplace en fauteuil roulant et sera accompagnée de son assistante personnelle.

Vous trouverez ci-joint la fiche de candidature remplie et signée (format Word).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Youssef Alaoui
Secrétaire général
Collectif marocain pour l'inclusion des personnes en situation de handicap (CMIPSH)
Rabat – Maroc
"""
    form = make_docx(["Collectif marocain pour l'inclusion des personnes en situation de handicap (CMIPSH)",
                      "Fiche de candidature – intervenant(e)", "Nom : Bennani", "Prénom : Fatima-Zahra",
                      "Fonction : Présidente", "Organisation : CMIPSH, Rabat",
                      "Intervention souhaitée : séance plénière (24 ou 25 février 2021)",
                      "Besoins d'accessibilité : fauteuil roulant, accès à la tribune, assistante personnelle",
                      "Signature : Youssef Alaoui, Secrétaire général"])
    a = alt(text, "_000_PR3P191MB0842B7E1D4A9C265_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, form, M06_FORM)], "_004_PR3P191MB0842B7E1D4A9C265_")
    m = mk(when, sent_at(when, 1, 7), "mail-pr3p191on0627.outbound.protection.outlook.example.com",
           "198.51.100.191", M06_QID, "Youssef Alaoui <%s>" % M06_ADDR, hdr(M06_SUBJ, enc="Q"), M06_ID, body,
           ret=M06_ADDR, extra=outlook(hdr(M06_SUBJ, enc="Q"), "Adb1Cz8Xa0Sd2Fg4Hj6Kl8Zx0Cv2Bn==", lang="fr-FR",
                                       has_attach="yes"))
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fatima-Zahra Bennani", "Présidente",
           "Collectif marocain pour l'inclusion des personnes en situation de handicap (CMIPSH)", ["plenary"])],
        notes="prose nomination ('Mme ..., Présidente du CMIPSH, pour une intervention en séance plénière'): the "
              "title is 'Présidente', the affiliation's fullest form with the acronym is in the first sentence and "
              "the signature ('– Maroc' after it is a place); the same details are in the attached DOCX nomination "
              "form (not a report). The secretary-general who writes and the unnamed personal assistant are not "
              "speakers. Outlook, en dash in the Q-encoded subject, Date in UTC+1. Accessibility questions follow "
              "as a reply to our acknowledgement (h303-19)."))


# ================================================================ 07  EN  other  mental-health network bulletin (list mail)
def m07():
    when = at("2021-01-29 08:00:03")
    subj = "MHPSS Learning Network bulletin | January 2021: new report, webinar speakers, GCM regional reviews"
    text = """MHPSS Regional Learning Network - Monthly Bulletin, January 2021

View this email in your browser: https://mhpss-learning.example.org/bulletin/2021-01

IN THIS ISSUE

1. Our new report: "Minds on the Move"
Our new report on psychosocial support for migrants in transit and in detention in the Middle East and North Africa is out. It brings together findings from 27 member organisations. Download it from our website.

2. Call for speakers: webinar on disability and displacement (18 March)
We are looking for two speakers with lived experience of disability and displacement. Send a short bio to events@mhpss-learning.example.org by 20 February.

3. Regional Reviews of the Global Compact for Migration
The Arab region's review takes place on 23-25 February 2021. Member organisations can propose speakers to the secretariat by 5 February and send voluntary reports by 16 February. Check the invitation letter for the roles on offer (open discussion, rapporteur, plenary, roundtables).

4. Training: psychological first aid in Arabic (online, 9-11 February)
Registration is open until 3 February.

--
You are receiving this email because gcmrrarabstates@iom.int subscribed to the MHPSS Regional Learning Network bulletin.
Unsubscribe: https://mhpss-learning.example.org/unsubscribe?u=7f3a9c2e&id=b41d
MHPSS Regional Learning Network, PO Box 0000, Amman, Jordan
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;'
            'background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td>'
            + paras_html(text) + '</td></tr></table></td></tr></table>'
            '<img src="https://track.mailer.example.net/open/b41d/7f3a9c2e.gif" width="1" height="1" alt=""></body>'
            '</html>\n')
    a = alt(text, "_----------=_MCPart_1284736150", html=html)
    m = mk(when, sent_at(when, 2, 2), "mta-07.mailer.example.net", "203.0.113.207", "4DRz0Ym08Kz4",
           '"MHPSS Regional Learning Network" <bulletin@mhpss-learning.example.org>', subj,
           "<0.1.7f3a9c2eb41d.20210129060000@mailer.example.net>", a, ret="bounce-b41d-7f3a9c2e@mailer.example.net",
           extra=[("List-Id", "MHPSS Learning Network bulletin <b41d.list-id.mailer.example.net>"),
                  ("List-Unsubscribe", "<https://mhpss-learning.example.org/unsubscribe?u=7f3a9c2e&id=b41d>, "
                                       "<mailto:unsubscribe-b41d-7f3a9c2e@mailer.example.net>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk"), ("X-Campaign-Id", "b41d-2021-01"), ("Feedback-ID", "b41d:7f3a9c2e:mailer")])
    add(7, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="mailing-list bulletin (List-Id, List-Unsubscribe, Precedence: bulk, bounce Return-Path, tracking "
              "pixel) to which the review address is subscribed: 'our new report', 'call for speakers', the GCM "
              "review's deadlines and roles are all newsletter content. Bulk mail: other, never acknowledged."))


# ================================================================ 08  AR  speaker  Iraqi psychiatrists' league: HTML-only letter, rapporteur
M08_ID = "<VI1PR07MB6319E8B2C4D1A957@VI1PR07MB6319.eurprd07.prod.outlook.example.com>"
M08_SUBJ = "ترشيح مقرر - رابطة أطباء الصحة النفسية في العراق"
M08_FROM = "سرى العبيدي"
M08_ADDR = "secretary@lmhp-iraq.example.org"
M08_PARAS = [
    "<b>رابطة أطباء الصحة النفسية في العراق</b><br>بغداد - الكرادة<br>العدد: ر ص ن/2021/37<br>التاريخ: 31/1/2021",
    "إلى/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية",
    "م/ ترشيح مقرر",
    "تحية طيبة...",
    "استناداً إلى دعوتكم الكريمة، يسر رابطة أطباء الصحة النفسية في العراق أن ترشح الدكتور حيدر عبد الكريم الجبوري، "
    "استشاري الطب النفسي ورئيس لجنة الصحة النفسية للنازحين والعائدين، ليتولى دور المقرر الذي يقدم الرسائل الرئيسية "
    "لأصحاب المصلحة. وقد عمل الدكتور الجبوري منذ عام 2015 مع فرق الدعم النفسي في مخيمات النزوح في نينوى ودهوك، ويشرف "
    "حالياً على برنامج الرابطة لعلاج اضطرابات ما بعد الصدمة لدى العائدين.",
    "وستتولى الدكتورة سرى ناجي العبيدي، أمينة سر الرابطة، التنسيق مع أمانتكم، ولن تشارك بمداخلة.",
    "مع فائق التقدير والاحترام.",
    "الأستاذ الدكتور عماد صبري الربيعي<br>رئيس رابطة أطباء الصحة النفسية في العراق",
]


def m08():
    when = at("2021-02-01 10:40:15")
    inner = ('<div dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">'
             + "".join("<p>%s</p>" % p for p in M08_PARAS) + "</div>")
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 3, 9), "mail-vi1eur07on0649.outbound.protection.outlook.example.com",
           "198.51.100.149", "4DTr6Fn27Qz5", addr(M08_FROM, M08_ADDR), hdr(M08_SUBJ), M08_ID, body, ret=M08_ADDR,
           extra=[("Thread-Topic", hdr(M08_SUBJ)), ("Thread-Index", "AQHW+HkR2Lp5Nq8Tm3Vb6Xc9Zd1Fg=="),
                  ("Content-Language", "ar-IQ"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                  ("X-Originating-IP", "[203.0.113.95]")])
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حيدر عبد الكريم الجبوري", "استشاري الطب النفسي ورئيس لجنة الصحة النفسية للنازحين والعائدين",
           "رابطة أطباء الصحة النفسية في العراق", ["rapporteur"])],
        notes="HTML-only (Outlook on the web, no text/plain) formal Iraqi letter ('العدد', 'إلى/', 'م/' subject): "
              "the nominee in prose ('الدكتور' dropped; title in apposition); 'دور المقرر الذي يقدم الرسائل "
              "الرئيسية لأصحاب المصلحة' = rapporteur. The league's secretary (the sender, 'ولن تشارك بمداخلة') and "
              "its president who signs ('الأستاذ الدكتور') are not speakers; 2015 is history. Date in UTC+3. "
              "Withdrawn three days later (h303-11)."))


# ================================================================ 09  FR  both  Algerian health NGO: report DOCX + a doctor for the open discussion, CV decoy
M09_REPORT = "Rapport volontaire AASM - PMM 2021.docx"
M09_CV = "CV_Dre_Amina_Khelil.pdf"


def m09():
    when = at("2021-02-02 14:12:30")
    subj = "AASM : rapport volontaire + proposition d'intervention"
    text = """Bonjour,

Je vous écris au nom de l'Association Algérienne pour la Santé des Migrants (AASM), basée à Oran.

1) Rapport volontaire : vous trouverez en pièce jointe notre rapport volontaire sur la mise en oeuvre du Pacte mondial (format Word). Il porte sur l'accès aux soins des migrants subsahariens à Oran, Tamanrasset et Alger, sur la santé mentale des personnes en transit et sur la prise en charge des blessés de la route migratoire restés handicapés.

2) Intervention : nous souhaiterions que la Dre Amina Khelil, Médecin coordinatrice des unités mobiles de soins de l'AASM, prenne part à la discussion ouverte de la consultation multipartite du 23 février. Son CV est joint pour information.

Restant à votre disposition,

Karim Boudiaf
Chargé de projets
Association Algérienne pour la Santé des Migrants (AASM)
Oran, Algérie
"""
    doc = make_docx(["Association Algérienne pour la Santé des Migrants (AASM)",
                     "Rapport volontaire – Examen régional du Pacte mondial pour les migrations, 2021",
                     "1. Accès aux soins des migrants à Oran, Tamanrasset et Alger", "2. Santé mentale en transit",
                     "3. Blessés de la route migratoire et handicap", "4. Recommandations"])
    cv = make_pdf(["CURRICULUM VITAE", "Dr Amina Khelil", "Medecin coordinatrice des unites mobiles de soins, AASM",
                   "Doctorat en medecine, Universite d'Oran, 2008", "Experience : soins de sante primaires, migrants"])
    a = alt(text, "0000000000009c4e2a05ba5f81d3", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M09_REPORT), attach("application/pdf", cv, M09_CV)],
                 "0000000000009c4e2c05ba5f81d5")
    m = mk(when, sent_at(when, 1, 8), "mail-ej1-f48.google.example.com", "192.0.2.48", "4DVb3Jm72Tz9",
           "Karim Boudiaf <aasm.oran@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAF2kRw9Lp4Xn7Tq+d1Hs8Vb3mJ6cGz5eY2@mail.gmail.example.com>", body, ret="aasm.oran@gmail.example.com")
    add(9, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amina Khelil", "Médecin coordinatrice des unités mobiles de soins",
           "Association Algérienne pour la Santé des Migrants (AASM)", ["open_discussion"])],
        report_attachments=[M09_REPORT],
        notes="both, on time (2 February), in two numbered points: a DOCX report (spaces in the name) and a doctor "
              "('Dre' dropped) for 'la discussion ouverte de la consultation multipartite du 23 février'; her CV "
              "(PDF, 'Dre' in the file name) is not part of the report. The affiliation is given as 'de l'AASM' "
              "next to the title: the fullest form is in the first line and the signature. Gmail from a generic "
              "address, Date in UTC+1."))


# ================================================================ 10  EN  speaker  Deaf Ethiopian peer worker, iPhone, interpretation
M10_SUBJ = "Request to speak - roundtable"


def m10():
    when = at("2021-02-03 21:22:47")
    text = """Hello,

My name is Mariam Tesfaye. I am a Deaf woman from Ethiopia and I have lived in Lebanon for eleven years, first as a domestic worker. Now I help other migrant women with disabilities through our peer network.

I would like to speak in the first thematic roundtable on 24 or 25 February, about migrant workers who become disabled at work and then lose their residence permit.

I sign in Ethiopian Sign Language and International Sign. Please provide an International Sign interpreter, or allow my own interpreter to join the online room. Captions would also help.

Thank you,
Mariam

Mariam Tesfaye
Peer Support Coordinator
Ethiopian Migrant Women with Disabilities Network (EMWDN), Beirut

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 5), "mail-pl1-f174.google.example.com", "192.0.2.174", "4DWk9Pd35Xz0",
           "Mariam T. <mariam.tesfaye.emwdn@gmail.example.com>", M10_SUBJ,
           "<A3D9F17C-2B8E-4C60-9E45-7F1A0C3B6D28@gmail.example.com>", body,
           ret="mariam.tesfaye.emwdn@gmail.example.com", extra=[("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mariam Tesfaye", "Peer Support Coordinator", "Ethiopian Migrant Women with Disabilities Network (EMWDN)",
           ["roundtable"], 1)],
        notes="self-nomination from an iPhone: title and affiliation only in the signature block, the "
              "affiliation followed by ', Beirut' (a place); the From display name is abbreviated ('Mariam T.'); "
              "'the first thematic roundtable' = 1. Asks for International Sign interpretation and captions (the "
              "interpreter is unnamed). 'eleven years' is history. Plain text quoted-printable, Date in UTC+2."))


# ================================================================ 11  AR  other  Iraqi league withdraws its rapporteur (reply to 08)
def m11():
    when = at("2021-02-04 12:30:09")
    new = [
        "السادة أمانة الاستعراض الإقليمي المحترمين،",
        "تحية طيبة،",
        "نأسف لإبلاغكم بأن الدكتور حيدر الجبوري لن يتمكن من المشاركة في الاستعراض الإقليمي بسبب تكليفه بمهمة طبية "
        "ميدانية في سنجار خلال الفترة نفسها، لذا نرجو سحب ترشيحه لدور المقرر. ولن ترشح الرابطة بديلاً عنه، مع استمرار "
        "اهتمامنا بمتابعة أعمال الاستعراض.",
        "نعتذر عن أي إرباك قد يسببه ذلك.",
        "مع التقدير،<br>د. سرى ناجي العبيدي<br>أمينة سر الرابطة<br>رابطة أطباء الصحة النفسية في العراق",
    ]
    quoted_hdr = ("<b>من:</b> %s &lt;%s&gt;<br><b>أُرسلت:</b> الاثنين، 1 شباط 2021 11:40 ص<br><b>إلى:</b> "
                  "gcmrrarabstates@iom.int &lt;gcmrrarabstates@iom.int&gt;<br><b>الموضوع:</b> %s"
                  % (M08_FROM, M08_ADDR, esc(M08_SUBJ)))
    inner = ('<div dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">'
             + "".join("<p>%s</p>" % p for p in new) + '</div><hr style="display:inline-block;width:98%">'
             '<div id="divRplyFwdMsg" dir="rtl"><font face="Calibri, sans-serif" style="font-size:11pt">'
             + quoted_hdr + '</font><div>&nbsp;</div></div><div dir="rtl">'
             + "".join("<p>%s</p>" % p for p in M08_PARAS) + "</div>")
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    mid = "<VI1PR07MB63194C1A7E2B9D08@VI1PR07MB6319.eurprd07.prod.outlook.example.com>"
    m = mk(when, sent_at(when, 3, 7), "mail-vi1eur07on0649.outbound.protection.outlook.example.com",
           "198.51.100.149", "4DXf2Gc60Nz3", addr(M08_FROM, M08_ADDR), re_hdr("RE: ", M08_SUBJ), mid, body,
           ret=M08_ADDR,
           extra=[("In-Reply-To", M08_ID), ("References", M08_ID), ("Thread-Topic", hdr(M08_SUBJ)),
                  ("Thread-Index", "AQHW+HkR2Lp5Nq8Tm3Vb6Xc9Zd1FgKq7Wm4="), ("Content-Language", "ar-IQ"),
                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-Originating-IP", "[203.0.113.95]")])
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 8,
        notes="withdrawal of the rapporteur proposed in h303-08, an HTML-only Outlook-on-the-web reply whose quoted "
              "original (after the divRplyFwdMsg block) still holds the whole nomination letter; 'ولن ترشح الرابطة "
              "بديلاً عنه': no replacement, so no speaker is proposed: other, acknowledged, thread_of h303-08. The "
              "signer ('د.') is the league's secretary, not a speaker."))


# ================================================================ 12  FR  speaker  Tunisian autism parents: 22:58 Tunis = 23:58 Beirut, two roles
def m12():
    when = at("2021-02-05 23:58:40")
    subj = "ATPEA - proposition d'intervenante (table ronde et discussion ouverte)"
    top_txt = """Madame, Monsieur,

Il est 22 h 58 à Tunis et nous espérons que notre demande vous parviendra dans les délais.

L'Association Tunisienne des Parents d'Enfants Autistes (ATPEA) souhaite proposer une intervenante pour l'Examen régional. Les familles migrantes d'enfants autistes, qu'elles soient subsahariennes installées à Tunis ou tunisiennes établies en Europe, se heurtent au même obstacle : les diagnostics et les prises en charge ne suivent pas l'enfant d'un pays à l'autre.

Intervenante proposée :"""
    rows = [["Nom", "Fonction", "Organisation", "Intervention souhaitée"],
            ["Hela Mejri", "Vice-présidente", "ATPEA", "Table ronde n° 4 ; discussion ouverte du 23 février"]]
    bottom = """Mme Mejri est elle-même mère d'un enfant autiste et anime notre groupe de parents migrants.

Bien cordialement,

Sami Trabelsi
Trésorier
Association Tunisienne des Parents d'Enfants Autistes (ATPEA)"""
    text = top_txt + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + bottom + "\n"
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + paras_html(top_txt) + table_html(rows) + paras_html(bottom) + "</div></body></html>\n")
    a = alt(text, "=_4d2c8e1f-7a3b-4e95-b061-c5f2d9a87e34", html=html)
    m = mk(when, sent_at(when, 1, 4), "zimbra.atpea-tn.example.org", "203.0.113.58", "4DYq7Lw93Sz1",
           "Sami Trabelsi <contact@atpea-tn.example.org>", subj,
           "<1463820795.218734.1612562316402.JavaMail.zimbra@atpea-tn.example.org>", a,
           ret="contact@atpea-tn.example.org",
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Kq3Nd8Wv2Tx7Lm5Rb0Fp9Hc4Yz6Ga1Ej3Ks=")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hela Mejri", "Vice-présidente", "Association Tunisienne des Parents d'Enfants Autistes (ATPEA)",
           ["roundtable", "open_discussion"], 4)],
        notes="deadline edge: received 23:58:40 Beirut time on Friday 5 February (Date 22:58:36 +0100; 'Il est 22 h "
              "58 à Tunis'): on time. One speaker in a one-row table (HTML table; ' | ' cells in the text part) "
              "asking for two roles in one cell ('Table ronde n° 4 ; discussion ouverte du 23 février'); the "
              "organisation cell says 'ATPEA', the full name with acronym is in the prose and signature. The "
              "treasurer who writes is not a speaker. Zimbra web client."))


# ================================================================ 13  EN  speaker  Berlin physiotherapists: 23:14 Berlin = 00:14 Beirut, late, no role
M13_ID = "<B7E2C9A4-3F18-4D6B-A052-9C1E8F4D2A67@aspe-physio.example.org>"
M13_SUBJ = "Nomination - Dr. Lama Darwish (ASPE) - GCM Regional Review"
M13_QID = "4DYr1Bq46Hz7"
M13_FORM = "ASPE nomination form - L Darwish.docx"
M13_CC = "k.rifai@aspe-physio.example.org"


def m13():
    when = at("2021-02-06 00:14:21")
    text = """Dear Regional Review team,

I hope this still reaches you before the deadline tonight - it is 23:14 here in Berlin.

The Association of Syrian Physiotherapists in Europe (ASPE) would like to nominate Dr. Lama Darwish, Head of Rehabilitation Programmes, to speak at the Regional Review. Lama has spent the last six years setting up community rehabilitation for refugees with amputations and spinal cord injuries in Jordan and Turkey, and she can speak to what continuity of rehabilitation care means for people who move between countries.

We have no preference as to the session and would be grateful for any speaking opportunity you can offer. Our nomination form is attached; my colleague in our Amman office, Khaled Rifai, is in copy.

Kind regards,

Tarek Sabbagh
Board Member, Advocacy
Association of Syrian Physiotherapists in Europe (ASPE)
Berlin, Germany
"""
    form = make_docx(["Association of Syrian Physiotherapists in Europe (ASPE)", "Speaker nomination form",
                      "Name: Dr. Lama Darwish", "Position: Head of Rehabilitation Programmes",
                      "Preferred session: no preference", "Accessibility needs: none",
                      "Nominated by: Tarek Sabbagh, Board Member, Advocacy"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style='
            '"font-family:Calibri;font-size:11pt">' + paras_html(text) + "</body></html>\n")
    a = alt(text, "B_3695491257_1287345961", html=html)
    body = multi("mixed", [a, attach(DOCX, form, M13_FORM)], "B_3695491257_1863021470")
    m = mk(when, sent_at(when, 1, 4), "mail.aspe-physio.example.org", "203.0.113.131", M13_QID,
           "Tarek Sabbagh <t.sabbagh@aspe-physio.example.org>", M13_SUBJ, M13_ID, body,
           ret="t.sabbagh@aspe-physio.example.org", cc="Khaled Rifai <%s>" % M13_CC,
           extra=[("User-Agent", MAC_OUTLOOK), ("Thread-Topic", M13_SUBJ),
                  ("Thread-Index", "AQHW++Rk7Tb2Lq9Vm4Xc1Np6Hd3Jw=="), ("Content-Language", "en-GB")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Lama Darwish", "Head of Rehabilitation Programmes",
           "Association of Syrian Physiotherapists in Europe (ASPE)", [])],
        notes="late by time zone: Date Fri 5 Feb 23:14:17 +0100 and 'before the deadline tonight - it is 23:14 here "
              "in Berlin', but received 00:14:21 on 6 February Beirut time: on_time false. No role stated ('no "
              "preference as to the session', 'any speaking opportunity'; the DOCX form says the same): roles "
              "empty. 'Dr.' dropped (also in the subject). The sender and the Cc'd colleague are not speakers; the "
              "colleague's Arabic out-of-office follows (h303-14). Outlook for Mac."))


# ================================================================ 14  AR  auto_reply  the Cc'd colleague's vacation notice (Zimbra)
def m14():
    when = at("2021-02-06 00:14:58")
    ack = ack_mid(M13_QID)
    text = """شكراً على رسالتك.

أنا في إجازة سنوية حتى يوم الأحد 14 شباط 2021، ولن أتمكن من الرد على البريد الإلكتروني قبل ذلك التاريخ.

للاستفسارات المتعلقة ببرامج التأهيل يمكنكم التواصل مع الدكتورة لمى درويش، رئيسة برامج التأهيل، على العنوان l.darwish@aspe-physio.example.org.

خالد الرفاعي
منسق مكتب عمّان
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: Acknowledgement of receipt - " + M13_SUBJ)
    rows = std_rows(when, "mail.aspe-physio.example.org", "203.0.113.131", "4DYr1Ts52Wz4",
                    addr("خالد الرفاعي", M13_CC), subj, rfcdate(sent_at(when, 2, 3)),
                    "<1971306842.218911.1612563295110.JavaMail.zimbra@aspe-physio.example.org>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M13_ID + " " + ack), ("X-Mailer", "Zimbra 8.8.15_GA_3869")]
    add(14, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation), Precedence: bulk, null "
              "Return-Path) of the colleague in Cc of h303-13, answering our acknowledgement 37 seconds later: "
              "Arabic prefix 'رد تلقائي:' before an English subject, base64 body naming the nominee with an "
              "honorific and her title ('الدكتورة لمى درويش، رئيسة برامج التأهيل'), which is not a proposal. Never "
              "acknowledge; thread_of null as for the dev auto-replies."))


# ================================================================ 15  AR  report  Yemeni psychosocial foundation: report + workshop agenda
M15_REPORT = "التقرير الطوعي - مؤسسة أمان للدعم النفسي والاجتماعي.pdf"
M15_AGENDA = "جدول أعمال ورشة التحقق 30 يناير.pdf"


def m15():
    when = at("2021-02-08 11:55:03")
    subj = "التقرير الطوعي لمؤسسة أمان - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون،

تحية طيبة وبعد،

يسر مؤسسة أمان للدعم النفسي والاجتماعي في عدن أن ترفق لكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. ويتناول التقرير الاحتياجات النفسية للمهاجرين القادمين من القرن الأفريقي عبر السواحل اليمنية، وخدمات الإسعافات النفسية الأولية التي قدمتها فرقنا في لحج وشبوة، وأوضاع الناجين من الاحتجاز والعنف على الطريق.

كما أرفقنا جدول أعمال ورشة التحقق التي عقدناها يوم 30 يناير مع شركائنا لمراجعة مسودة التقرير، وذلك للعلم فقط.

وتفضلوا بقبول فائق الاحترام،

أسماء عبد الرحمن باوزير
مديرة البرامج
مؤسسة أمان للدعم النفسي والاجتماعي - عدن، اليمن
"""
    rep = rep_pdf("Voluntary GCM review report", "Aman Foundation for Psychosocial Support, Aden",
                  ["Migrants from the Horn of Africa on the Yemeni coast", "Psychological first aid in Lahj and Shabwa",
                   "Survivors of detention and violence", "Recommendations"])
    agenda = make_pdf(["Validation workshop - draft voluntary report", "Aden, 30 January 2021 - AGENDA",
                       "09:00 Welcome", "09:30 Presentation of the draft", "11:00 Group work", "13:00 Closing"])
    a = alt(text, "000000000000b27e4d05bad1c648", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", rep, M15_REPORT), attach("application/pdf", agenda, M15_AGENDA)],
                 "000000000000b27e4f05bad1c64a")
    m = mk(when, sent_at(when, 3, 7), "mail-wr1-f53.google.example.com", "192.0.2.53", "4F0Tn84Dcz6",
           addr("مؤسسة أمان للدعم النفسي", "aman.psychosocial.aden@gmail.example.com"), hdr(subj),
           "<CAH6tMv3Rq8Wx1nL+g5Pb2Kz7sD4fJc9eT0@mail.gmail.example.com>", body,
           ret="aman.psychosocial.aden@gmail.example.com")
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_REPORT],
        notes="two PDFs with Arabic names (RFC 2231 + RFC 2047): the report, and the agenda of the validation "
              "workshop held on 30 January, sent 'للعلم فقط' (not part of the report). The signature's affiliation "
              "ends with ' - عدن، اليمن' (no speaker here anyway). Gmail, base64 text and HTML, Date in UTC+3; "
              "display name is the organisation."))


# ================================================================ 16  EN  other  LAFP thanks for our acknowledgement (adds nothing)
def m16():
    when = at("2021-02-09 08:31:44")
    ack = ack_mid(M04_QID)
    quoted = ack_body("en", M04_SUBJ, "your voluntary GCM review report")
    text = """Dear colleagues,

Thank you for the confirmation, much appreciated. We look forward to the Review.

Best,
Omar

Dr. Omar Khatib
Secretary-General
Levant Association of Family Physicians (LAFP)

> On 26 Jan 2021, at 13:20, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    a = alt(text, "Apple-Mail=_1E8B4C07-D2A9-4F36-8B51-6C0D3E7A92F8", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 5), "smtp.lafp-levant.example.org", "203.0.113.84", "4F1Gb39Nqz2",
           "Omar Khatib <o.khatib@lafp-levant.example.org>", "Re: Acknowledgement of receipt - " + M04_SUBJ,
           "<0C4E9A71-5B23-4F8D-9D16-E2A7B3C58F40@lafp-levant.example.org>", a,
           ret="o.khatib@lafp-levant.example.org",
           extra=[("In-Reply-To", ack), ("References", M04_ID + " " + ack), ("X-Mailer", APPLE)])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 4,
        notes="Apple Mail thank-you answering our acknowledgement of h303-04 two weeks later (In-Reply-To our "
              "acknowledgement, References name h303-04): adds nothing new, so no acknowledgement; the quoted "
              "acknowledgement repeats 'voluntary GCM review report'; thread_of h303-04. Signature with 'Dr.' and "
              "a title, but nobody is proposed."))


# ================================================================ 17  FR  report  Lebanese OPD network: collective DOCX report + cover letter (Roundcube)
M17_REPORT = "Rapport volontaire – RLDPH – Examen régional PMM 2021.docx"
M17_COVER = "Lettre d'accompagnement RLDPH.pdf"


def m17():
    when = at("2021-02-10 17:26:10")
    subj = "Rapport volontaire du RLDPH – Examen régional du Pacte mondial sur les migrations"
    text = """Madame, Monsieur,

Au nom du Réseau libanais pour les droits des personnes handicapées (RLDPH), qui regroupe 23 associations de personnes handicapées, j'ai le plaisir de vous transmettre notre rapport volontaire pour l'Examen régional du Pacte mondial sur les migrations.

Le rapport, rédigé collectivement, porte sur les travailleuses et travailleurs migrants devenus handicapés au Liban, sur les réfugiés handicapés dans la Bekaa et sur l'accessibilité des services de santé et des services consulaires. Nous l'envoyons au format Word afin qu'il reste lisible avec un lecteur d'écran.

Vous trouverez également ci-joint la lettre d'accompagnement signée par la présidente du Réseau.

Avec nos salutations les meilleures,

Rita Abou Jaoudé
Chargée de plaidoyer
Réseau libanais pour les droits des personnes handicapées (RLDPH)
Beyrouth, Liban
"""
    doc = make_docx(["Réseau libanais pour les droits des personnes handicapées (RLDPH)",
                     "Rapport volontaire collectif – Examen régional du Pacte mondial sur les migrations, 2021",
                     "1. Travailleuses et travailleurs migrants devenus handicapés", "2. Réfugiés handicapés dans la Bekaa",
                     "3. Accessibilité des services de santé et consulaires", "4. Recommandations"])
    cover = make_pdf(["RESEAU LIBANAIS POUR LES DROITS DES PERSONNES HANDICAPEES (RLDPH)", "Beyrouth, le 10 fevrier 2021",
                      "Lettre d'accompagnement du rapport volontaire", "La Presidente du Reseau (signature)"])
    a = alt(text, "=_a61f3d8c2b7e4905d1c6e8f2a4b07d39", html=webmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", cover, M17_COVER), attach(DOCX, doc, M17_REPORT)],
                 "=_3e9c1a7f5d2b8e604a1c7f3d9b5e2a18")
    m = mk(when, sent_at(when, 2, 6), "webmail.rldph.example.org", "203.0.113.77", "4F2Lh18Wkz5",
           addr("Rita Abou Jaoudé", "plaidoyer@rldph.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<e5a20c7b91d4f38a6c2e07b1d9f4a853@rldph.example.org>", body, ret="plaidoyer@rldph.example.org",
           extra=[("User-Agent", ROUNDCUBE), ("X-Sender", "plaidoyer@rldph.example.org")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M17_REPORT],
        notes="collective report of a network of 23 OPDs, sent as DOCX 'lisible avec un lecteur d'écran'; its name "
              "has en dashes and an accent (RFC 2231 + RFC 2047); the signed cover letter (PDF with an apostrophe "
              "in its name, attached first) is not part of the report. Roundcube, Q-encoded accented sender name, "
              "Date in UTC+2."))


# ================================================================ 18  AR  both  Jordanian Deaf association, dialect: report on time, plenary speaker late
M18_REPORT = "تقرير جمعية صوت الصم - الاتفاق العالمي للهجرة 2021.pdf"


def m18():
    when = at("2021-02-11 10:02:19")
    subj = "تقرير جمعية صوت الصم الأردنية + ترشيح للجلسة العامة"
    top_txt = """مرحبا،

معكم رزان من جمعية صوت الصم الأردنية. بعتنالكم بالمرفقات التقرير الطوعي تبعنا عن وضع العمال المهاجرين واللاجئين الصم بالأردن، اشتغلنا عليه مع ثلاث جمعيات شريكة.

وكمان حابين نرشح زميلنا للمداخلة بالجلسة العامة، وهاي تفاصيله:"""
    rows = [["الاسم", "المسمى الوظيفي", "الجهة", "المشاركة المطلوبة"],
            ["الأستاذ سائد محمود العتوم", "مدير برنامج الدمج المجتمعي", "جمعية صوت الصم الأردنية",
             "مداخلة بالجلسة العامة (24 أو 25 شباط)"]]
    bottom = """الأستاذ سائد أصم وبيحكي بلغة الإشارة الأردنية، فلازم يكون معه مترجم لغة إشارة، ونحنا منقدر نأمّن المترجم إذا ما كان عندكم.

وإذا فات موعد الترشيح خبرونا شو البديل.

يعطيكم العافية،
رزان الحوراني
منسقة المشاريع
جمعية صوت الصم الأردنية
عمّان"""
    text = top_txt + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + bottom + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">' + paras_html(top_txt, rtl=True) + table_html(rows, rtl=True)
            + paras_html(bottom, rtl=True) + "</div></body></html>\n")
    rep = rep_pdf("Voluntary GCM review report", "Jordanian Deaf Voice Association, Amman",
                  ["Deaf migrant workers and refugees in Jordan", "Access to interpretation in services",
                   "Work with three partner associations", "Recommendations"])
    a = alt(text, "000000000000e18a3c05bb0d7f25", html=html, b64=True)
    body = multi("mixed", [a, attach("application/pdf", rep, M18_REPORT)], "000000000000e18a3e05bb0d7f27")
    m = mk(when, sent_at(when, 2, 9), "mail-lj1-f41.google.example.com", "192.0.2.141", "4F3Rm57Ytz8",
           addr("رزان الحوراني", "razan.jdva@gmail.example.com"), hdr(subj),
           "<CAK8vNp2Tw6Lr9mX+f4Qc1Hd7sB3gKe5zV8@mail.gmail.example.com>", body, ret="razan.jdva@gmail.example.com")
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سائد محمود العتوم", "مدير برنامج الدمج المجتمعي", "جمعية صوت الصم الأردنية", ["plenary"])],
        report_attachments=[M18_REPORT],
        notes="both, in Jordanian dialect, on 11 February: the report part is on time but the speaker part is late "
              "(the sender suspects it: 'إذا فات موعد الترشيح'), so on_time false. The nominee is in a table (HTML "
              "table; tab-separated in the text part) with the honorific 'الأستاذ' in the name cell (dropped); "
              "'مداخلة بالجلسة العامة' = plenary. Sign-language interpretation request; the interpreter is unnamed. "
              "The sender ('منسقة المشاريع') is not a speaker. Gmail, base64, Arabic PDF name."))


# ================================================================ 19  FR  other  CMIPSH accessibility questions, reply to our acknowledgement of 06
def m19():
    when = at("2021-02-12 09:45:00")
    ack = ack_mid(M06_QID)
    quoted = ack_body("fr", M06_SUBJ, "votre demande d'intervention")
    text = """Madame, Monsieur,

Merci pour votre accusé de réception. En vue de la participation de Mme Fatima-Zahra Bennani, nous souhaiterions connaître quelques détails pratiques :

- la salle plénière et la tribune sont-elles accessibles en fauteuil roulant (rampe ou plateforme élévatrice) ?
- l'hôtel recommandé dispose-t-il de chambres adaptées aux personnes à mobilité réduite ?
- son assistante personnelle, Mme Siham Rami, pourra-t-elle recevoir un badge d'accompagnatrice et rester à ses côtés pendant la séance ?
- à quelle heure commencera la séance plénière du 24 février ?

Merci d'avance pour votre réponse.

Cordialement,

Youssef Alaoui
Secrétaire général
CMIPSH

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : jeudi 28 janvier 2021 16:05
À : Youssef Alaoui <""" + M06_ADDR + """>
Objet : Accusé de réception : """ + M06_SUBJ + "\n\n" + quoted + "\n"
    a = alt(text, "_000_PR3P191MB08425D2F9A1C7E34_", html=outlook_html(text, lang="FR"))
    subj = "RE: Accusé de réception : " + M06_SUBJ
    m = mk(when, sent_at(when, 1, 6), "mail-pr3p191on0627.outbound.protection.outlook.example.com",
           "198.51.100.191", "4F4Kd26Hmz0", "Youssef Alaoui <%s>" % M06_ADDR, hdr(subj, enc="Q"),
           "<PR3P191MB08425D2F9A1C7E34@PR3P191MB0842.EURP191.PROD.OUTLOOK.example.com>", a, ret=M06_ADDR,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)] +
           outlook(hdr("Accusé de réception : " + M06_SUBJ, enc="Q"), "AdcBLs4Tn8Wq2Xe6Ry0Uz4Io8Pa2==",
                   lang="fr-FR"))
    add(19, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="logistics questions (wheelchair access to the podium, adapted hotel rooms, a badge for the personal "
              "assistant, start time of the plenary) as an Outlook reply to our acknowledgement of h303-06 "
              "(References name h303-06): the accepted speaker and her assistant ('Mme Siham Rami') are named but "
              "nobody new is proposed, so other, thread_of h303-06, acknowledged (it asks questions). The quoted "
              "acknowledgement mentions 'votre demande d'intervention'."))


# ================================================================ 20  EN  report  psychiatric nurses: report + a focal point's CV, Outlook logo
M20_REPORT = "EMAPN_Voluntary_GCM_Review_Report_2021.pdf"
M20_CV = "CV_Nadia_Saab_EMAPN_focal_point.pdf"


def m20():
    when = at("2021-02-15 14:40:33")
    subj = "Voluntary GCM review report - Eastern Mediterranean Association of Psychiatric Nurses"
    text = """Dear Sir/Madam,

Please find attached the voluntary GCM review report of the Eastern Mediterranean Association of Psychiatric Nurses (EMAPN). It draws on the experience of our members working in hospitals, immigration detention health units and community mental health teams in eight countries of the region, with a focus on the mental health of migrants in detention and of deported migrants.

For your records, we also attach the CV of our focal point for the review, Dr. Nadia Saab, who will follow the consultations as an observer. EMAPN is not requesting a speaking role.

Kind regards,

Joseph Matar
Executive Secretary
Eastern Mediterranean Association of Psychiatric Nurses (EMAPN)
Nicosia, Cyprus
"""
    rep = rep_pdf("Voluntary GCM review report", "Eastern Mediterranean Association of Psychiatric Nurses (EMAPN)",
                  ["Mental health in immigration detention", "Deported migrants", "Community mental health teams",
                   "Recommendations"])
    cv = make_pdf(["CURRICULUM VITAE - Dr. Nadia Saab, RN, PhD", "Focal point, EMAPN",
                   "Senior lecturer in psychiatric nursing", "Publications and experience"])
    cid = "image001.png@01D703A1.6C4E2B90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (20, 100, 110))], "_004_AS8PR02MB7094F1C3B8E2A65D_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AS8PR02MB7094F1C3B8E2A65D_")
    body = multi("mixed", [a, attach("application/pdf", rep, M20_REPORT), attach("application/pdf", cv, M20_CV)],
                 "_005_AS8PR02MB7094F1C3B8E2A65D_")
    m = mk(when, sent_at(when, 2, 8), "mail-as8pr02on0616.outbound.protection.outlook.example.com",
           "198.51.100.216", "4F6Cw93Jrz4", "Joseph Matar <secretariat@emapn.example.org>", subj,
           "<AS8PR02MB7094F1C3B8E2A65D@AS8PR02MB7094.eurprd02.prod.outlook.example.com>", body,
           ret="secretariat@emapn.example.org",
           extra=outlook(subj, "AdcDrT5Yk9Lm3Np7Qs1Uv5Wx9Za3==", lang="en-GB", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_REPORT],
        notes="report PDF plus a focal point's CV (PDF, a decoy) and an inline Outlook logo image001.png (a decoy); "
              "the focal point ('Dr. Nadia Saab') will attend 'as an observer' and 'EMAPN is not requesting a "
              "speaking role': no speaker, not 'both'. Date in UTC+2 (Cyprus)."))


# ================================================================ 21  AR  report  Kuwaiti association for the blind: 00:59 Kuwait = 23:59 Beirut, on time
def m21():
    when = at("2021-02-16 23:59:41")
    subj = "التقرير الطوعي لجمعية بصيرة - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    name = "Basira_Voluntary_GCM_Report_2021_accessible.pdf"
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لجمعية بصيرة لرعاية المكفوفين وضعاف البصر، ونعتذر عن إرساله بعد منتصف الليل بقليل، فقد تأخرنا في إعداد النسخة الميسرة التي يمكن قراءتها بقارئ الشاشة.

يتناول التقرير أوضاع العمالة المنزلية الوافدة من ذوي الإعاقة البصرية في الكويت، وإمكانية وصولهم إلى الفحوص الطبية وتجديد الإقامة والخدمات القنصلية، ويقدم توصيات للجهات الحكومية ولسفارات الدول المرسلة.

مع خالص التحية،

منيرة فهد العنزي
رئيسة لجنة الدراسات
جمعية بصيرة لرعاية المكفوفين وضعاف البصر - الكويت
"""
    rep = rep_pdf("Voluntary GCM review report (accessible version)", "Basira Association for the Blind, Kuwait",
                  ["Migrant domestic workers with visual impairments", "Medical examinations and residence renewal",
                   "Consular services", "Recommendations"])
    tx = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [tx, attach("application/pdf", rep, name)], "------------0A7C3E91B5D2F84610E6B9C3")
    m = mk(when, sent_at(when, 3, 4), "mail.basira-kw.example.org", "203.0.113.165", "4F6Zq05Nxz2",
           addr("منيرة العنزي", "studies@basira-kw.example.org"), hdr(subj),
           "<c3f81e07-6a2d-4b95-8e14-5d9a0b7c2f63@basira-kw.example.org>", body, ret="studies@basira-kw.example.org",
           extra=[("User-Agent", TB_MAC), ("Content-Language", "ar")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge the other way round: Date Wed 17 Feb 00:59:37 +0300 and the sender apologises for "
              "sending 'بعد منتصف الليل بقليل', but it was received at 23:59:41 on 16 February Beirut time: on time. "
              "Thunderbird, 8bit UTF-8 with format=flowed; one PDF ('accessible' version for screen readers, the "
              "only file)."))


# ================================================================ 22  FR  report  Moroccan physiotherapists: 23:07 Oujda = 00:07 Beirut, late; bad Reply-To
M22_ID = "<1613513268042.4417093@mail.yahoo.example.com>"
M22_SUBJ = "Rapport volontaire AMKS - Examen régional PMM"
M22_QID = "4F7Bk60Rgz9"
M22_REPLYTO = "secretariat@amks-maroc.example.org"


def m22():
    when = at("2021-02-17 00:07:52")
    name = "Rapport_volontaire_AMKS_PMM_2021.pdf"
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'Association Marocaine des Kinésithérapeutes Solidaires (AMKS), que nous vous adressons avant l'échéance de ce soir.

Ce rapport présente les consultations de rééducation offertes aux migrants blessés à Oujda, Nador et Tanger, souvent à la suite de chutes lors du franchissement des clôtures, ainsi que l'orientation des personnes restées handicapées vers les services sociaux.

Merci d'adresser toute correspondance à notre secrétariat (adresse de réponse).

Salutations distinguées,

Dr Hicham Ouazzani
Président
Association Marocaine des Kinésithérapeutes Solidaires (AMKS)
Oujda
"""
    rep = rep_pdf("Rapport volontaire - AMKS", "Association Marocaine des Kinesitherapeutes Solidaires",
                  ["Reeducation des migrants blesses a Oujda, Nador et Tanger", "Chutes aux clotures",
                   "Orientation des personnes handicapees", "Recommandations"])
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">'
            + "".join('<div dir="ltr">%s</div>' % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
            + "</div></body></html>\n")
    a = alt(text, "----=_Part_4417092_1902847361.1613513268041", html=html)
    body = multi("mixed", [a, attach("application/pdf", rep, name)], "----=_Part_4417091_612093847.1613513268040")
    m = mk(when, sent_at(when, 1, 4), "sonic314-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.214", M22_QID,
           "Hicham Ouazzani <h.ouazzani.kine@yahoo.example.fr>", hdr(M22_SUBJ, enc="Q"), M22_ID, body,
           ret="h.ouazzani.kine@yahoo.example.fr",
           extra=[("Reply-To", "AMKS Secretariat <%s>" % M22_REPLYTO), ("X-Mailer", YAHOO)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by time zone: Date Tue 16 Feb 23:07:48 +0100 and 'avant l'échéance de ce soir', but received "
              "00:07:52 on 17 February Beirut time: on_time false (still acknowledged). Reply-To differs from From "
              "(the acknowledgement goes to the secretariat address, which bounces: h303-23). 'Dr' in the "
              "signature is the sender; no speaker. Yahoo, Date in UTC+1."))


# ================================================================ 23  EN  bounce  Exim: our acknowledgement of 22 to its Reply-To address
def m23():
    when = at("2021-02-17 00:08:31")
    ack = ack_mid(M22_QID)
    sent = when - dt.timedelta(seconds=36)
    notice = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    Unrouteable address
""" % M22_REPLYTO
    p1 = leaf("text/plain", notice, "us-ascii", "7bit")
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    dsn = ("Reporting-MTA: dns; mail.amks-maroc.example.org\n\n"
           "Action: failed\n"
           "Final-Recipient: rfc822;%s\n"
           "Status: 5.0.0\n" % M22_REPLYTO)
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    ack_txt = ack_body("fr", M22_SUBJ, "votre rapport volontaire")
    returned = ("Return-Path: <gcmrrarabstates@iom.int>\n"
                "Received: from mx1.iom.int ([198.51.100.5])\n\tby mail.amks-maroc.example.org with esmtps "
                "(TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.94)\n\tid 1lC9qF-0004Xs-2T\n"
                "\tfor %s; %s\n"
                "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
                "To: AMKS Secretariat <%s>\n"
                "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=3A_Rapport_volontaire_AMKS_-_Examen_r?=\n"
                " =?utf-8?q?=C3=A9gional_PMM?=\n"
                "Date: %s\n"
                "Message-ID: %s\n"
                "In-Reply-To: %s\n"
                "References: %s\n"
                "Auto-Submitted: auto-replied\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\n"
                "Content-Transfer-Encoding: 8bit\n\n%s"
                % (M22_REPLYTO, rfcdate(tz(sent, 1)), M22_REPLYTO, rfcdate(sent), ack, M22_ID, M22_ID, ack_txt))
    p3 = Message(policy=POL)
    p3["Content-Type"] = "message/rfc822"
    p3.attach(BytesParser(policy=POL).parsebytes(returned.encode("utf-8")))
    body = multi("report", [p1, p2, p3], "1613513311-eximdsn-1804289383", params=[("report-type", "delivery-status")])
    rows = std_rows(when, "mail.amks-maroc.example.org", "203.0.113.188", "4F7Bm12Tvz0",
                    "Mail Delivery System <Mailer-Daemon@mail.amks-maroc.example.org>",
                    "Mail delivery failed: returning message to sender", rfcdate(sent_at(when, 1, 2)),
                    "<E1lC9qF-0004Xs-3U@mail.amks-maroc.example.org>", ret="",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", M22_REPLYTO)])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    add(23, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Exim DSN (multipart/report; report-type=delivery-status, X-Failed-Recipients, 'Unrouteable "
              "address', Status 5.0.0) from the sender's own domain for our French acknowledgement of h303-22, sent "
              "to its Reply-To address; the whole acknowledgement comes back as message/rfc822 (8bit UTF-8, French, "
              "'votre rapport volontaire'). The human-readable notice is English. Never acknowledge; thread_of null "
              "as for the dev bounces."))


# ================================================================ 24  FR  speaker  Lebanese psychologists: a rapporteur, late (18 February), PDF letter
def m24():
    when = at("2021-02-18 10:15:27")
    subj = "ALPC – désignation d'une rapporteuse"
    letter_name = "Lettre_designation_ALPC_rapporteuse.pdf"
    text = """Madame, Monsieur,

Avec un peu de retard, dont nous vous prions de nous excuser, l'Association Libanaise des Psychologues Cliniciens (ALPC) souhaite proposer la Dre Carla Nassif, Présidente de la commission Santé mentale et migrations, pour intervenir en qualité de rapporteuse et présenter les messages clés des parties prenantes.

La lettre de désignation signée par notre bureau est jointe en PDF.

Si la liste des intervenants est déjà close, nous vous serions reconnaissants de nous en informer.

Bien à vous,

Maya Karam
Secrétaire exécutive
Association Libanaise des Psychologues Cliniciens (ALPC)
Beyrouth
"""
    letter = make_pdf(["ASSOCIATION LIBANAISE DES PSYCHOLOGUES CLINICIENS (ALPC)", "Beyrouth, le 17 fevrier 2021",
                       "Objet : designation d'une rapporteuse", "Dre Carla Nassif, Presidente de la commission",
                       "Sante mentale et migrations", "Le Bureau de l'ALPC (signatures)"])
    a = alt(text, "Apple-Mail=_9D3B7E12-0A4C-4F85-B6E2-1C8F5A3D7049", html=apple_html(text))
    body = multi("mixed", [a, attach("application/pdf", letter, letter_name)],
                 "Apple-Mail=_52A1F0C8-7E3D-49B6-8A15-D4C9E2B7F063")
    m = mk(when, sent_at(when, 2, 6), "smtp.alpc-liban.example.org", "203.0.113.149", "4F8Nr71Fwz3",
           addr("Maya Karam", "secretariat@alpc-liban.example.org"), hdr(subj, enc="Q"),
           "<7B2E9F04-C1D8-4A63-9E57-3F0A6B8D1C24@alpc-liban.example.org>", body,
           ret="secretariat@alpc-liban.example.org", extra=[("X-Mailer", APPLE)])
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Carla Nassif", "Présidente de la commission Santé mentale et migrations",
           "Association Libanaise des Psychologues Cliniciens (ALPC)", ["rapporteur"])],
        notes="late speaker request (18 February; the sender apologises and asks whether the list is closed): "
              "on_time false, acknowledged. 'la Dre' dropped; 'intervenir en qualité de rapporteuse et présenter "
              "les messages clés des parties prenantes' = rapporteur; the signed designation letter is attached as "
              "a PDF (not a report). The executive secretary who writes is not a speaker. Apple Mail, en dash in "
              "the Q-encoded subject."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
