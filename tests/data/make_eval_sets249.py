#!/usr/bin/env python3
"""Write the blind evaluation set holdout249 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets249.py
Theme: Palestinian refugee communities (18 January - 19 February 2021).  Popular committees and youth groups of
camps in Syria (Neirab near Aleppo, Khan Dunoun, Dera'a, Jaramana), Jordan (Baqaa, Husn, Talbieh) and Lebanon
(El-Buss, Bourj el-Chemali, Nahr el-Bared, Mieh Mieh), women's programme centres, Gaza-based groups in Nuseirat,
Khan Younis and Beach camp writing between power cuts, and diaspora associations in Valparaiso (Chile), Dortmund
and Berlin.  Formal Arabic letters with a reference number, 'حضرة' and the subject line opened with 'م/' (not the
engineer's 'م.'), Levantine and Gazan colloquial Arabic on phones, English mail signed in Arabic only, signatures
in German, Spanish, English and Arabic, French from Lebanese NGO staff (a forwarded Arabic chain, an HTML-only
table).  A camp committee proposing its head and a young woman, a Gaza report sent in two parts because of the
connection (the second as a reply still titled 'Part 1 of 2'), a report typed into the body because files would
not upload, a question about online participation from Gaza, a nomination only in an attached form, a late
request trusting the Arabic letter's misprinted deadline, a late 'both', a report sent the morning after the
deadline, an Arabic out-of-office, a bounce, a thank-you and a question answering our acknowledgements.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(249)
add = SET.add
H = "h249-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18C66)"
YAHOO = "WebService/1.1.17576 YMailNodin"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)"


def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5b2e81c4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def zimbra_div(text):
    return "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                   for x in text.strip("\n").split("\n"))


def gmx_div(text):
    return ('<div style="font-family: Verdana;font-size: 12.0px;">%s</div>'
            % "".join("<div>%s</div>" % (esc(x) if x else "&nbsp;") for x in text.strip("\n").split("\n")))


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def ack_fr(subject, what):
    return """Madame, Monsieur,

Le secrétariat de l'examen régional du Pacte mondial pour les migrations (États arabes) accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du PMM - États arabes""" % (subject, what)


# ================================================================ 01  EN  other  Palestinian association in Dortmund: may a diaspora group take part?
def m01():
    when = at("2021-01-18 11:24:37")
    subj = "Question: can a Palestinian diaspora association in Germany take part in the GCM regional review?"
    text = """Dear Sir or Madam,

I am writing on behalf of the Palästinensischer Kulturverein Rhein-Ruhr e.V., an association of about 240 Palestinian families in Dortmund, Bochum and Essen. Most of our older members came to Germany from the camps in Lebanon in the 1980s, and since 2015 many Palestinian refugees from Syria (from Yarmouk and Khan Eshieh) have joined us.

A friend working with an organisation in Beirut forwarded us your invitation. Before we start any work, we would like to ask two questions:

1. Can an association registered in Germany, outside the Arab region, submit a voluntary GCM review report? The subjects are all connected to the region (family reunification from Lebanon and Syria, travel documents for Palestinian refugees, nationality registered as "unclear"), but we are not based there.
2. If yes, may the report be written in German with an English summary, or does it need to be in English, Arabic or French?

Some of our younger board members would also be interested in speaking, but only if diaspora associations are allowed at all, so we did not choose anyone yet.

Thank you in advance for your answer.

Mit freundlichen Grüßen / Kind regards / مع التحية

Mahmoud Hajjaj
1. Vorsitzender (Chairman)
Palästinensischer Kulturverein Rhein-Ruhr e.V.
Münsterstraße 000, 44145 Dortmund
Vereinsregister Amtsgericht Dortmund VR 0000
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 6), "mout.gmx.example.net", "212.227.17.20", "4DKBm03QhTz5",
           "Mahmoud Hajjaj <m.hajjaj@gmx.example.de>", subj,
           "<7b1e2c90-4f3a-8d15-b6e2-0a9c3f7d5e11@gmx.example.de>", body,
           extra=[("User-Agent", TB), ("Content-Language", "en-US")])
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="eligibility questions from a Palestinian diaspora association in Germany (may a group outside the "
              "region submit a report? in German?): the mail talks about a report and about board members "
              "speaking, but submits nothing and names no speaker ('we did not choose anyone yet'). Thunderbird, "
              "format=flowed, 8bit; German signature ('1. Vorsitzender', 'e.V.', Vereinsregister) with a "
              "trilingual closing; Date in UTC+1."))


# ================================================================ 02  AR  speaker  Neirab camp popular committee: its head and a young woman
M02_ID = "<CAE8qTz3Vb6nW1kR+p4Lm9Xc2sH7dYf5gN0@mail.gmail.example.com>"
M02_SUBJ = "ترشيح متحدثين عن مخيم النيرب - الاستعراض الإقليمي للاتفاق العالمي للهجرة"


def m02():
    when = at("2021-01-21 10:05:12")
    text = """الرقم: ل.ش/ن/09/2021
التاريخ: 20/1/2021

حضرة السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية المحترمين

م/ ترشيح متحدثين عن مخيم النيرب

تحية طيبة وبعد،

تهديكم اللجنة الشعبية الفلسطينية في مخيم النيرب أطيب التحيات، وبالإشارة إلى كتاب الدعوة الذي وصلنا عن طريق إحدى الجمعيات الشريكة في حلب، نحيطكم علماً بأن مخيم النيرب الواقع شرقي مدينة حلب يضم اليوم قرابة عشرين ألف لاجئ فلسطيني، إضافة إلى عائلات نزحت إليه من مخيم حندرات بعد تدميره، وقد هاجر عدد كبير من شبابه خلال سنوات الحرب نحو تركيا وأوروبا وما زالت عائلاتهم تنتظر لمّ الشمل.

وعليه نرشح للمشاركة في أعمال الاستعراض كلاً من:

1- الحاج محمود عبد الرحيم الشهابي (أبو العبد)، رئيس اللجنة الشعبية، لإلقاء مداخلة في الجلسة العامة.
2- الآنسة تسنيم خالد الحسين، عضو فريق الشباب في اللجنة الشعبية، للمشاركة في النقاش المفتوح ضمن المشاورة يوم 23 شباط.

والآنسة تسنيم من مواليد المخيم عام 2000، وهي طالبة في كلية الهندسة المدنية بجامعة حلب، وقد شاركت في مبادرات شبابية لدعم الأسر التي فقدت معيلها بسبب الهجرة، ونرى أن صوت الشباب والشابات يجب أن يكون حاضراً في هذا الاستعراض.

وتفضلوا بقبول فائق الاحترام والتقدير

أمين سر اللجنة الشعبية
عماد يوسف قاسم

اللجنة الشعبية الفلسطينية - مخيم النيرب - حلب
"""
    body = alt(text, "000000000000a41c7e05b95e2f13", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-wm1-f43.google.example.com", "192.0.2.143", "4DM3Rk7pWvz1",
           addr("اللجنة الشعبية - مخيم النيرب", "lajna.shaabia.neirab@gmail.example.com"), hdr(M02_SUBJ), M02_ID,
           body)
    lsh = "اللجنة الشعبية الفلسطينية في مخيم النيرب"
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمود عبد الرحيم الشهابي", "رئيس اللجنة الشعبية", lsh, ["plenary"]),
        sp("تسنيم خالد الحسين", "عضو فريق الشباب", lsh, ["open_discussion"])],
        notes="camp popular committee (Neirab, Aleppo) proposing its head and a young woman in a formal letter with a "
              "reference number, a date, 'حضرة' and a subject line opened with 'م/' (= الموضوع, not the engineer's "
              "'م.'). 'الحاج' and 'الآنسة' dropped, the kunya '(أبو العبد)' is not part of the name; the second "
              "title is 'عضو فريق الشباب' (the trailing 'في اللجنة الشعبية' is the affiliation; her engineering "
              "studies are background, not a title). 'الجلسة العامة' = plenary; 'النقاش المفتوح ضمن المشاورة يوم 23 "
              "شباط' = open discussion. The signer (secretary, Gmail account named after the committee) is not a "
              "speaker; Date in UTC+2."))


# ================================================================ 03  FR  report  women's centres in the Tyre camps, DOCX with en dash and accents
M03_FILE = "Rapport volontaire – Centres féminins ABF (janvier 2021).docx"


def m03():
    when = at("2021-01-25 14:32:09")
    subj = "Contribution volontaire – Association Ard Al-Bourtoukal pour les femmes (Tyr)"
    text = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, l'Association Ard Al-Bourtoukal pour les femmes (ABF) a l'honneur de vous faire parvenir, en pièce jointe, sa contribution volontaire.

Ce rapport a été rédigé à partir des groupes de discussion menés en décembre 2020 dans nos trois centres de programmes pour les femmes : au camp de Bourj el-Chemali, au camp d'El-Buss et dans le rassemblement de Jal el-Baher, à Tyr. Il traite du départ des jeunes hommes des camps depuis 2019, des femmes restées seules avec les enfants, de l'accès au travail des réfugiées palestiniennes au Liban et des effets de la crise économique et de la COVID-19 sur les familles.

Nous souhaiterions également proposer une intervenante pour l'une des tables rondes ; nous vous communiquerons son nom dès que notre comité exécutif l'aura validé.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Hiyam Soueidan
Coordinatrice des programmes
Association Ard Al-Bourtoukal pour les femmes (ABF)
Tyr – Liban
Tél. : +961 7 000 000
"""
    doc = make_docx(["Association Ard Al-Bourtoukal pour les femmes (ABF) - Tyr, Liban",
                     "Contribution volontaire a l'examen regional du Pacte mondial pour les migrations",
                     "1. Nos centres : Bourj el-Chemali, El-Buss, Jal el-Baher",
                     "2. Le depart des jeunes hommes depuis 2019", "3. Les femmes restees seules",
                     "4. Travail et droits des refugiees palestiniennes au Liban", "5. Recommandations"])
    a = alt(text, "_000_DB7PR05MB4315C2E8A1F6B093_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach(DOCX, doc, M03_FILE)], "_004_DB7PR05MB4315C2E8A1F6B093_")
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur05on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4DP8x15KcNz6", "Hiyam Soueidan <h.soueidan@ardalbourtoukal.example.org>",
           hdr(subj, enc="Q"), "<DB7PR05MB4315C2E8A1F6B093@DB7PR05MB4315.eurprd05.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbzQ1Wc3Er5Ty7Ui9Op2As4Df6Gh8Jk==", lang="fr-FR", has_attach="yes"))
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_FILE],
        notes="women's programme centres in the Tyre camps, sent early (25 January); the DOCX name carries an en dash, "
              "accents and brackets (RFC 2231 + RFC 2047). The association announces a speaker 'dès que notre "
              "comité exécutif l'aura validé' but names nobody, so a report only, not 'both'. Outlook, fr-FR."))


# ================================================================ 04  EN  speaker  Baqaa camp youth centre: the director himself, English body, Arabic-only signature
M04_ID = "<AM0PR10MB3187D4A2E9C61B57@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Request to speak - roundtable 3 - youth centre, Baqaa camp"
M04_QID = "4DQ2Lw6VbHz9"


def m04():
    when = at("2021-01-27 12:40:18")
    text = """Dear GCM Regional Review team,

Good afternoon, I hope this email finds you well.

I am the director of a youth centre in Baqaa camp, the largest Palestinian refugee camp in Jordan, north of Amman. We work with around 900 young men and women in sports, vocational training and volunteering. In the last two years many of our young graduates tried to leave for Turkey and Europe or to find work in the Gulf, and some of them came back after losing everything. We also see young people of Gaza origin who have no national number and cannot get a work permit.

I would like to request to speak myself, as a floor intervention in roundtable No. 3, to share what we hear from the youth about work and migration. My colleague responsible for our programmes is in copy.

Please let me know if you need any other information from my side.

Best regards,

م. يزن خليل السمهوري
مدير المركز
مركز شباب مخيم البقعة
مخيم البقعة - الأردن
هاتف: 00962 7 0000 0000
"""
    cid = "image001.png@01D6F4A8.3E1B7C20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (0, 122, 61))], "_004_AM0PR10MB3187D4A2E9C61B57_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR10MB3187D4A2E9C61B57_")
    m = mk(when, sent_at(when, 2, 8), "mail-am0eur10on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", M04_QID, "Yazan Samhouri <director@baqaa-youth.example.jo>", M04_SUBJ, M04_ID, body,
           cc="Rana Al-Titi <rana.titi@baqaa-youth.example.jo>",
           extra=outlook(M04_SUBJ, "AdbzR2Xd4Fr6Yu8Io0Pa3Sd5Fg7Hj9Kl==", lang="en-US"))
    add(4, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("يزن خليل السمهوري", "مدير المركز", "مركز شباب مخيم البقعة", ["roundtable"], 3)],
        notes="self-nomination ('I would like to request to speak myself') in an English body that never writes the "
              "centre's name nor the sender's full name: both are only in the Arabic signature ('م.' = engineer, "
              "dropped), so the label keeps the Arabic forms (the From display name 'Yazan Samhouri' is shorter); "
              "acknowledge in English. 'roundtable No. 3'. Outlook related part with an inline logo; the programme "
              "colleague in Cc is not a speaker and her out-of-office answers our acknowledgement (h249-05)."))


# ================================================================ 05  AR  auto_reply  the Cc'd colleague's Arabic out-of-office on our acknowledgement of 04
def m05():
    when = at("2021-01-27 12:41:36")
    ack = ack_mid(M04_QID)
    text = """شكراً لرسالتك.

أنا في إجازة أمومة حتى تاريخ 15/3/2021 ولن أتمكن من متابعة البريد الإلكتروني خلال هذه الفترة.
للأمور المتعلقة بالبرامج والأنشطة يرجى التواصل مع م. يزن السمهوري، مدير المركز (director@baqaa-youth.example.jo)، أو على هاتف المركز 00962 6 000 0000.

Thank you for your email. I am on maternity leave until 15 March 2021. For urgent matters please contact Eng. Yazan Samhouri.

رنا الطيطي
منسقة البرامج
مركز شباب مخيم البقعة
"""
    body = alt(text, "_000_AM0PR10MB3187OOF6A2D9E14_", html=outlook_html(text, lang="AR-JO", rtl=True), b64=True)
    subj = hdr("رد تلقائي:")
    subj.append(" Acknowledgement of receipt - " + M04_SUBJ, "us-ascii")
    rows = exch_ooo(when, "mail-am0eur10on0607.outbound.protection.outlook.example.com", "198.51.100.107",
                    "4DQ2Nf1ZcQz3", addr("رنا الطيطي", "rana.titi@baqaa-youth.example.jo"),
                    "<AM0PR10MB31879E5F0A7C3D21@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example.com>", subj,
                    "Acknowledgement of receipt - " + M04_SUBJ, M04_ID, ack, "ar-JO", (2, 2))
    add(5, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Arabic Exchange out-of-office (maternity leave) of the colleague in Cc of h249-04, answering our "
              "acknowledgement 78 seconds later ('رد تلقائي:' before our English subject; References name "
              "h249-04); it names the speaker of h249-04 with 'م.', his title and the centre, and has an English "
              "line. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 06  FR  speaker  Nahr el-Bared youth association, HTML-only table, two speakers
M06_ID = "<1467382951.2204187.1611933340512.JavaMail.zimbra@bustan-liban.example.org>"
M06_SUBJ = "Proposition d'intervenants – Association Bustan (ABEJ)"
M06_QID = "4DRbT04YkWz7"


def m06():
    when = at("2021-01-29 17:15:44")
    intro = """Madame, Monsieur,

Suite à l'invitation que nous avons reçue par l'intermédiaire du réseau des ONG du Nord-Liban, l'Association Bustan pour l'Enfance et la Jeunesse (ABEJ), qui gère deux centres de jeunes au camp de Nahr el-Bared et au camp de Beddaoui, a le plaisir de vous proposer deux intervenants :"""
    outro = """Nour El-Houda a 19 ans ; elle anime depuis trois ans le club des jeunes filles du centre et a mené en 2020 une petite enquête auprès de 60 familles dont un fils est parti par la mer ou par la Turquie. Elle s'exprimera en arabe.

Nous vous remercions de bien vouloir nous confirmer la bonne réception de cette proposition.

Cordialement,

Nadine Azar
Chargée de projets
Association Bustan pour l'Enfance et la Jeunesse (ABEJ)
Tripoli – Liban"""
    rows = [("Mlle Nour El-Houda Ghneim", "Animatrice du club des jeunes filles, centre de Nahr el-Bared",
             "ABEJ", "Discussion ouverte de la consultation multipartite (23 février)"),
            ("M. Walid Abou Kharroub", "Directeur exécutif", "ABEJ",
             "Intervention dans la table ronde thématique n° 2 (24-25 février)")]
    th = "".join('<th style="border:1px solid #999;padding:4px;background:#e8eef4">%s</th>' % h
                 for h in ("Nom et prénom", "Fonction", "Organisation", "Intervention souhaitée"))
    trs = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c)
                                           for c in r) for r in rows)
    inner = ('<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
             + zimbra_div(intro) + '<div><br></div><table style="border-collapse:collapse" border="1">'
             '<tbody><tr>%s</tr>%s</tbody></table><div><br></div>' % (th, trs) + zimbra_div(outro) + "</div>")
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 2, 5), "mail.bustan-liban.example.org", "203.0.113.41", M06_QID,
           "Nadine Azar <n.azar@bustan-liban.example.org>", hdr(M06_SUBJ, enc="Q"), M06_ID, body,
           extra=[("X-Mailer", ZIMBRA), ("Thread-Index", "Ud7mLQ3pXc1vRk9sT2bY4wZ8nA6hGj==")])
    abej = "Association Bustan pour l'Enfance et la Jeunesse (ABEJ)"
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nour El-Houda Ghneim", "Animatrice du club des jeunes filles, centre de Nahr el-Bared", abej,
           ["open_discussion"]),
        sp("Walid Abou Kharroub", "Directeur exécutif", abej, ["roundtable"], 2)],
        notes="HTML-only Zimbra mail whose two speakers are only in an HTML table (no text/plain part); 'Mlle' and "
              "'M.' in the name cells dropped; the Organisation cells give only the acronym, the fullest form is in "
              "the first paragraph; the first title carries its unit ('centre de Nahr el-Bared'); roles as French "
              "phrases. The sender is not a speaker. Thanked in h249-15."))


# ================================================================ 07  EN  speaker  Beit Jala diaspora in Valparaiso (Chile), Spanish touches
def m07():
    when = at("2021-02-01 20:55:21")
    subj = "Speaker proposal - Corporación Cultural Palestina Beit Jala de Valparaíso (Chile)"
    text = """Estimados / Dear colleagues,

My name is Daniela Zacarías Abuhadba and I write from Valparaíso, Chile, on behalf of the Corporación Cultural Palestina Beit Jala de Valparaíso (CCPBJ). Our community descends from families who came from Beit Jala, Bethlehem and Beit Sahour more than one hundred years ago. In 2008 Chile also received 117 Palestinian refugees from Al-Waleed camp on the Iraq-Syria border, and some of these families live in our region and take part in our activities.

We know Chile is very far from the Arab region, but we believe the experience of the Chilean-Palestinian community with the resettlement of those refugees can be useful for the discussion. For this reason we would like to propose Sra. Catalina Andrea Hirmas Safady, Vice President of the Board of our Corporación (Vicepresidenta del Directorio), for a floor intervention in the plenary. Catalina is a social worker and she coordinated the support of our community to the families from Al-Waleed between 2008 and 2010. She speaks Spanish and English and a little Arabic.

Please excuse my English, it is not my first language, and tell us if you need something more.

Saludos cordiales / Best regards / مع تحياتي

Daniela Zacarías Abuhadba
Secretaria del Directorio
Corporación Cultural Palestina Beit Jala de Valparaíso
Valparaíso, Chile
"""
    body = alt(text, "0000000000007c2e9b05ba4f31d8", html=gmail_html(text))
    m = mk(when, sent_at(when, -3, 6), "mail-qt1-f176.google.example.com", "192.0.2.176", "4DTh0Q5nLmz2",
           addr("Daniela Zacarías Abuhadba", "dzacarias.ccpbj@gmail.example.com", enc="Q"), hdr(subj, enc="Q"),
           "<CAPw5Yk2Rn8vT3xM+c6Bz1Hq9sL4dF7jEe2@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Catalina Andrea Hirmas Safady", "Vice President of the Board",
           "Corporación Cultural Palestina Beit Jala de Valparaíso (CCPBJ)", ["plenary"])],
        notes="Palestinian diaspora association in Chile writing English with Spanish touches ('Estimados', 'Sra.', "
              "'Saludos cordiales'): 'Sra.' dropped; Chilean double surnames kept whole; the title is given in "
              "English with its Spanish form in brackets (the English one recorded); 'of our Corporación' refers to the "
              "association named first, whose acronym appears only in the first paragraph; 117 refugees, 2008 and Al-Waleed "
              "camp are history, not dates of the event. Sent at 15:55 in Chile (Date UTC-3)."))


# ================================================================ 08  AR  both  Khan Dunoun women's programme centre: PDF report + director, scanned letter image
M08_FILE = "تقرير مركز البرامج النسائية خان دنون 2021.pdf"
M08_IMG = "كتاب الترشيح.png"


def m08():
    when = at("2021-02-02 11:18:27")
    subj = "التقرير الطوعي وترشيح مديرة المركز - مركز البرامج النسائية خان دنون"
    text = """حضرة السادة القائمين على الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين

تحية طيبة وبعد،

يسرنا في مركز البرامج النسائية في مخيم خان دنون (ريف دمشق) أن نرسل إليكم تقريرنا الطوعي حول أوضاع النساء اللاجئات الفلسطينيات في المخيم في ظل الهجرة والتهجير، وهو مرفق بهذه الرسالة بصيغة PDF. ويتناول التقرير أوضاع الأسر المهجّرة من مخيمي اليرموك والسبينة إلى خان دنون، والنساء اللواتي هاجر أزواجهن وأبناؤهن إلى أوروبا، وصعوبات استخراج الوثائق والسفر.

كما نرغب بترشيح مديرة المركز للمشاركة في المؤتمر، وفيما يلي بياناتها:

الاسم: السيدة/ سناء أحمد شحادة
الصفة: مديرة المركز
الجهة: مركز البرامج النسائية - مخيم خان دنون
نوع المشاركة: مداخلة في المائدة المستديرة الثانية

ومرفق أيضاً صورة عن كتاب الترشيح موقّعاً ومختوماً من الهيئة الإدارية للمركز.

شاكرين لكم حسن تعاونكم

هالة محمود العيسى
منسقة البرامج
مركز البرامج النسائية - خان دنون
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Women's Programme Centre - Khan Dunoun camp, Rural Damascus",
                  ["Families displaced from Yarmouk and Sbeineh", "Women whose husbands and sons left for Europe",
                   "Civil documents and travel", "Livelihoods and COVID-19", "Recommendations"])
    a = alt(text, "----=_Part_1284467_913264805.1612257503118", html=yahoo_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE),
                           attach("image/png", make_png(40, 56, (238, 236, 230)), M08_IMG)],
                 "----=_Part_1284466_1873402915.1612257503117")
    m = mk(when, sent_at(when, 2, 5), "sonic311-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.211",
           "4DV0Gc8WsLz4", addr("مركز البرامج النسائية خان دنون", "wpc.khandanoun@yahoo.example.com"), hdr(subj),
           "<1612257503118.1284468@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سناء أحمد شحادة", "مديرة المركز", "مركز البرامج النسائية - مخيم خان دنون", ["roundtable"], 2)],
        report_attachments=[M08_FILE],
        notes="both, on time (2 February); women's programme centre in a camp near Damascus; labelled lines with "
              "'السيدة/' (slash form, dropped); roundtable as an ordinal word ('الثانية'). Two attachments with "
              "Arabic names (RFC 2231 + RFC 2047): the PDF is the report, the image of the signed nomination "
              "letter is not. Yahoo, base64 parts; the sender (programme coordinator) is not the speaker."))


# ================================================================ 09  EN  report  Nuseirat youth forum (Gaza), part 1 of 2 because of the power cuts
M09_ID = "<CAGz4Nq7Vt2kX9mR+b5Lw8Pc1sY6dHf3jU0@mail.gmail.example.com>"
M09_SUBJ = "NYFD voluntary GCM review report - Part 1 of 2"
M09_FILE = "NYFD_GCM_Report_Part1.pdf"
M09_TEXT = """Dear GCM Regional Review Secretariat,

Greetings from Nuseirat camp, Gaza.

Please find attached the voluntary GCM review report of our forum. Because of the electricity situation (these days we have 4 to 6 hours of power per day) and the weak internet, I could not send the whole file in one email, so I am sending it in two parts. This is Part 1 (sections 1 to 4). Part 2 with the recommendations and the annexes will follow today inshallah when the power comes back.

The report is based on interviews with 46 young people from Nuseirat, Bureij and Maghazi camps who tried to migrate through Egypt and Turkey since 2018, and with families of young men who went missing on the way.

Kindly confirm receipt.

Best regards,
Osama Al-Aydi
Projects Coordinator | منسق المشاريع
Nuseirat Youth Forum for Development (NYFD) | منتدى شباب النصيرات للتنمية
Nuseirat Camp, Gaza Strip, Palestine
Mob: +970 59 000 0000
"""


def m09():
    when = at("2021-02-03 16:42:10")
    pdf = rep_pdf("Voluntary GCM review report - PART 1 of 2", "Nuseirat Youth Forum for Development (NYFD), Gaza",
                  ["Introduction and method: 46 interviews", "Young people leaving Gaza through Rafah and Turkey",
                   "Families of the missing", "Living under the blockade: work, electricity, water"])
    a = alt(M09_TEXT, "000000000000e3a58c05ba6b1f42", html=android_html(M09_TEXT))
    body = multi("mixed", [a, attach("application/pdf", pdf, M09_FILE)], "000000000000e3a59005ba6b1f44")
    m = mk(when, sent_at(when, 2, 11), "mail-ed1-f68.google.example.com", "192.0.2.68", "4DVm7Hk2QrZ8",
           "Osama Al-Aydi <osama.aydi.nyfd@gmail.example.com>", M09_SUBJ, M09_ID, body)
    add(9, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="Gaza youth forum sending its report in two parts because of power cuts and a weak connection: this "
              "is part 1 (the subject says 'Part 1 of 2'); part 2 follows as a reply seven hours later (h249-10). "
              "Gmail app on Android; bilingual English/Arabic signature lines."))


# ================================================================ 10  EN  report  part 2, a reply whose subject still says 'Part 1 of 2'
M10_FILE = "NYFD_GCM_Report_Part2_recommendations+annexes.pdf"


def m10():
    when = at("2021-02-03 23:48:51")
    text = """Part 2 attached (section 5 recommendations + annexes).
Sorry for the delay, the electricity came back only after 11 pm.
Now the report is complete, Part 1 + Part 2.

Osama

Sent from my phone

On Wed, Feb 3, 2021, 4:42 PM Osama Al-Aydi <osama.aydi.nyfd@gmail.example.com> wrote:

""" + gt(M09_TEXT) + "\n"
    pdf = rep_pdf("Voluntary GCM review report - PART 2 of 2", "Nuseirat Youth Forum for Development (NYFD), Gaza",
                  ["5. Recommendations (GCM Objectives 2, 8 and 21)", "Annex 1: interview guide",
                   "Annex 2: list of participating youth groups"])
    a = alt(text, "0000000000004b7e2f05ba71c9d5", html=android_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "0000000000004b7e3105ba71c9d7")
    m = mk(when, sent_at(when, 2, 14), "mail-ed1-f68.google.example.com", "192.0.2.68", "4DVzP91LxMz6",
           "Osama Al-Aydi <osama.aydi.nyfd@gmail.example.com>", "Re: " + M09_SUBJ,
           "<CAGz4Nq9Wm5tK1vB+x7Rp3Lc8dY2sHf6eT4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID)])
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE], thread_of=H % 9,
        notes="second half of the report of h249-09, sent at 23:48 when the power came back (still 3 February, on "
              "time): a Gmail reply to the sender's own message whose subject still reads 'Re: ... Part 1 of 2' "
              "while the body and the file name say part 2; short phone text above the quoted first mail; only the "
              "new PDF is attached and listed (file name with '+')."))


# ================================================================ 11  AR  other  Khan Younis women's association: can we take part online from Gaza?
def m11():
    when = at("2021-02-04 09:30:02")
    subj = "استفسار عن المشاركة أونلاين من غزة"
    text = """السلام عليكم ورحمة الله
تحية طيبة

معكم أمل الأسطل، منسقة في جمعية بسمة غد للمرأة والطفل في خان يونس. وصلتنا دعوة الاستعراض الإقليمي وحابين نشارك، بس عنا كم سؤال قبل ما نرشح حدا:

- المشاركة رح تكون أونلاين ولا حضوري في بيروت؟ احنا من غزة وما في إمكانية سفر بسبب المعبر.
- إذا أونلاين شو المنصة؟ زوم؟ لأنه الكهربا عنا بتيجي 8 ساعات وبتقطع 8 ساعات، وبدنا نعرف مواعيد الجلسات بالضبط بتوقيت فلسطين عشان نرتب مع المولد.
- إذا النت ضعيف، بتقدر المتحدثة تشارك بالصوت بس أو عن طريق الهاتف؟

بنعتذر إذا الرسالة مش رسمية، بكتب من الجوال لأنه الكهربا مقطوعة هلأ.

ويعطيكم العافية
أمل الأسطل
جمعية بسمة غد للمرأة والطفل - خان يونس

تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent_at(when, 2, 9), "mail-pj1-f41.google.example.com", "192.0.2.41", "4DW8sK3NbTz0",
           addr("Amal Astal", "amal.astal.basmatghad@gmail.example.com"), hdr(subj),
           "<n3k7v1-q8x2m4-9ptz6c-4h1b0r.a7@email.android.com>", body)
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions from Gaza about online participation (platform, session times, audio-only or phone "
              "dial-in during power cuts) in Gazan colloquial Arabic typed on a Samsung phone; 'قبل ما نرشح حدا' "
              "and 'المتحدثة' (unnamed) show no speaker is proposed yet, so 'other'; text/plain base64 only; "
              "Latin-script From name."))


# ================================================================ 12  EN  speaker  Husn camp women's programme centre: iPhone, details only in the signature
def m12():
    when = at("2021-02-04 18:03:40")
    subj = "Open discussion 23 Feb"
    text = """Dear team,

Please register me for the open discussion of the multi-stakeholder consultation on 23 Feb. I will send our centre's report later this month if we finish it on time.

Thanks & regards

Dr. Hiba Nidal Abu Hantash
د. هبة نضال أبو حنتش
Programme Manager
Women's Programme Centre – Husn Camp (Husn WPC)
Irbid, Jordan
+962 7 0000 0000

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent_at(when, 2, 12), "mr85p00im-ztdg06011801.me.example.com", "198.51.100.188", "4DWX2mV9hFz5",
           "Hiba Abu Hantash <hiba.hantash@icloud.example.com>", subj,
           "<C4E7B2A9-1D3F-4A8C-9E60-5B2F8D1A7C34@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Nidal Abu Hantash", "Programme Manager", "Women's Programme Centre – Husn Camp (Husn WPC)",
           ["open_discussion"])],
        notes="two-line iPhone mail 'register me': the speaker is the sender and her name, title and centre are only "
              "in the signature (name in both scripts, 'Dr.'/'د.' dropped, the From name is shorter); the report "
              "announced 'later this month' is not attached, so not 'both'; quoted-printable plain text."))


# ================================================================ 13  AR  speaker  Talbieh camp society: nomination only in an attached DOCX form
M13_FILE = "استمارة ترشيح متحدث - جمعية الطالبية.docx"


def m13():
    when = at("2021-02-05 15:22:10")
    subj = "استمارة ترشيح"
    text = """السادة المحترمين،

تحية طيبة،

مرفق لكم استمارة ترشيح ممثل الجمعية للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة، يرجى التكرم بالاطلاع وتأكيد الاستلام.

مع الشكر

إدارة جمعية الطالبية للتنمية المجتمعية
مخيم الطالبية - الأردن
"""
    doc = make_docx(["استمارة ترشيح متحدث",
                     "الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية 2021",
                     "الاسم الكامل: أ. فراس عادل السهلي",
                     "الصفة / المسمى الوظيفي: رئيس الهيئة الإدارية",
                     "الجهة: جمعية الطالبية للتنمية المجتمعية - مخيم الطالبية، الأردن",
                     "الدور المطلوب (ضع إشارة X):",
                     "[X] مقرر يعرض الرسائل الرئيسية لأصحاب المصلحة",
                     "[ ] المشاركة في النقاش المفتوح (23 شباط)",
                     "[ ] مداخلة في جلسة عامة",
                     "[ ] مداخلة في مائدة مستديرة مواضيعية رقم: ....",
                     "البريد الإلكتروني: firas.sahli@talbieh-society.example.jo",
                     "التوقيع: ..............   الختم"])
    a = alt(text, "_000_VI1PR08MB4093A6E2C1D7F385_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M13_FILE)], "_004_VI1PR08MB4093A6E2C1D7F385_")
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur08olkn2043.outbound.protection.outlook.example.com",
           "198.51.100.43", "4DWxL60RmPz2", addr("جمعية الطالبية", "jameyat.talbieh@hotmail.example.com"), hdr(subj),
           "<VI1PR08MB4093A6E2C1D7F385@VI1PR08MB4093.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHW+2fRk4Tb6Yn8Um0Ii2Ok4Pl6Zx8Cv==", lang="ar-SA", has_attach="yes"))
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فراس عادل السهلي", "رئيس الهيئة الإدارية", "جمعية الطالبية للتنمية المجتمعية", ["rapporteur"])],
        notes="camp society (Talbieh, Jordan) whose body only says 'مرفق لكم استمارة ترشيح': the speaker, title, "
              "organisation and role are only in the attached DOCX form (Arabic file name, RFC 2231 + RFC 2047), "
              "the role as a ticked box '[X] مقرر'; 'أ.' dropped; '- مخيم الطالبية، الأردن' is the place. The DOCX "
              "is a form, not a report. Shared Hotmail account signed by the board ('إدارة الجمعية')."))


# ================================================================ 14  FR  speaker  Lebanese NGO forwards the El-Buss youth committee's Arabic nomination, last evening
def m14():
    when = at("2021-02-05 22:10:33")
    subj = "TR: ترشيح للاستعراض الإقليمي"
    text = """Bonsoir,

Je me permets de vous transférer ci-dessous la candidature du Comité des jeunes du camp d'El-Buss (Tyr), avec qui notre association travaille depuis 2017. Ils n'ont pas réussi à vous écrire directement (leur message leur est revenu), et la date limite étant ce soir, je vous la transmets en leur nom.

En résumé : ils proposent Mlle Jana Fayez Dakour, coordinatrice du groupe de jeunes volontaires du camp, pour une intervention dans la table ronde thématique n° 1 (24-25 février). Jana a 22 ans, elle parle arabe et anglais.

Je reste joignable pour toute question, et Jana également (en copie).

Bien à vous,

Léa Moukarzel
Chargée de programmes jeunesse
Association Liban-Solidarité Jeunesse (ALSJ)
Beyrouth – Liban

________________________________
De : لجنة شباب مخيم البص <shabab.elbuss@gmail.example.com>
Envoyé : jeudi 4 février 2021 19:12
À : Léa Moukarzel <l.moukarzel@alsj-liban.example.org>
Objet : ترشيح للاستعراض الإقليمي

مرحبا ست ليا،
كيفك؟ إن شاء الله منيحة.

متل ما حكينا عالتلفون، نحنا بلجنة شباب مخيم البص حابين نرشح الصبية جنى فايز الدكور، منسقة مجموعة الشباب المتطوعين بالمخيم، تحكي بالطاولة المستديرة الأولى بمؤتمر الاستعراض الإقليمي (24-25 شباط).
جنى عمرها 22 سنة، خلصت تمريض بالجامعة وما عم تلاقي شغل لأنه ممنوع عالفلسطيني يشتغل تمريض بلبنان، ونص رفقاتها سافروا أو عم يحاولوا يسافروا.

جربنا نبعت عالإيميل تبع المؤتمر بس الرسالة رجعتلنا، ما بعرف ليش. فيكي تبعتيها عنا؟

شكراً كتير إلك
لجنة شباب مخيم البص - صور
"""
    a = alt(text, "_000_PR3P193MB0716B8E1D4C2A957_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 2, 8), "mail-pr3fra01on0609.outbound.protection.outlook.example.com",
           "198.51.100.109", "4DX3Fb72VwZ1", addr("Léa Moukarzel", "l.moukarzel@alsj-liban.example.org", enc="Q"),
           re_hdr("TR: ", "ترشيح للاستعراض الإقليمي"),
           "<PR3P193MB0716B8E1D4C2A957@PR3P193MB0716.EURP193.PROD.OUTLOOK.example.com>", a,
           cc="Jana Dakour <jana.dakour00@gmail.example.com>",
           extra=outlook(re_hdr("TR: ", "ترشيح للاستعراض الإقليمي"), "AQHW+xZc4Vb6Nm8Qw0Er2Ty4Ui6Op8As==",
                         lang="fr-FR"))
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Jana Fayez Dakour", "coordinatrice du groupe de jeunes volontaires du camp",
           "Comité des jeunes du camp d'El-Buss", ["roundtable"], 1)],
        notes="Outlook 'TR:' forward of a camp youth committee's nomination written in Lebanese colloquial Arabic, "
              "with a French cover that summarises it: language French (the writer's), label values from the "
              "French summary (the Arabic original names her 'جنى فايز الدكور', 'منسقة مجموعة الشباب المتطوعين "
              "بالمخيم', 'الطاولة المستديرة الأولى'); 'Mlle' dropped; the forwarding NGO (ALSJ) is not the "
              "speaker's affiliation; '(Tyr)' is the place. Sent at 22:10 on the speaker deadline (on time); "
              "Arabic subject behind 'TR: '; the speaker is in Cc."))


# ================================================================ 15  FR  other  thank-you to our acknowledgement of 06 (Zimbra, HTML-only)
def m15():
    when = at("2021-02-06 10:12:55")
    ack = ack_mid(M06_QID)
    new = """Bonjour,

Merci beaucoup pour votre accusé de réception. Nour El-Houda et Walid sont ravis.

Bonne journée à toute l'équipe,

Nadine"""
    quoted = ack_fr(M06_SUBJ, "votre demande d'intervention (2 intervenants)")
    inner = ('<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
             + zimbra_div(new) + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__">'
             '<div data-marker="__HEADERS__"><b>De: </b>"GCM Regional Review Arab States" '
             '&lt;gcmrrarabstates@iom.int&gt;<br><b>À: </b>"Nadine Azar" &lt;n.azar@bustan-liban.example.org&gt;'
             '<br><b>Envoyé: </b>Vendredi 29 Janvier 2021 17:16:30<br><b>Objet: </b>Accusé de réception - %s'
             '</div><div><br></div><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid '
             '#1010FF;margin-left:5px;padding-left:5px;">%s</blockquote></div></div>'
             % (esc(M06_SUBJ), zimbra_div(quoted)))
    body = html_only(inner, newlines=True)
    m = mk(when, sent_at(when, 2, 4), "mail.bustan-liban.example.org", "203.0.113.41", "4DXYq38HnCz4",
           "Nadine Azar <n.azar@bustan-liban.example.org>",
           hdr("Re: Accusé de réception - " + M06_SUBJ, enc="Q"),
           "<2018447391.2391764.1612599171208.JavaMail.zimbra@bustan-liban.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M06_ID + " " + ack), ("X-Mailer", ZIMBRA)])
    add(15, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 6,
        notes="thank-you answering our acknowledgement of h249-06 (References name h249-06): adds nothing new, so no "
              "acknowledgement; it names the two speakers by first name only; HTML-only Zimbra reply with the "
              "quoted acknowledgement in a blockquote."))


# ================================================================ 16  AR  speaker  Dera'a camp volunteers, late, trusting the Arabic letter's misprinted date
def m16():
    when = at("2021-02-08 13:40:27")
    subj = "طلب مداخلة - فريق شباب مخيم درعا التطوعي"
    text = """السلام عليكم
تحية طيبة وبعد،

نحن فريق شباب مخيم درعا التطوعي، فريق من الشباب الفلسطينيين في مخيم درعا جنوب سوريا، نعمل منذ عام 2018 على ترميم بعض البيوت والمدارس المدمرة في المخيم ومساعدة العائلات العائدة إليه بعد سنوات من النزوح، في حين لا يزال قسم كبير من شباب المخيم في تركيا ولبنان وألمانيا.

وبحسب كتاب الدعوة (النسخة العربية) فإن آخر موعد لإرسال طلبات المداخلات هو يوم الجمعة 23 شباط 2021، لذلك نرسل لكم طلبنا:

الاسم: أنس وليد الشعابي
الصفة: منسق الفريق
الجهة: فريق شباب مخيم درعا التطوعي
المشاركة المطلوبة: مداخلة في المائدة المستديرة المواضيعية رقم 4

ملاحظة: أنس يستطيع المشاركة عن بعد فقط بسبب صعوبة السفر.

مع الشكر والتقدير
عن الفريق: بهاء العلي
"""
    body = alt(text, "000000000000d7f2a105bac94e68", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f47.google.example.com", "192.0.2.147", "4DYp6Jc1TsZ3",
           addr("Bahaa Al-Ali", "daraa.camp.youth@gmail.example.com"), hdr(subj),
           "<CAMr1Kv6Tq3wN8xZ+g2Pb5Lc7sY0dF9hJe4@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("أنس وليد الشعابي", "منسق الفريق", "فريق شباب مخيم درعا التطوعي", ["roundtable"], 4)],
        notes="late speaker request (8 February) that trusts the Arabic letter's misprinted deadline ('الجمعة 23 "
              "شباط'), so the sender believes it is on time: on_time false. Labelled lines; 'رقم 4'; the remark "
              "about remote participation is not a role. The sender ('عن الفريق') is not the speaker."))


# ================================================================ 17  FR  other  legal aid collective's questions about a collective report
def m17():
    when = at("2021-02-09 11:05:48")
    subj = "Questions sur un rapport collectif des comités des camps de Saïda"
    text = """Madame, Monsieur,

Je suis avocate et je coordonne le pôle juridique du Collectif Insaf pour l'aide juridique aux réfugiés (CIAJR), à Saïda. Plusieurs comités populaires et associations des camps d'Aïn el-Héloué et de Mieh Mieh envisagent de vous adresser un rapport volontaire commun, principalement sur la situation juridique des réfugiés palestiniens venus de Syrie (titres de séjour, enregistrement des naissances et des mariages, documents de voyage).

Avant de finaliser le texte, nous aurions besoin de quelques précisions :

1. Pour un rapport collectif, faut-il que chaque organisation le signe, ou une lettre de la coordination suffit-elle ?
2. Le rapport peut-il contenir des témoignages nominatifs (avec le consentement écrit des personnes), ou faut-il les anonymiser ?
3. Pouvons-nous l'envoyer en français et en arabe, ou une seule version suffit-elle ? La date limite du 16 février est-elle la même pour les rapports collectifs ?

Je vous remercie par avance de votre réponse.

Bien à vous,

Me Rania Chehabeddine
Avocate au Barreau de Beyrouth
Coordinatrice juridique – CIAJR
Saïda – Liban
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail=_8E2C4B17-6A3D-4F90-B1E5-27C9D0A3F6B8")
    m = mk(when, sent_at(when, 2, 7), "mr85p00im-hyfv06021301.me.example.com", "198.51.100.189", "4DZ3Wt5KpRz7",
           "Rania Chehabeddine <rania.chehabeddine@icloud.example.com>", hdr(subj, enc="Q"),
           "<6D1F3A8B-9C42-4E57-A0B3-E2C5F7D19A64@icloud.example.com>", body, extra=[("X-Mailer", APPLE)])
    add(17, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a lawyer's questions about a planned collective report (signatures, named testimonies, languages, "
              "deadline): full of 'rapport volontaire' and dates but nothing is sent; 'Me' before her name in the "
              "signature, no speaker proposed. Apple Mail on a Mac, multipart/alternative."))


# ================================================================ 18  FR  both  popular-education association in Saida: report on time, speaker late
M18_FILE = "AJAEP_Rapport_volontaire_PMM_2021.pdf"


def m18():
    when = at("2021-02-10 16:27:14")
    subj = "Rapport volontaire AJAEP + proposition d'intervenante"
    text = """Madame, Monsieur,

L'Association Jeel Al-Awda pour l'Éducation Populaire (AJAEP), qui anime depuis 1994 des cours de soutien scolaire et d'alphabétisation pour adultes dans le camp d'Aïn el-Héloué, a le plaisir de vous transmettre ci-joint son rapport volontaire pour l'examen régional du Pacte mondial sur les migrations.

Le rapport porte sur le décrochage scolaire des adolescents du camp, sur les départs de jeunes vers l'Europe par la Turquie depuis 2018, et sur la situation des familles palestiniennes arrivées de Syrie qui ont rejoint nos classes.

Par ailleurs, et bien que nous sachions que le délai pour les demandes d'intervention est dépassé, nous souhaiterions proposer notre directrice, Mme Samira Hussein Mawassi, pour une intervention lors d'une séance plénière de la Conférence. Nous comprendrons parfaitement si ce n'est plus possible.

Avec nos remerciements,

Ziad Kiwan
Secrétaire général
Association Jeel Al-Awda pour l'Éducation Populaire (AJAEP)
Saïda – Liban
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM",
                  "Association Jeel Al-Awda pour l'Education Populaire (AJAEP), Saida",
                  ["Decrochage scolaire dans le camp d'Ain el-Heloue", "Departs des jeunes par la Turquie depuis 2018",
                   "Familles palestiniennes venues de Syrie", "Recommandations"])
    a = alt(text, "000000000000c1f58d05bb0a7e26", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "000000000000c1f58f05bb0a7e28")
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f52.google.example.com", "192.0.2.152", "4DZmC27QfXz9",
           "Ziad Kiwan <ajaep.saida@gmail.example.com>", subj,
           "<CAJx3Rt8Wn1vK6qP+m4Bz9Lc2sH5dYf7gE1@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Samira Hussein Mawassi", "directrice", "Association Jeel Al-Awda pour l'Éducation Populaire (AJAEP)",
           ["plenary"])],
        report_attachments=[M18_FILE],
        notes="'both' on 10 February: the report is on time but the speaker part is late (the sender says so), so "
              "on_time false. Speaker in prose ('notre directrice, Mme ...': 'Mme' dropped, title from 'notre "
              "directrice'); 'une séance plénière' = plenary; 1994 and 2018 are history. The sender is not the "
              "speaker. Gmail."))


# ================================================================ 19  EN  report  Palestinian women's association in Berlin, GMX HTML-only + PDF, mistyped Cc
M19_ID = "<trinity-5c3a1e97-2b84-4d6f-9e0a-71f8c2d4b6a3-1613040240117@3c-app-gmx-bs47>"
M19_SUBJ = "Voluntary GCM review report - Palestinian Women's Association Berlin (PFB)"
M19_QID = "4F0Kp84SdWz2"
M19_FILE = "PFB_Bericht_GCM_Review_2021_EN.pdf"


def m19():
    when = at("2021-02-11 12:44:03")
    text = """Dear colleagues,

On behalf of the Palästinensischer Frauenverein Berlin e.V. (Palestinian Women's Association Berlin, PFB) I am pleased to submit our voluntary report for the Regional Review of the Global Compact for Migration in the Arab region. You find it attached as PDF.

Most of our 180 members came to Berlin from the Palestinian camps in Lebanon in the 1980s and 1990s, and since 2015 many women arrived from Yarmouk and other camps in Syria. The report describes what happens to Palestinian refugee women when they arrive in Germany: the registration of their nationality as "ungeklärt" (unclear) or "staatenlos", the long wait for family reunification with husbands and sons who are still in Lebanon, Syria or Turkey, and the access to German courses and to work for women with small children.

We are in Germany, but the report is about the region our members come from, and we hope it is a small contribution. Our treasurer Suha Labadi is in copy.

With kind regards / Mit freundlichen Grüßen / مع خالص التحية

Rana Hassouna
رنا حسونة
Vorsitzende | Chairwoman | رئيسة الجمعية
Palästinensischer Frauenverein Berlin e.V. (PFB)
Sonnenallee 000, 12045 Berlin
"""
    pdf = rep_pdf("Voluntary GCM review report", "Palaestinensischer Frauenverein Berlin e.V. (PFB)",
                  ["Who we are: 180 members in Berlin", "Nationality 'ungeklaert' or 'staatenlos'",
                   "Family reunification with Lebanon, Syria and Turkey", "Language courses and work",
                   "Recommendations"])
    page = leaf("text/html", '<html><head></head><body>%s</body></html>\n' % gmx_div(text), cte="quoted-printable")
    body = multi("mixed", [page, attach("application/pdf", pdf, M19_FILE)], "abmob-4e1c7a92-8d3b-4f05-a6e2-9b1d0c3f5e78")
    m = mk(when, sent_at(when, 1, 5), "mout.gmx.example.net", "212.227.15.19", M19_QID,
           "Rana Hassouna <rana.hassouna@gmx.example.de>", M19_SUBJ, M19_ID, body,
           cc="Suha Labadi <suha.labdi@web.example.de>",
           extra=[("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                  ("X-UI-Message-Type", "mail")])
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="Palestinian women's association in Berlin (a diaspora group outside the region); GMX webmail, "
              "HTML-only body plus a PDF whose name is half German ('Bericht'); signature in German, English and "
              "Arabic with the name in both scripts; German terms in the body. The Cc address is mistyped and the "
              "copy of our acknowledgement bounces (h249-20)."))


# ================================================================ 20  EN  bounce  the Cc copy of our acknowledgement of 19: user unknown
def m20():
    when = at("2021-02-11 12:45:10")
    text = POSTFIX_NOTICE + """
<suha.labdi@web.example.de>: host mx-ha01.web.example.de[212.227.15.9] said: 550
    Requested action not taken: mailbox unavailable (in reply to RCPT TO
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F0KqB1LmTz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; suha.labdi@web.example.de\n"
           "Original-Recipient: rfc822;suha.labdi@web.example.de\n"
           "Action: failed\n"
           "Status: 5.0.0\n"
           "Remote-MTA: dns; mx-ha01.web.example.de\n"
           "Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable\n"
           % rfcdate(when - dt.timedelta(seconds=5), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Rana Hassouna <rana.hassouna@gmx.example.de>\n"
            "Cc: Suha Labadi <suha.labdi@web.example.de>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M19_SUBJ, rfcdate(when - dt.timedelta(seconds=8)), ack_mid(M19_QID), M19_ID,
                                  M19_ID))
    body = dsn_report(text, dsn, hdrs, "4F0KqD5NxVz8.1613040310/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F0KqD5NxVz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210211104510.4F0KqD5NxVz8@mx1.iom.int>")]
    add(20, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 mailbox unavailable) for the copy of our acknowledgement of h249-19 sent to its "
              "mistyped Cc address; the returned headers carry h249-19's subject about a voluntary report. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 21  AR  report  Jaramana camp youth: formal letter, report typed into the body, windows-1256
def m21():
    when = at("2021-02-15 10:20:36")
    subj = "التقرير الطوعي لملتقى شباب مخيم جرمانا"
    text = """ملتقى شباب مخيم جرمانا
الرقم: 34/م.ش.ج/2021
التاريخ: 14/2/2021

حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين

م/ التقرير الطوعي لملتقى شباب مخيم جرمانا

تحية طيبة وبعد،

نظراً لتعذر رفع الملفات المرفقة بسبب ضعف شبكة الإنترنت وانقطاع التيار الكهربائي، نضع بين أيديكم فيما يلي نص تقريرنا الطوعي، راجين اعتباره تقريرنا الرسمي.

أولاً: التعريف بالملتقى
ملتقى شباب مخيم جرمانا مجموعة شبابية تطوعية تأسست عام 2016 في مخيم جرمانا جنوب شرق دمشق، وتضم نحو 70 متطوعاً ومتطوعة من اللاجئين الفلسطينيين، ومن المهجرين إلى المخيم من مخيمي اليرموك والسبينة.

ثانياً: واقع الهجرة في المخيم
- غادر المخيم منذ عام 2012 عدد كبير من الشباب، معظمهم نحو تركيا ثم أوروبا، وقسم منهم نحو لبنان.
- تعتمد عائلات كثيرة على الحوالات المالية من أبنائها في ألمانيا والسويد وهولندا، وقد تأثرت هذه الحوالات بسبب جائحة كورونا وتدهور سعر الصرف.
- يواجه الشباب صعوبات في استخراج جوازات السفر ووثائق السفر، وفي تأجيل الخدمة الإلزامية.

ثالثاً: التحديات
1- غياب فرص العمل للشباب والخريجين.
2- تفكك الأسر بسبب طول إجراءات لمّ الشمل.
3- المخاطر التي يتعرض لها من يغادر بطرق غير نظامية، من احتيال المهربين إلى الاحتجاز والغرق.

رابعاً: التوصيات
1- تسهيل إجراءات لمّ الشمل للاجئين الفلسطينيين القادمين من سوريا.
2- دعم مشاريع التدريب المهني والعمل الحر للشباب داخل المخيمات.
3- توفير معلومات موثوقة للشباب عن مخاطر الهجرة غير النظامية وعن الطرق النظامية المتاحة.

وتفضلوا بقبول فائق الاحترام

رئيس الملتقى
أ. محمد سعيد الغوطاني
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    m = mk(when, sent_at(when, 2, 10), "mail-he1eur04on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4F2b7Kd3WqZ5", addr("ملتقى شباب مخيم جرمانا", "jaramana.youth@outlook.example.com",
                                                   charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<HE1PR04MB3122F7A9C2D4E865@HE1PR04MB3122.eurprd04.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", "AdcDj6Kw2Ls4Nx6Pq8Rt0Uv2Wy4Az=="),
                  ("Content-Language", "ar-sy")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="youth group of Jaramana camp (Damascus) sending its report typed into the body of a formal letter "
              "('الرقم', 'التاريخ', 'حضرة', 'م/' subject line) because files would not upload: the report is in the "
              "body, so no report attachments. Old Outlook, windows-1256 quoted-printable text/plain, windows-1256 "
              "encoded words in From and Subject; signed with 'أ.' but no speaker is proposed."))


# ================================================================ 22  FR  report  Mieh Mieh women's association: report + annex, 23:21 on the last evening
M22_ID = "<e5a19c37-0b2d-4f8e-a6c1-93d7f2b40e58@zeitouna-liban.example.org>"
M22_SUBJ = "Rapport volontaire AZDF - examen régional du Pacte mondial"
M22_QID = "4F3Rz25VkMz1"
M22_FILES = ["AZDF_Rapport_volontaire_PMM.pdf", "AZDF_Annexe_témoignages.pdf"]
M22_TEXT = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'Association Zeitouna pour le développement de la femme (AZDF), ainsi que son annexe (témoignages recueillis auprès des femmes du camp de Mieh Mieh et de Saïda). Le rapport et l'annexe forment un seul document : nous avons dû les séparer car le fichier complet dépassait la taille autorisée par notre messagerie.

Toutes nos excuses pour cet envoi de dernière minute, j'espère qu'il vous parviendra avant minuit ! La coupure d'électricité de cet après-midi a retardé la mise en page.

Bien à vous,

Hanine Ghazal
Coordinatrice administrative
Association Zeitouna pour le développement de la femme (AZDF)
Camp de Mieh Mieh – Saïda, Liban
"""


def m22():
    when = at("2021-02-16 23:21:05")
    rep = rep_pdf("Rapport volontaire - AZDF", "Association Zeitouna pour le developpement de la femme (AZDF)",
                  ["Le camp de Mieh Mieh et ses femmes", "Maris et fils partis depuis 2019",
                   "Travail, dettes et crise economique", "Recommandations"])
    annex = rep_pdf("Annexe - temoignages", "Association Zeitouna pour le developpement de la femme (AZDF)",
                    ["Temoignage 1 : Oum Ali, 47 ans", "Temoignage 2 : Hanane, 29 ans", "Temoignage 3 : Samah, 35 ans"])
    text_part = leaf("text/plain", flowed(M22_TEXT), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", rep, M22_FILES[0]),
                           attach("application/pdf", annex, M22_FILES[1])],
                 "------------A3E19D27C0B845F6D2E7C105")
    m = mk(when, sent_at(when, 2, 9), "mail.zeitouna-liban.example.org", "203.0.113.58", M22_QID,
           "Hanine Ghazal <h.ghazal@zeitouna-liban.example.org>", hdr(M22_SUBJ, enc="Q"), M22_ID, body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=M22_FILES,
        notes="report sent at 23:21 Beirut time on the report deadline (on time although the sender fears it is "
              "late); the report is split into two PDFs that together make the report (the second name carries an "
              "accent, RFC 2231 + RFC 2047), both listed. Thunderbird, format=flowed, 8bit. Answered by h249-24."))


# ================================================================ 23  AR  report  Beach camp women's association (Gaza), the morning after the deadline
M23_FILE = "تقرير جمعية نساء مخيم الشاطئ - الاتفاق العالمي.pdf"


def m23():
    when = at("2021-02-17 09:05:40")
    subj = "تقرير جمعية نساء مخيم الشاطئ للتنمية - مع الاعتذار عن التأخير"
    text = """السلام عليكم ورحمة الله وبركاته

نعتذر كثيراً عن التأخير، كنا ناويين نرسل التقرير مساء امبارح قبل الموعد، بس الكهربا قطعت من الساعة 4 العصر وما رجعت إلا بعد الساعة 2 الفجر، والمولد تبع الجمعية ما فيه سولار.

مرفق تقرير الجمعية الطوعي عن أوضاع النساء في المخيم اللي أزواجهن أو أولادهن هاجروا أو حاولوا يهاجروا عن طريق مصر وتركيا، وعن العائلات اللي فقدت أبناءها في البحر.

نتمنى تقبلوه رغم التأخير، وشكراً على تفهمكم.

مع التحية
م. آلاء سمير أبو حصيرة
منسقة المشاريع
جمعية نساء مخيم الشاطئ للتنمية
غزة - فلسطين

Get Outlook for Android
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Beach Camp Women's Association for Development, Gaza",
                  ["Women whose husbands and sons migrated", "Routes through Egypt and Turkey",
                   "Families of those lost at sea", "Recommendations"])
    a = alt(text, "_000_AM6PR0202MB3514C9B7E1F4A26D_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "_004_AM6PR0202MB3514C9B7E1F4A26D_")
    m = mk(when, sent_at(when, 2, 13), "mail-am6eur05olkn2085.outbound.protection.outlook.example.com",
           "198.51.100.85", "4F4Gx71MtBz8", addr("آلاء أبو حصيرة", "alaa.abuhasira@outlook.example.com"), hdr(subj),
           "<AM6PR0202MB3514C9B7E1F4A26D@AM6PR0202MB3514.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AQHXBNm2Tv4Xb6Zd8Fh0Jl2Np4Rt6Vx8Za==", lang="ar-SA", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report (17 February, 09:05) from a Gaza women's association that blames the power cut of the "
              "evening before ('امبارح قبل الموعد') and says so; Gazan colloquial Arabic; Arabic PDF name with "
              "spaces and a dash (RFC 2231 + RFC 2047); the signer's 'م.' is the engineer's title (contrast with "
              "the 'م/' subject lines of h249-02 and h249-21), no speaker proposed. Outlook for Android."))


# ================================================================ 24  FR  other  AZDF answers our acknowledgement of 22 with questions
def m24():
    when = at("2021-02-19 10:30:12")
    ack = ack_mid(M22_QID)
    quoted = ack_fr(M22_SUBJ, "votre rapport volontaire (2 pièces jointes)")
    text = """Bonjour,

Merci pour votre accusé de réception, nous sommes soulagées que le rapport soit arrivé à temps.

Deux petites questions :
1. Les rapports volontaires seront-ils publiés sur le site de l'examen régional ? Si oui, pourrions-nous retirer les prénoms des femmes de l'annexe avant la publication ?
2. Pourriez-vous nous envoyer le lien de connexion pour la consultation du 23 février ? Trois femmes de notre comité aimeraient la suivre (sans intervenir).

Bien à vous,
Hanine Ghazal
AZDF

Le 16/02/2021 à 23:22, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 2, 7), "mail.zeitouna-liban.example.org", "203.0.113.58", "4F5tH93RcWz4",
           "Hanine Ghazal <h.ghazal@zeitouna-liban.example.org>",
           hdr("Re: Accusé de réception - " + M22_SUBJ, enc="Q"),
           "<1b7d4e02-8f36-4a9c-b251-6e0c9a3f7d14@zeitouna-liban.example.org>", body,
           extra=[("In-Reply-To", ack), ("References", M22_ID + " " + ack), ("User-Agent", TB),
                  ("Content-Language", "fr")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 22,
        notes="reply to our acknowledgement of h249-22 (References name h249-22) with questions (publication of the "
              "reports, removing first names from the annex, the connection link for 23 February): it asks "
              "something, so it is acknowledged, unlike a plain thank-you; the three women who want to follow the "
              "consultation 'sans intervenir' are not speakers. Thunderbird, 8bit."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
