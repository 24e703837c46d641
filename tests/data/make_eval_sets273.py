#!/usr/bin/env python3
"""Write the blind evaluation set holdout273 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets273.py
Theme: one message, several things (25 January - 18 February 2021).  A Beirut labour institute sending its report
with three questions (and, two weeks later, the annex it announced, in reply to our acknowledgement), an Amman
association proposing a speaker while its report is only announced, a Casablanca association whose report's author
is its speaker (her Exchange out-of-office answers our acknowledgement), a Basra association pasting its report into
the body and asking whether that is enough (then asking on 18 February whether it arrived), a Gulf network sending
two members' reports and one speaker (a Cc'd member address bounces; a second speaker follows nine minutes after the
speaker deadline), a Tunis association whose president will only observe, a Cairo foundation asking two roles for
one person (then thanking us), a Nouakchott network with its report in the body and a speaker, a Sudanese youth
organisation asking two roles for one person, an Oran association declining but registering two observers, a Rabat
doctoral researcher sending her report and asking to present it, a Beirut observatory's report with its executive
summary as a second file, an Erbil organisation that no longer proposes its director, a Kuwait association whose
speaker is the report's author (its autoresponder answers us), an Algiers collective asking whether it may still
present its report, a Dubai platform offering a rapporteur at 23:58 on the report deadline and a Tunis youth forum
whose report arrives 21 minutes late.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows,
                     top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(273)
add = SET.add
H = "h273-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
ROUNDCUBE = "Roundcube Webmail/1.4.9"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"


# ---------------------------------------------------------------- client-specific HTML bodies
def yahoo_divs(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c2e9a14yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def apple_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join('<div%s>%s</div>' % (d, esc(x) if x else '<br class="">') for x in text.rstrip("\n").split("\n"))
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


def tb_html(text):
    inner = "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial pour les migrations dans la "
                "région arabe accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous "
                "au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def postfix_bounce(when, rcpt, remote_host, remote_ip, status, smtp_line, diag, qid, ret_hdrs):
    text = POSTFIX_NOTICE + "\n<%s>: host %s[%s] said:\n    %s\n" % (rcpt, remote_host, remote_ip, smtp_line)
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
           % (qid, rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, status, remote_host, diag))
    return dsn_report(text, dsn, ret_hdrs, "%s.%d/mx1.iom.int" % (qid, int(when.timestamp())))


# ================================================================ 01  EN  report  Beirut labour institute: report + three questions
M01_ID = "<DB8PR10MB3417C2E95A0F6B71@DB8PR10MB3417.EURPRD10.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Voluntary GCM review report - Warqa Institute (and a few questions)"
M01_QID = "4DKq7Hb2TwZ5"
M01_FILE = "WILM_GCM_Voluntary_Review_Jan2021.pdf"


def m01():
    when = at("2021-01-26 10:12:37")
    text = """Dear colleagues,

On behalf of the Warqa Institute for Labour and Migration (WILM), please find attached our voluntary GCM review report. It covers GCM objectives 6 (fair recruitment and decent work) and 16 (inclusion and social cohesion) as they apply to migrant workers in Lebanon in 2019-2020, a period marked by the financial collapse, the pandemic and the port explosion.

While writing it we came up with a few questions, and I hope you don't mind me putting them in the same message:

1. Will the voluntary reports be published on the review website? If so, we would be grateful if you could let us know in advance, as a few sections name employers' sectors in small towns.
2. We are finalising an annex of about 30 anonymised case summaries that illustrate chapter 3. It will not be ready for another two weeks or so. Can we send it separately before the 16 February deadline, and will it be considered part of the report?
3. Will there be Arabic-English interpretation during the multi-stakeholder consultation on 23 February? Some of our partners from the workers' committees would like to follow it.

Thank you very much, and congratulations on organising the review in such a difficult year.

Kind regards,

Carla Nassif
Policy Officer
Warqa Institute for Labour and Migration (WILM)
Badaro, Beirut - Lebanon
T +961 1 000 000 | www.warqa-institute.example.org

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""
    cid = "image001.png@01D6F3C1.5E8A2B70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 110, 90))], "_004_DB8PR10MB3417C2E95A0F6B71_",
                params=[("type", '"text/html"')])
    pdf = rep_pdf("Voluntary GCM review report - Warqa Institute for Labour and Migration (WILM)",
                  "Beirut, January 2021", ["Context: collapse, pandemic, explosion", "Objective 6: fair recruitment",
                                           "Objective 16: inclusion and social cohesion",
                                           "Case stories (see annex, to follow)", "Recommendations"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR10MB3417C2E95A0F6B71_"),
                           attach("application/pdf", pdf, M01_FILE)], "_005_DB8PR10MB3417C2E95A0F6B71_")
    m = mk(when, sent_at(when, 2, 9), "mail-db8eur10on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", M01_QID, "Carla Nassif <c.nassif@warqa-institute.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AQHW8+Zk3Tq7Lm1Rb5Xc9Vn2Pw4Hs6Jd8g==", lang="en-GB", has_attach="yes"))
    add(1, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M01_FILE],
        notes="a report plus three numbered questions (publication, an annex to follow, interpretation): the "
              "questions do not change the category, the attached PDF is the report. 'objectives 6 and 16', '30 "
              "case summaries', '16 February deadline' and '23 February' are decoys, not roundtables or dates of "
              "submission. Outlook: mixed > alternative > related with the signature logo image001.png (not part of "
              "the report) and a confidentiality disclaimer. The announced annex arrives in h273-20."))


# ================================================================ 02  AR  speaker  Amman association: speaker now, report only announced
def m02():
    when = at("2021-01-28 13:47:05")
    subj = "ترشيح متحدثة للمائدة المستديرة الثانية - جمعية درب للتنمية المجتمعية"
    text = """مرحبا،

تحية طيبة من فريق جمعية درب في المفرق،

وصلتنا الدعوة للاستعراض الإقليمي عن طريق ملتقى المنظمات في الشمال، وحابين نشارك بشيئين:

أولاً، بدنا نرشّح زميلتنا السيدة لانا يوسف الخطيب، مسؤولة برنامج الحماية في جمعية درب للتنمية المجتمعية، لمداخلة في المائدة المستديرة التانية. لانا بتشتغل من 2016 مع العاملات المهاجرات والعاملين الزراعيين في مزارع الأغوار والمفرق، وعندها أمثلة كتير عن العقود والسكن وأجور المياومة.

ثانياً، التقرير الطوعي تبعنا لسا ما خلص، الفريق عم يراجع الأرقام، ورح نبعتلكم إياه قبل 16 شباط إن شاء الله بإيميل منفصل.

إذا بدكم أي معلومات زيادة عن لانا (سيرة ذاتية، صورة) احكولنا.

مع الشكر والتقدير،
رامي العبادي
منسق المشاريع - جمعية درب للتنمية المجتمعية
المفرق - الأردن
هاتف: 00962 2 000 0000
"""
    body = alt(text, "000000000000a71c3e05b9f4d2b8", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-ed1-f52.google.example.com", "192.0.2.52", "4DMs2Qw8KfZ3",
           addr("رامي العبادي", "darb.mafraq@gmail.example.com"), hdr(subj),
           "<CAJ7pTn2Rw8xK4vM+e1Lb6Zq3sH9dFy5gC0@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("لانا يوسف الخطيب", "مسؤولة برنامج الحماية", "جمعية درب للتنمية المجتمعية", ["roundtable"], 2)],
        notes="one message, two things, of which only one is done: the speaker request, and a report only announced "
              "('التقرير الطوعي تبعنا لسا ما خلص ... رح نبعتلكم إياه قبل 16 شباط'), so speaker_request, not both. "
              "Jordanian colloquial Arabic; roundtable as the dialect ordinal 'التانية' (= 2); 'السيدة' dropped; "
              "the sender (projects coordinator) is not the speaker; 2016 and 16 شباط are not roles. Gmail, "
              "base64."))


# ================================================================ 03  FR  both  Casablanca association: the report's author is its speaker
M03_ID = "<3f8a1c52-7d9e-4b06-a2c4-91e5d7b3f028@passerelles-maroc.example.ma>"
M03_SUBJ = "APMM – Rapport volontaire PMM et proposition d'intervention de son autrice"
M03_QID = "4DNb5Xk1PzZ8"
M03_FILE = "APMM_Rapport_volontaire_PMM_2021.docx"


def m03():
    when = at("2021-01-29 11:05:48")
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation, l'Association Passerelles Migrations Maroc (APMM) a le plaisir de vous transmettre, en pièce jointe, son rapport volontaire pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport a été rédigé par Dr Nadia El Ouafi, responsable du pôle recherche de l'association, qui a coordonné pendant six mois les entretiens menés à Casablanca, Tanger et Oujda auprès de 140 personnes migrantes et de leurs employeurs. Il porte sur l'accès au travail déclaré et à la couverture médicale après la deuxième opération de régularisation.

C'est tout naturellement elle que nous souhaitons proposer pour en présenter les conclusions : Dr El Ouafi pourrait faire une intervention en séance plénière lors de la conférence des 24 et 25 février. Elle est en copie de ce message.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Hicham Benkirane
Directeur exécutif
Association Passerelles Migrations Maroc (APMM)
27, rue des Orangers – Casablanca
Tél. : +212 5 22 00 00 00
"""
    doc = make_docx(["Association Passerelles Migrations Maroc (APMM)",
                     "Rapport volontaire - Examen regional du Pacte mondial sur les migrations, Etats arabes 2021",
                     "Redaction : Nadia El Ouafi, responsable du pole recherche",
                     "1. Methodologie : 140 entretiens (Casablanca, Tanger, Oujda)",
                     "2. Travail declare apres la regularisation", "3. Couverture medicale", "4. Recommandations"])
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    a = multi("alternative", [tp, leaf("text/html", tb_html(text), "utf-8", "8bit")],
              "------------A6D0E3F51C9B27E4D1F08A3C")
    body = multi("mixed", [a, attach(DOCX, doc, M03_FILE)], "------------2B7E94C1D05A3F68E2C17B90")
    m = mk(when, sent_at(when, 1, 6), "mail.passerelles-maroc.example.ma", "203.0.113.61", M03_QID,
           "Hicham Benkirane <h.benkirane@passerelles-maroc.example.ma>", hdr(M03_SUBJ, enc="Q"), M03_ID, body,
           cc="Nadia El Ouafi <n.elouafi@passerelles-maroc.example.ma>",
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(3, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia El Ouafi", "responsable du pôle recherche", "Association Passerelles Migrations Maroc (APMM)",
           ["plenary"])],
        report_attachments=[M03_FILE],
        notes="'both' where the speaker is the report's author: she is introduced as the writer of the report "
              "('rédigé par Dr Nadia El Ouafi, responsable du pôle recherche') and proposed in the next paragraph "
              "only as 'elle' / 'Dr El Ouafi' ('Dr' dropped); 'une intervention en séance plénière' = plenary. The "
              "sender (executive director) is not the speaker. Thunderbird, 8bit format=flowed + HTML; DOCX; Date "
              "UTC+1. The author, in Cc, answers our acknowledgement with an out-of-office (h273-04)."))


# ================================================================ 04  FR  auto_reply  the author's Exchange out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-29 11:06:31")
    ack = ack_mid(M03_QID)
    text = """Bonjour,

Je suis en mission de terrain à Agadir et à Tiznit jusqu'au mercredi 3 février inclus, avec un accès limité à ma messagerie. Je traiterai votre message à mon retour.

Pour toute question urgente concernant le rapport ou les activités de recherche de l'APMM, vous pouvez contacter le secrétariat au +212 5 22 00 00 00 ou à contact@passerelles-maroc.example.ma.

Cordialement,
Nadia El Ouafi
"""
    html = outlook_html(text, lang="FR")
    body = alt(text, "_000_PR2P264MB0418E6A9C3D7B125_", html=html)
    subj = hdr("Réponse automatique : Accusé de réception - " + M03_SUBJ, enc="Q")
    rows = std_rows(when, "mail-pr2fra01on0621.outbound.protection.outlook.example.com", "198.51.100.121",
                    "4DNb6Cy3RhZ1", "Nadia El Ouafi <n.elouafi@passerelles-maroc.example.ma>", subj,
                    rfcdate(sent_at(when, 1, 3)),
                    "<PR2P264MB0418E6A9C3D7B125@PR2P264MB0418.FRAP264.PROD.OUTLOOK.example.com>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M03_ID + " " + ack),
             ("Thread-Topic", hdr("Accusé de réception - " + M03_SUBJ, enc="Q")), ("Content-Language", "fr-FR"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "n.elouafi@passerelles-maroc.example.ma")]
    add(4, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office ('Réponse automatique :') of the report's author and proposed speaker of "
              "h273-03, who was in Cc of our acknowledgement; it mentions 'le rapport' and carries her name, but is "
              "machine-made (Auto-Submitted, X-Auto-Response-Suppress, null Return-Path, Inbox-Rules-Loop). Never "
              "acknowledge; thread_of null as for dev auto-replies; '3 février' is her return date."))


# ================================================================ 05  AR  report  Basra association: report pasted in the body + a question
M05_ID = "<1071938246.1482207.1612172913350@mail.yahoo.example.com>"
M05_SUBJ = "التقرير الطوعي لجمعية الفرات للعمالة والهجرة - البصرة"
M05_TEXT = """السادة أمانة الاستعراض الإقليمي المحترمون

تحية طيبة وبعد،

نرسل إليكم أدناه تقريرنا الطوعي ضمن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية. كتبناه مباشرة في نص الرسالة لأن اتصال الإنترنت عندنا ضعيف جداً وفشلت محاولتان لإرفاق الملف.

سؤال قبل التقرير: هل يكفي إرسال التقرير بهذه الطريقة في متن الرسالة، أم تحتاجون إليه بملف Word أو PDF؟ إذا احتجتم الملف نحاول إرساله من مكان آخر.

==============================
التقرير الطوعي
جمعية الفرات للعمالة والهجرة - البصرة، العراق
كانون الثاني 2021
==============================

أولاً: نبذة عن الجمعية
جمعية الفرات للعمالة والهجرة منظمة غير حكومية تأسست في البصرة عام 2011، تعمل مع العمال الأجانب في قطاعي النفط والخدمات (وأغلبهم من بنغلاديش ونيبال والفلبين)، ومع العراقيين العائدين من دول الجوار.

ثانياً: الوضع خلال 2019-2020
1- فقد مئات العمال الأجانب أعمالهم مع توقف المشاريع أثناء الجائحة، وبقي كثير منهم بلا رواتب لعدة أشهر ولا يستطيعون المغادرة بسبب الغرامات المتراكمة على الإقامة.
2- شركات التوظيف الوسيطة تحتجز جوازات السفر في أغلب الحالات التي تابعناها (84 حالة من 112).
3- العائدون العراقيون لا يجدون جهة واحدة تتابع أوضاعهم، ويُحال الواحد منهم بين أكثر من خمس دوائر.

ثالثاً: ما قامت به الجمعية في ضوء أهداف الاتفاق العالمي
- الهدف 6: حملة توعية بالتوظيف العادل بأربع لغات ووساطة مع الشركات لإعادة الجوازات (استُعيد 61 جوازاً).
- الهدف 7: سلال غذائية وبدل سكن لـ 230 عاملاً عالقاً.
- الهدف 21: مساعدة 47 عاملاً على العودة إلى بلدانهم بالتنسيق مع سفاراتهم.

رابعاً: التوصيات
1- إعفاء العمال العالقين من غرامات الإقامة المتراكمة خلال فترة الجائحة.
2- منع احتجاز جوازات السفر بنص صريح في العقود ومعاقبة المخالفين.
3- إنشاء نافذة موحدة للعائدين في كل محافظة.
4- إشراك منظمات المجتمع المدني في المحافظات في متابعة تنفيذ الاتفاق العالمي، لا في بغداد وحدها.

انتهى التقرير.

مع التقدير،
حسين كاظم الموسوي
رئيس جمعية الفرات للعمالة والهجرة
البصرة - العراق
"""


def m05():
    when = at("2021-02-01 12:48:39")
    body = alt(M05_TEXT, "----=_Part_1482206_1977403285.1612172913348", html=yahoo_divs(M05_TEXT, rtl=True),
               b64=True)
    m = mk(when, sent_at(when, 3, 6), "sonic309-22.consmr.mail.ne1.yahoo.example.com", "198.51.100.209",
           "4DPm3Vt6LqZ2", addr("حسين الموسوي", "furat.basra@yahoo.example.com"), hdr(M05_SUBJ), M05_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(5, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="the report is pasted into the body between '====' rules (headings أولاً..رابعاً, numbered findings "
              "and recommendations), no attachment: a voluntary report with report_attachments empty. A question "
              "comes before it ('هل يكفي إرسال التقرير بهذه الطريقة ... أم تحتاجون إليه بملف Word أو PDF؟'), which "
              "the acknowledgement should answer or pass on. GCM objectives 6, 7, 21 and the figures are not "
              "roundtables. Yahoo webmail, base64 parts, Date UTC+3. The sender asks on 18 February whether it "
              "arrived (h273-24)."))


# ================================================================ 06  EN  both  Gulf network: two members' reports + one speaker
M06_ID = "<AM0PR03MB5828B17E4C9A3D52@AM0PR03MB5828.eurprd03.prod.outlook.example.com>"
M06_SUBJ = "GFMR submission: two member reports + speaker nomination (Roundtable 3)"
M06_QID = "4DQr8Nc5WkZ6"
M06_FILES = ["Al-Noor_Legal_Clinic_GCM_Voluntary_Report_2021.pdf", "BMSC_Voluntary_Review_Report_Feb2021.pdf"]
M06_BOUNCED = "circle.bahrain@bmsc.example.bh"
M06_TEXT = """Dear GCM Regional Review team,

I am writing on behalf of the Gulf Forum for Migrant Rights (GFMR), a network of eleven community groups, legal clinics and faith-based organisations working with migrant workers in the six GCC countries.

The network has not written a report of its own this time. Instead, two of our member organisations asked us to forward their voluntary GCM review reports to you together, which I attach:

1. Al Noor Community Legal Clinic (Kuwait) - "Access to justice for domestic workers after the 2020 amnesty" (Al-Noor_Legal_Clinic_GCM_Voluntary_Report_2021.pdf)
2. Bahrain Migrant Support Circle (BMSC) - "Flexi-permit holders in the pandemic" (BMSC_Voluntary_Review_Report_Feb2021.pdf)

A third member, in Oman, is still working on its report and will send it directly before the deadline.

The network would also like to propose one speaker for a floor intervention in Roundtable 3:

Name: Fatima Al-Jassim
Title: Senior Legal Counsel
Organisation: Al Noor Community Legal Clinic (member of GFMR)

Fatima led the research for the first report and has represented more than 300 domestic workers before the labour courts in Kuwait since 2016.

I have copied the focal points of both member organisations.

Best regards,

Priya Raghavan
Network Coordinator
Gulf Forum for Migrant Rights (GFMR)
Doha, Qatar
+974 4000 0000 | coordination@gfmr.example.org
"""


def m06():
    when = at("2021-02-02 09:31:16")
    cid = "image001.png@01D6F94B.2C61E0A0"
    rel = multi("related", [leaf("text/html", outlook_html(M06_TEXT, lang="EN-US", img_cid=cid)),
                            logo(cid, (180, 120, 20))],
                "_004_AM0PR03MB5828B17E4C9A3D52_", params=[("type", '"text/html"')])
    pdf1 = rep_pdf("Access to justice for domestic workers after the 2020 amnesty",
                   "Al Noor Community Legal Clinic, Kuwait", ["The 2020 amnesty", "Cases before the labour courts",
                                                             "Absconding charges", "Recommendations"])
    pdf2 = rep_pdf("Flexi-permit holders in the pandemic", "Bahrain Migrant Support Circle (BMSC)",
                   ["Who holds a flexi-permit", "Loss of work in 2020", "Health care and quarantine",
                    "Recommendations"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", M06_TEXT), rel],
                                 "_000_AM0PR03MB5828B17E4C9A3D52_"),
                           attach("application/pdf", pdf1, M06_FILES[0]), attach("application/pdf", pdf2, M06_FILES[1])],
                 "_005_AM0PR03MB5828B17E4C9A3D52_")
    cc = "Fatima Al-Jassim <f.aljassim@alnoor-clinic.example.org>, BMSC <%s>" % M06_BOUNCED
    m = mk(when, sent_at(when, 3, 8), "mail-am0eur03on0633.outbound.protection.outlook.example.com",
           "198.51.100.133", M06_QID, "Priya Raghavan <p.raghavan@gfmr.example.org>", M06_SUBJ, M06_ID, body, cc=cc,
           extra=outlook(M06_SUBJ, "AQHW+T5Rk2Lx8Vq1Nm4Pz7Bc0Sd3Fg6Hj9==", lang="en-US", has_attach="yes"))
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Fatima Al-Jassim", "Senior Legal Counsel", "Al Noor Community Legal Clinic", ["roundtable"], 3)],
        report_attachments=M06_FILES,
        notes="a network forwards two members' reports (two PDFs, each the report of a different member, both "
              "listed) and proposes one speaker in labelled lines: her affiliation is the member clinic, not the "
              "network ('(member of GFMR)' is an explanation). 'has not written a report of its own', a third "
              "member's report only announced, 'eleven', 'six GCC countries', '300' and 2016 are decoys. Outlook "
              "with an inline logo image001.png (not a report). The BMSC address in Cc bounces our acknowledgement "
              "(h273-07); a second speaker follows late in h273-15."))


# ================================================================ 07  EN  bounce  BMSC Cc address: mailbox full
def m07():
    when = at("2021-02-02 09:32:40")
    ret = ("Return-Path: <gcmrrarabstates@iom.int>\n"
           "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
           "To: Priya Raghavan <p.raghavan@gfmr.example.org>\n"
           "Cc: Fatima Al-Jassim <f.aljassim@alnoor-clinic.example.org>, BMSC <%s>\n"
           "Subject: Acknowledgement of receipt - %s\n"
           "Date: %s\n"
           "Message-ID: %s\n"
           "In-Reply-To: %s\n"
           "References: %s\n" % (M06_BOUNCED, M06_SUBJ, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M06_QID),
                                 M06_ID, M06_ID))
    body = postfix_bounce(when, M06_BOUNCED, "mail.bmsc.example.bh", "203.0.113.214", "5.2.2",
                          "552 5.2.2 <%s>: Mailbox full - quota exceeded\n    (in reply to RCPT TO command)"
                          % M06_BOUNCED,
                          "552 5.2.2 <%s>: Mailbox full - quota exceeded" % M06_BOUNCED, "4DQr9Bd7YmZ0", ret)
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DQr9Fh2XnZ4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202073240.4DQr9Fh2XnZ4@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the copy of our acknowledgement of h273-06 sent to the BMSC "
              "address in Cc; the returned headers repeat the 'two member reports + speaker nomination' subject. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 08  FR  report  Tunis association: report, its president only observes
def m08():
    when = at("2021-02-03 10:24:51")
    subj = "Rapport volontaire de l'ATAMR – examen régional du PMM"
    fname = "ATAMR - Rapport volontaire PMM 2021.pdf"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Association Tunisienne d'Accompagnement des Migrants de Retour (ATAMR) dans le cadre de l'examen régional du Pacte mondial sur les migrations pour la région arabe.

Le rapport présente notre travail auprès des Tunisiens rentrés d'Italie, de France et de Libye depuis 2019 : accueil à l'arrivée, aide au montage de petits projets, accompagnement psychologique et suivi des familles de disparus en mer.

Notre présidente, Mme Houda Ben Ammar, suivra la conférence des 24 et 25 février, mais uniquement en tant qu'observatrice : elle ne demande pas de temps de parole et ne souhaite pas figurer parmi les intervenants. Pourriez-vous simplement lui faire parvenir le lien de connexion à l'adresse houda.benammar@atamr.example.tn ?

Avec nos remerciements,

Walid Jaziri
Chargé de communication
ATAMR – Association Tunisienne d'Accompagnement des Migrants de Retour
Tunis – Tunisie
"""
    pdf = rep_pdf("Rapport volontaire - ATAMR", "Association Tunisienne d'Accompagnement des Migrants de Retour",
                  ["Qui sommes-nous", "Accueil et reinsertion des migrants de retour", "Les familles de disparus",
                   "Recommandations"])
    a = alt(text, "=_a41c07e39b2d5f8e6c10b3a7d924e6f1", html=roundcube_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "=_7e2b9d04c61a3f58b0e4d2c9a71f36e8")
    m = mk(when, sent_at(when, 1, 5), "webmail.atamr.example.tn", "203.0.113.45", "4DRt1Kx9MvZ7",
           "Walid Jaziri <communication@atamr.example.tn>", hdr(subj, enc="Q"),
           "<a9c3e71f05b2d48e6c1f37d92b0a5e84@atamr.example.tn>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(8, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="report plus a named president who is explicitly only an observer ('uniquement en tant "
              "qu'observatrice : elle ne demande pas de temps de parole'): no speaker, so voluntary_report, not "
              "both, although the message gives a name, a title ('présidente') and the dates of the conference. "
              "The link request is logistics. Roundcube, PDF name with spaces; Date UTC+1."))


# ================================================================ 09  AR  speaker  Cairo foundation: one person, two roles (Egyptian Arabic)
M09_ID = "<8C2E4F71-A93B-4D05-B6E8-1F7A3C9D20E5@bokra-ahsan.example.org>"
M09_SUBJ = "ترشيح أ. ياسمين الشريف - جلسة عامة + مقررة"
M09_QID = "4DRw6Fp3JtZ9"


def m09():
    when = at("2021-02-03 15:02:18")
    text = """مساء الخير،

إحنا مؤسسة بكرة أحسن للتنمية في القاهرة، بنشتغل من 2014 مع الشباب المصري العائد من ليبيا والأردن ومع أسر المهاجرين غير النظاميين في محافظات الصعيد.

حابين نرشّح زميلتنا أ. ياسمين فؤاد الشريف، منسقة مشروع دعم العائدين في المؤسسة، لحاجتين:
- مداخلة في الجلسة العامة يوم 24 فبراير،
- وكمان لو ينفع تكون مقرّرة وتقدّم الرسائل الأساسية باسم أصحاب المصلحة.

سؤال صغير: هل ينفع الشخص الواحد ياخد دورين، ولا لازم نختار واحد؟ لو لازم نختار، ياسمين تفضّل الجلسة العامة.

وشكراً جداً
شيماء عبد الرحمن
مديرة البرامج - مؤسسة بكرة أحسن للتنمية

مرسلة من الـ iPhone
"""
    body = alt(text, "Apple-Mail-4B7D2E90-1C3A-4F65-9E08-D3A1B6C5F742", html=apple_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 11), "mail.bokra-ahsan.example.org", "203.0.113.92", M09_QID,
           addr("شيماء عبد الرحمن", "shaimaa@bokra-ahsan.example.org"), hdr(M09_SUBJ), M09_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ياسمين فؤاد الشريف", "منسقة مشروع دعم العائدين", "مؤسسة بكرة أحسن للتنمية", ["plenary", "rapporteur"])],
        notes="two roles for one person in a dashed list: 'مداخلة في الجلسة العامة' = plenary and 'تكون مقرّرة وتقدّم "
              "الرسائل الأساسية' = rapporteur; the question 'هل ينفع الشخص الواحد ياخد دورين' and the stated "
              "preference do not withdraw either role. Egyptian colloquial Arabic; 'أ.' dropped; the subject "
              "shortens the name; the sender (programme director) is not the speaker. iPhone, base64. Thanked in "
              "h273-10."))


# ================================================================ 10  AR  other  thank-you to our acknowledgement of 09
def m10():
    when = at("2021-02-03 16:20:44")
    ack = ack_mid(M09_QID)
    quoted = ack_text("ar", M09_SUBJ, "طلب المشاركة بمداخلة")
    text = """متشكرين جداً على الرد السريع 🙏
وصلنا التأكيد وبلّغنا ياسمين وهي مبسوطة جداً. مستنيين البرنامج.

شيماء

مرسلة من الـ iPhone

في 3 فبراير 2021، الساعة 3:02 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "Apple-Mail-9E1F3A26-7B4C-4D80-A5E2-C60B8D1F9347", html=apple_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail.bokra-ahsan.example.org", "203.0.113.92", "4DRz2Mq8VbZ1",
           addr("شيماء عبد الرحمن", "shaimaa@bokra-ahsan.example.org"),
           re_hdr("Re: ", "تأكيد استلام - " + M09_SUBJ),
           "<0D6B3A18-E52C-4F97-8A41-B9C7E2F05D63@bokra-ahsan.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M09_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(10, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 9,
        notes="thank-you answering our acknowledgement of h273-09 (References name h273-09): adds nothing new, so "
              "no acknowledgement. The quoted acknowledgement and the subject still name the two roles; "
              "'بلّغنا ياسمين' is not a new nomination. Egyptian Arabic with an emoji, iPhone."))


# ================================================================ 11  FR  both  Nouakchott network: report in the body + a speaker
def m11():
    when = at("2021-02-04 11:39:02")
    subj = "Rapport volontaire RMSM (dans le corps du message) et proposition d'intervenante – table ronde 2"
    text = """Madame, Monsieur,

Le Réseau Mauritanien Solidarité Migrants (RMSM) vous adresse ci-dessous son rapport volontaire. Nous n'arrivons pas à joindre de document Word depuis le poste du réseau, c'est pourquoi nous le copions directement dans ce courriel. La photo jointe est celle de notre atelier de validation du 21 janvier.

-------------------------------------------------
RAPPORT VOLONTAIRE – EXAMEN RÉGIONAL DU PACTE MONDIAL SUR LES MIGRATIONS
Réseau Mauritanien Solidarité Migrants (RMSM) – Nouakchott, janvier 2021
-------------------------------------------------

I. Présentation du réseau
Le RMSM regroupe depuis 2015 quatorze associations de Nouakchott, Nouadhibou et Rosso qui viennent en aide aux migrants ouest-africains en transit ou installés en Mauritanie.

II. Constats 2019-2020
1. Les fermetures de frontières de mars 2020 ont bloqué plusieurs centaines de migrants à Rosso et à Nouadhibou, sans ressources.
2. L'enregistrement des travailleurs étrangers reste coûteux et lent ; beaucoup travaillent dans la pêche artisanale sans titre de séjour.
3. Les enfants nés en Mauritanie de parents migrants ont de grandes difficultés à obtenir un acte de naissance.

III. Actions du réseau au regard du Pacte mondial
- Objectif 4 (identité juridique) : permanences d'aide à l'état civil dans trois villes ;
- Objectif 8 (sauver des vies) : appui aux familles de disparus en mer ;
- Objectif 15 (services de base) : orientation vers les centres de santé.

IV. Recommandations
1. Simplifier et rendre gratuit l'enregistrement des travailleurs étrangers.
2. Garantir l'enregistrement des naissances quel que soit le statut des parents.
3. Associer les réseaux de la société civile au suivi national du Pacte.
-------------------------------------------------

Par ailleurs, le réseau souhaite proposer Mme Aminata Sow, juriste et chargée du suivi des cas au RMSM, pour une intervention lors de la table ronde thématique n° 2 de la conférence. Elle suit depuis quatre ans les dossiers d'état civil des familles migrantes.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Cheikh Ahmed Ould Sidi
Coordinateur national
Réseau Mauritanien Solidarité Migrants (RMSM)
Nouakchott – Mauritanie
"""
    photo = "atelier_validation_21janvier.png"
    img = leaf("image/png", make_png(40, 30, (200, 170, 120)), cte="base64", params=[("name", '"%s"' % photo)],
               disp='attachment; filename="%s"' % photo)
    a = alt(text, "----=_Part_771203_1394758201.1612431542118", html=yahoo_divs(text))
    body = multi("mixed", [a, img], "----=_Part_771202_830127459.1612431542117")
    m = mk(when, sent_at(when, 0, 5), "sonic311-17.consmr.mail.ir2.yahoo.example.com", "198.51.100.217",
           "4DSb4Qn7HcZ5", "Reseau RMSM <rmsm.nouakchott@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<771204.1612431542119@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(11, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Sow", "juriste et chargée du suivi des cas", "Réseau Mauritanien Solidarité Migrants (RMSM)",
           ["roundtable"], 2)],
        notes="both, on time: the report is pasted in the body between dashed rules (sections I-IV), so "
              "report_attachments is empty; the attached PNG is a workshop photo, not the report. The speaker "
              "comes after the report ('Par ailleurs ...'): 'Mme' dropped, 'table ronde thématique n° 2' = 2. "
              "Objectifs 4, 8, 15, 'quatorze associations' and '21 janvier' are decoys. Yahoo webmail, From display "
              "name is the network; Date UTC+0."))


# ================================================================ 12  EN  speaker  Sudanese youth organisation: one person, open discussion + roundtable 4
def m12():
    when = at("2021-02-04 18:12:27")
    subj = "Speaking request - open discussion (23 Feb) and Roundtable 4"
    text = """Dear Secretariat,

I hope you are well. I am writing to request speaking roles for myself on behalf of the Sudanese Organisation for Migrant Youth Empowerment (SOMYE), where I manage our programmes for young people who returned from Libya and Egypt.

Ideally I would like to:
(a) take part in the open discussion of the multi-stakeholder consultation on 23 February, and
(b) make a floor intervention in thematic Roundtable 4 at the conference.

I realise you may need to limit each organisation to one slot, so please tell me if I should choose. If so, (b) matters more to us, but I would be grateful for both.

A couple of practical questions as well: how long are floor interventions expected to be, and may speakers share a short video (under two minutes) made by the young returnees themselves?

Name: Tagwa Abdelrahim Mohamed
Title: Programme Manager
Organisation: Sudanese Organisation for Migrant Youth Empowerment (SOMYE), Khartoum

Thank you for your consideration.

Best regards,
Tagwa
"""
    body = alt(text, "000000000000e39b5c05ba87f1d2", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-wr1-f42.google.example.com", "192.0.2.142", "4DSj7Wc1NxZ3",
           "Tagwa Abdelrahim <tagwa.abdelrahim@gmail.example.com>", subj,
           "<CAM5tRq8Vx2nL7kP+c4Hb1Wz9sJ3dGe6fA8@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tagwa Abdelrahim Mohamed", "Programme Manager",
           "Sudanese Organisation for Migrant Youth Empowerment (SOMYE)", ["open_discussion", "roundtable"], 4)],
        notes="self-nomination for two roles, listed (a)/(b): open discussion of the consultation and a floor "
              "intervention in Roundtable 4; 'please tell me if I should choose ... (b) matters more' keeps both "
              "requested. Labelled lines at the end; the affiliation line adds the city after a comma (not part "
              "of the name); the From name is shorter than the labelled name. Questions about length and a video "
              "are logistics. Gmail, Date UTC+2 (Khartoum)."))


# ================================================================ 13  FR  other  Oran association declines, two members want to observe
def m13():
    when = at("2021-02-05 10:31:09")
    subj = "Réponse à l'invitation – examen régional du PMM"
    text = """Bonjour,

Nous vous remercions pour votre invitation à l'examen régional du Pacte mondial pour les migrations.

Après discussion au sein du bureau, l'Association Oranaise Santé et Migrations ne soumettra pas de rapport volontaire cette année (nous avons contribué aux consultations nationales) et ne proposera pas d'intervenant, ni pour la consultation du 23 février, ni pour la conférence.

En revanche, deux de nos membres souhaiteraient suivre les travaux en ligne en tant qu'observateurs :
- Mme Samia Kaci, secrétaire générale ;
- M. Rachid Bensalem, médecin bénévole.

Pourriez-vous nous indiquer la marche à suivre pour qu'ils reçoivent les liens de connexion ? Leurs adresses : samia.kaci@aosm-oran.example.dz et r.bensalem@aosm-oran.example.dz.

Bien à vous,

Leïla Hadj-Ali
Présidente
Association Oranaise Santé et Migrations
Oran – Algérie
"""
    body = alt(text, "Apple-Mail=_5D1B8E47-2A9C-4F03-B7E6-91C4D0A3F258", html=apple_html(text))
    m = mk(when, sent_at(when, 1, 7), "smtp.aosm-oran.example.dz", "203.0.113.171", "4DTf9Rm2KbZ8",
           addr("Leïla Hadj-Ali", "presidence@aosm-oran.example.dz", enc="Q"), hdr(subj, enc="Q"),
           "<E4A91C6B-3F07-48D2-9B5E-7C2D18F0A634@aosm-oran.example.dz>", body, extra=[("X-Mailer", APPLE)])
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a reply to the invitation that declines both things ('ne soumettra pas de rapport volontaire ... et "
              "ne proposera pas d'intervenant') and registers two observers with names and titles in a dashed "
              "list: they are attendees, not speakers, so 'other' with no speakers. Written on the speaker "
              "deadline day, which does not matter for 'other'. Apple Mail, Date UTC+1."))


# ================================================================ 14  FR  both  Rabat doctoral researcher: her report + she asks to present it
def m14():
    when = at("2021-02-05 22:41:53")
    subj = "Rapport volontaire (contribution individuelle) et demande d'intervention – table ronde 1"
    fname = "Ait Lahcen_Rapport volontaire PMM_travailleuses subsahariennes Rabat.pdf"
    text = """Madame, Monsieur,

Je me permets de vous adresser, à titre individuel, le rapport volontaire que j'ai rédigé dans le cadre de l'examen régional du Pacte mondial. Il s'appuie sur ma thèse en cours et sur 52 entretiens réalisés en 2020 avec des travailleuses subsahariennes employées comme aides ménagères à Rabat et à Salé.

Je souhaiterais également, si cela est possible, présenter moi-même les principales conclusions de ce rapport lors d'une intervention dans la table ronde thématique 1 de la conférence.

Je vous prie de m'excuser pour l'heure tardive de cet envoi et vous remercie de votre attention.

Bien respectueusement,

Khadija Ait Lahcen
Doctorante en sociologie des migrations
Laboratoire d'études sur les mobilités et les frontières (LEMF)
Rabat – Maroc
"""
    pdf = rep_pdf("Rapport volontaire - contribution individuelle", "Khadija Ait Lahcen, LEMF, Rabat",
                  ["Methodologie : 52 entretiens (Rabat, Sale)", "Recrutement et conditions de travail",
                   "Acces aux droits et a la sante", "Recommandations"])
    a = alt(text, "000000000000c4f82a05baa1e7b3", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000c4f82c05baa1e7b5")
    m = mk(when, sent_at(when, 1, 10), "mail-wm1-f53.google.example.com", "192.0.2.153", "4DTw3Hz6QcZ4",
           "Khadija Ait Lahcen <khadija.aitlahcen@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAG9mWx3Lp7tR2vK+b8Nc5Hq1sZ4dFe7jY6@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Khadija Ait Lahcen", "Doctorante en sociologie des migrations",
           "Laboratoire d'études sur les mobilités et les frontières (LEMF)", ["roundtable"], 1)],
        notes="the report's author asks to present it herself ('présenter moi-même les principales conclusions de "
              "ce rapport'): both, and the speaker is the sender, named only in the signature. Deadline edge: "
              "received 22:41 Beirut time on Friday 5 February (21:41 in the Date header, UTC+1), so both parts are "
              "on time despite 'l'heure tardive'. 'table ronde thématique 1' = 1; '52 entretiens' and 2020 are "
              "decoys. PDF name with spaces and an underscore; Gmail."))


# ================================================================ 15  EN  speaker  the network of 06 adds a second speaker, nine minutes late
def m15():
    when = at("2021-02-06 00:09:14")
    ack = ack_mid(M06_QID)
    quoted = ack_text("en", M06_SUBJ, "your speaker request and voluntary report")
    text = """Dear colleagues,

Thank you for your acknowledgement. Apologies for writing so late at night - our BMSC colleagues asked us tonight, after their board meeting, whether they could also have a voice at the conference, since their report is part of our submission.

If it is still possible, GFMR would therefore like to add a second speaker, for a floor intervention in a plenary session:

Name: Joseph D'Souza
Title: Community Organiser
Organisation: Bahrain Migrant Support Circle (BMSC)

This does not replace our first nomination (Fatima Al-Jassim, Roundtable 3), which stands.

Please also note that the BMSC address I copied last time is full; Joseph can be reached at joseph.dsouza@bmsc.example.bh, copied here.

Best regards,

Priya Raghavan
Network Coordinator
Gulf Forum for Migrant Rights (GFMR)

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 10:31 AM
To: Priya Raghavan <p.raghavan@gfmr.example.org>
Cc: Fatima Al-Jassim <f.aljassim@alnoor-clinic.example.org>; BMSC <%s>
Subject: Acknowledgement of receipt - %s

%s
""" % (M06_BOUNCED, M06_SUBJ, quoted)
    body = alt(text, "_000_AM0PR03MB58281F6A0C3E9B74_", html=outlook_html(text, lang="EN-US"))
    subj = "RE: Acknowledgement of receipt - " + M06_SUBJ
    m = mk(when, sent_at(when, 3, 10), "mail-am0eur03on0644.outbound.protection.outlook.example.com",
           "198.51.100.144", "4DVc5Lx2PmZ7", "Priya Raghavan <p.raghavan@gfmr.example.org>", subj,
           "<AM0PR03MB58281F6A0C3E9B74@AM0PR03MB5828.eurprd03.prod.outlook.example.com>", body,
           cc="Joseph D'Souza <joseph.dsouza@bmsc.example.bh>, Fatima Al-Jassim <f.aljassim@alnoor-clinic.example.org>",
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack)]
           + outlook(subj, "AQHW+T5Rk2Lx8Vq1Nm4Pz7Bc0Sd3Fg6Hj9AgAFq3Lw=", lang="en-US"))
    add(15, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        thread_of=H % 6, speakers=[
            sp("Joseph D'Souza", "Community Organiser", "Bahrain Migrant Support Circle (BMSC)", ["plenary"])],
        notes="late by nine minutes: received 00:09 Beirut time on Saturday 6 February (Date 01:09 +0300, Doha), an "
              "Outlook reply to our acknowledgement of h273-06 (References name it) adding a second speaker in "
              "labelled lines. Only the new speaker is listed: the first nomination is named again ('which stands') "
              "and is not a new request; the quoted acknowledgement repeats the original subject. New Cc address "
              "given for the bounced one (h273-07)."))


# ================================================================ 16  AR  report  Beirut observatory: full report + executive summary as a second file
M16_FILES = ["التقرير الطوعي الكامل - المرصد اللبناني لحقوق العاملات المنزليات.pdf",
             "الملخص التنفيذي - التقرير الطوعي 2021.docx"]


def m16():
    when = at("2021-02-08 14:26:30")
    subj = "التقرير الطوعي للمرصد اللبناني لحقوق العاملات المنزليات مع ملخصه التنفيذي"
    text = """حضرات أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

يسرّ المرصد اللبناني لحقوق العاملات المنزليات أن يرسل إليكم تقريره الطوعي في إطار الاستعراض الإقليمي، وهو في ملفين مرفقين:

1- التقرير الكامل (46 صفحة، PDF)، ويتضمن المنهجية ونتائج رصد 318 حالة خلال عامي 2019 و2020 والتوصيات.
2- الملخص التنفيذي (4 صفحات، Word)، أعددناه ليسهل على المشاركين الاطلاع على أهم النتائج، ويمكن نشره أو توزيعه كما هو.

نرجو اعتبار الملفين معاً تقريرنا الطوعي. وفي حال الحاجة إلى ترجمة الملخص إلى الإنكليزية نستطيع توفيرها خلال أسبوع.

وتفضلوا بقبول فائق الاحترام،

جنى حداد
منسقة الأبحاث
المرصد اللبناني لحقوق العاملات المنزليات
الأشرفية، بيروت - لبنان
هاتف: 00961 1 000 000
"""
    cid = "image001.png@01D6FE12.8B4C7D30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-LB", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (140, 30, 70))], "_004_VI1PR09MB4175D8A3E6C2F091_",
                params=[("type", '"text/html"')])
    pdf = rep_pdf("Lebanese Observatory for the Rights of Domestic Workers - Voluntary GCM review report (full)",
                  "Beirut, February 2021", ["Methodology", "318 cases monitored in 2019-2020", "Findings",
                                            "Recommendations"])
    doc = make_docx(["Executive summary - Voluntary GCM review report 2021",
                     "Lebanese Observatory for the Rights of Domestic Workers", "Key findings (4 pages)",
                     "Main recommendations"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, cte="base64"), rel],
                                 "_000_VI1PR09MB4175D8A3E6C2F091_"),
                           attach("application/pdf", pdf, M16_FILES[0]), attach(DOCX, doc, M16_FILES[1])],
                 "_005_VI1PR09MB4175D8A3E6C2F091_")
    m = mk(when, sent_at(when, 2, 12), "mail-vi1eur09on0615.outbound.protection.outlook.example.com",
           "198.51.100.115", "4DXk8Tb4RwZ6", addr("جنى حداد", "j.haddad@ldwr-observatory.example.org"), hdr(subj),
           "<VI1PR09MB4175D8A3E6C2F091@VI1PR09MB4175.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcA9kR5Tm2Wx7Qz1Nk4Pv8Xs3Hb6Jd0Lf==", lang="ar-LB", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M16_FILES,
        notes="a report in two files: the full PDF and its executive summary as a separate DOCX; the sender asks "
              "to take them together as the report ('نرجو اعتبار الملفين معاً تقريرنا الطوعي'), so both are listed. "
              "Long Arabic file names (RFC 2231 + RFC 2047); the signature logo image001.png is not part of the "
              "report. '46 صفحة', '318 حالة', '4 صفحات' are decoys; the translation offer is not a promise of a "
              "new file. Outlook, base64."))


# ================================================================ 17  EN  other  Erbil organisation: no longer proposes its director, asks about an Arabic report
def m17():
    when = at("2021-02-09 11:53:08")
    subj = "Attending the conference + question on report language"
    text = """Dear colleagues,

Greetings from Erbil.

We had hoped to nominate our Executive Director, Ms. Rania Saleh, to speak in the plenary, but we see now that the deadline for speaking roles was 5 February, so we will not put her name forward. She and I would simply like to follow the conference online on 24 and 25 February. Could you let us know how to register?

A second question: our voluntary report is being written in Arabic. Would it be acceptable to submit it in Arabic with a two-page English summary, or do you need a full English translation? We intend to send it before 16 February either way.

Many thanks,

Dilan Aziz
Programme Officer
Kurdistan Returnees Support Organisation (KRSO)
Erbil, Kurdistan Region - Iraq
"""
    body = alt(text, "------------F2C8A05D7E31B946C0A5D28E", html=tb_html(text))
    m = mk(when, sent_at(when, 3, 7), "mail.krso.example.org", "203.0.113.118", "4DYh2Nv9KqZ1",
           "Dilan Aziz <dilan.aziz@krso.example.org>", subj,
           "<6b2e9f41-0c7a-4d83-b5e1-a3f8c2d07e95@krso.example.org>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="the category turns on one sentence: a director is named with a title and a role ('to speak in the "
              "plenary'), but 'we will not put her name forward' withdraws it; the rest is a registration to attend "
              "and a question about the language of a report still being written (announced, not sent). No "
              "speakers, no report. Thunderbird, Date UTC+3."))


# ================================================================ 18  AR  both  Kuwait association: report + its author as speaker (speaker part late)
M18_ID = "<AS8PR04MB8162B5E91D7C3A40@AS8PR04MB8162.eurprd04.prod.outlook.example.com>"
M18_SUBJ = "التقرير الطوعي لجمعية مودة الكويتية وطلب مداخلة لمعدّته"
M18_QID = "4DZq6Pc3WtZ8"
M18_FILE = "تقرير جمعية مودة - الاستعراض الطوعي للاتفاق العالمي.docx"


def m18():
    when = at("2021-02-11 09:17:45")
    text = """السلام عليكم ورحمة الله وبركاته،

حيّاكم الله، ونشكر لكم دعوتكم الكريمة.

نرفق لكم التقرير الطوعي لجمعية مودة الكويتية لرعاية العمالة المنزلية، وهو حصيلة سنة كاملة من متابعة شكاوى العاملات في الكويت وجلسات استماع مع أصحاب العمل ومكاتب الاستقدام.

التقرير من إعداد د. هيا سالم العنزي، أستاذة مساعدة في علم الاجتماع وعضوة مجلس إدارة الجمعية، وهي اللي أشرفت على فريق الرصد من البداية. ونتمنى إذا أمكن تكون لها مداخلة في المائدة المستديرة الثانية تعرض فيها نتائج التقرير، ونتفهّم إذا كان موعد طلبات المداخلات قد فات.

ولكم جزيل الشكر والتقدير،

عبدالله فهد المطيري
أمين السر
جمعية مودة الكويتية لرعاية العمالة المنزلية
الكويت
"""
    doc = make_docx(["Mawadda Kuwaiti Association for the Care of Domestic Workers",
                     "Voluntary GCM review report 2021 - prepared by Haya Salem Al-Anzi",
                     "1. Complaints received in 2020", "2. Hearings with employers and recruitment offices",
                     "3. Recommendations"])
    a = alt(text, "_000_AS8PR04MB8162B5E91D7C3A40_", html=outlook_html(text, lang="AR-KW", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M18_FILE)], "_004_AS8PR04MB8162B5E91D7C3A40_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur04on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", M18_QID, addr("عبدالله المطيري", "secretary@mawadda-kw.example.org"), hdr(M18_SUBJ),
           M18_ID, body, cc="Mawadda Info <info@mawadda-kw.example.org>",
           extra=outlook(hdr(M18_SUBJ), "AQHXAE7Lp3Vx9Kd2Rb6Tm1Nq8Hs4Wc5Yz0==", lang="ar-KW", has_attach="yes"))
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("هيا سالم العنزي", "أستاذة مساعدة في علم الاجتماع وعضوة مجلس إدارة الجمعية",
           "جمعية مودة الكويتية لرعاية العمالة المنزلية", ["roundtable"], 2)],
        report_attachments=[M18_FILE],
        notes="'both' where the speaker is the report's author ('التقرير من إعداد د. هيا ...'): report on time (11 "
              "February) but the speaker part is after 5 February, so on_time false; the sender himself says the "
              "deadline may have passed. 'د.' dropped; long title recorded as written; 'المائدة المستديرة الثانية' = "
              "2. Light Gulf Arabic ('حيّاكم الله', 'وهي اللي'); DOCX with a long Arabic name; Outlook, base64, Date "
              "UTC+3. The association's info address in Cc answers our acknowledgement automatically (h273-19)."))


# ================================================================ 19  AR  auto_reply  the Kuwait association's info autoresponder
def m19():
    when = at("2021-02-11 09:18:22")
    ack = ack_mid(M18_QID)
    text = """شكراً لتواصلكم مع جمعية مودة الكويتية لرعاية العمالة المنزلية.

تم استلام رسالتكم، وسيقوم أحد أعضاء فريقنا بالرد عليكم خلال ثلاثة أيام عمل. ساعات العمل: من الأحد إلى الخميس، 8:00 صباحاً - 2:00 ظهراً.

للإبلاغ عن حالة طارئة لعاملة منزلية، يرجى الاتصال على الخط الساخن 1800000 (على مدار الساعة).

هذه رسالة آلية، يرجى عدم الرد عليها.

---
Thank you for contacting Mawadda Kuwaiti Association for the Care of Domestic Workers. This is an automatic reply; we will answer within three working days.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: تأكيد استلام - " + M18_SUBJ)
    rows = std_rows(when, "mail.mawadda-kw.example.org", "203.0.113.204", "4DZq7Rf5YvZ2",
                    "Mawadda Info <info@mawadda-kw.example.org>", subj, rfcdate(sent_at(when, 3, 3)),
                    "<autoreply.20210211071822.58231@mawadda-kw.example.org>",
                    extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes"), ("Precedence", "auto_reply")],
                    ret="info@mawadda-kw.example.org")
    rows += [("In-Reply-To", ack), ("References", M18_ID + " " + ack)]
    add(19, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="autoresponder of the association's info address (in Cc of h273-18) answering our acknowledgement: "
              "X-Autoreply, X-Autorespond and Precedence: auto_reply but no Auto-Submitted, a normal Return-Path; "
              "Arabic text with an English line, a hotline number and 'سيقوم أحد أعضاء فريقنا بالرد'. Never "
              "acknowledge (loop risk); thread_of null as for dev auto-replies."))


# ================================================================ 20  EN  report  the Beirut institute of 01 sends the announced annex
def m20():
    when = at("2021-02-12 16:05:19")
    ack = ack_mid(M01_QID)
    fname = "WILM_Annex_Case_Summaries_CONFIDENTIAL.pdf"
    quoted = ack_text("en", M01_SUBJ, "your voluntary report")
    text = """Dear colleagues,

As announced in my message of 26 January, please find attached the annex to our voluntary report: 31 anonymised case summaries illustrating chapter 3. Please consider it part of the report we submitted.

As it contains detailed accounts, we would ask that the annex not be published, even if the main report is. I haven't had an answer yet to my question about publication - no problem at all, I know you are very busy - but it would help us to know.

Kind regards,

Carla Nassif
Policy Officer
Warqa Institute for Labour and Migration (WILM)

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 10:13 AM
To: Carla Nassif <c.nassif@warqa-institute.example.org>
Subject: Acknowledgement of receipt - %s

%s
""" % (M01_SUBJ, quoted)
    pdf = rep_pdf("Annex - Case summaries (confidential)", "Warqa Institute for Labour and Migration (WILM)",
                  ["Cases 1-10: recruitment", "Cases 11-22: wages and dismissal", "Cases 23-31: housing and health"])
    cid = "image001.png@01D70153.1A9E4C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 110, 90))], "_004_DB8PR10MB34175A0E3C7B9D26_",
                params=[("type", '"text/html"')])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR10MB34175A0E3C7B9D26_"),
                           attach("application/pdf", pdf, fname)], "_005_DB8PR10MB34175A0E3C7B9D26_")
    subj = "RE: Acknowledgement of receipt - " + M01_SUBJ
    m = mk(when, sent_at(when, 2, 8), "mail-db8eur10on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4F1Mb7Qx3KzZ", "Carla Nassif <c.nassif@warqa-institute.example.org>", subj,
           "<DB8PR10MB34175A0E3C7B9D26@DB8PR10MB3417.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack)]
           + outlook(subj, "AQHW8+Zk3Tq7Lm1Rb5Xc9Vn2Pw4Hs6Jd8gAW0Rk4Q=", lang="en-GB", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, report_attachments=[fname],
        notes="the annex announced in h273-01, sent on 12 February as an Outlook reply to our acknowledgement "
              "(References name h273-01): it completes the report ('Please consider it part of the report'), so "
              "voluntary_report with the annex listed and thread_of h273-01; on time. The repeated publication "
              "question is secondary; the signature logo is not part of the report; '31' (the first mail said "
              "'about 30') and 'chapter 3' are decoys."))


# ================================================================ 21  FR  report  Algiers collective: report + synthèse + may we still present it?
def m21():
    when = at("2021-02-15 17:44:02")
    subj = "CAMD – Rapport volontaire + synthèse ; possibilité de présentation ?"
    files = ["CAMD_Rapport_volontaire_PMM_2021.pdf", "CAMD_Synthèse_4_pages.pdf"]
    text = """Bonjour à toute l'équipe,

Le Collectif Algérien Migrations et Droits (CAMD) a le plaisir de vous transmettre sa contribution à l'examen régional :
- le rapport volontaire complet (CAMD_Rapport_volontaire_PMM_2021.pdf) ;
- une synthèse de quatre pages reprenant les constats et les recommandations (CAMD_Synthèse_4_pages.pdf).

Le rapport porte sur la situation des migrants subsahariens à Alger, Oran et Tamanrasset : travail journalier sur les chantiers, expulsions vers la frontière, accès aux soins et scolarisation des enfants.

Nous aurions une question : serait-il encore possible que l'une d'entre nous présente brièvement le rapport lors d'une des tables rondes ? Nous savons que la date limite pour les demandes d'intervention était le 5 février. Si c'est envisageable, nous vous communiquerons un nom rapidement ; sinon, nous comprendrons tout à fait.

Bien cordialement,

Meriem Benali
pour le Collectif Algérien Migrations et Droits (CAMD)
Alger
"""
    pdf1 = rep_pdf("Rapport volontaire - Collectif Algerien Migrations et Droits (CAMD)", "Alger, fevrier 2021",
                   ["Alger, Oran, Tamanrasset", "Travail journalier", "Expulsions", "Sante et scolarisation",
                    "Recommandations"])
    pdf2 = rep_pdf("Synthese (4 pages) - Rapport volontaire CAMD", "Alger, fevrier 2021",
                   ["Constats principaux", "Recommandations"])
    a = alt(text, "000000000000b83d1f05bb61a4c9", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf1, files[0]), attach("application/pdf", pdf2, files[1])],
                 "000000000000b83d2105bb61a4cb")
    m = mk(when, sent_at(when, 1, 9), "mail-ej1-f47.google.example.com", "192.0.2.47", "4F3Tc8Vn1LzZ",
           "CAMD Alger <camd.collectif@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAE8rLv4Wq1nT6xM+d9Kb2Hc7sP3fGz5jN1@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=files,
        notes="a report and its synthesis as two PDFs (both listed; the synthesis name has an 'è', RFC 2231 + RFC "
              "2047), plus a question whether someone could still present it at a roundtable: nobody is named and "
              "a name is only offered if the answer is yes, so no speaker request (voluntary_report, not both). "
              "Signed 'pour le Collectif' by a member; From name is the collective. Gmail, Date UTC+1."))


# ================================================================ 22  EN  both  Dubai platform at 23:58 on the report deadline: report + a rapporteur offer
def m22():
    when = at("2021-02-16 23:58:12")
    subj = "GLDP voluntary report - Arab States GCM review"
    fname = "GLDP_GCM_Voluntary_Report_2021_final.pdf"
    text = """Dear GCM Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Gulf Labour Dialogue Platform (GLDP). Apologies for the last-minute submission - our board only signed off this evening.

One more thing: if you are still looking for a rapporteur to deliver the stakeholders' key messages at the conference, our Executive Director, Dr. Omar Farid Al-Zein, would be glad to take this on. He has chaired the GLDP employer-worker dialogues in Dubai and Sharjah since 2017.

Best regards,
Maha Siddiqui
Research Officer
Gulf Labour Dialogue Platform (GLDP)

Sent from my iPhone
"""
    pdf = rep_pdf("Voluntary GCM review report - Gulf Labour Dialogue Platform (GLDP)", "Dubai, 16 February 2021",
                  ["Employer-worker dialogue in the UAE", "Wage protection and end-of-service",
                   "Recommendations"])
    pdf_part = leaf("application/pdf", pdf, cte="base64", params=[("x-unix-mode", "0644"), ("name", '"%s"' % fname)],
                    disp='attachment; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", text, "us-ascii", "7bit"), pdf_part],
                 "Apple-Mail-2F9C4B71-E03D-4A58-8B16-7D5E0C3A9F24")
    m = mk(when, sent_at(when, 4, 13), "mail.gldp.example.ae", "203.0.113.154", "4F5Rw1Hk8TzZ",
           "Maha Siddiqui <m.siddiqui@gldp.example.ae>", subj,
           "<9A4E2C17-B58D-4F30-A6C1-E72D0B9F5384@gldp.example.ae>", body, extra=[("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="both", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Omar Farid Al-Zein", "Executive Director", "Gulf Labour Dialogue Platform (GLDP)", ["rapporteur"])],
        report_attachments=[fname],
        notes="deadline edge with a one-sentence second request: the report arrives at 23:58 Beirut time on 16 "
              "February (Date 17 Feb 01:58 +0400, already the next day in Dubai) and is on time, but the offer "
              "'if you are still looking for a rapporteur ... our Executive Director, Dr. Omar Farid Al-Zein, "
              "would be glad to take this on' is a speaker proposal, eleven days after the speaker deadline: both, "
              "on_time false. 'Dr.' dropped; 2017 is a decoy. iPhone, 7bit text/plain + PDF."))


# ================================================================ 23  FR  report  Tunis youth forum: 23:21 in Tunis, 00:21 in Beirut (late) + questions
def m23():
    when = at("2021-02-17 00:21:37")
    subj = "Envoi du rapport volontaire du FJTM + deux questions"
    fname = "FJTM - Rapport volontaire examen régional PMM.docx"
    text = """Bonsoir,

Voici, dans les délais nous l'espérons, le rapport volontaire du Forum des Jeunes Tunisiens pour la Mobilité (FJTM), en pièce jointe au format Word.

Nous y décrivons les départs de jeunes depuis Sfax, Mahdia et Zarzis en 2020, les retours forcés depuis l'Italie, et les programmes de mobilité légale (stages, saisonniers, étudiants) qui restent hors de portée de la plupart des jeunes de l'intérieur du pays.

Deux questions, si vous le permettez :
1. Les rapports volontaires seront-ils traduits en arabe pour la conférence ?
2. Si nous relevons des coquilles après l'envoi, pouvons-nous vous adresser une version corrigée dans les prochains jours ?

Merci pour votre travail,

Sami Gharsalli
Secrétaire général
Forum des Jeunes Tunisiens pour la Mobilité (FJTM)
Sfax – Tunisie
"""
    doc = make_docx(["Forum des Jeunes Tunisiens pour la Mobilite (FJTM)", "Rapport volontaire - examen regional du PMM",
                     "1. Departs de Sfax, Mahdia et Zarzis en 2020", "2. Retours forces", "3. Mobilite legale",
                     "4. Recommandations"])
    a = alt(text, "=_Part_418337_1207459013.1613514097231", html=zimbra_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, fname)], "=_Part_418336_2093751188.1613514097230")
    m = mk(when, sent_at(when, 1, 9), "zimbra.topnet.example.tn", "203.0.113.58", "4F5Sb6Mv2RzZ",
           "Sami Gharsalli <fjtm.sg@topnet.example.tn>", hdr(subj, enc="Q"),
           "<1384920571.418338.1613514097232.JavaMail.zimbra@topnet.example.tn>", body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Topic", "Envoi du rapport volontaire du FJTM + deux questions"),
                  ("Thread-Index", "Ra7Kz3Tq9LmW1xVb5Nc8Hp2Yf6Jd4Q==")])
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late by 21 minutes: the Date header says Tue 16 Feb 23:21 +0100 (still the 16th in Tunisia) but "
              "the server received it at 00:21 on 17 February Beirut time; 'dans les délais nous l'espérons' does "
              "not make it on time. Report plus two numbered questions (translation, a corrected version later). "
              "DOCX name with spaces and an accent (RFC 2231 + RFC 2047). Zimbra webmail."))


# ================================================================ 24  AR  other  Basra association asks whether its pasted report (05) arrived
def m24():
    when = at("2021-02-18 10:37:55")
    text = """السلام عليكم

أرسلنا إليكم يوم 1 شباط تقريرنا الطوعي مكتوباً في متن الرسالة (الرسالة أدناه)، ولا نعرف هل وصلكم أم لا، فلم نجد أي رد في صندوق الوارد، وربما ذهب إلى البريد غير المرغوب فيه.

نرجو التأكيد على استلامه. وإذا كنتم تحتاجونه بملف PDF فقد تمكّنا أخيراً من تجهيزه ونستطيع إرساله فوراً.

مع الشكر،
حسين كاظم الموسوي
جمعية الفرات للعمالة والهجرة - البصرة


----- الرسالة المعاد توجيهها -----
من: حسين الموسوي <furat.basra@yahoo.example.com>
إلى: gcmrrarabstates@iom.int
أُرسلت: الاثنين، 1 فبراير 2021، 01:48:33 م GMT+3
الموضوع: %s

""" % M05_SUBJ + M05_TEXT
    body = alt(text, "----=_Part_2093117_460381927.1613637475093", html=yahoo_divs(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "sonic302-11.consmr.mail.ne1.yahoo.example.com", "198.51.100.202",
           "4F6Tk9Lc3WzZ", addr("حسين الموسوي", "furat.basra@yahoo.example.com"),
           re_hdr("Fwd: ", M05_SUBJ), "<1820374915.2093118.1613637475095@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 5,
        notes="follow-up asking whether the report pasted into the body of h273-05 arrived (our acknowledgement "
              "went unseen, perhaps to spam): Yahoo forward of the sender's own message with the whole report "
              "below, not '>'-quoted, which must not be taken for a new (late) submission; the PDF is only "
              "offered. A forward, so no In-Reply-To/References: the link to h273-05 is the sender, the quoted "
              "subject and the quoted text. Acknowledge, as dev 'did you receive' follow-ups."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
