#!/usr/bin/env python3
"""Write the blind evaluation set holdout260 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets260.py
Theme: social protection, pensions and older migrants (25 January - 18 February 2021).  A Moroccan pension fund
whose Director General's cabinet designates a director for 'table ronde III' (her out-of-office then answers our
acknowledgement with her full title), a Jordanian ministry of labour letter with a reference number, a Hijri date,
'المرفقات:' and a CV that is not a report (the ministry's registry answers with an automatic registration number),
an Egyptian returnee of 66 who only wants to attend, a Beirut mutual health fund for domestic workers, an
independent actuary in Dubai whose details are only in his signature (post-nominals), a Tunisian retirees'
association asking about a handwritten report, a Marseille association of 'chibanis' proposing two elderly members
through its social worker, an ageing-and-migration network sending a report and its rapporteur, a pension fund's
report in Arabic and English (two attachments), a domestic workers' health campaign proposing two women (a mistyped
Cc bounces our acknowledgement), a Tunisian social security fund that replaces its speaker by a reply quoting the
first letter, an Assiut association of older returnees writing late (then asking about wheelchair access), an
Algerian pension fund's 'P.J. :' with a cover letter and the report, a Paris café social whose speaker comes late,
a pensions bulletin, a Hadramout returnees' league with a meeting photo, a Kuwait observatory sending at 00:20
local time (23:20 in Beirut) and a retired Mauritanian inspector's individual report two days late.  Formal
administrative French and Arabic ('Objet :', 'Réf.', 'P.J. :', 'الرقم', 'الموضوع', 'المرفقات:'), long titles of
civil servants, honorifics (Mme, M., Dr., الدكتورة, الأستاذة, السيد) and roles in words and Roman numerals.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(260)
add = SET.add
H = "h260-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
OX = "Open-Xchange Mailer v7.10.3-Rev34"
OUTLOOK14 = "Microsoft Outlook 14.0"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp3f9a2c71yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def ox_html(text):
    """Orange webmail (Open-Xchange): one <p> per line, empty paragraphs as &nbsp;."""
    inner = "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in text.strip("\n").split("\n"))
    return '<div class="default-style">%s</div>' % inner


def owa_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.strip("\n").split("\n"))
    return ('<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            '%s</div>' % inner)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  FR  speaker  Moroccan pension fund: the DG's cabinet designates a director, 'table ronde III'
M01_ID = "<PR1P264MB2086A41C7E93B05D@PR1P264MB2086.FRAP264.PROD.OUTLOOK.example.com>"
M01_SUBJ = "Réf. DG/CAB/2021-0142 – Désignation d'une intervenante de la CCPR"
M01_QID = "4DPk3Tz81Yz5"


def m01():
    when = at("2021-01-25 10:14:22")
    text = """Caisse Chérifienne de Prévoyance et de Retraite
Cabinet du Directeur Général

Rabat, le 22 janvier 2021
Réf. : DG/CAB/2021-0142

À l'attention du Secrétariat de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières – États arabes

Objet : Désignation d'une intervenante pour la Conférence régionale des 24 et 25 février 2021

Madame, Monsieur,

Faisant suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial, j'ai l'honneur de vous faire savoir que Monsieur le Directeur Général de la Caisse Chérifienne de Prévoyance et de Retraite (CCPR), retenu par des engagements pris de longue date, a bien voulu désigner pour représenter l'institution :

Mme Naïma El Ouazzani, Directrice des Prestations et des Relations avec les Assurés Résidant à l'Étranger.

Mme El Ouazzani souhaiterait prendre la parole lors de la table ronde thématique III. La CCPR sert aujourd'hui plus de 160 000 pensions à des retraités établis hors du Royaume, pour l'essentiel d'anciens salariés revenus de France, de Belgique et des Pays-Bas, et ses services appliquent au quotidien les conventions bilatérales de sécurité sociale (totalisation des périodes, transfert des pensions, contrôle d'existence à distance).

Mme El Ouazzani est en copie du présent courriel. Le Cabinet demeure à votre disposition pour toute formalité complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

P/ Le Directeur Général et par délégation,
Le Chef de Cabinet

Réda Benchekroun

Caisse Chérifienne de Prévoyance et de Retraite (CCPR)
Cabinet du Directeur Général
Rabat – Maroc
Tél. : +212 5 37 00 00 00
"""
    cid = "image001.png@01D6F2E1.7C3A5B40"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (150, 20, 40))], "_004_PR1P264MB2086A41C7E93B05D_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_PR1P264MB2086A41C7E93B05D_")
    m = mk(when, sent_at(when, 1, 8), "mail-pr1fra01on0613.outbound.protection.outlook.example.com",
           "198.51.100.113", M01_QID, addr("Réda Benchekroun", "r.benchekroun@ccpr.example.ma", enc="Q"),
           hdr(M01_SUBJ, enc="Q"), M01_ID, body,
           cc=addr("Naïma El Ouazzani", "n.elouazzani@ccpr.example.ma", enc="Q"),
           extra=outlook(hdr(M01_SUBJ, enc="Q"), "AdbzCk7Lp2Qw4Er6Ty8Ui0Op2As4Df==", lang="fr-FR"))
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Naïma El Ouazzani", "Directrice des Prestations et des Relations avec les Assurés Résidant à l'Étranger",
           "Caisse Chérifienne de Prévoyance et de Retraite (CCPR)", ["roundtable"], 3)],
        notes="formal letter of a pension fund's Director General's cabinet ('P/ Le Directeur Général et par "
              "délégation, Le Chef de Cabinet'): the signer is not the speaker and neither is the Director General "
              "who is mentioned; 'Mme' dropped; a long civil-service title; roundtable as a Roman numeral ('table "
              "ronde thématique III'); 'Réf.' and 'Objet :' lines, 22 January letter date and 160 000 pensions are "
              "not event data. Outlook related part with an inline logo; the speaker is in Cc and her "
              "out-of-office answers our acknowledgement (h260-02). Date in UTC+1."))


# ================================================================ 02  FR  auto_reply  the speaker's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-25 10:15:47")
    ack = ack_mid(M01_QID)
    text = """Bonjour,

Je suis en mission à l'étranger du 25 janvier au 3 février 2021, avec un accès limité à ma messagerie.

Pour toute question relative aux pensions servies hors du Royaume, vous pouvez vous adresser à M. Anas Ferhat, Chef de la Division des Conventions Internationales (a.ferhat@ccpr.example.ma).

Cordialement,

Naïma El Ouazzani
Directrice des Prestations et des Relations avec les Assurés Résidant à l'Étranger
Caisse Chérifienne de Prévoyance et de Retraite (CCPR)
"""
    body = alt(text, "_000_PR1P264MB2086OOF3B9C1E7_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M01_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-pr1fra01on0613.outbound.protection.outlook.example.com", "198.51.100.113",
                    "4DPk5Hb27Qz8", addr("Naïma El Ouazzani", "n.elouazzani@ccpr.example.ma", enc="Q"),
                    "<PR1P264MB2086F5D2C8A1B347@PR1P264MB2086.FRAP264.PROD.OUTLOOK.example.com>", subj,
                    hdr("Accusé de réception - " + M01_SUBJ, enc="Q"), M01_ID, ack, "fr-FR", (1, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office of the speaker proposed in h260-01 (she was in Cc), answering our "
              "acknowledgement 85 seconds later ('Réponse automatique :' before our subject, References name "
              "h260-01): it is signed with her full name, title and institution and names a colleague with 'M.' "
              "and his title, so it looks like a speaker proposal. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 03  AR  other  Egyptian returnee of 66 who only wants to attend
def m03():
    when = at("2021-01-26 08:47:05")
    subj = "استفسار عن حضور المؤتمر"
    text = """السلام عليكم ورحمة الله وبركاته

أنا اسمي عبد الحميد فتحي السنباطي، عندي 66 سنة، من محافظة المنوفية. اشتغلت 31 سنة محاسب في شركة مقاولات في الدمام بالسعودية ورجعت مصر سنة 2019 بعد ما الشركة استغنت عني. ابني شاف إعلان المؤتمر على الفيسبوك وقال لي أكتب لكم.

أنا مش تبع أي جمعية ولا منظمة، ومش عايز ألقي كلمة ولا عندي تقرير أبعته، أنا بس عايز أحضر وأسمع، لأن موضوع المعاش ومكافأة نهاية الخدمة يهمني جداً. كنت بدفع تأمينات اختياري للعاملين بالخارج سنين طويلة ولغاية دلوقتي مش عارف المعاش هيتحسب إزاي، ومكافأة نهاية الخدمة اتأخرت سنة كاملة.

هل ممكن أحضر يوم 24 و25؟ والمؤتمر هيكون في بيروت ولا على النت؟ ولازم أسجل في حاجة؟

وجزاكم الله خيراً
عبد الحميد السنباطي
موبايل: 0100 000 0000

مرسل من جهاز Samsung Galaxy
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 9), "mail-pl1-f180.google.example.com", "192.0.2.180", "4DQ1nV6sRwz3",
           addr("Abdelhamid Elsonbaty", "a.elsonbaty1955@gmail.example.com"), hdr(subj),
           "<m4q8x2-r7t1k9-5wbn3c-8d2f6h.c1@email.android.com>", body)
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="an individual returnee of 66 from Saudi Arabia who only wants to attend and listen: 'مش عايز ألقي "
              "كلمة ولا عندي تقرير أبعته' names both a speech and a report to say he sends neither; Egyptian "
              "colloquial Arabic typed on a Samsung phone, text/plain base64, Latin-script From name; dates "
              "(24 and 25) are questions about the conference, not a request."))


# ================================================================ 04  EN  report  mutual health fund for domestic workers (Beirut), PDF + signature logo
M04_FILE = "KMHF_Voluntary_GCM_Review_Report_Jan2021.pdf"


def m04():
    when = at("2021-01-27 13:30:11")
    subj = "Voluntary GCM review report - Karama Mutual Health Fund for Domestic Workers"
    text = """Dear colleagues of the Regional Review secretariat,

On behalf of the Karama Mutual Health Fund for Domestic Workers (KMHF), I am pleased to submit our voluntary GCM review report, attached as a PDF.

KMHF is a small mutual scheme set up in Beirut in 2018. Members pay a monthly contribution of their own, so that their cover does not depend on the employer's policy. Today we have 2,140 members, mostly women from Ethiopia, the Philippines, Sri Lanka, Bangladesh and Kenya. The report is built on our claims data and on four focus groups held in December, and it looks at three gaps: the compulsory policies bought by employers, which exclude chronic illness, maternity and mental health; the members who lost their cover when employers stopped paying after the port explosion and the collapse of the lira; and the women who stay in Lebanon in their fifties and sixties without any pension at all.

We are not asking for a speaking slot this time, but two of our member representatives would like to follow the consultation online, and we will write separately about the link.

With best regards,

Joëlle Abi Nader
Head of Operations
Karama Mutual Health Fund for Domestic Workers (KMHF)
Badaro, Beirut - Lebanon
T +961 1 000 000
"""
    pdf = rep_pdf("Voluntary GCM review report", "Karama Mutual Health Fund for Domestic Workers (KMHF), Beirut",
                  ["Who we are: 2,140 members since 2018", "Gaps in employer-purchased policies",
                   "Cover lost after August 2020", "Older domestic workers without a pension", "Recommendations"])
    cid = "image001.png@01D6F4B2.9E4C1A60"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (0, 128, 128))], "_006_DB8PR03MB5946E2A7C4B1D093_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB8PR03MB5946E2A7C4B1D093_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_007_DB8PR03MB5946E2A7C4B1D093_")
    m = mk(when, sent_at(when, 2, 10), "mail-db8eur03on0618.outbound.protection.outlook.example.com",
           "198.51.100.118", "4DRm8Kx04Wz2", addr("Joëlle Abi Nader", "j.abinader@karama-mhf.example.org", enc="Q"),
           subj, "<DB8PR03MB5946E2A7C4B1D093@DB8PR03MB5946.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzRt4Yu6Io8Pa0Sd2Fg4Hj6Kl8Zx==", lang="en-GB", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="a mutual health fund for migrant domestic workers sends its report early; the signature logo "
              "(image001.png, inline in a related part) is not part of the report. 'We are not asking for a "
              "speaking slot' and 'two member representatives would like to follow the consultation' (unnamed) "
              "must not turn it into 'both'. Outlook, en-GB; accented sender name in an encoded word."))


# ================================================================ 05  AR  speaker  Jordanian ministry of labour: formal letter, Hijri date, CV attached
M05_ID = "<AM9PR04MB8147C3E0B6D2A915@AM9PR04MB8147.eurprd04.prod.outlook.example.com>"
M05_SUBJ = "ترشيح ممثلة عن وزارة العمل - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M05_QID = "4DSc2Fq57Nz0"
M05_CV = "السيرة الذاتية - د. رولا الخصاونة.pdf"


def m05():
    when = at("2021-01-28 11:02:48")
    text = """المملكة الأردنية الهاشمية
وزارة العمل
مكتب الأمين العام

الرقم: و ع/ح ج/1/318
التاريخ: 14 جمادى الآخرة 1442 هـ
الموافق: 27/1/2021 م

سعادة منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترم

الموضوع: ترشيح ممثلة عن وزارة العمل

تحية طيبة وبعد،

بالإشارة إلى كتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، أود إعلامكم بأن وزارة العمل ترشح الدكتورة رولا فايز الخصاونة، مديرة مديرية الحماية الاجتماعية وشؤون العاملين في المنازل والعمالة الوافدة، لإلقاء مداخلة في المائدة المستديرة المواضيعية الرابعة، وذلك لعرض تجربة الوزارة في توسيع مظلة الضمان الاجتماعي والتأمين الصحي لتشمل العمال المهاجرين والعاملين في المنازل.

علماً بأن الوزارة لن تتقدم بتقرير طوعي منفصل، إذ إن مساهمتها مدرجة ضمن التقرير الوطني.

المرفقات: السيرة الذاتية للمرشحة.

وتفضلوا بقبول فائق الاحترام والتقدير

الأمين العام
فراس محمود العزام

نسخة/ مديرية الحماية الاجتماعية وشؤون العاملين في المنازل والعمالة الوافدة
نسخة/ الملف
"""
    cv = make_pdf(["Curriculum Vitae", "Dr. Rula Fayez Al-Khasawneh",
                   "Director, Social Protection, Domestic and Migrant Workers Directorate", "Ministry of Labour",
                   "PhD Social Policy", "2009-2016 Social Security Corporation", "2016- Ministry of Labour"])
    a = alt(text, "_000_AM9PR04MB8147C3E0B6D2A915_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", cv, M05_CV)], "_004_AM9PR04MB8147C3E0B6D2A915_")
    m = mk(when, sent_at(when, 2, 9), "mail-am9eur04on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", M05_QID, addr("مكتب الأمين العام - وزارة العمل", "sg.office@mol.example.jo"),
           hdr(M05_SUBJ), M05_ID, body,
           extra=outlook(hdr(M05_SUBJ), "AdbzSx3Cv5Bn7Mq9Wr1Et3Yu5Io7Pa==", lang="ar-JO", has_attach="yes"))
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رولا فايز الخصاونة", "مديرة مديرية الحماية الاجتماعية وشؤون العاملين في المنازل والعمالة الوافدة",
           "وزارة العمل", ["roundtable"], 4)],
        notes="ministry letter from the Secretary General's office ('الرقم', a Hijri date with its Gregorian "
              "equivalent, 'الموضوع', 'المرفقات:', 'نسخة/' lines): 'الدكتورة' dropped; a long civil-service title "
              "whose directorate name recurs in the copy line; roundtable as an ordinal word ('الرابعة'). The only "
              "attachment is the speaker's CV (Arabic file name with 'د.'), not a report, and the letter says the "
              "ministry sends no report of its own: speaker_request only. The signer is not the speaker. Its "
              "registry's automatic reply follows (h260-06)."))


# ================================================================ 06  AR  auto_reply  the ministry's registry answers our acknowledgement with a number
def m06():
    when = at("2021-01-28 11:03:20")
    ack = ack_mid(M05_QID)
    text = """هذه رسالة آلية صادرة عن نظام المراسلات الإلكترونية في وزارة العمل، يرجى عدم الرد عليها.

تم استلام رسالتكم بتاريخ 28/01/2021 وقيدها في سجل الوارد تحت رقم (2021/و/4471)، وسيتم تحويلها إلى الجهة المختصة حسب الأصول.

للاستفسار عن سير المعاملة يرجى مراجعة قسم الديوان على الهاتف 06 000 0000 مع ذكر رقم القيد.

This is an automated message. Your email has been registered under No. 2021/W/4471.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد آلي: إشعار استلام - " + M05_SUBJ)
    rows = std_rows(when, "mail-am9eur04on0622.outbound.protection.outlook.example.com", "198.51.100.122",
                    "4DSc3Wm81Lz6", addr("مكتب الأمين العام - وزارة العمل", "sg.office@mol.example.jo"), subj,
                    rfcdate(sent_at(when, 2, 2)), "<auto.20210128090318.4471@mol.example.jo>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("Precedence", "auto_reply")]
    add(6, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="automatic registration notice of the ministry's correspondence system answering our acknowledgement "
              "of h260-05 (References name it): no out-of-office wording at all, it reads like a polite receipt "
              "with a registry number ('تم استلام رسالتكم ... رقم (2021/و/4471)'); Auto-Submitted, X-Autoreply and "
              "Precedence: auto_reply, null Return-Path, same display name as the ministry's letter. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  EN  speaker  independent actuary in Dubai, details only in the signature
M07_ID = "<5B8E2D41-7C93-4A6F-B0D2-19E4F7A3C865@lap-actuarial.example.ae>"
M07_SUBJ = "Roundtable intervention - an actuary's view on pensions for migrant workers"
M07_QID = "4DTf6Rb39Kz4"


def m07():
    when = at("2021-01-29 16:20:10")
    text = """Dear Secretariat,

I read the invitation with great interest. For the past twelve years I have been doing actuarial valuations of end-of-service and provident schemes in the Gulf and in Jordan, and a good part of that work comes down to one question: what does a migrant worker actually take home after twenty years of contributions? Usually much less than people think.

I would like to request a floor intervention in roundtable two. If there is still room, I would also be glad to say a few words in the open discussion on the 23rd, on the gap between a lump-sum gratuity and a real pension, and on what totalisation could look like between countries that have no bilateral agreement.

I am not writing on behalf of a government or an employer; our firm is small and independent.

Kind regards,
Samer

--
Dr. Samer Nabil Haddadin, FSA, FIA
Principal & Consulting Actuary
Levant Actuarial Partners (LAP)
Office 1204, Business Bay, Dubai, UAE
+971 4 000 0000
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_3C7A1E52-9B04-4D8F-A6E1-2F50C9B7D314")
    m = mk(when, sent_at(when, 4, 6), "smtp-out.lap-actuarial.example.ae", "203.0.113.77", M07_QID,
           "Samer Haddadin <s.haddadin@lap-actuarial.example.ae>", M07_SUBJ, M07_ID, body,
           extra=[("X-Mailer", APPLE)])
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samer Nabil Haddadin", "Principal & Consulting Actuary", "Levant Actuarial Partners (LAP)",
           ["roundtable", "open_discussion"], 2)],
        notes="self-nomination signed 'Samer': full name, title and firm only in the signature after '--'; 'Dr.' "
              "dropped and the post-nominals 'FSA, FIA' are not part of the name; the From name is shorter. "
              "Roundtable number in words ('roundtable two'), a second, conditional role ('the open discussion on "
              "the 23rd'); 'twelve years' and 'twenty years' are not dates. Apple Mail, Date in UTC+4. Thanked in "
              "h260-16."))


# ================================================================ 08  AR  other  Tunisian retirees' association: may the report be handwritten?
def m08():
    when = at("2021-01-30 12:11:45")
    subj = "استفسار حول شكل التقرير الطوعي"
    text = """السلام عليكم ورحمة الله،

نحن جمعية المتقاعدين التونسيين العائدين من المهجر بصفاقس، تأسست سنة 2012 وتضم قرابة 300 منخرط، أغلبهم عملوا في فرنسا وإيطاليا وليبيا ثم رجعوا للاستقرار في تونس.

اطلعنا على الدعوة ونفكر في إعداد تقرير طوعي حول مشاكل تحويل الجرايات من الخارج، والاقتطاعات المزدوجة، وصعوبة إرسال شهادة الحياة كل سنة إلى الصناديق الأجنبية. وقبل الشروع في العمل نحب نسأل:

1. هل يقبل تقرير مكتوب بخط اليد ثم ممسوح ضوئياً؟ أعضاء الهيئة المديرة كبار في السن وأغلبهم لا يستعملون الحاسوب.
2. هل هناك عدد أقصى من الصفحات؟
3. هل يمكن تقديم التقرير بالفرنسية، لأن أغلب وثائقنا ومراسلاتنا مع الصناديق بالفرنسية؟

ومن الممكن أن يرغب رئيس الجمعية في أخذ الكلمة، لكن الهيئة لم تحسم الأمر بعد.

مع جزيل الشكر
الكاتب العام للجمعية
المنجي الطرابلسي
"""
    body = alt(text, "000000000000f2a7c105ba1e6d93", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 7), "mail-wm1-f66.google.example.com", "192.0.2.166", "4DTz0Hc72Vz9",
           addr("جمعية المتقاعدين العائدين - صفاقس", "retraites.retour.sfax@gmail.example.com"), hdr(subj),
           "<CAFb7Ry2Kp9wM4xQ+n6Tc1Vd8sG3hJe5uA0@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions about the form of a planned report (handwritten and scanned? page limit? in French?) from a "
              "Tunisian retirees' association: 'تقرير طوعي' and 'أخذ الكلمة' appear but nothing is sent and the "
              "president is neither named nor proposed ('لم تحسم الأمر بعد'); Tunisian 'الجرايات' for pensions; "
              "asks about a French report but writes in Arabic, so the acknowledgement is in Arabic. Gmail, base64, "
              "Date in UTC+1."))


# ================================================================ 09  FR  speaker  Marseille chibanis association: two elderly members, roles in another paragraph
def m09():
    when = at("2021-02-01 15:38:02")
    subj = "Participation de deux chibanis à l'examen régional (23-25 février)"
    text = """Bonjour Madame, Monsieur,

Je suis travailleuse sociale à l'association Solidarité Chibanis Marseille Nord (ASCMN). Depuis 2004, nous accompagnons les anciens travailleurs venus d'Algérie, du Maroc et de Tunisie qui ont passé leur vie professionnelle sur les chantiers, au port ou dans les usines de la région et qui vieillissent aujourd'hui seuls dans les foyers et les hôtels meublés du 3e et du 15e arrondissement.

Deux de nos adhérents souhaitent témoigner. Le premier est M. Larbi Hamidou, 79 ans, ancien docker au port de Marseille, membre du conseil d'administration de l'association. La seconde est Mme Fatma Zohra Benamar, 71 ans, trésorière de l'association, veuve d'un ouvrier du bâtiment, qui a dû se battre trois ans pour obtenir sa pension de réversion.

Ce qu'ils ont à dire touche directement votre sujet : la condition de résidence de six mois par an qui oblige les chibanis à choisir entre leur allocation et leur famille au pays, les pensions algériennes et françaises qui ne se coordonnent pas, les soins qu'on ne peut plus se payer quand on rentre.

Pour la forme de leur participation, nous avons pensé ceci : M. Hamidou prendrait la parole pendant la discussion ouverte du mardi 23 février, et Mme Benamar ferait une intervention en séance plénière le 24 ou le 25. Tous deux s'exprimeront en arabe dialectal ; M. Hamidou comprend bien le français.

Je les accompagnerai pour la connexion, mais je ne prendrai pas la parole.

Bien cordialement,

Camille Ferrand
Travailleuse sociale
ASCMN – Solidarité Chibanis Marseille Nord
13003 Marseille
"""
    body = html_only(ox_html(text), newlines=True)
    m = mk(when, sent_at(when, 1, 7), "smtp-out.orange.example.fr", "193.252.22.64", "4DVb9Lk35Mz1",
           "Camille Ferrand <camille.ferrand13@orange.example.fr>", hdr(subj, enc="Q"),
           "<1204598731.84215.1612186678112@wwinf1m22.orange.example.fr>", body,
           extra=[("X-Mailer", OX), ("X-Originating-IP", "[90.35.112.4]")])
    ascmn = "Solidarité Chibanis Marseille Nord (ASCMN)"
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Larbi Hamidou", "membre du conseil d'administration", ascmn, ["open_discussion"]),
        sp("Fatma Zohra Benamar", "trésorière", ascmn, ["plenary"])],
        notes="a social worker proposes two elderly 'chibanis' of her association: names, ages and titles in one "
              "paragraph, roles in another ('la discussion ouverte du mardi 23 février', 'une intervention en "
              "séance plénière'); 'M.'/'Mme' dropped; 'ancien docker' is past work and 'veuve' is not a title; the "
              "signature writes the acronym first ('ASCMN – Solidarité ...'). The sender says she will not speak. "
              "Orange webmail, HTML-only quoted-printable; 79, 71, 2004 and 'six mois' are not event data."))


# ================================================================ 10  EN  both  ageing-and-migration network: DOCX report + its deputy secretary-general as rapporteur
M10_FILE = "ANAM - Older migrants and social protection - GCM voluntary report.docx"


def m10():
    when = at("2021-02-02 14:05:33")
    subj = "ANAM submission: voluntary report + rapporteur proposal"
    text = """Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the Arab Network on Ageing and Migration (ANAM), a network of 23 organisations working with older migrants, older returnees and the families they leave behind, in nine countries of the region.

The report looks at what happens to people who spent their working lives as migrants once they reach 60: end-of-service gratuities paid as a single sum and spent within a few years, contributions that cannot be carried from one country to another, health cover that ends with the residence permit, and older women who never had a contract of their own. It closes with eleven recommendations, most of them on Objectives 15 and 22.

We would also like to propose Mr. Tarek Fouad Mansour to serve as one of the rapporteurs who will deliver the stakeholders' key messages. Tarek has followed the GCM process for our network since 2018 and took part in the national consultations in Jordan and Lebanon last year.

For your records, he is our Deputy Secretary-General and can be reached at t.mansour@anam-network.example.org.

Best regards,

Lina Qaddoura
Programme Officer
Arab Network on Ageing and Migration (ANAM)
Amman, Jordan
"""
    doc = make_docx(["Arab Network on Ageing and Migration (ANAM)", "Voluntary GCM review report - February 2021",
                     "1. Older migrants and returnees in the region", "2. End-of-service gratuities",
                     "3. Portability of contributions", "4. Health cover after the residence permit",
                     "5. Older women without contracts", "6. Eleven recommendations (Objectives 15 and 22)"])
    a = alt(text, "0000000000009d41e605ba5c2b77", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M10_FILE)], "0000000000009d41e805ba5c2b79")
    m = mk(when, sent_at(when, 2, 12), "mail-wr1-f54.google.example.com", "192.0.2.154", "4DWg4Pn86Xz7",
           "Lina Qaddoura <anam.programmes@gmail.example.com>", subj,
           "<CAKr8Tn3Lq6vX1mW+d9Pc4Bz7sH2yFf0jG5@mail.gmail.example.com>", body)
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tarek Fouad Mansour", "Deputy Secretary-General", "Arab Network on Ageing and Migration (ANAM)",
           ["rapporteur"])],
        report_attachments=[M10_FILE],
        notes="both, on time: a network's report (DOCX, name with spaces and dashes) and its rapporteur; the "
              "speaker's name and role are in one paragraph and his title only in a later one ('he is our Deputy "
              "Secretary-General'); 'Mr.' dropped; the sender is not the speaker; 23 organisations, 60, eleven "
              "recommendations, Objectives 15 and 22 and 2018 are not event data. Gmail."))


# ================================================================ 11  AR  report  pension fund's report in Arabic and English (two PDFs), 'المرفقات:'
M11_FILES = ["التقرير الطوعي - الصندوق الوطني للتقاعد - النسخة العربية.pdf",
             "NRSIF Voluntary GCM Report - English version.pdf"]


def m11():
    when = at("2021-02-03 10:22:19")
    subj = "التقرير الطوعي للصندوق الوطني للتقاعد والتأمينات الاجتماعية (باللغتين العربية والإنجليزية)"
    text = """الصندوق الوطني للتقاعد والتأمينات الاجتماعية
إدارة العلاقات الدولية والاتفاقيات الثنائية

الرقم: ص ت ت/ع د/2021/57
التاريخ: 2 فبراير 2021

السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية  المحترمين

الموضوع: التقرير الطوعي للصندوق

تحية طيبة وبعد،

يسر الصندوق الوطني للتقاعد والتأمينات الاجتماعية أن يرفق لكم تقريره الطوعي حول تغطية العمال المهاجرين بأنظمة التأمينات الاجتماعية، وذلك باللغتين العربية والإنجليزية، والنسختان متطابقتان في المضمون.

ويتناول التقرير تطبيق فرع إصابات العمل على العمال غير المواطنين منذ عام 2014، ومكافأة نهاية الخدمة وتحويلها عند المغادرة النهائية، ومشروع نظام الادخار الإلزامي للعمال الوافدين الذي يجري بحثه حالياً، إضافة إلى تجربة الصندوق في صرف المعاشات للمواطنين المقيمين في الخارج.

كما يسعد الصندوق تلبية أي دعوة للمشاركة في جلسات المؤتمر متى رأت الأمانة ذلك مناسباً.

المرفقات:
1- التقرير الطوعي (النسخة العربية).
2- التقرير الطوعي (النسخة الإنجليزية).

وتفضلوا بقبول خالص التحية والتقدير،

مدير إدارة العلاقات الدولية والاتفاقيات الثنائية
عادل يوسف الجودر
"""
    ar = rep_pdf("Voluntary GCM review report (Arabic version)",
                 "National Retirement and Social Insurance Fund (NRSIF)",
                 ["Work injury branch for non-nationals since 2014", "End-of-service benefit on final departure",
                  "Draft compulsory savings scheme", "Pensions paid to nationals abroad"])
    en = rep_pdf("Voluntary GCM review report (English version)",
                 "National Retirement and Social Insurance Fund (NRSIF)",
                 ["Work injury branch for non-nationals since 2014", "End-of-service benefit on final departure",
                  "Draft compulsory savings scheme", "Pensions paid to nationals abroad"])
    a = alt(text, "_000_DU2PR08MB7206B4D1E8C3F572_", html=outlook_html(text, lang="AR-BH", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", ar, M11_FILES[0]), attach("application/pdf", en, M11_FILES[1])],
                 "_004_DU2PR08MB7206B4D1E8C3F572_")
    m = mk(when, sent_at(when, 3, 11), "mail-du2eur08on0640.outbound.protection.outlook.example.com",
           "198.51.100.140", "4DXq1Vs53Cz2", addr("إدارة العلاقات الدولية - الصندوق الوطني للتقاعد", "ird@nrsif.example.bh"),
           hdr(subj), "<DU2PR08MB7206B4D1E8C3F572@DU2PR08MB7206.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcZx5Cv7Bn9Mq1Wr3Et5Yu7Io9Pa==", lang="ar-BH", has_attach="yes"))
    add(11, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M11_FILES,
        notes="one report sent in two languages as two PDFs (an Arabic file name, RFC 2231 + RFC 2047, and an "
              "English one): both are the report and both are listed, as the 'المرفقات:' list says. Formal letter "
              "('الرقم', 'السادة/', 'الموضوع'); 'يسعد الصندوق تلبية أي دعوة للمشاركة' offers to take part but "
              "names nobody, so not 'both'; 2014 is history. Outlook, base64, Date in UTC+3."))


# ================================================================ 12  EN  speaker  domestic workers' health campaign: two women, one from another group; mistyped Cc
M12_ID = "<CAGm2Xw5Rt8kL3nV+b7Qp0Hc4sD9yJf1eK6@mail.gmail.example.com>"
M12_SUBJ = "Two speakers from the domestic workers' health cover campaign"
M12_QID = "4DXz7Gt20Pz8"
M12_BADCC = "mercy.otieno@yaho.example.com"


def m12():
    when = at("2021-02-03 17:48:02")
    text = """Hello,

I coordinate the Health Cover for All Domestic Workers Campaign (HCADW) in Lebanon, a coalition of migrant community groups, two clinics and a legal aid centre. We would like to put forward two women who live what we talk about every day.

Ms. Mercy Akinyi Otieno is co-founder of the Kenyan Domestic Workers Mutual Aid Group (KDWMAG), which pays hospital bills for members whose employers refuse to. We propose her as rapporteur, to deliver the stakeholders' key messages; she has chaired our monthly meetings for two years and is very good at summing up what many people said.

Rosalie Dimaculangan has worked in Lebanon since 1998 and is now a community health volunteer with our campaign. She would like a floor intervention in Roundtable IV, on what it means to grow old as a domestic worker with no pension and no health insurance of her own.

Mercy is in copy. Rosalie prefers to be contacted through me.

Many thanks,
Maya Khoury
Campaign Coordinator, HCADW
+961 3 000 000
"""
    body = alt(text, "000000000000b6e19a05ba6d4c21", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 9), "mail-ej1-f49.google.example.com", "192.0.2.149", M12_QID,
           "Maya Khoury <maya.khoury.hcadw@gmail.example.com>", M12_SUBJ, M12_ID, body,
           cc="Mercy Otieno <%s>" % M12_BADCC)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mercy Akinyi Otieno", "co-founder", "Kenyan Domestic Workers Mutual Aid Group (KDWMAG)", ["rapporteur"]),
        sp("Rosalie Dimaculangan", "community health volunteer",
           "Health Cover for All Domestic Workers Campaign (HCADW)", ["roundtable"], 4)],
        notes="two speakers with different affiliations: the first belongs to another group (KDWMAG), not to the "
              "sender's campaign; 'Ms.' dropped for the first, no honorific for the second; roles as phrases "
              "('as rapporteur, to deliver the stakeholders' key messages', 'Roundtable IV', Roman numeral); 1998 "
              "and 'two years' are history. The sender is not a speaker. The Cc address is mistyped and the copy "
              "of our acknowledgement bounces (h260-13). Gmail."))


# ================================================================ 13  EN  bounce  the Cc copy of our acknowledgement of 12: domain not found
def m13():
    when = at("2021-02-03 17:48:41")
    text = POSTFIX_NOTICE + """
<%s>: Host or domain name not found. Name service error for
    name=yaho.example.com type=MX: Host not found
""" % M12_BADCC
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXz8Mb61Rz3\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
           "    name=yaho.example.com type=MX: Host not found\n"
           % (rfcdate(when - dt.timedelta(seconds=6), "EET"), M12_BADCC, M12_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Maya Khoury <maya.khoury.hcadw@gmail.example.com>\n"
            "Cc: Mercy Otieno <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M12_BADCC, M12_SUBJ, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M12_QID),
                                  M12_ID, M12_ID))
    body = dsn_report(text, dsn, hdrs, "4DXz8Pc94Tz5.1612367321/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXz8Pc94Tz5; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210203154841.4DXz8Pc94Tz5@mx1.iom.int>")]
    add(13, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found: 'yaho' for 'yahoo') for the copy of our acknowledgement of "
              "h260-12 sent to its mistyped Cc; the returned headers carry h260-12's subject about two speakers. "
              "Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 14  FR  speaker  Tunisian social security fund: windows-1252 plain text, 'table ronde n° 1'
M14_ID = "<004c01d6fae3$8b2d41e0$a187c5a0$@cnpas.example.tn>"
M14_SUBJ = "N/Réf. 2021/DRE/0089 – Proposition d'un intervenant de la CNPAS"
M14_TEXT = """Madame, Monsieur,

Objet : Proposition d'un intervenant – Examen régional du Pacte mondial pour les migrations (région arabe)
N/Réf. : 2021/DRE/0089

Faisant suite à l'invitation adressée à notre institution, la Caisse Nationale de Prévoyance et d'Assurance Sociale (CNPAS) a l'honneur de vous proposer la candidature de M. Hédi Ben Romdhane, Sous-directeur des conventions bilatérales et des assurés résidant à l'étranger, pour une intervention au sein de la table ronde thématique n° 1, le 24 ou le 25 février 2021.

M. Ben Romdhane suit depuis 2011 la mise en œuvre des conventions de sécurité sociale liant la Tunisie à la France, à l'Italie, à l'Allemagne et à la Libye, et pourra présenter l'expérience de la Caisse en matière de transfert des pensions et de couverture des familles restées au pays.

Nous vous saurions gré de bien vouloir nous confirmer la bonne réception de la présente.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sonia Ghariani
Chargée de la coopération internationale
Direction des Relations Extérieures
Caisse Nationale de Prévoyance et d'Assurance Sociale (CNPAS)
Tunis – Tunisie
"""


def m14():
    when = at("2021-02-04 11:40:26")
    body = leaf("text/plain", M14_TEXT, "windows-1252", "quoted-printable")
    m = mk(when, sent_at(when, 1, 9), "mail.cnpas.example.tn", "41.231.5.18", "4DYn2Qw74Bz6",
           "Sonia Ghariani <s.ghariani@cnpas.example.tn>", hdr(M14_SUBJ, charset="windows-1252", enc="Q"),
           M14_ID, body, extra=[("X-Mailer", OUTLOOK14), ("Thread-Index", "AdbzTq4Rw6Ey8Tu0Io2Pa4Sd6Fg8Hj=="),
                                ("Content-Language", "fr")])
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hédi Ben Romdhane", "Sous-directeur des conventions bilatérales et des assurés résidant à l'étranger",
           "Caisse Nationale de Prévoyance et d'Assurance Sociale (CNPAS)", ["roundtable"], 1)],
        notes="formal administrative French in windows-1252 quoted-printable plain text (old Outlook): 'Objet :' and "
              "'N/Réf.' lines, 'M.' dropped, a long title after the name, 'table ronde thématique n° 1'; 2011 is "
              "history. The signer (international cooperation officer) is not the speaker. The fund replaces him "
              "the next day by a reply to this message (h260-15)."))


# ================================================================ 15  FR  speaker  the same fund replaces its speaker, quoting the first letter
def m15():
    when = at("2021-02-05 19:55:12")
    subj = "RE: " + M14_SUBJ
    text = """Madame, Monsieur,

Pour faire suite à notre courriel d'hier, nous sommes au regret de vous informer que M. Ben Romdhane ne pourra pas participer à la Conférence en raison d'une mission déjà programmée à ces dates.

La Caisse propose donc de le remplacer par Mme Olfa Jaziri-Mestiri, Chef du service de la liquidation des pensions des assurés à l'étranger, pour la même table ronde. Mme Jaziri-Mestiri connaît parfaitement les dossiers de nos retraités revenus d'Europe et de Libye.

Avec nos excuses pour ce changement et nos remerciements,

Sonia Ghariani
Chargée de la coopération internationale – CNPAS

-----Message d'origine-----
De : Sonia Ghariani [mailto:s.ghariani@cnpas.example.tn]
Envoyé : jeudi 4 février 2021 10:40
À : 'gcmrrarabstates@iom.int'
Objet : """ + M14_SUBJ + "\n\n" + M14_TEXT
    body = leaf("text/plain", text, "windows-1252", "quoted-printable")
    m = mk(when, sent_at(when, 1, 8), "mail.cnpas.example.tn", "41.231.5.18", "4DZf5Cv28Hz0",
           "Sonia Ghariani <s.ghariani@cnpas.example.tn>", hdr(subj, charset="windows-1252", enc="Q"),
           "<007a01d6fbb5$2e94c1f0$8bbe45d0$@cnpas.example.tn>", body,
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID), ("X-Mailer", OUTLOOK14),
                  ("Thread-Index", "AdbzTq4Rw6Ey8Tu0Io2Pa4Sd6Fg8HjAAJb3xQ=="), ("Content-Language", "fr")])
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Olfa Jaziri-Mestiri", "Chef du service de la liquidation des pensions des assurés à l'étranger",
           "Caisse Nationale de Prévoyance et d'Assurance Sociale (CNPAS)", ["roundtable"], 1)],
        thread_of=H % 14,
        notes="replacement of the speaker of h260-14 by a reply to it (In-Reply-To/References), sent at 19:55 on "
              "the speaker deadline (on time): only the new speaker is labelled, the withdrawn one (M. Ben "
              "Romdhane, with his title) is named in the new text and again in the Outlook-style quoted original. "
              "'pour la même table ronde' gives no number: roundtable 1 comes from the quoted letter; the "
              "affiliation's full form and acronym are only in the quote (the new signature says 'CNPAS'); 'Mme' "
              "dropped, hyphenated surname. windows-1252 quoted-printable."))


# ================================================================ 16  EN  other  the actuary's thank-you to our acknowledgement of 07
def m16():
    when = at("2021-02-06 10:30:44")
    ack = ack_mid(M07_QID)
    ack_text = """Dear Sir or Madam,

The secretariat of the Regional Review of the Global Compact for Migration (Arab States) acknowledges receipt of your message "%s" and of your request for a speaking role. The secretariat will contact you about the programme.

GCM Regional Review - Arab States""" % M07_SUBJ
    text = """Many thanks, well received. Looking forward to the 23rd.

Samer

Sent from my iPhone

> On 29 Jan 2021, at 18:21, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(ack_text) + "\n"
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 4, 5), "smtp-out.lap-actuarial.example.ae", "203.0.113.77", "4F0Bx41Tmz3",
           "Samer Haddadin <s.haddadin@lap-actuarial.example.ae>",
           "Re: Acknowledgement of receipt - " + M07_SUBJ,
           "<A91C4E7F-2D58-4B36-8E0A-C3F7B5D21964@lap-actuarial.example.ae>", body,
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(16, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 7,
        notes="two-line iPhone thank-you answering our acknowledgement of h260-07 (References name h260-07): adds "
              "nothing new, so no acknowledgement; 'Looking forward to the 23rd' and the quoted 'request for a "
              "speaking role' are not a new request. Plain text quoted-printable, Date in UTC+4 (the quote line "
              "is in his local time)."))


# ================================================================ 17  AR  speaker  Assiut association of older returnees, late, two speakers
M17_ID = "<1612779340512.4471982@mail.yahoo.example.com>"
M17_SUBJ = "ترشيح متحدثين من جمعية رعاية العائدين وكبار السن بأسيوط"
M17_QID = "4F1Hk62Wdz5"


def m17():
    when = at("2021-02-08 12:15:44")
    text = """بسم الله الرحمن الرحيم

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
تحية طيبة وبعد،

لم تصلنا الدعوة إلا الأسبوع الماضي عن طريق مديرية القوى العاملة بأسيوط، ونرجو أن يتسع صدركم لطلبنا رغم ضيق الوقت.

جمعية رعاية العائدين من الخارج وكبار السن بأسيوط جمعية أهلية مشهرة برقم 1187 لسنة 2006، تخدم قرابة 1500 أسرة من أسر العاملين الذين قضوا عشرات السنين في العراق وليبيا والخليج ثم رجعوا بلا معاش ولا تأمين صحي، ومنهم من رجع سنة 1990 بعد حرب الخليج ولم يصرف مستحقاته حتى اليوم.

ونرشح للمشاركة في المؤتمر:

أولاً: الأستاذة نادية عبد المنعم الشريف، مديرة الجمعية، لإلقاء كلمة في الجلسة العامة.

ثانياً: السيد محروس عبد الباقي حسانين، عضو مجلس إدارة الجمعية، وعمره 71 سنة، عمل 14 سنة سائقاً في بغداد، للمشاركة في النقاش المفتوح يوم الثلاثاء 23 فبراير، ليحكي تجربته بنفسه.

وتفضلوا بقبول وافر الاحترام

رئيس مجلس الإدارة
لواء م. صلاح الدين عبد الغفار
جمعية رعاية العائدين من الخارج وكبار السن بأسيوط
"""
    a = alt(text, "----=_Part_4471981_1820374655.1612779340511", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209", M17_QID,
           addr("جمعية العائدين وكبار السن - أسيوط", "asyout.returnees@yahoo.example.com"), hdr(M17_SUBJ), M17_ID, a,
           extra=[("X-Mailer", YAHOO)])
    jam = "جمعية رعاية العائدين من الخارج وكبار السن بأسيوط"
    add(17, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نادية عبد المنعم الشريف", "مديرة الجمعية", jam, ["plenary"]),
        sp("محروس عبد الباقي حسانين", "عضو مجلس إدارة الجمعية", jam, ["open_discussion"])],
        notes="late speaker request (8 February) that says the invitation arrived only last week; two speakers "
              "introduced with 'أولاً/ثانياً', 'الأستاذة' and 'السيد' (= Mr.) dropped; 71 years, 14 years as a "
              "driver, 1990, 1500 families and the registration number 1187/2006 are not event data; 'يوم "
              "الثلاثاء 23 فبراير' = open discussion. The signer ('لواء م.', retired general, chairman) is not a "
              "speaker. Yahoo, base64, RTL HTML. Its wheelchair question follows (h260-18)."))


# ================================================================ 18  AR  other  the Assiut director asks about wheelchair access, answering our acknowledgement
def m18():
    when = at("2021-02-09 09:10:10")
    ack = ack_mid(M17_QID)
    ack_text = """السادة المحترمون،

تشكركم أمانة الاستعراض الإقليمي على رسالتكم «%s»، وتؤكد استلام طلب المشاركة (متحدثان). سيتم التواصل معكم بشأن برنامج الجلسات.

الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة - الدول العربية""" % M17_SUBJ
    text = """شكراً على ردكم السريع.

عندنا سؤالان بخصوص الحاج محروس:
- هو يستعمل كرسي متحرك منذ سنتين، فهل مكان المؤتمر مجهز لذلك؟ وهل يسمح بمرافق معه؟
- وإذا كانت المشاركة عن بعد، هل يمكن أن يتكلم من مقر الجمعية بأسيوط على جهاز الجمعية، لأنه لا يملك هاتفاً ذكياً؟

مع التحية
نادية الشريف
مديرة الجمعية

في الاثنين، ٨ فبراير ٢٠٢١ ١٢:١٦ م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(ack_text) + "\n"
    a = alt(text, "----=_Part_4512763_903318270.1612854606310", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 4), "sonic314-26.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4F1Qv93Rkz1", addr("جمعية العائدين وكبار السن - أسيوط", "asyout.returnees@yahoo.example.com"),
           hdr("رد: إشعار استلام - " + M17_SUBJ), "<1612854606310.4512764@mail.yahoo.example.com>", a,
           extra=[("In-Reply-To", ack), ("References", M17_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(18, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of=H % 17,
        notes="reply to our acknowledgement of h260-17 (References name h260-17) with two accessibility questions "
              "(wheelchair access and a companion, speaking from the association's computer): questions need an "
              "answer, so acknowledged, unlike a thank-you; 'الحاج محروس' is the speaker already proposed, no new "
              "speaker. Yahoo quote line with Arabic-Indic digits."))


# ================================================================ 19  FR  report  Algerian pension fund: 'P.J. :' cover letter PDF + report DOCX
M19_LETTER = "Lettre_transmission_CAAVS_0214.pdf"
M19_REPORT = "Rapport volontaire CAAVS – Retraités établis à l'étranger.docx"


def m19():
    when = at("2021-02-10 15:32:27")
    subj = "N° 0214/DEPA/2021 - Transmission du rapport volontaire de la CAAVS"
    text = """Alger, le 9 février 2021
N° 0214/DEPA/2021

Objet : Transmission du rapport volontaire de la CAAVS – Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières
P.J. : 1) Lettre de transmission signée (PDF) ; 2) Rapport volontaire (format Word)

Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint le rapport volontaire établi par la Direction des Études, de la Prospective et de l'Actuariat de la Caisse Algérienne d'Assurance Vieillesse et de Solidarité (CAAVS).

Ce document présente la situation des quelque 95 000 retraités de la Caisse établis à l'étranger, les difficultés liées à la coordination des périodes d'assurance accomplies en France et en Algérie, ainsi que les projections actuarielles de la Direction à l'horizon 2035. La lettre de transmission signée par Monsieur le Directeur Général est jointe séparément.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Nacer-Eddine Hadj Slimane
Sous-directeur de la Prospective et de l'Actuariat
Direction des Études, de la Prospective et de l'Actuariat
Caisse Algérienne d'Assurance Vieillesse et de Solidarité (CAAVS)
Alger – Algérie
"""
    letter = make_pdf(["CAAVS - Direction Generale", "Alger, le 9 fevrier 2021", "N 0214/DEPA/2021",
                       "Objet : Transmission du rapport volontaire", "Le Directeur General", "(signature et cachet)"])
    doc = make_docx(["Caisse Algérienne d'Assurance Vieillesse et de Solidarité (CAAVS)",
                     "Rapport volontaire – Examen régional du Pacte mondial pour les migrations",
                     "1. Les retraités établis à l'étranger", "2. Coordination des périodes France – Algérie",
                     "3. Projections actuarielles à l'horizon 2035", "4. Recommandations"])
    a = alt(text, "_000_PAXPR02MB7438D1A9C5E2F046_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", letter, M19_LETTER), attach(DOCX, doc, M19_REPORT)],
                 "_004_PAXPR02MB7438D1A9C5E2F046_")
    m = mk(when, sent_at(when, 1, 10), "mail-pax02on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4F2Lc08Ybz4", "Nacer-Eddine Hadj Slimane <nhadjslimane@caavs.example.dz>",
           hdr(subj, enc="Q"), "<PAXPR02MB7438D1A9C5E2F046@PAXPR02MB7438.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcAf3Gh5Jk7Lz9Xc1Vb3Nm5Qw7Er==", lang="fr-FR", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_REPORT],
        notes="'P.J. :' lists a signed cover letter (PDF) and the report (DOCX, name with an en dash, accents and an "
              "apostrophe, RFC 2231 + RFC 2047): only the DOCX is the report. Formal administrative French ('N°', "
              "'Objet :', 'J'ai l'honneur de vous transmettre'); 95 000 retirees and 2035 are not event data; nobody is proposed "
              "to speak. Outlook, Date in UTC+1."))


# ================================================================ 20  FR  both  Paris café social for elderly migrants: report on time, speaker late
M20_FILE = "Rapport_EscaleDesAnciens_PMM_2021.pdf"


def m20():
    when = at("2021-02-11 16:40:03")
    subj = "Contribution de L'Escale des Anciens (café social, Paris 18e)"
    text = """Bonjour,

Vous trouverez en pièce jointe la contribution de notre association, L'Escale des Anciens – café social de la Goutte d'Or (EDA), à l'examen régional du Pacte mondial sur les migrations.

Chaque semaine, une centaine de vieux migrants passent chez nous : des hommes arrivés d'Algérie, du Maroc et de Tunisie dans les années 1960 et 1970, aujourd'hui retraités, souvent seuls, et quelques femmes venues les rejoindre plus tard. Notre rapport décrit les démarches que nous faisons avec eux tous les jours : reconstitution de carrière, certificats de vie, minimum vieillesse et condition de résidence, accès aux soins lors des séjours au pays.

Nous aimerions aussi que notre médiatrice puisse prendre la parole : Mme Khedidja Amrani, médiatrice sociale, qui tient la permanence d'accès aux droits depuis 2009 et parle arabe, kabyle et français. Elle pourrait intervenir lors d'une des tables rondes, la quatrième de préférence, sinon la deuxième.

Merci pour votre travail et bonne continuation,

Bernard Lacombe
Président
L'Escale des Anciens – café social de la Goutte d'Or
75018 Paris
"""
    pdf = rep_pdf("Contribution volontaire - L'Escale des Anciens (EDA)", "Cafe social de la Goutte d'Or, Paris 18e",
                  ["Qui sont les vieux migrants de la Goutte d'Or", "Reconstitution de carriere et certificats de vie",
                   "Minimum vieillesse et condition de residence", "Soins lors des sejours au pays", "Propositions"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", pdf, M20_FILE)], "------------7B2E05C91A4D3F86E0C1D952")
    m = mk(when, sent_at(when, 1, 7), "smtp.free.example.fr", "212.27.42.3", "4F2xR51Dmz7",
           "Bernard Lacombe <escale.anciens.eda@free.example.fr>", hdr(subj, enc="Q"),
           "<6d2b8e41-3f7a-4c95-b1e0-a84c27d5f913@free.example.fr>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Khedidja Amrani", "médiatrice sociale", "L'Escale des Anciens – café social de la Goutte d'Or (EDA)",
           ["roundtable"], 4)],
        report_attachments=[M20_FILE],
        notes="'both' on 11 February: the report is on time but the speaker part is late and the sender does not "
              "say so; the body calls the file a 'contribution', not a report. 'Mme' dropped; roundtable in words "
              "('la quatrième de préférence, sinon la deuxième': first choice 4); 'notre médiatrice' first, then "
              "her name and title; the acronym only in the first sentence. Thunderbird, format=flowed, 8bit; the "
              "1960s, 1970s and 2009 are history."))


# ================================================================ 21  EN  other  a pensions bulletin (list mail) that mentions the review's deadlines
def m21():
    when = at("2021-02-12 07:00:18")
    subj = "Pensions Beyond Borders - Bulletin No. 37 (February 2021)"
    text = """PENSIONS BEYOND BORDERS
Bulletin No. 37 - February 2021

IN THIS ISSUE
1. Totalisation without a treaty? Notes from our January webinar
2. Deadlines: GCM Regional Review in the Arab region
3. Member news

1. TOTALISATION WITHOUT A TREATY?
More than 80 members joined our January webinar on workers who contributed in two or more countries that have no social security agreement. The slides and the recording are on the members' page.

2. DEADLINES: GCM REGIONAL REVIEW IN THE ARAB REGION
Members working in the region may still send a voluntary GCM review report to the organisers by Tuesday 16 February. The period for speaker requests has closed. We will share the key messages in our March issue.

3. MEMBER NEWS
Our colleagues in Casablanca have published a short guide in Arabic and French on life certificates for pensioners living abroad.

You receive this bulletin because gcmrrarabstates@iom.int is subscribed to Pensions Beyond Borders.
Unsubscribe: https://lists.pensionsbeyondborders.example.org/unsubscribe
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="margin:0;background:#f2f4f7"><table width="600" align="center" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Georgia,serif"><tr><td style="padding:24px">%s</td></tr></table>'
            '</body></html>\n' % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    body = alt(text, "=_pbb_bulletin_37_5f1c9a2e", html=html)
    rows_extra = [("List-Id", "Pensions Beyond Borders bulletin <bulletin.pensionsbeyondborders.example.org>"),
                  ("List-Unsubscribe", "<https://lists.pensionsbeyondborders.example.org/unsubscribe>, "
                                       "<mailto:unsubscribe@pensionsbeyondborders.example.org>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                  ("X-Mailer", "phpList v3.6.1")]
    m = mk(when, sent_at(when, 1, 30), "lists.pensionsbeyondborders.example.org", "203.0.113.150", "4F3Bn27Xkz0",
           "Pensions Beyond Borders <bulletin@pensionsbeyondborders.example.org>", subj,
           "<pbb.37.20210212.a41c@lists.pensionsbeyondborders.example.org>", body, extra=rows_extra,
           ret="bounces+gcmrrarabstates=iom.int@lists.pensionsbeyondborders.example.org")
    add(21, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        notes="list mail (List-Id, List-Unsubscribe, Precedence: bulk, phpList) from a pensions network bulletin: it "
              "talks about voluntary GCM review reports, the 16 February deadline and speaker requests, but it is "
              "a newsletter, so other and never acknowledged. multipart/alternative with a table layout."))


# ================================================================ 22  AR  report  Hadramout returnees' league: DOCX report + a meeting photo (Yahoo)
M22_FILE = "تقرير الرابطة الطوعي - المغتربون العائدون كبار السن.docx"
M22_IMG = "صورة اجتماع الهيئة الإدارية.png"


def m22():
    when = at("2021-02-15 13:20:51")
    subj = "تقرير رابطة المغتربين العائدين بحضرموت"
    text = """الإخوة في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله وبركاته

نرفق لكم التقرير الطوعي لرابطة المغتربين العائدين والمتقاعدين بحضرموت، وهو بصيغة Word، ويتناول أوضاع المغتربين اليمنيين كبار السن الذين عادوا من المملكة العربية السعودية ودول الخليج خلال السنوات الأربع الأخيرة بعد ارتفاع رسوم المرافقين وتوطين المهن، وأغلبهم تجاوزوا الخمسين أو الستين دون معاش تقاعدي ولا تأمين صحي، وبعضهم لم يستلم مكافأة نهاية الخدمة حتى الآن.

ومرفق كذلك صورة من اجتماع الهيئة الإدارية للرابطة في المكلا يوم 11 فبراير الذي أقر فيه التقرير.

نعتذر عن تأخر إرساله إلى قرب الموعد بسبب انقطاع الكهرباء وضعف الإنترنت عندنا.

وتقبلوا خالص التحية
أمين عام الرابطة
سالم عوض باحميش
المكلا - حضرموت
"""
    doc = make_docx(["رابطة المغتربين العائدين والمتقاعدين بحضرموت", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: العائدون كبار السن منذ 2017", "ثانياً: غياب المعاش والتأمين الصحي",
                     "ثالثاً: مكافأة نهاية الخدمة", "رابعاً: التوصيات"])
    a = alt(text, "----=_Part_5120446_1377268109.1613388045733", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M22_FILE), attach("image/png", make_png(48, 32, (120, 110, 96)), M22_IMG)],
                 "----=_Part_5120445_2011853406.1613388045732")
    m = mk(when, sent_at(when, 3, 6), "sonic316-12.consmr.mail.bf2.yahoo.example.com", "198.51.100.216", "4F5Gt83Jnz2",
           addr("سالم باحميش", "salem.bahmish@yahoo.example.com"), hdr(subj),
           "<1613388045733.5120447@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="returnees' league in Hadramout (Yemen): two attachments with Arabic names (RFC 2231 + RFC 2047), the "
              "DOCX is the report and the photo of the board meeting that approved it is not; the sender apologises "
              "for sending 'near the deadline' but it is on time (15 February); 11 February and 'الأربع الأخيرة' "
              "are not event data. Yahoo, base64, Date in UTC+3."))


# ================================================================ 23  EN  report  Kuwait observatory: 00:20 local time on 17 February = 23:20 in Beirut on the 16th
M23_FILE = "GOLMSP – End-of-service benefits & older migrant workers (GCM report).pdf"


def m23():
    when = at("2021-02-16 23:20:14")
    subj = "GOLMSP voluntary GCM review report"
    text = """Dear colleagues,

Apologies for the very late hour: it is just past midnight here in Kuwait, and I very much hope this still reaches you in time.

Attached is the voluntary GCM review report of the Gulf Observatory on Labour Mobility and Social Protection (GOLMSP). It brings together our 2019-2020 survey of 1,260 migrant workers aged 50 and over in Kuwait, Qatar and Oman with a review of how end-of-service benefits are calculated, delayed or lost at the end of a contract.

With kind regards,

Dr. Reem Al-Azmi
Senior Research Fellow
Gulf Observatory on Labour Mobility and Social Protection (GOLMSP)
Kuwait
"""
    pdf = rep_pdf("Voluntary GCM review report", "Gulf Observatory on Labour Mobility and Social Protection (GOLMSP)",
                  ["Survey of 1,260 migrant workers aged 50+", "How end-of-service benefits are calculated",
                   "Delays and losses at the end of a contract", "Recommendations"])
    page = leaf("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body dir="ltr">%s</body></html>\n' % owa_html(text), cte="base64")
    body = multi("mixed", [page, attach("application/pdf", pdf, M23_FILE)], "_002_AS8PR04MB7815C0E4A2B9D637_")
    m = mk(when, sent_at(when, 3, 4), "mail-as8eur04on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", "4F6Wd15Mhz9", "Reem Al-Azmi <r.alazmi@golmsp.example.edu.kw>", subj,
           "<AS8PR04MB7815C0E4A2B9D637@AS8PR04MB7815.eurprd04.prod.outlook.example.com>", body,
           extra=[("Thread-Topic", subj), ("Thread-Index", "AQHXBOt2Vb4Nm6Qw8Er0Ty2Ui4Op6As=="),
                  ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")])
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="sent at 00:20 on 17 February Kuwait time (Date header in UTC+3) = 23:20 on 16 February in Beirut: "
              "on time although the Date header shows the 17th and the sender fears it is late. Outlook on the web, "
              "HTML-only body in base64 plus a PDF whose name carries an en dash, '&' and brackets (RFC 2231 + "
              "RFC 2047); 'Dr.' in the signature but no speaker; 2019-2020 and 1,260 are survey data."))


# ================================================================ 24  FR  report  retired Mauritanian inspector's individual report, two days late
M24_FILE = "Rapport individuel – Pensions des travailleurs migrants retraités (M. L. Ould Ahmedou).pdf"


def m24():
    when = at("2021-02-18 10:05:39")
    subj = "Rapport individuel - examen régional du Pacte mondial (avec mes excuses pour le retard)"
    text = """Madame, Monsieur,

Inspecteur principal de la sécurité sociale à la retraite, j'ai passé trente-deux ans à la Caisse de mon pays, dont les dix dernières à traiter les dossiers de nos travailleurs revenus de France, du Sénégal et de Côte d'Ivoire. Je me permets de vous adresser, à titre individuel, un court rapport sur les pensions de ces travailleurs migrants aujourd'hui retraités.

Je sais que la date limite était le 16 février ; j'ai été souffrant ces derniers jours et je n'ai pu terminer le texte qu'hier soir. Je comprendrai qu'il ne puisse plus être pris en compte, mais j'espère qu'il pourra au moins être lu.

Je n'appartiens à aucune organisation et ne demande pas à intervenir.

Veuillez agréer, Madame, Monsieur, l'expression de mes respectueuses salutations.

Mohamed Lemine Ould Ahmedou
Nouakchott – Mauritanie
"""
    pdf = rep_pdf("Rapport individuel", "Mohamed Lemine Ould Ahmedou, inspecteur principal de la securite sociale (retraite)",
                  ["Les travailleurs revenus de France, du Senegal et de Cote d'Ivoire",
                   "Dossiers incomplets et periodes perdues", "Transfert des pensions et certificats de vie",
                   "Recommandations"])
    a = alt(text, "000000000000e8c27f05bb9a1d46", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "000000000000e8c28105bb9a1d48")
    m = mk(when, sent_at(when, 0, 8), "mail-wm1-f41.google.example.com", "192.0.2.141", "4F7Mk40Spz6",
           "Mohamed Lemine Ould Ahmedou <ml.ouldahmedou@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAN4tY7Rw2kP9xV+c3Lm6Bq1sJ8dHf5gE2z@mail.gmail.example.com>", body)
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="individual report sent on 18 February, two days after the report deadline (the sender says so): "
              "on_time false, still acknowledged. 'ne demande pas à intervenir' mentions speaking only to decline; "
              "the long PDF name carries an en dash, accents and brackets (RFC 2231 + RFC 2047). Gmail, Date in "
              "UTC+0; 'trente-deux ans' and 'dix dernières' are not dates."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
