#!/usr/bin/env python3
"""Write the blind evaluation set holdout233 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets233.py
Theme: the Maghreb and youth/academia (20 January - 20 February 2021).  A Tunisian municipal youth council that
nominates its president as rapporteur and later replaces him, an Algerian research centre in Ouargla (and its
director's bilingual out-of-office), a university migration observatory in Agadir that shares its report by a
Google Drive link and then by WeTransfer, a sub-Saharan students' association in Rabat (two speakers in a table,
one of whose addresses bounces), a diaspora youth forum in Marseille, a master's student in Sfax writing in
Tunisian dialect, young researchers' and youth networks in Morocco, Algeria and Libya, a Libyan student union,
a report pasted in the body, an attached nomination form, a late request quoting the Arabic letter's misprinted
deadline, a late 'both', a late WeTransfer notification and an out-of-office.  French-dominant, with French bodies
signed in Arabic and Arabic bodies signed in French, Darija, Tunisian and Libyan touches.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo, rfc2231_cont


def tb_attach(ctype, data, fname):
    """Thunderbird's way with a long non-ASCII file name: RFC 2231 continuations in both name and filename."""
    name = ";\r\n ".join(rfc2231_cont("name", fname))
    fn = ";\r\n ".join(rfc2231_cont("filename", fname))
    return leaf(ctype, data, cte="base64", params=[(name.split("=", 1)[0], name.split("=", 1)[1])],
                disp="attachment;\r\n " + fn)

SET = EvalSet(233)
add = SET.add
H = "h233-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO_ANDROID = "WebService/1.1.17648 YMailNorrin"


def android_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div%s>%s</div></body></html>\n' % (d, inner))


def yahoo_html(text):
    lines = "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp8e41c2b0yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join('<div>%s</div>' % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


# ================================================================ 01  FR  speaker  Zarzis municipal youth council: rapporteur, French body, Arabic signature
M01_ID = "<CAPx3nR8vW2kQ7mT-b4Zc1Ly9eH6sDf0aUq@mail.gmail.example.com>"
M01_SUBJ = "Candidature rapporteur - Conseil Municipal des Jeunes de Zarzis"
M01_TEXT = """Bonjour Madame, Monsieur,

Nous avons bien reçu, par l'intermédiaire de la municipalité de Zarzis, la lettre d'invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières. Merci de penser aussi aux jeunes !

Le Conseil Municipal des Jeunes de Zarzis (CMJZ) a été élu en 2019. Il réunit 30 jeunes de 15 à 29 ans de tous les quartiers de la ville. Depuis deux ans nous organisons des cercles de parole avec les familles des jeunes partis par la mer (la « harga ») et avec les pêcheurs qui trouvent des corps au large.

Lors de sa réunion du 19 janvier, le conseil a décidé de proposer son président, M. Aymen Bouzayene, comme rapporteur : il pourrait présenter la synthèse des messages clés des parties prenantes. Aymen est étudiant en 3e année de licence de géographie à l'Institut supérieur des sciences humaines de Médenine et il a animé la plupart de nos cercles de parole.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

أميمة الشارني
الكاتبة العامة
المجلس البلدي للشباب بجرجيس
بلدية جرجيس - ولاية مدنين
الهاتف: 00216 98 000 000
"""


def m01():
    when = at("2021-01-21 10:14:22")
    body = alt(M01_TEXT, "000000000000a41c7e05b965d2f1", html=gmail_html(M01_TEXT))
    m = mk(when, sent_at(when, 1, 6), "mail-wm1-f67.google.example.com", "192.0.2.67", "4DLr2W6qTnz3",
           "Oumaima Cherni <oumaima.cherni.cmjz@gmail.example.com>", hdr(M01_SUBJ, enc="Q"), M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aymen Bouzayene", "président", "Conseil Municipal des Jeunes de Zarzis (CMJZ)", ["rapporteur"])],
        notes="Tunisian municipal youth council, very early (21 January); French body signed only in Arabic (the "
              "secretary general's name, title and the council's Arabic name), From name in Latin script: "
              "acknowledge in French, the language of the body. The speaker is named in prose ('son président, M. "
              "Aymen Bouzayene', 'M.' dropped, title 'président' as written); the rapporteur role is described "
              "('présenter la synthèse des messages clés des parties prenantes'); his studies ('étudiant en 3e "
              "année de licence ... Médenine') are background, not his title or affiliation. Replaced by h233-12."))


# ================================================================ 02  EN  other  Ghanaian master's student in Rabat: can students take part?
def m02():
    when = at("2021-01-25 16:40:05")
    subj = "Question about participation of students"
    text = """Good afternoon,

My name is Abena Mensah-Boateng, I am a Ghanaian student doing a master in International Relations at Mohammed V University in Rabat. Our professor shared the invitation letter for the GCM regional review with the whole class.

I have some questions please :
- Can a student participate if she is not member of any organisation? I am writing my thesis on West African students in Morocco after covid and I would really like to follow the discussions.
- If I write a short paper from my thesis, can it be sent as a voluntary report or it must come from an organisation or a government ?
- Is the participation online and is there any fees?

Thank you in advance for your answer.
Abena

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_1184022_402917731.1611585601884", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 4), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4DPdJ41hRvz6", "Abena Mensah-Boateng <abena.mensahboateng@yahoo.example.com>", subj,
           "<1184023.402917731.1611585601884@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_ANDROID)])
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a master's student's questions typed on a phone (Yahoo for Android): can an unaffiliated student take "
              "part, can a paper from her thesis count as a voluntary report, is it online and free. She talks "
              "about participating and about a report but submits nothing and proposes no speaker."))


# ================================================================ 03  AR  speaker  Algerian research centre (Ouargla): Arabic body, French signature, director in Cc
M03_ID = "<DB9PR01MB7312F4A2C8E6B190@DB9PR01MB7312.eurprd01.prod.outlook.example.com>"
M03_SUBJ = "مشاركة مركز البحث في الهجرات والتنقلات الصحراوية في الاستعراض الإقليمي"
M03_QID = "4DQm7Fz1XkZ2"


def m03():
    when = at("2021-01-27 11:02:48")
    text = """السادة المحترمون، أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية،

تحية طيبة وبعد،

بناءً على الدعوة الموجهة إلى مركزنا، يسرّ مركز البحث في الهجرات والتنقلات الصحراوية (CRMMS) بورقلة أن يعبّر عن اهتمامه بالمشاركة في أشغال الاستعراض الإقليمي، ويقترح مشاركة الباحث:

د. نصر الدين قرّوج (Dr Nasreddine Guerroudj)، أستاذ باحث ورئيس فرقة البحث حول الهجرة العابرة في الجنوب الجزائري،
وذلك للتدخل في المائدة المستديرة الثانية يوم 24 أو 25 فيفري 2021.

وقد أشرف الدكتور قرّوج منذ 2016 على عدة تحقيقات ميدانية في تمنراست وعين قزام وبرج باجي مختار حول مسارات المهاجرين القادمين من النيجر ومالي، وحول تشغيلهم في قطاعي البناء والفلاحة.

نرجو إعلامنا بالإجراءات اللازمة للتسجيل.

تقبلوا منا فائق عبارات التقدير والاحترام.

--
Samia Djellal
Chargée de la coopération et des relations extérieures
Centre de Recherche sur les Migrations et les Mobilités Sahariennes (CRMMS)
BP 511, Route de Ghardaïa, Ouargla 30000 - Algérie
Tél. : +213 (0) 29 00 00 00
"""
    a = alt(text, "_000_DB9PR01MB7312F4A2C8E6B190_", html=outlook_html(text, lang="FR", rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 8), "mail-db9eur01on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", M03_QID, "Samia Djellal <s.djellal@crmms.example.dz>", hdr(M03_SUBJ), M03_ID, a,
           cc="Abdelkrim Tahraoui <a.tahraoui@crmms.example.dz>",
           extra=outlook(hdr(M03_SUBJ), "AdbzA4Lr7Tq2Wx9Nc5Vb1Mk3Hj6Gf8==", lang="fr-FR"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نصر الدين قرّوج", "أستاذ باحث ورئيس فرقة البحث حول الهجرة العابرة في الجنوب الجزائري",
           "مركز البحث في الهجرات والتنقلات الصحراوية (CRMMS)", ["roundtable"], 2)],
        notes="Algerian research centre: formal Arabic body (Algerian month name 'فيفري'), French signature of the "
              "sender, Outlook with Content-Language fr-FR: acknowledge in Arabic, the language of the body. The "
              "speaker is named in both scripts ('د. نصر الدين قرّوج (Dr Nasreddine Guerroudj)'): name recorded as "
              "written in the Arabic text, without 'د.'; the affiliation is the Arabic name with its Latin acronym "
              "as written in the body ('بورقلة' after it is the town; the French signature gives the same centre). "
              "Roundtable as an ordinal word ('الثانية'). The sender is not the speaker; the director in Cc has "
              "an out-of-office (h233-04)."))


# ================================================================ 04  AR  auto_reply  the Cc'd director's bilingual out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-27 11:03:57")
    ack = ack_mid(M03_QID)
    text = """السلام عليكم،
أنا في مهمة علمية خارج الوطن من 25 جانفي إلى 8 فيفري 2021، مع إمكانية محدودة للاطلاع على البريد الإلكتروني. للمسائل المستعجلة يرجى الاتصال بالأمانة العامة للمركز: secretariat@crmms.example.dz

Bonjour,
Je suis en mission à l'étranger du 25 janvier au 8 février 2021, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter le secrétariat général du Centre : secretariat@crmms.example.dz

Pr Abdelkrim Tahraoui
Directeur du CRMMS
"""
    body = alt(text, "_000_DB9PR01MB7312OOF2A7C41E90_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = "رد تلقائي: إشعار استلام - " + M03_SUBJ
    rows = std_rows(when, "mail-db9eur01on0612.outbound.protection.outlook.example.com", "198.51.100.112",
                    "4DQm8B0rYsz5", "Abdelkrim Tahraoui <a.tahraoui@crmms.example.dz>", hdr(subj),
                    rfcdate(sent_at(when, 1, 2)),
                    "<DB9PR01MB7312OOF2A7C41E90@DB9PR01MB7312.eurprd01.prod.outlook.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("Content-Language", "ar-DZ"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "a.tahraoui@crmms.example.dz")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the director in Cc of h233-03, answering our acknowledgement a minute later; "
              "Arabic then French (same text), Arabic subject prefix 'رد تلقائي:'; References name h233-03; it ends "
              "like a signature ('Pr ... Directeur du CRMMS'). Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 05  FR  report  Agadir university observatory: Google Drive link, no attachment
M05_ID = "<CAM8qZ4tW1nR6xK-p3Vb9Lc2sY7dF5hJe0w@mail.gmail.example.com>"
M05_SUBJ = "Rapport volontaire OUMS - Examen régional du PMM"
M05_FILE = "Rapport_OUMS_PMM_Souss-Massa_2021.pdf"
M05_LINK = "https://drive.google.example.com/file/d/1Fq8ZkT3wLmN0pR7sVb2XcY5hJ9eA4uD6/view?usp=drive_web"
M05_TEXT = """Bonjour,

De la part du Pr Brahim Oukhouya, directeur de l'Observatoire Universitaire des Migrations du Souss (OUMS), je vous prie de trouver ci-dessous le lien vers notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations (PMM).

Le rapport (68 pages, avec annexes statistiques et cartes) est trop lourd pour la messagerie de l'université, nous l'avons donc déposé sur Google Drive.

Il porte sur trois axes : les migrants subsahariens en transit dans la région Souss-Massa, les ouvrières et ouvriers saisonniers des exploitations agricoles de Chtouka Aït Baha, et les jeunes de la région candidats au départ vers les Canaries.

Merci de nous confirmer que vous arrivez à ouvrir le document.

Bien cordialement,

Khadija Idbelkas
Doctorante, chargée de la coordination scientifique
Observatoire Universitaire des Migrations du Souss (OUMS)
Faculté des Lettres et des Sciences Humaines - Université Ibn Zohr, Agadir
"""


def m05():
    when = at("2021-01-29 15:20:31")
    chip_txt = "\n[image: Google Drive icon]\n %s\n<%s>\n" % (M05_FILE, M05_LINK)
    parts = M05_TEXT.split("\n\nIl porte")
    text = parts[0] + "\n" + chip_txt + "\nIl porte" + parts[1]
    html_chip = ('<div class="gmail_chip gmail_drive_chip" style="width:396px;height:18px;max-height:18px;'
                 'background-color:#f5f5f5;padding:5px;font-weight:bold;margin-bottom:10px;border:1px solid #ddd">'
                 '<a href="%s" target="_blank" style="display:inline-block;max-width:366px;overflow:hidden;'
                 'text-decoration:none;color:#15c"><img src="https://ssl.gstatic.example.com/docs/doclist/images/'
                 'icon_10_pdf_list.png" alt="Google Drive icon" style="border:none">&nbsp;<span dir="ltr" '
                 'style="vertical-align:bottom">%s</span></a></div>' % (M05_LINK, M05_FILE))
    p0, p1 = M05_TEXT.split("\n\nIl porte")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s<br><br>%s<br>%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in p0.split("\n")), html_chip,
               "<br>".join(esc(x) for x in ("Il porte" + p1).rstrip("\n").split("\n"))))
    body = alt(text, "0000000000007c2b9d05ba0f1e63", html=html)
    m = mk(when, sent_at(when, 1, 5), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DRx0Tq5MHz8",
           addr("Khadija Idbelkas", "k.idbelkas.oums@gmail.example.com"), hdr(M05_SUBJ, enc="Q"), M05_ID, body)
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="university migration observatory (Agadir): the report is shared as a Google Drive chip (link and file "
              "name in the body, '[image: Google Drive icon]' in the plain text), nothing attached, so "
              "report_attachments is empty (as dev 049); sent by a doctoral student on behalf of the director "
              "('De la part du Pr ...'). Re-sent by a WeTransfer link in h233-16 when the Drive file turned out "
              "to be restricted."))


# ================================================================ 06  EN  speaker  Rabat sub-Saharan students' association: two speakers in a table, Cc
M06_ID = "<CAD5vN1pR9kX3wT+h7Qz2Bc6mL8sY4eJf1r@mail.gmail.example.com>"
M06_SUBJ = "ASSIR Rabat - nomination of two student speakers"
M06_QID = "4DTh3Nw8GbZ4"


def m06():
    when = at("2021-02-01 12:30:09")
    intro = """Dear GCM Regional Review team,

Greetings from Rabat!

The Association of Sub-Saharan Students and Interns in Rabat (ASSIR) brings together around 900 students and trainees from 27 African countries studying in Rabat, Salé and Kénitra. Our members face many problems with residence cards, bank accounts, housing and racism, and since COVID-19 many lost their small jobs and could not travel home for two years.

We would like to propose two of our members to speak at the regional review:

"""
    rows_ = [("Name", "Position in ASSIR", "Studies", "Session"),
             ("Ibrahim Sesay", "President", "PhD candidate in Economics, Mohammed V University",
              "Open discussion (23 Feb)"),
             ("Grace Akinyi Odhiambo", "Women's Affairs Officer", "Master's student in Public Law, Mohammed V University",
              "Thematic Roundtable 3")]
    outro = """
Both of them speak English and French. Grace is in copy of this email.

Kind regards,
Fatmata Kamara
Secretary General, ASSIR
+212 6 00 00 00 00
"""
    text = intro + "\n".join("\t".join(r) for r in rows_) + "\n" + outro
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">%s</table>'
             % "".join("<tr>%s</tr>" % "".join(("<td><b>%s</b></td>" if i == 0 else "<td>%s</td>") % esc(c)
                                               for c in r) for i, r in enumerate(rows_)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s%s%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in intro.rstrip("\n").split("\n")) + "<br><br>", table,
               "<br>".join(esc(x) for x in outro.rstrip("\n").split("\n"))))
    body = alt(text, "000000000000e18d3a05ba4f7b20", html=html)
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f43.google.example.com", "192.0.2.43", M06_QID,
           "Fatmata Kamara <assir.rabat@gmail.example.com>", M06_SUBJ, M06_ID, body,
           cc="Grace Akinyi Odhiambo <g.odhiambo@um5.example.ac.ma>")
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ibrahim Sesay", "President", "Association of Sub-Saharan Students and Interns in Rabat (ASSIR)",
           ["open_discussion"]),
        sp("Grace Akinyi Odhiambo", "Women's Affairs Officer",
           "Association of Sub-Saharan Students and Interns in Rabat (ASSIR)", ["roundtable"], 3)],
        notes="sub-Saharan students' association in Rabat: two speakers in a four-column table (HTML table; the "
              "plain-text part has tab-separated cells). The title is the 'Position in ASSIR' column; the "
              "'Studies' column (PhD candidate / Master's student at Mohammed V University) is not the "
              "affiliation they speak for. 'in Rabat' belongs to the association's name (the acronym's R). "
              "The sender is not a speaker; the second speaker is in Cc and our acknowledgement to her "
              "university address bounces (h233-07)."))


# ================================================================ 07  EN  bounce  our acknowledgement of 06 to the Cc'd student's university address
def m07():
    when = at("2021-02-01 12:30:52")
    text = POSTFIX_NOTICE + """
<g.odhiambo@um5.example.ac.ma>: host mx.um5.example.ac.ma[203.0.113.85] said: 550
    5.1.1 <g.odhiambo@um5.example.ac.ma>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTh3Qb1KsZ7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; g.odhiambo@um5.example.ac.ma\n"
           "Original-Recipient: rfc822;g.odhiambo@um5.example.ac.ma\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.um5.example.ac.ma\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <g.odhiambo@um5.example.ac.ma>: Recipient\n"
           "    address rejected: User unknown in local recipient table\n"
           % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Fatmata Kamara <assir.rabat@gmail.example.com>\n"
            "Cc: Grace Akinyi Odhiambo <g.odhiambo@um5.example.ac.ma>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M06_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M06_QID), M06_ID))
    body = dsn_report(text, dsn, hdrs, "4DTh3Rm2LtZ9.1612175452/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTh3Rm2LtZ9; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201103052.4DTh3Rm2LtZ9@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown) for the copy of our acknowledgement of h233-06 sent to the Cc'd "
              "speaker's university address; the returned headers name h233-06 and a speaker nomination. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 08  FR  speaker  Marseille diaspora youth forum: labelled lines, surname first, student title, Apple Mail
def m08():
    when = at("2021-02-02 21:15:40")
    subj = "Demande d'intervention en plénière - FJDM Marseille"
    text = """Bonsoir,

Je me permets de vous écrire au nom du Forum des Jeunes de la Diaspora Maghrébine (FJDM), une association marseillaise qui rassemble depuis 2016 des jeunes issus des migrations algérienne, marocaine, tunisienne et libyenne, surtout dans les quartiers Nord et au centre-ville.

Nous souhaiterions proposer une intervenante pour une prise de parole lors d'une session plénière de la Conférence (24-25 février) :

Nom : MEKERBA Inès
Fonction : étudiante en master 2 Migrations internationales, membre du bureau
Structure : Forum des Jeunes de la Diaspora Maghrébine (FJDM), Marseille
Thème proposé : les jeunes binationaux entre Marseille et le Maghreb, et les jeunes majeurs sous OQTF

Inès Mekerba termine son master à Aix-Marseille Université ; elle a coordonné en 2020 notre enquête auprès de 200 jeunes de la diaspora, dont nous pourrons vous transmettre la synthèse.

Je reste à votre disposition pour toute précision.

Bien à vous,

Nassim Bouras
Président du FJDM
06 00 00 00 00
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_5E2A7C1D-9B34-4F08-A6E2-3D71C0B9F4A8")
    m = mk(when, sent_at(when, 1, 9), "mr85p00im-ztdg06021201.me.example.com", "198.51.100.188", "4DVnQ47sKcz1",
           "Nassim Bouras <nassim.bouras@icloud.example.com>", hdr(subj, enc="Q"),
           "<7A0F3C92-1E5B-4D8A-9C26-B4E81F07D3A5@icloud.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Inès Mekerba", "étudiante en master 2 Migrations internationales, membre du bureau",
           "Forum des Jeunes de la Diaspora Maghrébine (FJDM)", ["plenary"])],
        notes="diaspora youth forum in Marseille (Apple Mail on a Mac, Date in UTC+1); labelled lines with the name "
              "written surname-first in capitals on the 'Nom' line ('MEKERBA Inès' -> 'Inès Mekerba', as the next paragraph writes it); the speaker is a student and "
              "her 'Fonction' line is recorded as written; 'Aix-Marseille Université' in the next paragraph is "
              "where she studies, not the organisation she speaks for (the 'Structure' line, ', Marseille' is the "
              "city); 'OQTF' is a French legal measure, not an organisation; the survey summary offered for later "
              "is not a report. The sender (president) is not the speaker."))


# ================================================================ 09  AR  speaker  Sfax master's student proposes herself, Tunisian dialect, phone
M09_ID = "<CAL2wQ7xT9nV4mR+c8Pz1Hb5kY3dG6sJf0e@mail.gmail.example.com>"
M09_SUBJ = "طلب مشاركة"
M09_QID = "4DWB5Xy2QmZ6"
M09_TEXT = """عسلامة،

أنا ملاك الشعري، طالبة ماجستير بحث في علم اجتماع الهجرة بكلية الآداب والعلوم الإنسانية بصفاقس. نخدم على مذكرة حول الشباب اللي يحرقو من سواحل صفاقس وقرقنة وعلى العايلات اللي تستنى في أولادها.

شفت الدعوة متاعكم على صفحة الكلية في الفايسبوك، ونحب نشارك كمتدخلة في الطاولة المستديرة عدد 1، إذا ممكن طبعا.

ننجم نبعثلكم السيرة الذاتية متاعي إذا تحبو.

يعيشكم
ملاك
"""


def m09():
    when = at("2021-02-03 09:47:12")
    body = alt(M09_TEXT, "000000000000f7a21c05ba6b9e04", html=android_html(M09_TEXT, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 5), "mail-pj1-f41.google.example.com", "192.0.2.141", M09_QID,
           "Malek Chaari <malek.chaari97@gmail.example.com>", hdr(M09_SUBJ), M09_ID, body)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ملاك الشعري", "طالبة ماجستير بحث في علم اجتماع الهجرة", "كلية الآداب والعلوم الإنسانية بصفاقس",
           ["roundtable"], 1)],
        notes="a master's student in Sfax proposes herself, in Tunisian dialect from the Gmail app ('عسلامة', 'نخدم', "
              "'يحرقو', 'متاعكم', 'ننجم', 'يعيشكم'); one-word subject; no signature block, first name only at the end "
              "and Latin-script From name. Name, title and affiliation come from her first sentence; she belongs to "
              "no association, so the affiliation is her faculty ('بصفاقس' is part of the faculty's name, as FLSH "
              "Sfax); Tunisian numbering 'الطاولة المستديرة عدد 1'. The CV offered for later is not a report. "
              "Thanks us in h233-10."))


# ================================================================ 10  AR  other  the student's thank-you to our acknowledgement of 09
def m10():
    when = at("2021-02-03 14:22:35")
    ack = ack_mid(M09_QID)
    q = "في الأربعاء، ٣ فبراير ٢٠٢١ في ٨:٤٧ ص، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:\n" + gt(
        """تشكركم أمانة الاستعراض الإقليمي على رسالتكم، وتؤكد استلام طلب المشاركة.
سيتم التواصل معكم بشأن برنامج الجلسات.
الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""")
    text = "يعيشكم برشا على الرد 🙏\nفي انتظار التفاصيل إن شاء الله\nملاك\n\n" + q + "\n"
    body = alt(text, "0000000000003b9e4f05ba6f8c17", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 4), "mail-pj1-f41.google.example.com", "192.0.2.141", "4DWJ1Fc6HrZ3",
           "Malek Chaari <malek.chaari97@gmail.example.com>", re_hdr("Re: ", "إشعار استلام - " + M09_SUBJ),
           "<CAL2wQ9sK4mX8vN+r2Bz6Hd1pT7cF3yJg5a@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack)])
    add(10, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="two-line thank-you in Tunisian dialect ('يعيشكم برشا') with an emoji, answering our acknowledgement of "
              "h233-09 (References name h233-09): adds nothing new, so no acknowledgement."))


# ================================================================ 11  FR  both  Moroccan young researchers' association: DOCX report + the sender herself in the signature
M11_FILE = "Rapport_AMJCM_PMM_version_définitive.docx"


def m11():
    when = at("2021-02-04 10:35:18")
    subj = "AMJCM - Rapport volontaire (examen régional PMM) et demande d'intervention"
    text = """Madame, Monsieur,

J'ai le plaisir de vous faire parvenir, au nom de l'Association Marocaine des Jeunes Chercheurs en Migration (AMJCM), notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières (version définitive, en pièce jointe).

Ce rapport collectif a été rédigé par quatorze doctorants et jeunes chercheurs de huit universités marocaines. Il traite notamment de la mise en œuvre de la Stratégie nationale d'immigration et d'asile (SNIA), de l'accès des migrants régularisés à l'enseignement supérieur et à la formation professionnelle, et de la mobilité étudiante entre le Maroc et l'Afrique de l'Ouest.

Par ailleurs, je souhaiterais, si cela est possible, intervenir moi-même lors de la table ronde thématique 4 afin de présenter brièvement les principales recommandations du rapport.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Dr Zineb Amaghrous
Coordinatrice nationale
Association Marocaine des Jeunes Chercheurs en Migration (AMJCM)
Enseignante-chercheuse, FLSH - Université Sultan Moulay Slimane, Béni Mellal
Tél. : +212 5 23 00 00 00 | GSM : +212 6 61 00 00 00
"""
    doc = make_docx(["Association Marocaine des Jeunes Chercheurs en Migration (AMJCM)",
                     "Rapport volontaire - Examen regional du Pacte mondial sur les migrations, 2021",
                     "1. La SNIA, sept ans apres", "2. Migrants regularises et enseignement superieur",
                     "3. Formation professionnelle", "4. Mobilite etudiante Maroc - Afrique de l'Ouest",
                     "5. Recommandations"])
    cid = "image001.png@01D6FAD3.1B2C4E60"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (170, 30, 40))], "_004_PAXP193MB2284C6E1A9F3D527_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PAXP193MB2284C6E1A9F3D527_")
    body = multi("mixed", [a, attach(DOCX, doc, M11_FILE)], "_005_PAXP193MB2284C6E1A9F3D527_")
    m = mk(when, sent_at(when, 1, 9), "mail-pa4eur04on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4DWvS80cJmz2", "Zineb Amaghrous <z.amaghrous@amjcm.example.ma>", hdr(subj, enc="Q"),
           "<PAXP193MB2284C6E1A9F3D527@PAXP193MB2284.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcK0Rt6Yp3Wq9Lm1Nb7Vc5Xz2Hg4Jf==", lang="fr-FR", has_attach="yes"))
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Zineb Amaghrous", "Coordinatrice nationale",
           "Association Marocaine des Jeunes Chercheurs en Migration (AMJCM)", ["roundtable"], 4)],
        report_attachments=[M11_FILE],
        notes="both, on time (4 February); the sender proposes herself ('intervenir moi-même'), so her name, title and "
              "organisation come only from the signature ('Dr' dropped). The signature carries two positions: she "
              "speaks for the association whose report she presents ('Coordinatrice nationale', AMJCM), the "
              "university line is her day job. Outlook with a logo in a related part; DOCX name with an accented "
              "letter (RFC 2231 + RFC 2047); 'SNIA' is a national strategy, not an organisation."))


# ================================================================ 12  FR  speaker  Zarzis youth council replaces its rapporteur (reply to 01 from a phone)
def m12():
    when = at("2021-02-04 18:03:44")
    text = """Bonsoir,

Petite modification concernant notre rapporteur : Aymen ne sera finalement pas disponible, ses examens de rattrapage ont été fixés la même semaine 😕

Le conseil propose à sa place notre vice-présidente, Rim Jendoubi. Elle a animé elle aussi plusieurs cercles de parole avec les familles et elle prépare un master professionnel à Gabès. Même rôle : rapporteur.

Merci de votre compréhension et désolés pour ce changement.

Oumaima
CMJ Zarzis

Le jeu. 21 janv. 2021 à 09:14, Oumaima Cherni <oumaima.cherni.cmjz@gmail.example.com> a écrit :

""" + gt(M01_TEXT) + "\n"
    body = alt(text, "0000000000008d4f2a05ba7e3c91", html=android_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-pf1-f173.google.example.com", "192.0.2.173", "4DX7Lp3TwGz5",
           "Oumaima Cherni <oumaima.cherni.cmjz@gmail.example.com>", hdr("Re: " + M01_SUBJ, enc="Q"),
           "<CAPx3nT1mK8vW5qR-d7Zb2Lc4eY9sHf6gNj@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rim Jendoubi", "vice-présidente", "Conseil Municipal des Jeunes de Zarzis (CMJZ)", ["rapporteur"])],
        thread_of=H % 1,
        notes="Gmail-app reply to the sender's own h233-01 replacing the rapporteur: the new speaker replaces Aymen "
              "(who must not be registered again from the quoted text); 'notre vice-présidente, Rim Jendoubi' "
              "gives the title; the signature only says 'CMJ Zarzis', the fullest form is in the quoted original; "
              "'Même rôle : rapporteur' refers back to h233-01; emoji; on time (4 February)."))


# ================================================================ 13  EN  speaker  Libyan youth network, 18 minutes before the deadline, roundtable only in the attached form
M13_FORM = "Speaker Nomination Form - LYNMD.docx"


def m13():
    when = at("2021-02-05 23:41:37")
    subj = "Speaker nomination - LYNMD (Libya)"
    text = """Dear Secretariat,

Apologies for the late hour, we had power cuts all evening in Tripoli and the internet only came back now.

On behalf of the Libyan Youth Network for Migrants' Dignity (LYNMD), I would like to nominate our Field Coordinator, Eng. Marwan Ali Abushnaf, as our speaker for the Regional Review. Please find attached the nomination form with his details and the session he would like to speak in.

Marwan is a civil engineer by training and has been coordinating our volunteers in Zuwara and Sabratha since 2018, where they distribute food and hygiene kits to migrants released from detention and accompany them to the clinics.

Best regards,
Hana Elmisrati
Communications Officer - LYNMD
Tripoli, Libya
"""
    form = make_docx(["SPEAKER NOMINATION FORM",
                      "Regional Review of the Global Compact for Migration - Arab Region, February 2021",
                      "Full name: Marwan Ali Abushnaf",
                      "Title / position: Field Coordinator (Zuwara and Sabratha)",
                      "Organization: Libyan Youth Network for Migrants' Dignity (LYNMD)",
                      "Email: m.abushnaf@lynmd.example.ly",
                      "Requested role: [ ] Open discussion (23 Feb)   [ ] Rapporteur   [ ] Plenary session   "
                      "[X] Thematic roundtable - number: 1",
                      "Languages: Arabic, English",
                      "Date: 05/02/2021"])
    a = alt(text, "000000000000b52c8e05ba91d4f6", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, form, M13_FORM)], "000000000000b52c9005ba91d4f8")
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f53.google.example.com", "192.0.2.53", "4DXxP69VnHz0",
           "Hana Elmisrati <hana.elmisrati.lynmd@gmail.example.com>", subj,
           "<CAE6pR2xN8wK4vT+m1Qz7Bc3sL9dY5hFg2u@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Marwan Ali Abushnaf", "Field Coordinator", "Libyan Youth Network for Migrants' Dignity (LYNMD)",
           ["roundtable"], 1)],
        notes="Libyan youth network, 18 minutes before the speaker deadline (23:41 Tripoli = Beirut time), on time; "
              "'Eng.' dropped; the body names the speaker and his title but the role and roundtable number are only "
              "in the attached DOCX nomination form (a ticked box 'Thematic roundtable - number: 1'); the form is "
              "not a report (report_attachments empty). The sender is not the speaker."))


# ================================================================ 14  AR  speaker  Oujda youth association, Darija, late, quotes the Arabic letter's misprinted deadline
def m14():
    when = at("2021-02-08 19:12:03")
    subj = "طلب مداخلة - جمعية شباب الحدود"
    text = """السلام عليكم ورحمة الله

معاكم عبد الإله الحمداني من جمعية شباب الحدود للتنمية والتضامن بوجدة. شفنا فالرسالة ديالكم بالعربية بلي آخر أجل لطلبات المداخلات هو يوم الجمعة 23 فبراير، داكشي علاش كنصيفطو الطلب دابا.

بغينا نقترحو الأستاذة سكينة بوعزاوي، أستاذة التعليم الثانوي ومنسقة خلية الإنصات ديال الجمعية، باش تشارك فالمائدة المستديرة التالتة. هي اللي كتتابع الشباب المغاربة والأفارقة اللي كيدوزو من الحدود مع الجزائر وكتعرف مشاكلهم مزيان.

الله يجازيكم بخير
عبد الإله

مرسل من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 1, 10), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.189", "4DZ3Kt8WqLz7",
           addr("Abdelilah Hamdani", "abdelilah.hamdani@icloud.example.com"), hdr(subj),
           "<C1E7A4B9-3F2D-4C68-8B05-E9D2A6F31C74@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سكينة بوعزاوي", "أستاذة التعليم الثانوي ومنسقة خلية الإنصات", "جمعية شباب الحدود للتنمية والتضامن",
           ["roundtable"], 3)],
        notes="late (8 February) although the sender believes he is on time: he quotes the Arabic letter's misprinted "
              "'الجمعة 23 فبراير'; the English and French dates stand, so on_time is false. Moroccan Darija from an "
              "iPhone ('معاكم', 'شفنا', 'داكشي علاش', 'كنصيفطو', 'التالتة' for the third roundtable), base64 plain text. "
              "'الأستاذة' is a form of address (dropped); the title is given after the name, without 'ديال الجمعية' "
              "(of the association); 'بوجدة' is the town. The sender is not the speaker."))


# ================================================================ 15  EN  report  Benghazi youth platform: the report pasted in the body, Thunderbird
def m15():
    when = at("2021-02-09 13:05:26")
    subj = "Voluntary GCM review - contribution of the Benghazi Youth Platform for Migration"
    text = """Dear colleagues,

We do not have the means to produce a designed report, so please find our voluntary contribution to the GCM regional review below, in the body of this email. We hope this format is acceptable.

------------------------------------------------------------
VOLUNTARY GCM REVIEW - BENGHAZI YOUTH PLATFORM FOR MIGRATION (BYPM)
Benghazi, February 2021
------------------------------------------------------------

1. Who we are
BYPM is an informal platform of 45 young volunteers (students of the University of Benghazi and young graduates) created in 2018. We visit migrant workers in the neighbourhoods of Al-Laithi and Al-Sabri, help them reach health services and translate for them at hospitals.

2. Situation of migrants in eastern Libya (GCM Objectives 6, 7 and 15)
- Most migrants we meet are Sudanese, Chadian, Egyptian and Nigerien workers in construction and agriculture, paid daily and without contracts.
- Since the COVID-19 lockdown of 2020 many lost their jobs and cannot pay rent; some sleep on construction sites.
- Access to public hospitals depends on having documents; private clinics are too expensive.

3. What young Libyans can do
- Our volunteers accompany around 60 migrants every month to clinics and to the municipality.
- We organised football matches and Arabic classes mixing Libyan and migrant youth in 2019-2020.

4. Recommendations
a) Allow migrants to access public health care regardless of status, at least for emergencies and COVID-19 vaccination.
b) Involve youth groups and universities in the national dialogue on migration.
c) Support safe and legal pathways for seasonal workers from neighbouring countries.

------------------------------------------------------------

Please let us know if you need anything else.

Kind regards,

Dr. Salwa Elawami
Lecturer, Faculty of Economics, University of Benghazi
Volunteer adviser, Benghazi Youth Platform for Migration (BYPM)
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 7), "mail.uob.example.ly", "203.0.113.61", "4F0Cs25MhJz9",
           "Salwa Elawami <s.elawami@uob.example.ly>", subj,
           "<6b3e9f21-8c4d-4a7e-b2f5-0d19a7c3e586@uob.example.ly>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="the voluntary report is pasted into the body (headed sections between dashed rules), nothing "
              "attached: a voluntary report with empty report_attachments. Thunderbird, format=flowed 8bit; signed "
              "by a lecturer with 'Dr.', no speaker proposed; GCM objective numbers and years are not dates."))


# ================================================================ 16  FR  report  Agadir observatory re-sends the report of 05 by WeTransfer (Drive file was restricted)
def m16():
    when = at("2021-02-10 10:48:50")
    text = """Bonjour,

Nous avons reçu plusieurs demandes d'accès au rapport venant de votre adresse : le fichier Google Drive était en effet réservé aux comptes de l'université, toutes nos excuses.

Pour éviter d'autres difficultés, voici le même rapport par WeTransfer (lien valable jusqu'au 17 février) :
https://we.tl.example.com/t-R4mQ8xZ2Lk

Le contenu est identique à celui annoncé dans notre message du 29 janvier.

Cordialement,
Khadija Idbelkas
OUMS - Université Ibn Zohr

Le ven. 29 janv. 2021 à 14:20, Khadija Idbelkas <k.idbelkas.oums@gmail.example.com> a écrit :

""" + gt(M05_TEXT) + "\n"
    body = alt(text, "000000000000c9e15b05bafc2a48", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", "4F0hW82DrTz4",
           addr("Khadija Idbelkas", "k.idbelkas.oums@gmail.example.com"), hdr("Re: " + M05_SUBJ, enc="Q"),
           "<CAM8qZ6vR3kN9xW-t5Pb1Lc8sY2dH7fJg4m@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 5,
        notes="follow-up to h233-05: the Drive file was restricted (our access requests reached the sender), the same "
              "report is re-sent as a WeTransfer link, nothing attached (report_attachments empty); on time (10 "
              "February). The quoted original has no Drive chip (Gmail quotes the text only)."))


# ================================================================ 17  AR  other  Libyan student union: questions (HTML-only webmail)
def m17():
    when = at("2021-02-11 11:30:14")
    subj = "استفسارات حول المشاركة"
    inner = """<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>نحن لجنة العلاقات الخارجية في اتحاد طلبة جامعة مصراتة، وصلتنا دعوة الاستعراض الإقليمي للاتفاق العالمي للهجرة عن طريق أحد الأساتذة، ويهمنا أن يتابع الطلبة أعمال المؤتمر. عندنا بعض الاستفسارات لو سمحتم:</p>
<ol>
<li>هل يمكن للطلبة غير المسجلين كمتحدثين متابعة الجلسات عبر البث المباشر؟ وهل هناك رابط عام؟</li>
<li>هل تُمنح شهادات مشاركة للحضور؟</li>
<li>بسبب انقطاع الكهرباء والإنترنت المتكرر عندنا، هل يُقبل إرسال مداخلة مسجلة بالفيديو بدل المداخلة المباشرة، لو قررنا نطلب مداخلة لاحقاً؟</li>
</ol>
<p>وشكراً مسبقاً على تعاونكم.</p>
<p>م. أسامة الدرقاش<br>
مسؤول لجنة العلاقات الخارجية<br>
اتحاد طلبة جامعة مصراتة</p>"""
    body = html_only(inner, rtl=True, lang="ar", newlines=True)
    m = mk(when, sent_at(when, 2, 5), "webmail.misurata-students.example.ly", "203.0.113.77", "4F15Bv41SkZ8",
           addr("أسامة الدرقاش", "external@misurata-students.example.ly"), hdr(subj),
           "<f3a0c1d8e72b45a9b6e4d1c07a9f2e35@misurata-students.example.ly>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions from a Libyan student union (live stream for students, attendance certificates, a recorded "
              "video instead of a live intervention 'if we decide to request one later'): no speaker is named and "
              "nothing is requested; HTML-only Roundcube message with a numbered list; 'م.' before the signer's "
              "name (engineer)."))


# ================================================================ 18  EN  other  ASSIR replies to our acknowledgement of 06 with questions and a new address
def m18():
    when = at("2021-02-12 09:10:33")
    ack = ack_mid(M06_QID)
    quoted = """Dear Fatmata Kamara,

Thank you for your message "%s". The secretariat confirms receipt of your speaker request (2 speakers). The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M06_SUBJ
    text = """Dear Secretariat,

Thank you for confirming receipt of our nominations.

Two quick questions please:
1. Could the secretariat issue a short letter confirming that Ibrahim and Grace are taking part in the regional review? Some of our members need such documents for the renewal of their residence cards.
2. Will the connection link be sent to the speakers directly or to the association? Grace's university email does not seem to accept messages from outside, so please use her personal address: grace.akinyi.odhiambo@gmail.example.com

Many thanks,
Fatmata

On Mon, Feb 1, 2021 at 11:30 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:

""" + gt(quoted) + "\n"
    body = alt(text, "0000000000004a7d2e05bb1c6f39", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 6), "mail-wr1-f43.google.example.com", "192.0.2.43", "4F1Wm36GxPz2",
           "Fatmata Kamara <assir.rabat@gmail.example.com>", "Re: Acknowledgement of receipt - " + M06_SUBJ,
           "<CAD5vN3qT6kW8xR+j2Pz4Bc9mL1sY7eHf5t@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)])
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="reply to our acknowledgement of h233-06 (References name h233-06) with two questions (a participation "
              "letter for residence-card renewals, who receives the link) and a new address for the second speaker: "
              "acknowledged, unlike a plain thank-you; the speakers are mentioned by first name only, nothing new is "
              "requested."))


# ================================================================ 19  AR  report  Algerian youth network: Arabic report + French annex, Thunderbird 8bit
M19_FILE = "التقرير الطوعي - الشبكة الجزائرية للشباب.pdf"
M19_ANNEX = "Annexe_témoignages_RAJSM.pdf"


def m19():
    when = at("2021-02-14 16:45:07")
    subj = "التقرير الطوعي للشبكة الجزائرية للشباب من أجل التضامن مع المهاجرين"
    text = """السلام عليكم ورحمة الله تعالى وبركاته،

تحية طيبة،

تجدون في المرفقات التقرير الطوعي للشبكة الجزائرية للشباب من أجل التضامن مع المهاجرين (RAJSM) في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

التقرير متكون من جزأين: التقرير الرئيسي بالعربية (24 صفحة)، وملحق بالفرنسية (11 صفحة) يضم شهادات مهاجرين وطلبة أفارقة في الجزائر العاصمة ووهران وتمنراست. نرجو اعتبار الملفين وثيقة واحدة.

بالتوفيق في تنظيم الاستعراض، وشكراً.

أ. ياسين بن صافية
منسق الشبكة
Yacine Bensafia - Coordinateur national du RAJSM
Alger - Algérie
"""
    rep = rep_pdf("Voluntary GCM review report (Arabic)", "Algerian Youth Network for Solidarity with Migrants (RAJSM)",
                  ["Young Algerians and harga", "African students and workers in Algeria",
                   "Access to health and education", "Recommendations"])
    annex = make_pdf(["Annexe - Temoignages (RAJSM, fevrier 2021)", "",
                      "1. Etudiant camerounais, Oran", "2. Travailleuse nigerienne, Tamanrasset",
                      "3. Jeune Algerien rapatrie d'Espagne, Alger"])
    txt = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, tb_attach("application/pdf", rep, M19_FILE), attach("application/pdf", annex, M19_ANNEX)],
                 "------------8E3C2A914F0B7D6512A09C3E")
    m = mk(when, sent_at(when, 1, 6), "smtp.rajsm.example.dz", "203.0.113.92", "4F2dR74JpVz6",
           addr("Yacine Bensafia", "coordination@rajsm.example.dz"), hdr(subj),
           "<5d8c2e71-a34f-4b09-9e6d-7f1a0c2b8d93@rajsm.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "ar")])
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE, M19_ANNEX],
        notes="Algerian youth network, formal Arabic body, signature in Arabic then French; the report is two "
              "attachments the sender asks to treat as one document: an Arabic-named PDF with spaces and a dash and "
              "a French annex with an accented name (both RFC 2231 + RFC 2047). Thunderbird, 8bit format=flowed. "
              "Signed with 'أ.', no speaker proposed."))


# ================================================================ 20  AR  both  Zawiya university observatory: report on time, rapporteur request late
M20_FILE = "تقرير مرصد دراسات الهجرة غير النظامية 2021.docx"
M20_LETTER = "رسالة الإحالة موقعة.pdf"


def m20():
    when = at("2021-02-15 12:10:29")
    subj = "تقرير طوعي وترشيح مقرر - مرصد دراسات الهجرة غير النظامية بجامعة الزاوية"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية     المحترمين

بعد التحية،

يسر مرصد دراسات الهجرة غير النظامية بجامعة الزاوية أن يحيل إليكم تقريره الطوعي حول تنفيذ الاتفاق العالمي في الساحل الغربي الليبي (الزاوية، صبراتة، زوارة)، مرفقاً بهذه الرسالة، مع رسالة الإحالة الموقعة من رئاسة الجامعة.

ويتناول التقرير عمليات الاعتراض في البحر ومراكز الاحتجاز، وأوضاع العمالة المهاجرة في الزاوية، ومشاركة طلبة الجامعة في العمل الميداني مع المهاجرين.

كما نقترح، إن أمكن، أن يتولى مدير المرصد الدكتور فرج عمر أبوغرارة، أستاذ القانون الدولي بكلية القانون، دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة، نظراً لخبرته في تنسيق الحوارات بين منظمات المجتمع المدني الليبية.

وتقبلوا فائق الاحترام والتقدير،

أ. نوال الصغير الترهوني
منسقة البحوث
مرصد دراسات الهجرة غير النظامية - جامعة الزاوية
الزاوية - ليبيا
"""
    doc = make_docx(["مرصد دراسات الهجرة غير النظامية - جامعة الزاوية", "التقرير الطوعي - الاستعراض الإقليمي 2021",
                     "1. الاعتراض في البحر والاحتجاز", "2. العمالة المهاجرة في الزاوية",
                     "3. دور الطلبة في العمل الميداني", "4. التوصيات"])
    letter = make_pdf(["University of Zawiya - Office of the President", "Transmittal letter (signed scan)",
                       "Ref. 2021/114 - 14/02/2021"])
    body = multi("mixed", [
        alt(text, "_000_VI1PR08MB4410A7E2C5D9F316_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True),
        attach(DOCX, doc, M20_FILE), attach("application/pdf", letter, M20_LETTER)],
        "_004_VI1PR08MB4410A7E2C5D9F316_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur05on0627.outbound.protection.outlook.example.com",
           "198.51.100.127", "4F36Gq90WcZ1", addr("نوال الترهوني", "n.tarhouni@zu.example.ly"), hdr(subj),
           "<VI1PR08MB4410A7E2C5D9F316@VI1PR08MB4410.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcDf2Gh4Jk6Lm8Nb0Vc2Xz4As6Qw8Er==", lang="ar-LY", has_attach="yes"))
    add(20, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("فرج عمر أبوغرارة", "مدير المرصد",
           "مرصد دراسات الهجرة غير النظامية - جامعة الزاوية", ["rapporteur"])],
        report_attachments=[M20_FILE],
        notes="both sent on 15 February: the report is on time but the rapporteur request is ten days after the "
              "speaker deadline, so on_time is false (with 'both', true only if each part is on time); the sender "
              "does not mention any deadline. The speaker is 'مدير المرصد الدكتور فرج عمر أبوغرارة، أستاذ القانون "
              "الدولي بكلية القانون': 'الدكتور' dropped; the title is his post at the observatory he speaks for, written "
              "before the name ('مدير المرصد'); his professorship after the name is his academic post. The signed "
              "transmittal letter (PDF) is not part of the report; "
              "only the DOCX is listed; both names Arabic (RFC 2231 + RFC 2047). Outlook, base64 parts."))


# ================================================================ 21  EN  report  Moroccan youth network, 8 minutes before the report deadline, 'FINAL (2)'
M21_FILE = "GCM report FINAL (2).pdf"


def m21():
    when = at("2021-02-16 23:52:16")
    subj = "Voluntary report - Atlas Youth Network on Migration"
    text = """Dear GCM review secretariat,

Please find attached the voluntary GCM review report of the Atlas Youth Network on Migration (AYNM), a network of six youth associations from Fès, Meknès, Tangier and Tétouan.

Sorry for sending it at the last minute, we were waiting for the last member association to validate the recommendations.

Best,
Soukaina Lamrini
Programme Assistant, AYNM
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "Atlas Youth Network on Migration (AYNM)",
                  ["Six youth associations in northern Morocco", "Young people and the Ceuta and Melilla borders",
                   "Return and reintegration of young migrants", "Recommendations"])
    a = alt(text, "0000000000002f6b1a05bb7e4d90", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "0000000000002f6b1c05bb7e4d92")
    m = mk(when, sent_at(when, 1, 11), "mail-wm1-f49.google.example.com", "192.0.2.149", "4F3z7Kd52RZ3",
           "Soukaina Lamrini <soukaina.lamrini.aynm@gmail.example.com>", subj,
           "<CAG1tN8wP4kV2xQ+s6Rz9Hb3mL5dY7cJe1k@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="eight minutes before the report deadline (23:52 Beirut; the Date header says 22:52 +0100, Moroccan "
              "time): on time. Short English mail from a Moroccan youth network; PDF named 'GCM report FINAL (2).pdf' "
              "(spaces and brackets)."))


# ================================================================ 22  FR  report  Béjaïa university lab: WeTransfer notification the morning after the deadline
M22_FILE = "Rapport_volontaire_LaMoTS_PMM.pdf"


def m22():
    when = at("2021-02-17 09:40:11")
    text = """l.hadjarab@lamots.example.dz vous a envoyé un fichier

1 fichier, 18,7 Mo au total - Expire le 24 février 2021

Bonjour,
Ci-joint (par WeTransfer, le fichier est trop volumineux) le rapport volontaire du Laboratoire Mobilités, Territoires et Sociétés (LaMoTS) de l'Université de Béjaïa pour l'examen régional du Pacte mondial. Avec nos excuses pour ce léger retard, dû à une coupure internet hier soir.
Dr Lynda Hadjarab

Télécharger
https://we.tl.example.com/t-Hb7Kp2Xq9W

1 élément
%s
18,7 Mo

Pour vous assurer de recevoir nos e-mails, ajoutez noreply@wetransfer.example.com à vos contacts.
""" % M22_FILE
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%%" style="background:#f4f4f4"><tr><td align="center">'
            '<table width="520" style="background:#ffffff;font-family:Arial,sans-serif">'
            '<tr><td style="font-size:22px"><b>l.hadjarab@lamots.example.dz</b><br>vous a envoyé un fichier</td></tr>'
            '<tr><td style="color:#6a6d70">1 fichier, 18,7 Mo au total &middot; Expire le 24 février 2021</td></tr>'
            '<tr><td>Bonjour,<br>Ci-joint (par WeTransfer, le fichier est trop volumineux) le rapport volontaire du '
            'Laboratoire Mobilités, Territoires et Sociétés (LaMoTS) de l\'Université de Béjaïa pour l\'examen régional '
            'du Pacte mondial. Avec nos excuses pour ce léger retard, dû à une coupure internet hier soir.<br>'
            'Dr Lynda Hadjarab</td></tr>'
            '<tr><td><a href="https://we.tl.example.com/t-Hb7Kp2Xq9W" style="background:#409fff;color:#ffffff;'
            'padding:12px 24px;border-radius:20px">Télécharger</a></td></tr>'
            '<tr><td><b>1 élément</b><br>%s<br><span style="color:#6a6d70">18,7 Mo</span></td></tr>'
            '<tr><td style="font-size:11px;color:#6a6d70">Pour vous assurer de recevoir nos e-mails, ajoutez '
            'noreply@wetransfer.example.com à vos contacts.</td></tr>'
            '</table></td></tr></table></body></html>\n' % M22_FILE)
    body = alt(text, "--==_mimepart_602cc8ab3e1d7_5f1c2b9a8e4d3c1", html=html)
    m = mk(when, sent_at(when, 0, 3), "o12.email.wetransfer.example.com", "192.0.2.212", "4F4Mb15QsYz8",
           "WeTransfer <noreply@wetransfer.example.com>",
           hdr("l.hadjarab@lamots.example.dz vous a envoyé %s" % M22_FILE, enc="Q"),
           "<602cc8ab3e1d7_5f1c2b9a8e4d3c1@wt-mailer-3.example.com.mail>", body,
           extra=[("Reply-To", "l.hadjarab@lamots.example.dz"), ("X-Mailgun-Tag", "transfer_recipient"),
                  ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        notes="late (17 February, the morning after the report deadline, with an apology); a WeTransfer download "
              "notification (From noreply, Reply-To the researcher) wrapping her own short message: a voluntary "
              "report received by link, nothing attached (report_attachments empty), acknowledge to the Reply-To "
              "address, never to noreply. Her out-of-office answers our acknowledgement (h233-23)."))


# ================================================================ 23  FR  auto_reply  the Béjaïa researcher's Zimbra vacation message on our acknowledgement of 22
def m23():
    when = at("2021-02-17 09:40:58")
    text = """Bonjour,

Je suis absente du laboratoire du 17 au 24 février 2021 (congé scientifique) et je consulterai mes messages à mon retour.
Pour toute question urgente concernant le LaMoTS, vous pouvez écrire à secretariat@lamots.example.dz.

Cordialement,
Lynda Hadjarab
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "zimbra.lamots.example.dz", "203.0.113.96", "4F4Mc07TvRz2",
                    "Lynda Hadjarab <l.hadjarab@lamots.example.dz>", hdr("Absente jusqu'au 24 février", enc="Q"),
                    rfcdate(sent_at(when, 1, 3)), "<1283472918.20417.1613547655902.JavaMail.zimbra@lamots.example.dz>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
                    ret="l.hadjarab@lamots.example.dz")
    rows += [("In-Reply-To", ack_mid("4F4Mb15QsYz8")), ("References", ack_mid("4F4Mb15QsYz8")),
             ("X-Mailer", "Zimbra 8.8.15_GA_3869 (zclient/8.8.15_GA_3869)")]
    add(23, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Zimbra vacation message (Auto-Submitted: auto-replied, Precedence: bulk) answering our acknowledgement "
              "of h233-22 sent to the Reply-To address; its own subject ('Absente jusqu'au 24 février'), not 'Re:'; "
              "it names the lab like a signature. Never acknowledge."))


# ================================================================ 24  EN  other  Tlemcen youth hub asks after the deadline whether it can still send a report
def m24():
    when = at("2021-02-19 10:05:44")
    subj = "Is it still possible to send our report?"
    text = """Hello,

I am writing on behalf of the Tlemcen Youth Hub for Mobility, a small group of students and young graduates in Tlemcen, Algeria.

We have been preparing a voluntary report for the GCM regional review since January, on young Algerians who try to cross to Spain from the western coast and on the sub-Saharan migrants who arrive through Maghnia. Unfortunately we saw too late that the deadline was extended to 16 February and we are still finalising the document.

Is there any possibility to send it next week, for example by 26 February, so that it can at least be included in the documentation of the review? If not, is there another way to share it with the organisers?

Thank you for your understanding,
Amine Boukhatem
Tlemcen Youth Hub for Mobility
"""
    html = outlook_html(text, lang="EN-US")
    body = alt(text, "_000_AM0PR07MB5123D8F1A6C2E947_", html=html)
    m = mk(when, sent_at(when, 1, 7), "mail-am6eur05olkn2081.outbound.protection.outlook.example.com",
           "198.51.100.81", "4F5rT20BnKz5", "Amine Boukhatem <amine.boukhatem@outlook.example.com>", subj,
           "<AM0PR07MB5123D8F1A6C2E947@AM0PR07MB5123.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcGh7Kj9Lm1Nb3Vc5Xz7As9Qw1Er3Ty=="))
    add(24, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="after the report deadline a youth group asks whether it may still send its report next week: a "
              "question, nothing is submitted (on_time null, not a late report); Outlook.com; 'deadline', 'voluntary "
              "report', 'extended' and dates in the body."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
