#!/usr/bin/env python3
"""Write the blind evaluation set holdout275 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets275.py
Theme: universities, research centres and think tanks (25 January - 17 February 2021).  A Beirut professor with a
Jean Monnet chair who asks to speak as a fellow of a policy centre, a Tangier dean's letter proposing a professor
with a UNESCO chair (signed letter and CV attached), an Amman migration research centre proposing two researchers
(the associate professor's sabbatical reply follows), a doctoral researcher in England who only wants to observe, a
Tunis professor emeritus declining the invitation in a reply that quotes it, an Egyptian master's student asking
whether her thesis could be a report, a research consortium's collective report with two co-authors from two
institutions (a mistyped Cc bounces), a Baghdad think tank whose report is a Google Drive link and whose speaker is
in one closing sentence, an Ouargla research centre's report + executive summary + rapporteur (her field-work
out-of-office follows), a Lebanese researcher writing in dialect from his iPhone at 23:58 on the speaker deadline,
a Washington think tank nominating a scholar at 17:21 EST (00:21 in Beirut), a Marseille researcher asking late
with HDR and ORCID, a Beirut institute's report in three files, a master's programme registering its students, a
Kuwait research unit's report in two parts (thanked the next morning), a London lab's WeTransfer link then the
compressed PDF, a Beirut observatory's report in Word and PDF, a Tunis institute's FileSender link at 23:41 on the
report deadline and a Khartoum institute's report a day late.  Academic signatures with degrees, chairs, double
affiliations, ORCID and HAL lines, disclaimers.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(275)
add = SET.add
H = "h275-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.10"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF84 (Win)/8.8.15_GA_3869)"


def orcid(digits15):
    """An ORCID iD with a valid ISO 7064 11,2 check digit."""
    total = 0
    for d in digits15:
        total = (total + int(d)) * 2
    r = (12 - total % 11) % 11
    s = digits15 + ("X" if r == 10 else str(r))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def android_html(text, rtl=False):
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c2e8a17yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def roundcube_html(text):
    inner = "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n</body></html>\n' % inner)


def zimbra_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>\n' % inner)


def ack_text(lang, subject, what):
    """The body of our acknowledgement as it is quoted back in replies."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  speaker  Beirut professor with a Jean Monnet chair speaks as a centre's fellow
def m01():
    when = at("2021-01-25 10:02:37")
    subj = "Request for a floor intervention - Roundtable 2 (Prof. Nadine Kassab-Whitfield)"
    text = """Dear Colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region, which our Dean's office forwarded to the Faculty last week.

I would like to request a floor intervention in the second thematic roundtable on 24-25 February. My current research, a three-year comparative study of recruitment corridors between South Asia, Lebanon and the Gulf (2019-2022), speaks directly to Objectives 6 and 22, and I would keep to the three minutes foreseen for floor interventions.

Please note that I would speak in my capacity as Non-Resident Senior Fellow at the Mashriq Centre for Policy Research (MCPR), which hosts the study, and not on behalf of the University, whose rules require a separate clearance before a faculty member can state an institutional position.

I am happy to send a short bio or a one-page summary of the study if useful.

With best wishes,
Nadine

--
Prof. Nadine Kassab-Whitfield, DPhil (Oxon)
Professor of Political Sociology | Jean Monnet Chair in Euro-Mediterranean Mobility
Department of Sociology, Anthropology and Media Studies
Cedar Hill University, Beirut, Lebanon
Non-Resident Senior Fellow, Mashriq Centre for Policy Research (MCPR)
ORCID: https://orcid.org/%s
Office hours: Tue/Thu 14:00-16:00, College Hall 312

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed are those of the author and do not necessarily reflect those of Cedar Hill University.
""" % orcid("000000028413579")
    cid = "image001.png@01D6F30B.4A1E7C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (120, 24, 40))], "_004_VI1PR08MB3327A1B9C4E2F708_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR08MB3327A1B9C4E2F708_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08on0621.outbound.protection.outlook.example.com",
           "198.51.100.121", "4DPr1Kq63Tz8", "Nadine Kassab-Whitfield <nk62@cedarhill.example.edu.lb>", subj,
           "<VI1PR08MB3327A1B9C4E2F708@VI1PR08MB3327.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzAq3Ws5Ed7Rf9Tg1Yh3Uj5Ik7Ol==", lang="en-US"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nadine Kassab-Whitfield", "Non-Resident Senior Fellow", "Mashriq Centre for Policy Research (MCPR)",
           ["roundtable"], 2)],
        notes="self-nomination by a professor with two posts: the signature lists her chair at Cedar Hill University "
              "first (Professor of Political Sociology | Jean Monnet Chair ...), but the body says she will speak 'in "
              "my capacity as Non-Resident Senior Fellow at the Mashriq Centre for Policy Research (MCPR) ... and "
              "not on behalf of the University': title and affiliation follow the capacity she asks to speak in. "
              "'Prof.' and 'DPhil (Oxon)' are not part of the name; the body is signed 'Nadine'. 'the second "
              "thematic roundtable' = 2; Objectives 6 and 22, 2019-2022 and 'three minutes' are not event data. "
              "Outlook with a university logo and a confidentiality disclaimer; ORCID line."))


# ================================================================ 02  FR  speaker  Tangier dean's letter: professor with a UNESCO chair, letter + CV attached
def m02():
    when = at("2021-01-26 09:40:51")
    subj = "Proposition d'une intervenante – Pr Mounia Berrada-Alaoui – Examen régional du Pacte mondial"
    text = """Bonjour,

Veuillez trouver ci-dessous et en pièces jointes le courrier de Monsieur le Doyen ainsi que le CV de l'intervenante proposée.

Cordialement,
Secrétariat du Décanat
FSJES Tanger

------------------------------------------------------------

Université Moulay Ali Chérif
Faculté des Sciences Juridiques, Économiques et Sociales de Tanger
Le Doyen

Tanger, le 25 janvier 2021
N° 0087/D/2021

Au Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières – Région arabe

Objet : Proposition d'une intervenante – Conférence régionale des 24 et 25 février 2021

Madame, Monsieur,

Suite à votre aimable invitation, j'ai l'honneur de vous proposer la participation de Madame la Professeure Mounia Berrada-Alaoui, Professeure de l'enseignement supérieur et titulaire de la Chaire UNESCO « Migrations, Mobilités et Droits », en qualité d'intervenante lors de la première table ronde thématique, au nom de la Faculté des Sciences Juridiques, Économiques et Sociales de Tanger – Université Moulay Ali Chérif (FSJES Tanger).

Mme Berrada-Alaoui dirige également le Laboratoire d'Études sur les Migrations et le Développement (LEMD), qui conduit depuis 2015 une enquête longitudinale auprès de quelque 1 800 migrants subsahariens en transit ou installés dans la région Tanger-Tétouan-Al Hoceïma. Ses travaux sur l'accès aux droits des migrants en situation irrégulière font référence au Maroc.

Vous trouverez ci-joints la version signée du présent courrier ainsi que son curriculum vitae.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Le Doyen
Pr Rachid El Mansouri
"""
    letter = make_pdf(["Universite Moulay Ali Cherif - FSJES Tanger", "Le Doyen", "Tanger, le 25 janvier 2021",
                       "N 0087/D/2021", "Objet : Proposition d'une intervenante", "(signature et cachet)"])
    cv = make_pdf(["Curriculum vitae", "Mounia Berrada-Alaoui", "Professeure de l'enseignement superieur",
                   "Titulaire de la Chaire UNESCO Migrations, Mobilites et Droits", "Directrice du LEMD",
                   "Doctorat d'Etat en droit public (2003)"])
    cid = "image001.png@01D6F3C1.2B7E9D50"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (0, 70, 130))], "_006_DB6PR02MB3014E8A4C1D7B295_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB6PR02MB3014E8A4C1D7B295_")
    body = multi("mixed", [a, attach("application/pdf", letter, "Courrier_Doyen_0087-D-2021_signe.pdf"),
                           attach("application/pdf", cv, "CV_Pr_Berrada-Alaoui_2021.pdf")],
                 "_007_DB6PR02MB3014E8A4C1D7B295_")
    m = mk(when, sent_at(when, 1, 9), "mail-db6eur02on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", "4DQ6Vx18Lmz2", addr("Secrétariat du Décanat FSJES Tanger", "decanat@fsjes-umac.example.ma",
                                                 enc="Q"),
           hdr(subj, enc="Q"), "<DB6PR02MB3014E8A4C1D7B295@DB6PR02MB3014.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzBr4Xt6Fy8Ug0Ih2Jo4Kp6Lq8Mw==", lang="fr-FR", has_attach="yes"))
    add(2, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mounia Berrada-Alaoui",
           "Professeure de l'enseignement supérieur et titulaire de la Chaire UNESCO « Migrations, Mobilités et Droits »",
           "Faculté des Sciences Juridiques, Économiques et Sociales de Tanger – Université Moulay Ali Chérif "
           "(FSJES Tanger)", ["roundtable"], 1)],
        notes="a dean's letter forwarded by his secretariat above a separator: the speaker is a professor with a "
              "double title (rank + UNESCO chair, recorded as written, guillemets included) who also directs a "
              "laboratory (LEMD, a second affiliation named in the next paragraph; she is proposed 'au nom de la "
              "Faculté'). 'Madame la Professeure' / 'Mme' dropped; 'la première table ronde thématique' = 1. Two "
              "PDFs (signed letter, CV) are not a report. The dean and the secretariat are not speakers; 2015 and "
              "1 800 migrants are not event data. Outlook, Date in UTC+1."))


# ================================================================ 03  AR  speaker  Amman research centre proposes two researchers (rapporteur, open discussion)
M03_ID = "<AM6PR04MB5733C2E9A41F8B06@AM6PR04MB5733.eurprd04.prod.outlook.example.com>"
M03_SUBJ = "ترشيح باحثَين من مركز دراسات الهجرة والتنقل البشري للمشاركة في الاستعراض الإقليمي"
M03_QID = "4DRa7Mc40Hz5"
M03_CENTRE = "مركز دراسات الهجرة والتنقل البشري في الجامعة العربية للعلوم الاجتماعية"


def m03():
    when = at("2021-01-27 11:15:08")
    text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسرّ %s أن يرشح اثنين من باحثيه للمشاركة في أعمال الاستعراض الإقليمي:

1. الدكتور فراس عادل النمري، أستاذ مشارك في علم الاجتماع ونائب مدير المركز، ليكون أحد المقررين الذين يعرضون الرسائل الرئيسية لأصحاب المصلحة، إذ أشرف على ورش التشاور الثماني التي عقدها المركز مع منظمات المجتمع المدني في عمّان وإربد والزرقاء خلال عام 2020.

2. الآنسة ريم سليمان العبادي، باحثة مساعدة، وهي طالبة دكتوراه في الديموغرافيا الاجتماعية، للمشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة يوم 23 شباط/فبراير، لتعرض نتائج المسح الميداني الذي شاركت في إعداده حول العمال المهاجرين في القطاع الزراعي في وادي الأردن.

علماً بأن المركز يعمل حالياً على تقرير طوعي مشترك مع جامعتين شريكتين، وسنرسله إليكم حال اكتماله قبل الموعد المحدد.

الدكتور النمري والآنسة العبادي في نسخة هذه الرسالة.

وتفضلوا بقبول فائق الاحترام،

أ.د. سمير خليل الطراونة
مدير مركز دراسات الهجرة والتنقل البشري
أستاذ الجغرافيا السكانية - كلية الآداب والعلوم الإنسانية
الجامعة العربية للعلوم الاجتماعية - عمّان، الأردن
هاتف: +962 6 000 0000 فرعي 2417
""" % M03_CENTRE
    a = alt(text, "_000_AM6PR04MB5733C2E9A41F8B06_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    ccv = hdr("فراس النمري")
    ccv.append(" <f.alnimri@aus-s.example.edu.jo>, ", "us-ascii")
    ccv.append("ريم العبادي", "utf-8")
    ccv.append(" <r.alabbadi@aus-s.example.edu.jo>", "us-ascii")
    m = mk(when, sent_at(when, 2, 8), "mail-am6eur04on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", M03_QID, addr("سمير الطراونة", "s.tarawneh@aus-s.example.edu.jo"), hdr(M03_SUBJ),
           M03_ID, a, cc=ccv, extra=outlook(hdr(M03_SUBJ), "AdbzCs5Yu7Gz9Vh1Ji3Kp5Lq7Mr9Nx==", lang="ar-JO"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فراس عادل النمري", "أستاذ مشارك في علم الاجتماع ونائب مدير المركز", M03_CENTRE, ["rapporteur"]),
        sp("ريم سليمان العبادي", "باحثة مساعدة", M03_CENTRE, ["open_discussion"])],
        notes="a research centre's director proposes two researchers in a numbered list: 'الدكتور' and 'الآنسة' "
              "dropped; a double title for the first (rank + deputy director, recorded as written), 'طالبة دكتوراه' "
              "is the second one's studies, not her title; 'المقررين الذين يعرضون الرسائل الرئيسية' = rapporteur, "
              "'النقاش المفتوح ضمن المشاورة' = open_discussion. The joint report is only announced ('سنرسله إليكم "
              "حال اكتماله'), so not 'both'. The signer (director, also a professor) is not a speaker. Outlook, "
              "base64; both speakers in Cc; the first one's sabbatical reply follows (h275-04)."))


# ================================================================ 04  AR  auto_reply  sabbatical out-of-office of the first speaker of 03
def m04():
    when = at("2021-01-27 11:15:49")
    ack = ack_mid(M03_QID)
    text = """شكراً لرسالتكم.

أنا في إجازة تفرغ علمي حتى 31 آب/أغسطس 2021، وأتابع بريدي الإلكتروني بشكل متقطع. للأمور المتعلقة بالمركز يرجى التواصل مع مكتب المدير على العنوان mhms.director@aus-s.example.edu.jo.

Thank you for your email. I am on sabbatical leave until 31 August 2021 and will be checking email only intermittently. For matters concerning the Centre, please contact the Director's office at mhms.director@aus-s.example.edu.jo.

د. فراس عادل النمري
أستاذ مشارك في علم الاجتماع | نائب مدير مركز دراسات الهجرة والتنقل البشري
Dr. Firas A. Al-Nimri, Associate Professor of Sociology | Deputy Director, Centre for Migration and Human Mobility Studies
"""
    body = alt(text, "_000_AM6PR04MB5733OOF7D2C9E1_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M03_SUBJ)
    rows = exch_ooo(when, "mail-am6eur04on0615.outbound.protection.outlook.example.com", "198.51.100.115",
                    "4DRa8Qd72Jz1", addr("فراس النمري", "f.alnimri@aus-s.example.edu.jo"),
                    "<AM6PR04MB5733F1A8D3C6E920@AM6PR04MB5733.eurprd04.prod.outlook.example.com>", subj,
                    hdr("إشعار استلام - " + M03_SUBJ), M03_ID, ack, "ar-JO", (2, 3))
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="bilingual Exchange out-of-office (sabbatical until August) of the first speaker proposed in h275-03, "
              "who was in Cc, answering our acknowledgement 41 seconds later ('رد تلقائي:' before our subject, "
              "References name h275-03): it carries his full name and double title in Arabic and English and could "
              "be read as a new or withdrawn nomination; it is neither. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 05  EN  other  doctoral researcher in England who only wants to observe
def m05():
    when = at("2021-01-28 14:30:22")
    subj = "Question from a doctoral researcher - observing the Regional Review"
    text = """Dear GCM Regional Review team,

I hope this finds you well. My name is Hana Lutfi and I am a doctoral researcher at the University of Northbridge, where my thesis looks at how Gulf and Levant states report on GCM implementation (working title: "Compacts without compulsion? Voluntary reporting and migration governance in the Arab region").

I came across the invitation on the IOM MENA website and have three questions:

1. Is the multi-stakeholder consultation on 23 February open to observers, and if so, could I register as an individual observer?
2. Will the voluntary GCM review reports submitted by stakeholders be published, or could they be made available for research with the authors' consent?
3. Will the sessions be recorded?

To be clear, I am not asking for a speaking role and I have nothing to submit myself. My supervisor, Professor Alan Whitcombe, suggested I also ask whether doctoral researchers may take the floor at all, but for this year I would only like to listen.

Many thanks for your time, and apologies if these questions are answered somewhere I missed.

Best wishes,
Hana

--
Hana Lutfi, MSc
PhD Candidate in Development Studies
School of Global Affairs, University of Northbridge
ORCID: %s | Twitter: @hana_lutfi
Pronouns: she/her
""" % orcid("000000034417260")
    body = alt(text, "000000000000a4c71b05b9f2e816", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 6), "mail-wr1-f42.google.example.com", "192.0.2.142", "4DSb0Ng27Kz4",
           "Hana Lutfi <hana.lutfi.phd@gmail.example.com>", subj,
           "<CAJ7nRt4Wq2kX8mP+c5Lv1Bd9sF3hGe6yZ0@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a doctoral researcher's questions (observer registration, publication of the voluntary reports, "
              "recordings): 'I am not asking for a speaking role and I have nothing to submit'; her supervisor "
              "(Professor ..., named) is not proposed, his question about doctoral researchers taking the floor is "
              "relayed, not a request. Thesis title, ORCID and pronouns in the signature. Gmail, Date in UTC+0."))


# ================================================================ 06  FR  other  Tunis professor emeritus declines, replying to the invitation
def m06():
    when = at("2021-01-29 16:05:40")
    inv_id = "<invitation.om3.20210127.1104@gcmrrarabstates.iom.int>"
    invitation = """Madame, Monsieur,

Au nom des co-organisateurs de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, nous avons le plaisir de vous inviter à la consultation multipartite du 23 février 2021 et à la conférence régionale des 24 et 25 février 2021.

Les parties prenantes qui souhaitent prendre la parole (discussion ouverte de la consultation, présentation des messages clés en qualité de rapporteur, intervention depuis la salle en séance plénière ou dans l'une des quatre tables rondes thématiques) sont priées d'indiquer le nom, le titre et l'affiliation de l'intervenant avant le vendredi 5 février 2021. Les rapports volontaires d'examen du Pacte peuvent être adressés jusqu'au mardi 16 février 2021, à l'adresse gcmrrarabstates@iom.int.

Nous espérons vivement pouvoir compter sur votre participation.

Le Secrétariat de l'Examen régional"""
    text = """Madame, Monsieur,

Je vous remercie vivement de votre invitation, qui m'honore.

Malheureusement, je ne pourrai pas prendre la parole lors de la Conférence : je préside deux jurys de soutenance de thèse à Sousse les 24 et 25 février, dates fixées de longue date et qu'il n'est plus possible de déplacer. Je préfère ne pas vous proposer de remplaçant au pied levé ; mes collègues de l'Observatoire sont eux-mêmes très pris en cette fin de semestre.

L'Observatoire réfléchit en revanche à une contribution écrite à partir de notre enquête de 2019 sur les étudiants subsahariens en Tunisie. Je ne peux rien promettre à ce stade, mais si elle voit le jour, elle vous parviendra avant le 16 février.

Je suivrai vos travaux avec intérêt et vous souhaite plein succès.

Bien cordialement,

Hichem Ben Slama
Professeur émérite de démographie
Président du conseil scientifique
Observatoire Maghrébin des Migrations et de la Mobilité (OM3)
Tunis

Le 27/01/2021 à 12:04, GCM Regional Review Arab States a écrit :
""" + gt(invitation) + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    subj = "Re: Invitation – Examen régional du Pacte mondial pour les migrations – États arabes"
    m = mk(when, sent_at(when, 1, 6), "smtp.om3.example.tn", "203.0.113.36", "4DSx4Pf91Lz0",
           "Hichem Ben Slama <h.benslama@om3.example.tn>", hdr(subj, enc="Q"),
           "<b7e2c0f4-91a3-4d5e-8c16-2f0a9d4b7e31@om3.example.tn>", tp,
           extra=[("In-Reply-To", inv_id), ("References", inv_id), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a professor emeritus declines the invitation in a Thunderbird reply that quotes it whole (the quote "
              "lists every role, 'le nom, le titre et l'affiliation' and both deadlines): he proposes no replacement "
              "and a written contribution is only possible ('je ne peux rien promettre'), nothing attached. A "
              "person's answer that needs no filing but still gets an acknowledgement; the invitation it answers is "
              "not in the set. Signature with his titles (emeritus, council president) is not a speaker's. "
              "format=flowed, 8bit, Date in UTC+1."))


# ================================================================ 07  AR  other  Egyptian master's student: may my thesis be a voluntary report?
def m07():
    when = at("2021-02-01 20:40:15")
    subj = "سؤال بخصوص التقرير الطوعي"
    text = """مساء الخير،

أنا مريم عبد الرحمن، طالبة ماجستير في العلوم السياسية. رسالتي عن العمالة المصرية في إيطاليا والهجرة غير النظامية من قرى المنوفية والغربية، وخلصت الشغل الميداني الشهر اللي فات (عملت 40 مقابلة مع شباب رجعوا ومع أهالي).

الدكتورة المشرفة عليا قالتلي ممكن أبعت ملخص الرسالة كتقرير طوعي للاستعراض الإقليمي، فكنت عايزة أسأل قبل ما أبعت أي حاجة:
- ينفع تقرير من فرد مش من منظمة أو جمعية؟
- لازم يكون على شكل معين ولا ينفع ملخص بحثي عادي (حوالي 15 صفحة)؟
- ولو بالإنجليزي مفيش مشكلة؟

وكمان لو ينفع أحضر أونلاين يوم 23 أكون ممتنة جداً. أنا مش طالبة أتكلم خالص، بس عايزة أسمع وأتعلم.

شكراً جداً ليكم
مريم

Sent from my Galaxy
"""
    body = alt(text, "0000000000003e9d2a05ba4b1c57", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 11), "mail-pj1-f53.google.example.com", "192.0.2.53", "4DVn8Rs15Qz6",
           addr("Mariam Abdelrahman", "mariam.abdelrahman97@gmail.example.com"), hdr(subj),
           "<CAE9wKs2Mp7vQ4xN+r1Lt6Bc3sH8dJf5gY2@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="an Egyptian master's student asks, in colloquial Egyptian Arabic, whether a summary of her thesis "
              "could count as a voluntary report ('قبل ما أبعت أي حاجة': nothing is attached) and whether she may "
              "attend online; 'مش طالبة أتكلم خالص' rules out a speaking request, and her supervisor ('الدكتورة "
              "المشرفة') is unnamed. 40 interviews and 15 pages are not event data. Gmail on Android, base64, "
              "Latin-script From name."))


# ================================================================ 08  EN  both  research consortium: collective report + two co-authors from two institutions
M08_ID = "<d41f7a2c9b3e58e0c1a6f2d7b9e4c305@almrc.example.org>"
M08_SUBJ = "ALMRC collective report + two speaker proposals (GCM Regional Review)"
M08_QID = "4DXd2Hk58Sz3"
M08_FILE = "ALMRC_Collective_Report_GCM_Review_2021.pdf"
M08_BADCC = "y.hajali@igms.example.edu.qa"


def m08():
    when = at("2021-02-03 14:22:10")
    text = """Dear Secretariat colleagues,

On behalf of the Arab Labour Mobility Research Consortium (ALMRC), I am pleased to submit our collective voluntary GCM review report, "Recruitment, Wages and Return: Labour Mobility in the Arab Region, 2018-2020" (PDF attached). The report was co-authored by seven researchers from five institutions in Jordan, Lebanon, Qatar, Egypt and Tunisia; the author list and each chapter's contributors are on page ii. It has not been published elsewhere.

The consortium would also like to propose two of the co-authors for speaking roles:

- Karim A. Saadeh, Chair of the ALMRC Steering Committee, to serve as rapporteur and deliver the stakeholders' key messages. Karim is also Professor of Labour Economics at Dar Al-Hikma University in Amman, but he would speak for the consortium.
- Dr. Yasmine Haj-Ali, Postdoctoral Research Fellow at the Institute for Gulf Migration Studies (IGMS), Doha, for a floor intervention in Roundtable 4, drawing on chapter 3 of the report (wage protection systems).

Both are copied on this message.

Kind regards,

Leila Odeh, MPH
Research Coordinator
Arab Labour Mobility Research Consortium (ALMRC)
c/o Faculty of Health Sciences, Beirut
www.almrc.example.org
"""
    pdf = rep_pdf("Recruitment, Wages and Return: Labour Mobility in the Arab Region, 2018-2020",
                  "Arab Labour Mobility Research Consortium (ALMRC) - collective report, seven co-authors",
                  ["Recruitment costs and fees", "Wage protection systems", "Return and reintegration",
                   "Data gaps", "Recommendations"])
    a = alt(text, "=_a3f9c51e7d2b04c86e1f9a2d7c3b5e08", html=roundcube_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE)], "=_6c0e4b9d2f7a1358c9e2d4f6a8b0c1e3")
    cc = "Karim A. Saadeh <k.saadeh@dahu.example.edu.jo>, Yasmine Haj-Ali <%s>" % M08_BADCC
    m = mk(when, sent_at(when, 2, 5), "mail.almrc.example.org", "203.0.113.88", M08_QID,
           "Leila Odeh <l.odeh@almrc.example.org>", M08_SUBJ, M08_ID, body, cc=cc,
           extra=[("User-Agent", ROUNDCUBE)])
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Karim A. Saadeh", "Chair of the ALMRC Steering Committee",
           "Arab Labour Mobility Research Consortium (ALMRC)", ["rapporteur"]),
        sp("Yasmine Haj-Ali", "Postdoctoral Research Fellow", "Institute for Gulf Migration Studies (IGMS)",
           ["roundtable"], 4)],
        report_attachments=[M08_FILE],
        notes="both, on time: a consortium's co-authored report and two co-authors from different institutions. The "
              "first has two posts; the mail says 'he would speak for the consortium', so title and affiliation are "
              "the consortium ones (his professorship at Dar Al-Hikma University is background). 'Dr.' dropped for "
              "the second, whose affiliation is her own institute, not the consortium; 'Doha' is its city. 'seven "
              "researchers from five institutions', 2018-2020 and 'chapter 3' are not event data. Roundcube; the "
              "second speaker's Cc address is mistyped and the copy of our acknowledgement bounces (h275-09)."))


# ================================================================ 09  EN  bounce  the mistyped Cc copy of our acknowledgement of 08
def m09():
    when = at("2021-02-03 14:22:52")
    diag = ("host mail.igms.example.edu.qa[203.0.113.58] said: 550 5.1.1 <%s>:\n"
            "    Recipient address rejected: User unknown in virtual mailbox table (in reply to\n"
            "    RCPT TO command)" % M08_BADCC)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M08_BADCC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXd3Jm06Tz9\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.igms.example.edu.qa\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), M08_BADCC, M08_BADCC, M08_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Leila Odeh <l.odeh@almrc.example.org>\n"
            "Cc: Karim A. Saadeh <k.saadeh@dahu.example.edu.jo>, Yasmine Haj-Ali <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M08_BADCC, M08_SUBJ, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M08_QID),
                                  M08_ID, M08_ID))
    body = dsn_report(text, dsn, hdrs, "4DXd3Kp27Vz1.1612354972/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXd3Kp27Vz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203122252.4DXd3Kp27Vz1@mx1.iom.int>")]
    add(9, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 5.1.1 user unknown at the Doha institute's server) for the Cc copy of our "
              "acknowledgement of h275-08; the returned headers carry h275-08's subject with 'collective report + "
              "two speaker proposals' and the co-authors' names. Never acknowledge; thread_of null as for dev "
              "bounces."))


# ================================================================ 10  AR  both  Baghdad think tank: report as a Google Drive link, speaker in one closing sentence
def m10():
    when = at("2021-02-04 10:31:44")
    subj = "التقرير الطوعي لمركز دجلة لدراسات السياسات العامة"
    link = "https://drive.google.example.com/file/d/1Tg8RkLw4Pz2Xq9Vn6Bc3Mh7Yd5Sa0Jf/view?usp=sharing"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون،
تحية طيبة،

يسعدنا أن نضع بين أيديكم التقرير الطوعي لمركز دجلة لدراسات السياسات العامة بعنوان «العودة المتعثرة: النازحون والعائدون والمهاجرون في العراق بعد 2017»، وهو عمل جماعي أعده فريق من تسعة باحثين في المركز بالتعاون مع قسمي الاجتماع والجغرافيا في جامعتين عراقيتين، وراجعه المجلس الاستشاري العلمي للمركز.

نظراً لحجم الملف (نحو 27 ميغابايت بسبب الخرائط والصور الميدانية) تعذّر إرفاقه بالبريد، ويمكنكم تحميله من الرابط التالي على Google Drive:
%s
(الرابط متاح لكل من لديه الرابط ولا يحتاج إلى طلب إذن.) ويتضمن الملف كذلك ملحق الاستبانة وجداول البيانات.

كما نرجو التكرم بقبول ترشيح الدكتورة سرى كاظم الجبوري، رئيسة وحدة دراسات النزوح والهجرة في المركز، لإلقاء مداخلة في إحدى الجلسات العامة يومي 24 و25 شباط.

مع خالص التقدير،
حيدر عبد الأمير الساعدي
مدير البرامج
مركز دجلة لدراسات السياسات العامة
بغداد - الكرادة
""" % link
    chip = ('<div dir="rtl">%s</div><div class="gmail_chip gmail_drive_chip" style="width:396px;height:18px;'
            'max-height:18px;background-color:#f5f5f5;padding:5px;border:1px solid #ddd;margin:10px 0" dir="ltr">'
            '<a href="%s" target="_blank" style="display:inline-block;overflow:hidden;text-overflow:ellipsis;'
            'white-space:nowrap;text-decoration:none;padding:1px 0;border:none;width:100%%">'
            '<span dir="ltr" style="color:#15c;vertical-align:bottom">تقرير مركز دجلة - العودة المتعثرة - 2021.pdf'
            '</span></a></div>') % ("<br>".join(esc(x) for x in text.rstrip("\n").split("\n")), link)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s'
            '</body></html>\n' % chip)
    body = alt(text, "0000000000007b21e405ba7f3d92", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 9), "mail-ed1-f47.google.example.com", "192.0.2.47", "4DYf6Rm39Wz2",
           addr("مركز دجلة لدراسات السياسات", "tigris.policy.centre@gmail.example.com"), hdr(subj),
           "<CAF2kTq8Nw5rY3mL+b9Xv4Cs7dP1hGe2jU6@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سرى كاظم الجبوري", "رئيسة وحدة دراسات النزوح والهجرة", "مركز دجلة لدراسات السياسات العامة",
           ["plenary"])],
        notes="the category turns on one closing sentence: the subject and most of the body are about a collective "
              "report shared as a Google Drive link (27 MB, nothing attached, so report_attachments is empty and "
              "the secretariat must download it), and the last paragraph nominates a speaker ('نرجو التكرم بقبول "
              "ترشيح الدكتورة ...'), so 'both'. 'الدكتورة' dropped; 'في المركز' refers back to the centre; 'إحدى "
              "الجلسات العامة' = plenary. Gmail with a Drive chip in the HTML part only, base64, Date in UTC+3; "
              "nine researchers and 2017 are not event data."))


# ================================================================ 11  FR  both  Ouargla research centre: report + executive summary + rapporteur in Cc
M11_ID = "<1874325069.2286417.1612451398822.JavaMail.zimbra@crmts.example.dz>"
M11_SUBJ = "Rapport volontaire du CRMTS et proposition d'une rapporteure"
M11_QID = "4DYx0Gt64Bz7"
M11_FILES = ["Rapport_CRMTS_PMM_2021_complet.pdf", "Résumé_exécutif_CRMTS_FR-AR.pdf"]


def m11():
    when = at("2021-02-04 16:10:05")
    text = """Madame, Monsieur,

Le Centre de Recherche sur les Migrations et les Territoires Sahariens (CRMTS) a le plaisir de vous faire parvenir son rapport volontaire d'examen du Pacte mondial, intitulé « Routes, oasis et villes-étapes : les mobilités transsahariennes à l'épreuve de la pandémie ». Ce rapport collectif, coordonné par Amina Belkacem-Tlemsani, réunit les contributions de onze chercheurs et doctorants du Centre et de trois universités partenaires.

Vous trouverez en pièces jointes :
- le rapport complet (PDF, 64 pages) ;
- le résumé exécutif en français et en arabe (PDF, 4 pages), qui fait partie intégrante du rapport.

Nous souhaiterions par ailleurs proposer Dr Amina Belkacem-Tlemsani, maître de conférences classe A et coordinatrice scientifique du rapport, pour porter les messages clés des parties prenantes en qualité de rapporteure. Elle est en copie de ce message.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pr Djamel Eddine Saïdi
Directeur de recherche
Directeur du Centre de Recherche sur les Migrations et les Territoires Sahariens (CRMTS)
Route de Ghardaïa, Ouargla – Algérie
"""
    full = rep_pdf("Routes, oasis et villes-etapes : les mobilites transsahariennes a l'epreuve de la pandemie",
                   "Centre de Recherche sur les Migrations et les Territoires Sahariens (CRMTS) - rapport collectif",
                   ["Les routes transsahariennes en 2020", "Oasis et villes-etapes", "Fermeture des frontieres",
                    "Acces aux soins", "Recommandations"])
    summ = rep_pdf("Resume executif (FR/AR)", "CRMTS - rapport volontaire 2021",
                   ["Constats principaux", "Recommandations prioritaires"])
    a = alt(text, "=_6b2f1e0a-9c47-4d3e-a8b1-2f5c7e9d0a43", html=zimbra_html(text))
    body = multi("mixed", [a, attach("application/pdf", full, M11_FILES[0]),
                           attach("application/pdf", summ, M11_FILES[1])],
                 "=_0d4a8e2c-73b1-4f95-b6e0-c1a9d3f5e782")
    m = mk(when, sent_at(when, 1, 6), "mail.crmts.example.dz", "203.0.113.119", M11_QID,
           addr("Djamel Eddine Saïdi", "dj.saidi@crmts.example.dz", enc="Q"), hdr(M11_SUBJ, enc="Q"), M11_ID, body,
           cc=addr("Amina Belkacem-Tlemsani", "a.belkacem@crmts.example.dz"),
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "2Ql8fYk3Vb7Nm1Qw5Er9Ty3Ui7Op1A=="),
                  ("Thread-Topic", hdr(M11_SUBJ, enc="Q"))])
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Amina Belkacem-Tlemsani", "maître de conférences classe A et coordinatrice scientifique du rapport",
           "Centre de Recherche sur les Migrations et les Territoires Sahariens (CRMTS)", ["rapporteur"])],
        report_attachments=M11_FILES,
        notes="both, on time (4 February): a collective report in two files, the full report and an executive "
              "summary that the mail calls 'partie intégrante du rapport' (accented name, RFC 2231 + RFC 2047): "
              "both listed. The rapporteur is the report's coordinator, named first as coordinator and later "
              "proposed ('porter les messages clés ... en qualité de rapporteure'); 'Dr' dropped, a double title "
              "recorded as written. The signer (director) is not a speaker; 64 pages, eleven researchers and three "
              "universities are not event data. Zimbra, Date in UTC+1; the speaker's field-work out-of-office "
              "follows (h275-12)."))


# ================================================================ 12  FR  auto_reply  the rapporteur's Zimbra out-of-office (field work) on our acknowledgement of 11
def m12():
    when = at("2021-02-04 16:10:38")
    ack = ack_mid(M11_QID)
    text = """Bonjour,

Je suis en mission de terrain (Tamanrasset – In Guezzam) jusqu'au 15 février 2021, avec un accès très limité au réseau. Je traiterai votre message à mon retour.

Pour toute question urgente concernant le rapport du CRMTS, merci de contacter le secrétariat du Centre : secretariat@crmts.example.dz.

Dr Amina Belkacem-Tlemsani
Maître de conférences classe A – Université des Oasis, Ouargla
Chercheuse associée, CRMTS
"""
    body = alt(text, "=_2e9f0b7d-58c4-41a6-9d3e-7b1c0f6a4e25", html=zimbra_html(text))
    subj = hdr("Réponse automatique : Accusé de réception - " + M11_SUBJ, enc="Q")
    rows = std_rows(when, "mail.crmts.example.dz", "203.0.113.119", "4DYx1Lv83Cz4",
                    addr("Amina Belkacem-Tlemsani", "a.belkacem@crmts.example.dz"), subj,
                    rfcdate(sent_at(when, 1, 2)), "<1299046713.2286455.1612451436108.JavaMail.zimbra@crmts.example.dz>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M11_ID + " " + ack), ("X-Mailer", "Zimbra 8.8.15_GA_3869")]
    add(12, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation reply of the rapporteur proposed in h275-11 (in Cc), 33 seconds after our "
              "acknowledgement ('Auto-Submitted: auto-replied (zimbra; vacation)', Precedence: bulk, null "
              "Return-Path, References name h275-11): signed with 'Dr', her rank at another institution (Université "
              "des Oasis) and 'Chercheuse associée, CRMTS', a second affiliation that differs from the nomination; "
              "not a new request. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 13  AR  speaker  Lebanese researcher, dialect, iPhone, 23:58 on the speaker deadline
def m13():
    when = at("2021-02-05 23:58:31")
    subj = "طلب مداخلة - الطاولة المستديرة ٣"
    text = """مرحبا،

بعتذر إنو عم ببعت هلأ بآخر دقيقة، كنت مفكّر إنو زميلتي بعتت الطلب باسم المرصد وطلع لأ.

بدي أطلب مداخلة بالطاولة المستديرة التالتة (٢٤-٢٥ شباط). رح إحكي عن نتائج المسح يلّي عملناه مع العمال السوريين والمصريين بقطاع البناء بعد انفجار المرفأ والأزمة المالية. وبس إحكي بكون عم إحكي باسم المرصد، مش باسم الجامعة.

المعلومات المطلوبة تحت بالتوقيع.

شكراً كتير وعذراً عالتأخير

د. جاد إيليا الخوري
باحث أول، مرصد العمل والهجرة في المشرق
أستاذ محاضر متعاقد، معهد العلوم الاجتماعية - جامعة جبل لبنان
ORCID: %s

أُرسلت من الـ iPhone
""" % orcid("000000019926403")
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 5), "mail-out.lmlo.example.org", "203.0.113.141", "4DZj7Qw02Xz5",
           "Jad El Khoury <jad.khoury@lmlo.example.org>", hdr(subj),
           "<3F8A2C61-5D07-4B9E-A1C4-E7D20B9F6A38@lmlo.example.org>", body,
           extra=[("X-Mailer", IPHONE), ("Content-Language", "ar")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("جاد إيليا الخوري", "باحث أول", "مرصد العمل والهجرة في المشرق", ["roundtable"], 3)],
        notes="deadline edge: received 23:58:31 Beirut time on Friday 5 February, on time although the sender "
              "apologises for the last minute. Lebanese dialect ('بدي أطلب مداخلة بالطاولة المستديرة التالتة' = "
              "roundtable 3; the subject writes '٣' in Arabic-Indic digits). Self-nomination whose details are only "
              "in the signature, which gives two posts; 'بكون عم إحكي باسم المرصد، مش باسم الجامعة' picks the "
              "observatory, so title and affiliation are the first line's ('د.' dropped). iPhone plain text, "
              "base64; 24-25 February is the event, not a deadline."))


# ================================================================ 14  EN  speaker  Washington think tank nominates a scholar at 17:21 EST = 00:21 in Beirut (late)
def m14():
    when = at("2021-02-06 00:21:37")
    subj = "MIAPS speaker nomination - plenary floor intervention"
    text = """Dear GCM Regional Review Secretariat,

I hope I am catching you before the weekend. On behalf of the Meridian Institute for Arab Policy Studies (MIAPS), I would like to nominate Dr. Omar Farid Zayed for a floor intervention in one of the plenary sessions on 24 or 25 February.

Omar directed our 2020 study of remittance flows to Lebanon, Jordan and Egypt during the pandemic, and he also teaches as Adjunct Associate Professor of International Affairs at Potomac State University. He would speak for MIAPS.

Speaker details, as requested in the invitation:
Name: Dr. Omar Farid Zayed
Title: Nonresident Scholar, Migration and Human Mobility Program
Affiliation: Meridian Institute for Arab Policy Studies (MIAPS), Washington, DC

He would join remotely, so a slot in the Beirut afternoon (morning in Washington) would be much appreciated.

Best regards,
Rebecca

Rebecca Han
Events & Outreach Manager
Meridian Institute for Arab Policy Studies (MIAPS)
1750 Rhode Island Avenue NW, Suite 400, Washington, DC 20036
+1 202 555 0143 | www.miaps.example.org
"""
    cid = "image001.png@01D6FBF2.8C5D0E10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (10, 40, 90))], "_004_BN6PR14MB1652F3A9E7C2D401_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_BN6PR14MB1652F3A9E7C2D401_")
    m = mk(when, sent_at(when, -5, 7), "mail-bn6nam14on0712.outbound.protection.outlook.example.com",
           "198.51.100.172", "4DZk0Tx36Yz1", "Rebecca Han <rhan@miaps.example.org>", subj,
           "<BN6PR14MB1652F3A9E7C2D401@BN6PR14MB1652.namprd14.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbsFt6Gy8Hz0Ij2Kl4Mn6Op8Qr0St==", lang="en-US"))
    add(14, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omar Farid Zayed", "Nonresident Scholar, Migration and Human Mobility Program",
           "Meridian Institute for Arab Policy Studies (MIAPS)", ["plenary"])],
        notes="deadline edge across time zones: sent Friday 5 February 17:21 in Washington (Date header UTC-5), "
              "received 00:21 on Saturday 6 February in Beirut, so late, and the sender believes she is in time "
              "('before the weekend'). Labelled Name/Title/Affiliation lines: 'Dr.' dropped from the name, ', "
              "Washington, DC' is the location, not part of the affiliation; the adjunct professorship at another "
              "university is background ('He would speak for MIAPS'). 'one of the plenary sessions' = plenary. "
              "Outlook with a logo; the sender is not the speaker."))


# ================================================================ 15  FR  speaker  Marseille researcher, openly late, HDR, ORCID and HAL
def m15():
    when = at("2021-02-09 11:05:12")
    subj = "Demande d'intervention (hors délai, je le sais) – table ronde 3"
    text = """Madame, Monsieur,

Je me permets de vous écrire après la date limite du 5 février, que je n'ai découverte qu'hier en lisant la lettre d'invitation transmise par un collègue de Beyrouth. Je comprendrais tout à fait que ma demande ne puisse plus être retenue.

Mes travaux portent sur les travailleuses domestiques éthiopiennes et sri-lankaises au Liban et sur leurs trajectoires de retour (enquête conduite depuis 2016 entre Beyrouth, Addis-Abeba et Colombo). J'aimerais, si c'est encore possible, intervenir lors de la table ronde 3 ; à défaut, je serais heureuse de prendre part à la discussion ouverte de la consultation du 23 février.

Mes coordonnées complètes figurent ci-dessous.

Bien cordialement,

Élise Karam-Duval

--
Élise Karam-Duval, PhD, HDR
Chargée de recherche au Laboratoire Méditerranéen des Mobilités et des Frontières (LMMF)
Chercheuse associée au Centre d'Études Levantines de Beyrouth (CELB)
Maison de la Recherche, 13100 Aix-en-Provence
ORCID : %s | HAL : https://hal.example.fr/search/index/?q=karam-duval
""" % orcid("000000026615092")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_5E9C2A47-1B83-4F06-9D2E-7A4C0B8F1D63")
    m = mk(when, sent_at(when, 1, 8), "smtp.lmmf.example.fr", "203.0.113.163", "4F0Pq52Vnz8",
           addr("Élise Karam-Duval", "elise.karam-duval@lmmf.example.fr", enc="Q"), hdr(subj, enc="Q"),
           "<C91E7B24-6A05-4D3F-8E12-B4F7A0C93D58@lmmf.example.fr>", body, extra=[("X-Mailer", APPLE)])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Élise Karam-Duval", "Chargée de recherche",
           "Laboratoire Méditerranéen des Mobilités et des Frontières (LMMF)", ["roundtable", "open_discussion"], 3)],
        notes="late self-nomination (9 February) that says so in the subject and the first sentence; still "
              "acknowledged. Two roles, the second as a fallback ('à défaut ... la discussion ouverte de la "
              "consultation du 23 février'), first choice roundtable 3. The signature gives a main post and an "
              "associate one at a Beirut centre: title and affiliation from the main line ('Chargée de recherche "
              "au ...'); 'PhD, HDR' are degrees, not part of the name. 2016 and the cities are research data. "
              "Apple Mail, Date in UTC+1; ORCID and HAL lines."))


# ================================================================ 16  EN  report  Beirut institute: report in three files (full report, executive summary, annex)
M16_FILES = ["LIMDP_GCM_Review_2021_Full_Report.pdf", "LIMDP_GCM_Review_2021_Executive_Summary_EN-AR.pdf",
             "Annex_B_Interview_Protocol_and_Data_Tables.docx"]


def m16():
    when = at("2021-02-09 15:30:40")
    subj = "LIMDP voluntary GCM review report (full report, executive summary and Annex B)"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Levant Institute for Migration and Development Policy (LIMDP), "Counting Who Counts: Data, Registration and Access to Services for Migrants in Lebanon and Jordan". It was prepared by a team of six LIMDP researchers with colleagues from two universities and was peer-reviewed by our Academic Advisory Board in January.

The submission comes in three files, which together make up the report:
1. LIMDP_GCM_Review_2021_Full_Report.pdf - the full report (48 pages)
2. LIMDP_GCM_Review_2021_Executive_Summary_EN-AR.pdf - a four-page executive summary in English and Arabic
3. Annex_B_Interview_Protocol_and_Data_Tables.docx - the interview protocol and the data tables (Annex A, the list of interviews, is withheld to protect our respondents)

The lead authors, Dr. Tamer Aziz and Dr. Joumana Saab, will be happy to answer any questions on the methodology. We are not requesting a speaking slot: our Director has already been invited to the plenary by the co-organisers.

Best regards,

Rania El-Khatib, PhD
Research Manager & Senior Fellow
Levant Institute for Migration and Development Policy (LIMDP)
Hamra, Beirut, Lebanon
ORCID: %s
""" % orcid("000000017734218")
    full = rep_pdf("Counting Who Counts: Data, Registration and Access to Services for Migrants",
                   "Levant Institute for Migration and Development Policy (LIMDP)",
                   ["Registration and documentation", "Access to health and education", "Data systems",
                    "Recommendations"])
    summ = rep_pdf("Executive summary (EN/AR)", "LIMDP - Voluntary GCM review report 2021",
                   ["Key findings", "Priority recommendations"])
    annex = make_docx(["Annex B - Interview protocol and data tables", "B.1 Interview guide (key informants)",
                       "B.2 Interview guide (migrant respondents)", "B.3 Tables 1-14"])
    cid = "image001.png@01D6FEE8.3F1B2C90"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 102, 102))], "_006_AM0PR10MB2563B8D4E1F7A290_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR10MB2563B8D4E1F7A290_")
    body = multi("mixed", [a, attach("application/pdf", full, M16_FILES[0]),
                           attach("application/pdf", summ, M16_FILES[1]), attach(DOCX, annex, M16_FILES[2])],
                 "_007_AM0PR10MB2563B8D4E1F7A290_")
    m = mk(when, sent_at(when, 2, 10), "mail-am0eur10on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4F0Wr83Kpz2", "Rania El-Khatib <r.elkhatib@limdp.example.org>", subj,
           "<AM0PR10MB2563B8D4E1F7A290@AM0PR10MB2563.eurprd10.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcAGu7Hz9Ij1Kl3Mn5Op7Qr9St1Uv==", lang="en-GB", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M16_FILES,
        notes="a think tank's report in three files that 'together make up the report' (full PDF, bilingual "
              "executive summary PDF, DOCX annex): all three listed; the signature logo (inline image001.png) is "
              "not. Decoys: two lead authors named with 'Dr.' as contacts, 'We are not requesting a speaking slot' "
              "and a Director 'already invited to the plenary by the co-organisers' (no request here), Annex A "
              "withheld. Outlook, en-GB, ORCID line."))


# ================================================================ 17  FR  other  master's programme wants its students to attend; asks about student notes
def m17():
    when = at("2021-02-10 10:12:33")
    subj = "Participation d'étudiants de Master à la consultation du 23 février"
    text = """Bonjour,

Je coordonne le Master de recherche « Migrations internationales et sociétés » de la Faculté des Lettres et des Sciences Humaines de Tunis-Médina. Quinze de nos étudiantes et étudiants de deuxième année souhaiteraient suivre en ligne la consultation multipartite du 23 février et, si possible, la conférence des 24 et 25 février, dans le cadre de leur séminaire sur la gouvernance des migrations.

Mes questions :
- faut-il inscrire chaque étudiant individuellement, ou puis-je vous envoyer une liste ?
- une attestation de participation pourra-t-elle leur être délivrée ?
- au cours du semestre, les étudiants ont rédigé des notes de synthèse sur plusieurs objectifs du Pacte ; pourraient-elles être transmises au titre des rapports volontaires ? Si oui, je vous les enverrais avant le 16 février.

Aucun d'entre nous ne demande à prendre la parole.

Merci d'avance pour votre réponse,

Sonia Trabelsi
Maître-assistante en sociologie
Coordinatrice du Master « Migrations internationales et sociétés »
Faculté des Lettres et des Sciences Humaines de Tunis-Médina
"""
    body = alt(text, "----=_Part_3318206_1459902314.1612948349871", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 4), "sonic307-15.consmr.mail.ir2.yahoo.example.com", "198.51.100.207",
           "4F1Bm60Hrz7", "Sonia Trabelsi <master.migrations.flshtm@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1612948349872.3318207@mail.yahoo.example.fr>", body, extra=[("X-Mailer", YAHOO)])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration questions from a master's programme (fifteen students to follow online, attendance "
              "certificates) and a question whether students' synthesis notes could count as voluntary reports ('Si "
              "oui, je vous les enverrais'): nothing attached, nobody proposed ('Aucun d'entre nous ne demande à "
              "prendre la parole'). The mention of 16 February is a plan, not a submission. Yahoo, Date in UTC+1."))


# ================================================================ 18  AR  report  Kuwait research unit: joint report split into two PDFs + Drive copy
M18_ID = "<CAG5tLw9Rk3nX7qM+d2Vb8Zc4sJ1fHy6eP0@mail.gmail.example.com>"
M18_SUBJ = "التقرير الطوعي المشترك - وحدة أبحاث السكان والهجرة (مرفق على جزأين)"
M18_QID = "4F1Lq94Tvz3"
M18_FILES = ["التقرير الطوعي المشترك - الجزء الأول.pdf", "التقرير الطوعي المشترك - الجزء الثاني.pdf"]


def m18():
    when = at("2021-02-11 12:48:20")
    link = "https://drive.google.example.com/file/d/1Hx4Wp8Ln2Qz6Rk0Vb3Tc7Md9Ys5Ja1G/view?usp=sharing"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين

السلام عليكم ورحمة الله وبركاته،

نرفق لكم التقرير الطوعي المشترك الذي أعدته وحدة أبحاث السكان والهجرة في جامعة الخليج للعلوم الإنسانية بالاشتراك مع ثلاثة مراكز بحثية في الكويت والبحرين وعُمان، بعنوان «العمالة الوافدة وسياسات التوطين في دول الخليج: قراءة في تنفيذ الاتفاق العالمي 2018-2020».

ونظراً لأن حجم الملف يتجاوز الحد المسموح به في البريد، قمنا بتقسيمه إلى جزأين مرفقين:
- الجزء الأول: الفصول 1-4
- الجزء الثاني: الفصول 5-7 والملاحق

ويمكن أيضاً تحميل النسخة الكاملة في ملف واحد من الرابط التالي:
%s

شارك في إعداد التقرير 12 باحثاً وباحثة، وأسماؤهم مذكورة في الصفحة الثانية من الجزء الأول.

نرجو التكرم بتأكيد الاستلام.

مع خالص التحية والتقدير،

د. نوال عبدالله الرشيدي
أستاذ مساعد - قسم الاجتماع والخدمة الاجتماعية
منسقة وحدة أبحاث السكان والهجرة
جامعة الخليج للعلوم الإنسانية - الكويت
ORCID: %s
""" % (link, orcid("000000030528471"))
    p1 = rep_pdf("Joint voluntary report - Part 1 (chapters 1-4)", "Population and Migration Research Unit, Kuwait",
                 ["Expatriate labour in the Gulf 2018-2020", "Nationalisation policies", "Recruitment",
                  "Wages and contracts"])
    p2 = rep_pdf("Joint voluntary report - Part 2 (chapters 5-7 and annexes)",
                 "Population and Migration Research Unit, Kuwait",
                 ["Departures during the pandemic", "Regularisation campaigns", "Recommendations",
                  "Annexes: tables and questionnaire"])
    a = alt(text, "000000000000c4f28a05bb0e6d19", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", p1, M18_FILES[0]), attach("application/pdf", p2, M18_FILES[1])],
                 "000000000000c4f28c05bb0e6d1b")
    m = mk(when, sent_at(when, 3, 12), "mail-lf1-f51.google.example.com", "192.0.2.51", M18_QID,
           addr("Nawal Alrashidi", "nawal.alrashidi.pmru@gmail.example.com"), hdr(M18_SUBJ), M18_ID, body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M18_FILES,
        notes="a joint report split into two attached PDFs because of its size (Arabic file names, RFC 2231 + RFC "
              "2047): both parts make up the report and both are listed; the Google Drive copy of the whole file is "
              "a convenience, not a third attachment. Co-authored by twelve researchers of four institutions; "
              "chapters 1-4/5-7 and 2018-2020 are not event data. 'د.' in the signature but nobody proposed. "
              "Gmail, base64, Latin-script From name, Date in UTC+3. Thanked in h275-19."))


# ================================================================ 19  AR  other  the Kuwait coordinator thanks us for the acknowledgement (iPhone)
def m19():
    when = at("2021-02-12 09:15:02")
    ack = ack_mid(M18_QID)
    quoted = ack_text("ar", M18_SUBJ, "التقرير الطوعي المرفق")
    text = """شكراً جزيلاً على تأكيد الاستلام، وصلنا الإشعار. بالتوفيق في المؤتمر إن شاء الله.

د. نوال

أُرسلت من الـ iPhone

> في ١١ فبراير ٢٠٢١، الساعة ١:٤٩ م، كتب ‏GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
>
""" + gt(quoted) + "\n"
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 3, 5), "mail-lj1-f44.google.example.com", "192.0.2.44", "4F2Cs17Mwz6",
           addr("Nawal Alrashidi", "nawal.alrashidi.pmru@gmail.example.com"), re_hdr("Re: ", "إشعار استلام - " + M18_SUBJ),
           "<7A2D9E40-C15B-4F83-96E7-0B3F8C1A5D24@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M18_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(19, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 18,
        notes="one-line iPhone thank-you answering our acknowledgement of h275-18 (References name h275-18): adds "
              "nothing new, so no acknowledgement; the quoted acknowledgement repeats 'التقرير الطوعي المرفق' but "
              "nothing is attached. The quote line uses Arabic-Indic digits and a right-to-left mark; Date in "
              "UTC+3."))


# ================================================================ 20  EN  report  London lab: report only as a WeTransfer link
M20_ID = "<LO2P265MB3018E6B1A9C4D752@LO2P265MB3018.GBRP265.PROD.OUTLOOK.example.com>"
M20_SUBJ = "Voluntary GCM review report - Migration Governance Lab (via WeTransfer)"
M20_TEXT = """Dear GCM Regional Review Secretariat,

On behalf of the Migration Governance Lab at Kingsmere University London, please find our voluntary GCM review report, "Beyond the Kafala Debate: Employer Sponsorship Reforms in Six Arab States, 2018-2020", at the WeTransfer link below. The files are too large for email (the report alone is 18.4 MB because of the maps and charts).

https://wetransfer.example.com/downloads/8c2f41d7e09b3a56f1c4e8d2b7a90e3c20210212/a91d4e

Files in the transfer:
- MGL_GCM_Review_Report_2021_final.pdf (18.4 MB)
- MGL_GCM_Review_Annexes_A-D.zip (31.2 MB)

Please note that the link expires on 19 February.

The report is co-authored by Professor Helen Marsh-Qureshi (Director of the Lab), Dr Samir Toukan, Dr Aoife Brennan and Nour Haddad (PhD candidate); the authors are listed alphabetically in the report itself.

Kind regards,
Thomas

Thomas Reilly-Aboud
Research Development Manager
Migration Governance Lab | Department of Politics and International Studies
Kingsmere University London
Strand Campus, London WC2R 2LS

Kingsmere University London is an exempt charity. This email and any attachments are confidential; if you are not the intended recipient, please delete it and notify the sender.
"""


def m20():
    when = at("2021-02-12 17:40:05")
    body = alt(M20_TEXT, "_000_LO2P265MB3018E6B1A9C4D752_", html=outlook_html(M20_TEXT, lang="EN-GB"))
    m = mk(when, sent_at(when, 0, 6), "mail-lo2gbr01on0710.outbound.protection.outlook.example.com",
           "198.51.100.170", "4F2Nt38Dkz0", "Thomas Reilly-Aboud <thomas.reilly-aboud@kingsmere.example.ac.uk>",
           M20_SUBJ, M20_ID, body, extra=outlook(M20_SUBJ, "AdcBHv8Iz0Jk2Lm4No6Pq8Rs0Tu2Vw==", lang="en-GB"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="a university lab's co-authored report sent only as a WeTransfer link (file names and sizes listed as "
              "text, nothing attached): a voluntary report with report_attachments empty, to be fetched before the "
              "link expires on 19 February. Four co-authors named with 'Professor'/'Dr' are not speakers; 'Six Arab "
              "States' and 2018-2020 are from the title. Outlook, en-GB, Date in UTC+0, university disclaimer. The "
              "sender attaches a compressed copy in a reply three days later (h275-22)."))


# ================================================================ 21  FR  report  Beirut observatory: same report in Word and PDF; its director 'already registered'
M21_FILES = ["Rapport OMDL – Partir, rester, revenir (PMM 2021).docx", "Rapport OMDL – Partir, rester, revenir (PMM 2021).pdf"]


def m21():
    when = at("2021-02-14 10:20:55")
    subj = "Rapport volontaire de l'OMDL – examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Au nom de l'Observatoire des Mobilités et des Diasporas du Levant (OMDL), rattaché à la Faculté des sciences sociales de l'Université Saint-Jean de Beyrouth, j'ai le plaisir de vous transmettre notre rapport volontaire d'examen du Pacte mondial, « Partir, rester, revenir : la jeunesse diplômée libanaise face à la crise (2019-2020) ».

Ce rapport collectif a été rédigé par Myriam Abou Jaoudé, Ziad Fakhoury et Carole Haddad-Moukarzel, avec les contributions de huit étudiants du Master en sociologie des migrations. Nous vous l'adressons en deux formats, Word et PDF, au contenu identique, pour faciliter votre travail de synthèse.

Nous ne sollicitons pas de temps de parole : la Professeure Carole Haddad-Moukarzel, directrice de l'Observatoire, a déjà été inscrite comme intervenante par l'intermédiaire du réseau universitaire euro-méditerranéen dont nous sommes membres.

Avec mes remerciements et mes meilleures salutations,

Myriam Abou Jaoudé
Maître de conférences, Faculté des sciences sociales
Coordinatrice scientifique de l'OMDL
Université Saint-Jean de Beyrouth
ORCID : %s
""" % orcid("000000029147336")
    doc = make_docx(["Observatoire des Mobilités et des Diasporas du Levant (OMDL)",
                     "Partir, rester, revenir : la jeunesse diplômée libanaise face à la crise (2019-2020)",
                     "1. Une génération diplômée", "2. Départs de 2019-2020", "3. Rester et revenir",
                     "4. Recommandations"])
    pdf = rep_pdf("Partir, rester, revenir : la jeunesse diplomee libanaise face a la crise",
                  "Observatoire des Mobilites et des Diasporas du Levant (OMDL)",
                  ["Une generation diplomee", "Departs de 2019-2020", "Rester et revenir", "Recommandations"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                                 "Apple-Mail=_0B6E3D92-7C41-4A58-B1F0-2D9E5C8A7F14"),
                           attach(DOCX, doc, M21_FILES[0]), attach("application/pdf", pdf, M21_FILES[1])],
                 "Apple-Mail=_7F3A1C58-E2D4-4B90-8C67-9A0E5D2B4F31")
    m = mk(when, sent_at(when, 2, 9), "smtp.usjb.example.edu.lb", "203.0.113.174", "4F3Wk71Gpz5",
           addr("Myriam Abou Jaoudé", "myriam.aboujaoude@usjb.example.edu.lb", enc="Q"), hdr(subj, enc="Q"),
           "<E4B7A1D9-3C62-4F05-A8D1-6B29C0E7F543@usjb.example.edu.lb>", body, extra=[("X-Mailer", APPLE)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=M21_FILES,
        notes="one report sent in two formats (DOCX and PDF 'au contenu identique', same long name with an en dash, "
              "accents and brackets, RFC 2231 + RFC 2047): both files listed. The hard sentence: 'Nous ne sollicitons "
              "pas de temps de parole : la Professeure ... a déjà été inscrite ... par l'intermédiaire du réseau' "
              "names a person with her title as a speaker registered elsewhere, which is no request here, so not "
              "'both'. Three co-authors named; 2019-2020 is from the title. Apple Mail, Date in UTC+2."))


# ================================================================ 22  EN  report  the London lab attaches the compressed report in a reply to its own message
M22_FILE = "MGL_GCM_Review_Report_2021_final_compressed.pdf"


def m22():
    when = at("2021-02-15 11:02:18")
    new = """Dear colleagues,

A colleague at another UN agency mentioned that WeTransfer links are sometimes blocked on UN networks, so to be safe I attach a compressed version of the report itself (5.2 MB; the content is identical to the file in the transfer). The annexes remain available at the link until 19 February.

Kind regards,
Thomas

Thomas Reilly-Aboud
Research Development Manager
Migration Governance Lab | Department of Politics and International Studies
Kingsmere University London

________________________________
From: Thomas Reilly-Aboud <thomas.reilly-aboud@kingsmere.example.ac.uk>
Sent: 12 February 2021 15:40
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>
Subject: %s

""" % M20_SUBJ
    text = new + M20_TEXT
    pdf = rep_pdf("Beyond the Kafala Debate: Employer Sponsorship Reforms in Six Arab States, 2018-2020",
                  "Migration Governance Lab, Kingsmere University London (compressed version)",
                  ["Sponsorship reforms 2018-2020", "Job mobility and exit permits", "Wage protection",
                   "Recommendations"])
    a = alt(text, "_000_LO2P265MB3018A4C7E2D9B015_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "_004_LO2P265MB3018A4C7E2D9B015_")
    subj = "RE: " + M20_SUBJ
    m = mk(when, sent_at(when, 0, 7), "mail-lo2gbr01on0710.outbound.protection.outlook.example.com",
           "198.51.100.170", "4F4Gx25Rmz9", "Thomas Reilly-Aboud <thomas.reilly-aboud@kingsmere.example.ac.uk>",
           subj, "<LO2P265MB3018A4C7E2D9B015@LO2P265MB3018.GBRP265.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", M20_ID), ("References", M20_ID)]
           + outlook(subj, "AdcBHv8Iz0Jk2Lm4No6Pq8Rs0Tu2VwAAsW3xYQ==", lang="en-GB", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 20, report_attachments=[M22_FILE],
        notes="follow-up to the link-only submission h275-20 (In-Reply-To it, Outlook 'RE:' with the original "
              "quoted under an Outlook header block): the same report now attached as a compressed PDF, which is "
              "the report file to list; the annexes stay behind the link. On time (15 February). The quoted "
              "original still lists the other file names and the link."))


# ================================================================ 23  FR  report  Tunis institute: FileSender link at 23:41 Beirut on the report deadline
def m23():
    when = at("2021-02-16 23:41:09")
    subj = "Rapport volontaire ITPM (lien FileSender) – Examen régional PMM"
    text = """Bonsoir,

Juste avant l'échéance, voici le rapport volontaire de l'Institut Tunisien de Prospective Migratoire (ITPM) : « Tunisie 2030 : scénarios pour la migration des compétences ».

Le fichier (42 Mo, avec les annexes statistiques) dépasse la taille autorisée par notre messagerie ; nous l'avons donc déposé sur le service FileSender de notre réseau universitaire :

https://filesender.example.tn/?s=download&token=6e1b9c2f-47d0-4a85-b3e2-90c7f1d4a628

Le lien est valable vingt jours et ne nécessite pas de mot de passe.

Ce rapport est le fruit d'un travail collectif de notre pôle « Mobilités et compétences », coordonné par Dr Leïla Mejri et Pr Anis Gharsallah, avec le concours de l'Association tunisienne de démographie.

Merci de bien vouloir nous confirmer que le téléchargement fonctionne.

Cordialement,

Youssef Chaabane
Chargé d'études, pôle Mobilités et compétences
Institut Tunisien de Prospective Migratoire (ITPM)
Tunis
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 5), "smtp.itpm.example.tn", "203.0.113.92", "4F5Jv08Lnz3",
           "Youssef Chaabane <y.chaabane@itpm.example.tn>", hdr(subj, enc="Q"),
           "<2c7e9a14-b3f0-4d68-91a5-e0d8c4b7f236@itpm.example.tn>", tp,
           extra=[("User-Agent", TB_LINUX), ("Content-Language", "fr")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="deadline edge: received 23:41 Beirut time on 16 February (22:41 in the Date header, UTC+1), on time. "
              "The report is only a FileSender link (42 MB, nothing attached): report_attachments empty, to be "
              "downloaded. Two coordinators named with 'Dr'/'Pr' are authors, not speakers; 'Tunisie 2030' and "
              "'vingt jours' are not deadlines. Thunderbird, format=flowed, 8bit."))


# ================================================================ 24  AR  report  Khartoum institute, a day late (Sudanese Arabic apology)
M24_FILE = "تقرير معهد دراسات السلام والتنمية - الهجرة من شرق السودان ودارفور.docx"


def m24():
    when = at("2021-02-17 08:35:44")
    subj = "التقرير الطوعي - معهد دراسات السلام والتنمية"
    text = """الإخوة الأعزاء في أمانة الاستعراض الإقليمي،
السلام عليكم ورحمة الله،

معليش على التأخير، الكهرباء والنت كانوا قاطعين في الخرطوم طول الأسبوع الفات، وما قدرنا نرسل التقرير إلا الصباح ده.

نرفق ليكم التقرير الطوعي لمعهد دراسات السلام والتنمية بجامعة أم درمان للعلوم الاجتماعية، وهو دراسة مشتركة أعدها خمسة باحثين من المعهد حول الهجرة من شرق السودان ودارفور نحو ليبيا ومصر والسعودية، وأوضاع اللاجئين الإريتريين والإثيوبيين في ولاية كسلا ومعسكرات القضارف بعد نزاع تيغراي.

نأمل إنه يتقبل رغم فوات الموعد بيوم.

ولكم وافر الشكر
د. عثمان محمد البشير
أستاذ مشارك ومدير معهد دراسات السلام والتنمية
جامعة أم درمان للعلوم الاجتماعية
الخرطوم - السودان
"""
    doc = make_docx(["معهد دراسات السلام والتنمية - جامعة أم درمان للعلوم الاجتماعية",
                     "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: الهجرة من شرق السودان ودارفور", "ثانياً: اللاجئون في كسلا والقضارف",
                     "ثالثاً: التوصيات"])
    a = alt(text, "----=_Part_6204418_771093526.1613543740219", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "----=_Part_6204417_1582930417.1613543740218")
    m = mk(when, sent_at(when, 2, 4), "sonic312-24.consmr.mail.bf2.yahoo.example.com", "198.51.100.212",
           "4F6Tb52Xkz8", addr("Osman Elbashir", "osman.elbashir@yahoo.example.com"), hdr(subj),
           "<1613543740220.6204419@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="a university institute's co-authored report received on 17 February, a day after the report "
              "deadline, and the sender says so ('رغم فوات الموعد بيوم'): on_time false, still acknowledged. "
              "Sudanese colloquial apology ('معليش', 'الصباح ده') before an MSA description; long Arabic DOCX name "
              "(RFC 2231 + RFC 2047). 'د.' and a double post in the signature but no speaker. Yahoo, base64, Date "
              "in UTC+2 (Khartoum)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
