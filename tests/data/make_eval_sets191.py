#!/usr/bin/env python3
"""Write the blind evaluation set holdout191 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets191.py
Theme: regional and international NGOs with offices in Geneva, Beirut, Amman, Tunis and Cairo: requests
forwarded internally (FW: FW:, internal notes above the forwarded text), colleagues in copy, English and
French mixed in one thread, late January to mid February 2021.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(191)
add = SET.add


def report_pdf(title, org, parts):
    return make_pdf([title, org, "Regional Review of the GCM - Arab region - 2021", ""]
                    + ["%d. %s" % (i, p) for i, p in enumerate(parts, 1)])


def sig_logo(cid, name="image001.png", rgb=(20, 70, 130)):
    return leaf("image/png", make_png(12, 6, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def ol(topic, index, lang="en-US", has_attach="no"):
    """Outlook / Exchange headers."""
    return [("Thread-Topic", topic), ("Thread-Index", index), ("Content-Language", lang),
            ("X-MS-Has-Attach", has_attach), ("X-MS-TNEF-Correlator", ""),
            ("X-Mailer", "Microsoft Outlook 16.0")]


def br_html(text, dir_="ltr", font="Calibri"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s" style="font-family:%s,sans-serif">' % (dir_, font)
            + "<br>\n".join(esc(x) for x in text.strip("\n").split("\n")) + "</div></body></html>\n")


SPK_NONE = []


# ================================================================ messages
M01_ID = "<DB8PR02MB5612A9C41E07F3B2D6E19A44C8E20@DB8PR02MB5612.eurprd02.prod.outlook.example.com>"


def m01():
    # IFMR Geneva forwards a request from its Beirut regional office (FW: FW:), the speaker in copy
    when = at("2021-01-25 10:41:07")
    sent = sent_at(when, 1, 6)
    text = """Dear colleagues,

Please find below a request from our MENA Regional Office in Beirut. I am sending it on Rania's behalf as her mailbox is being migrated to our new system this week; she is in copy and can be reached directly for any follow-up.

Many thanks,
Thomas

Thomas Berger
Advocacy Officer, Geneva Liaison Office
International Federation for Migrant Rights (IFMR)

-----Original Message-----
From: Rania Abou Khalil <r.aboukhalil@ifmr-intl.example.org>
Sent: Friday, 22 January 2021 17:03
To: Thomas Berger <t.berger@ifmr-intl.example.org>
Cc: Nour Saadeh <n.saadeh@ifmr-intl.example.org>
Subject: FW: GCM Regional Review - Arab States - speaking roles

Hi Thomas,

Could you please send this to the IOM address? My account keeps bouncing external mail.

I would like to request a floor intervention in Roundtable 2 at the conference (24-25 Feb). We have a lot to share from the Lebanon and Syria programmes on access to legal residency and documentation.

Thanks a lot!
Rania

Rania Abou Khalil | Regional Migration Adviser
MENA Regional Office - Beirut
International Federation for Migrant Rights (IFMR)
+961 1 332 418

-----Original Message-----
From: Nour Saadeh <n.saadeh@ifmr-intl.example.org>
Sent: Thursday, 21 January 2021 09:40
To: MENA-Programmes <mena-programmes@ifmr-intl.example.org>
Subject: FW: GCM Regional Review - Arab States - speaking roles

FYI all - the regional review invitation. Speaker requests by 5 Feb, voluntary reports by 16 Feb (extended). Rania, I think the roundtables are for you.

N.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">' + text2html(text.split("\n\n-----Original")[0])
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            + text2html("-----Original" + text.split("\n\n-----Original", 1)[1]) + "</div></div></body></html>\n")
    body = alt(text, "_000_DB8PR02MB5612A9C41E07F3B2D6E19A44C8E20DB8PR02MB5612eurp_", html=html)
    subj = "FW: FW: GCM Regional Review - Arab States - speaking roles"
    m = mk(when, sent, "mail-db8eur02on0101.outbound.protection.outlook.example.com", "40.107.1.101",
           "4DPbQ12vHnz4", "Thomas Berger <t.berger@ifmr-intl.example.org>", subj, M01_ID, body,
           cc="Rania Abou Khalil <r.aboukhalil@ifmr-intl.example.org>",
           extra=ol(subj, "AQHW8sdLr4k1Zx0PQk+3vM2TnAb7xQ==", "en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Abou Khalil", "Regional Migration Adviser", "International Federation for Migrant Rights (IFMR)",
           ["roundtable"], 2)],
        notes="FW: FW: from the Geneva office: the sender (Thomas Berger, with his own title) is not the speaker; the "
              "request is two levels down in the Outlook-style forwarded chain and the speaker's details are only in "
              "her signature; 'MENA Regional Office - Beirut' is an office/place line, not recorded in the "
              "affiliation (dev convention for places); the innermost internal note quotes both deadlines and must "
              "not be read as a report. Speaker in Cc; her out-of-office answers the acknowledgement (h191-02)."))


def m02():
    # Exchange out-of-office of the Cc'd speaker of h191-01, answering the acknowledgement (bilingual EN/FR)
    when = at("2021-01-25 10:42:30")
    sent = sent_at(when, 2, 3)
    text = """Thank you for your message. I am on leave until Monday 1 February 2021 with no access to e-mail. For urgent matters related to the MENA programmes please contact Nour Saadeh (n.saadeh@ifmr-intl.example.org).

Merci pour votre message. Je suis en congé jusqu'au lundi 1er février 2021. Pour toute urgence, veuillez contacter Nour Saadeh.

Rania Abou Khalil
"""
    body = alt(text, "_000_DB8PR02MB7790OOF1611564150_", b64=True)
    ack = "<ack.4DPbQ12vHnz4@gcmrrarabstates.iom.int>"
    subj = "Automatic reply: Acknowledgement of receipt - FW: FW: GCM Regional Review - Arab States - speaking roles"
    rows = std_rows(when, "mail-db8eur02on0107.outbound.protection.outlook.example.com", "40.107.1.107",
                    "4DPbR5kLm2z1", "Rania Abou Khalil <r.aboukhalil@ifmr-intl.example.org>", subj, rfcdate(sent),
                    "<DB8PR02MB7790B1D0E4F2A6C3@DB8PR02MB7790.eurprd02.prod.outlook.example.com>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "r.aboukhalil@ifmr-intl.example.org")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", "%s %s" % (M01_ID, ack)), ("Content-Language", "en-GB")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the speaker copied on h191-01, answering the acknowledgement (which was "
              "sent reply-all); English then French text; Auto-Submitted: auto-replied, null Return-Path; its "
              "References name h191-01 but an auto-reply is never part of a submission (thread_of null). Never "
              "acknowledge."))


def m03():
    # Tunis office of a Euro-Maghreb network: collective report (PDF), Thunderbird, format=flowed, Geneva in Cc
    when = at("2021-01-28 16:20:44")
    sent = sent_at(when, 1, 9)
    text = """Madame, Monsieur,

Dans le cadre de la revue régionale du Pacte mondial pour des migrations sûres, ordonnées et régulières (PMM) pour la région arabe, le Réseau Euro-Maghrébin pour les Droits des Migrants (REMDM) a l'honneur de vous transmettre en pièce jointe son rapport volontaire collectif.

Ce rapport a été élaboré par notre bureau de Tunis avec sept associations membres en Tunisie, en Algérie et au Maroc, entre novembre 2020 et janvier 2021. Il porte principalement sur les objectifs 7, 8 et 21 du Pacte.

Notre collègue du bureau de Genève, en copie, reste à votre disposition pour toute question.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Amel Trabelsi
Chargée de suivi-évaluation
REMDM - Bureau de Tunis
Rue du Lac Windermere, Les Berges du Lac, Tunis
"""
    fname = "REMDM_Rapport_volontaire_PMM_2021.pdf"
    pdf = report_pdf("Rapport volontaire collectif - Revue du PMM", "REMDM - Reseau Euro-Maghrebin pour les Droits "
                     "des Migrants", ["Contexte", "Objectifs 7, 8 et 21", "Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]),
                           attach("application/pdf", pdf, fname)], "------------A61E0C2B7F4D9E5A3C1B8D07")
    m = mk(when, sent, "smtp.remdm.example.org", "197.14.52.19", "4DRPx03Kq6z2",
           "Amel Trabelsi <a.trabelsi@remdm.example.org>", hdr("Rapport volontaire collectif – REMDM", enc="Q"),
           "<5d1f0c7a-82e4-4b6e-9c1a-1f3e2b7d6a90@remdm.example.org>", body,
           cc="Julie Marchand <j.marchand@remdm.example.org>",
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (seven member associations) from the Tunis office of a regional network, "
              "Geneva colleague in Cc; Thunderbird text/plain format=flowed 8bit, subject RFC 2047 Q with an "
              "en dash; the signature title is not a speaker request."))


def m04():
    # Amman office of a regional network, Gmail, formal Arabic, two speakers with honorifics, Beirut colleague Cc
    when = at("2021-01-29 12:05:31")
    sent = sent_at(when, 2, 8)
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، يسرّ الشبكة الإقليمية للحماية والتنمية أن ترشّح المتحدثَين التاليين:

أولاً:
الاسم: الدكتورة سهى النعيمي
المسمى الوظيفي: مديرة البرامج الإقليمية
الدور المطلوب: المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة (٢٣ شباط/فبراير)

ثانياً:
الاسم: الأستاذ فراس الحوراني
المسمى الوظيفي: مسؤول المناصرة والسياسات
الدور المطلوب: مداخلة في المائدة المستديرة المواضيعية الثالثة

وقد أرفقنا زميلتنا في مكتب بيروت بنسخة من هذه الرسالة للمتابعة.

وتفضلوا بقبول فائق الاحترام،

لينا الزعبي
مساعدة برامج
الشبكة الإقليمية للحماية والتنمية (RPDN) – مكتب عمّان
"""
    body = alt(text, "000000000000b3c7a105ba0f11d2", html=br_html(text, "rtl", "Arial"), b64=True)
    subj = "ترشيح متحدثين – الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    m = mk(when, sent, "mail-ej1-f44.google.example.com", "209.85.218.44", "4DRkS27fGtz3",
           addr("لينا الزعبي", "lina.zoubi.rpdn@gmail.example.com"), hdr(subj),
           "<CAF3xq7Pq2w9N0Lk8sT1b4eR6mZ0yH3vJc5Qd7n1Ug2W8oYkA9w@mail.gmail.example.com>", body,
           cc=addr("رشا قاسم", "rasha.kassem@rpdn.example.org"))
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سهى النعيمي", "مديرة البرامج الإقليمية", "الشبكة الإقليمية للحماية والتنمية (RPDN)", ["open_discussion"]),
        sp("فراس الحوراني", "مسؤول المناصرة والسياسات", "الشبكة الإقليمية للحماية والتنمية (RPDN)",
           ["roundtable"], 3)],
        notes="sent by a programme assistant (not a speaker) from a personal Gmail; two speakers in labelled blocks "
              "with honorifics (الدكتورة, الأستاذ) dropped from the names; the organisation is named in prose "
              "without acronym and in the signature with '(RPDN) – مكتب عمّان': fullest form with the acronym "
              "recorded, the office/city left out; roundtable as an ordinal word (الثالثة); Levantine month name."))


M05_ID = "<PR3P194MB0842C2E6F1A07B93D45E8A12F3C40@PR3P194MB0842.EURP194.PROD.OUTLOOK.EXAMPLE.COM>"


def m05():
    # Beirut office of a French INGO: French note on top of an English internal thread with a pasted speaker form
    when = at("2021-02-01 09:30:18")
    sent = sent_at(when, 2, 5)
    text = """Bonjour,

Je vous transmets ci-dessous la fiche intervenant de notre collègue Elias Mrad, qui souhaite prendre la parole lors d'une session plénière de la conférence régionale.

N'hésitez pas à me contacter si des informations complémentaires sont nécessaires.

Bien cordialement,

Claire Dubois
Coordinatrice des programmes Liban/Syrie
Solidarités Méditerranée – Bureau de Beyrouth

De : Elias Mrad <elias.mrad@solidarites-med.example.org>
Envoyé : vendredi 29 janvier 2021 18:12
À : Claire Dubois <claire.dubois@solidarites-med.example.org>
Objet : FW: Fiche intervenant - revue régionale PMM

Hi Claire,

As discussed this morning, here is my filled form. Could you send it on to the IOM mailbox? I went for the plenary since the roundtables are very specific.

Merci !
Elias

--------------------------------------------------
FICHE INTERVENANT / SPEAKER FORM
Nom complet / Full name : Elias Mrad
Fonction / Title : Responsable plaidoyer migration
Organisation : Solidarités Méditerranée – Liban
Rôle souhaité / Requested role : intervention en plénière (24-25 février)
Langue / Language : français, arabe
--------------------------------------------------
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR"><div class="WordSection1">' + text2html(text.split("\n\nDe : ")[0])
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>De :</b> '
            + text2html(text.split("\n\nDe : ", 1)[1]) + "</p></div></div></body></html>\n")
    body = alt(text, "_000_PR3P194MB0842C2E6F1A07B93D45E8A12F3C40PR3P194MB0842EURP_", html=html)
    subj = "TR: FW: Fiche intervenant - revue régionale PMM"
    m = mk(when, sent, "mail-pr3p194on0620.outbound.protection.outlook.example.com", "40.107.94.62",
           "4DTnR61jCqz9", "Claire Dubois <claire.dubois@solidarites-med.example.org>", hdr(subj, enc="Q"), M05_ID,
           body, cc="Elias Mrad <elias.mrad@solidarites-med.example.org>",
           extra=ol("Fiche intervenant - revue régionale PMM", "AQHW+HFmx2ZQk0GrR1eF4c9Ll7o3Dw==", "fr-FR"))
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Elias Mrad", "Responsable plaidoyer migration", "Solidarités Méditerranée", ["plenary"])],
        notes="French cover note by a colleague (sender is not the speaker) above an English internal message and a "
              "pasted bilingual speaker form; acknowledge in French (the sender's language). 'Solidarités "
              "Méditerranée – Liban' in the form: the country is not part of the affiliation (dev convention). "
              "'TR: FW:' subject. The sender thanks us for the acknowledgement in h191-12."))


def m06():
    # Cairo office of a regional policy forum: HTML-only Outlook, report PDF + rapporteur, sent on behalf
    when = at("2021-02-02 14:10:05")
    sent = sent_at(when, 2, 6)
    inner = """<p>Dear GCM Regional Review Secretariat,</p>
<p>On behalf of the <b>Arab Migration Policy Forum (AMPF)</b>, please find attached our voluntary GCM review report, prepared by our Cairo and Tunis teams with input from partners in Sudan and Libya.</p>
<p>In addition, AMPF would like to propose <b>Dr. Mariam Fawzy</b>, Head of the Policy and Research Unit, to serve as one of the <u>rapporteurs</u> delivering the stakeholders&#39; key messages. Dr. Fawzy is copied on this email.</p>
<p>Kind regards,</p>
<p style="color:#2F5597"><b>Karim Adel</b><br>Programme Associate<br>Arab Migration Policy Forum (AMPF) &ndash; Cairo Office<br>Garden City, Cairo, Egypt<br>
<img src="cid:image001.png@01D6F96B.8E3C4A20" width="90" height="30" alt="AMPF"></p>
"""
    fname = "AMPF_GCM_Voluntary_Review_2021.pdf"
    pdf = report_pdf("Voluntary GCM Review Report", "Arab Migration Policy Forum (AMPF)",
                     ["Methodology", "Labour migration corridors", "Mixed movements in North Africa",
                      "Recommendations"])
    rel = multi("related", [html_only(inner, lang="EN-US", newlines=True),
                            sig_logo("image001.png@01D6F96B.8E3C4A20")], "_004_AM0PR10MB2290AMPF_",
                params=[("type", '"text/html"')])
    body = multi("mixed", [rel, attach("application/pdf", pdf, fname)], "_005_AM0PR10MB2290AMPF_")
    subj = "AMPF voluntary report + rapporteur nomination"
    m = mk(when, sent, "mail-am0pr10on0084.outbound.protection.outlook.example.com", "40.107.2.84",
           "4DVJ9t1sQwz5", "Karim Adel <k.adel@ampf.example.org>", subj,
           "<AM0PR10MB2290E4C8B1F06D7A2B93C5D41E7@AM0PR10MB2290.EURPRD10.PROD.OUTLOOK.EXAMPLE.COM>", body,
           cc="Mariam Fawzy <m.fawzy@ampf.example.org>",
           extra=ol(subj, "Adb5YkQ2cR8tOq7nT3iB0aPlZ4mW1A==", "en-US", "yes"))
    add(6, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mariam Fawzy", "Head of the Policy and Research Unit", "Arab Migration Policy Forum (AMPF)",
           ["rapporteur"])],
        report_attachments=[fname],
        notes="HTML-only (no text/plain) Outlook message in multipart/related with an inline signature logo "
              "(image001.png, not part of the report); sent on behalf by a programme associate; speaker in Cc; "
              "'Dr.' dropped; title kept with its unit as written; affiliation from the first mention with "
              "acronym, '– Cairo Office' and the address left out."))


def m07():
    # Tunis office of an Arab regional organisation, formal Arabic question: language and interpretation
    when = at("2021-02-03 11:00:52")
    sent = sent_at(when, 1, 7)
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

تحية طيبة،

نعتزم ترشيح متحدثة من مكتبنا في تونس للمشاركة في إحدى الموائد المستديرة، غير أنها تفضل التحدث باللغة الفرنسية. نرجو إفادتنا بما يلي قبل إرسال طلب الترشيح:
١- هل تتوفر ترجمة فورية من الفرنسية وإليها خلال المؤتمر؟
٢- هل يمكن أن يشارك متحدثان من المنظمة نفسها (أحدهما من مكتب عمّان) في جلستين مختلفتين؟
٣- هل يجب على المتحدثين التسجيل عبر الرابط الإلكتروني بالإضافة إلى المراسلة على هذا العنوان؟

مع الشكر الجزيل،

محمد الطاهر الجلاصي
مدير المكتب الإقليمي – تونس
المنظمة العربية للهجرة والتنمية المستدامة
"""
    body = alt(text, "----=_NextPart_000_0017_01D6FA1B.4C2E9F30", html=br_html(text, "rtl", "Simplified Arabic"))
    subj = "استفسار حول لغة المداخلات والترجمة الفورية"
    m = mk(when, sent, "mail.aomsd.example.org", "41.226.11.75", "4DW1mB6dPfz7",
           addr("محمد الطاهر الجلاصي", "m.jlassi@aomsd.example.org"), hdr(subj),
           "<001701d6fa13$4c2e9f30$e48bdd90$@aomsd.example.org>", body,
           cc="amman.office@aomsd.example.org",
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-tn")])
    add(7, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="questions (interpretation, two speakers from one organisation, online registration) before a "
              "speaker request: announces a nomination but names no one, so no speaker; Amman office in Cc."))


def m08():
    # Tunisian platform: collective report DOCX + speaker in roundtable 1, both on time, Gmail
    when = at("2021-02-04 08:45:13")
    sent = sent_at(when, 1, 11)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport collectif de la Plateforme tunisienne pour les droits des migrants (PTDM) dans le cadre de l'examen régional du PMM. Il a été rédigé avec nos onze associations membres de Tunis, Sfax, Médenine et Zarzis.

Par ailleurs, je souhaiterais moi-même intervenir lors de la première table ronde thématique de la conférence, afin de présenter les constats du rapport sur les sauvetages en mer et le retour.

Je reste joignable au +216 98 410 227.

Cordialement,

Nesrine Jaziri
Coordinatrice
Plateforme Tunisienne pour les Droits des Migrants (PTDM)
Tunis
"""
    fname = "Rapport_collectif_PTDM_PMM_2021.docx"
    doc = make_docx(["Rapport collectif - Plateforme Tunisienne pour les Droits des Migrants (PTDM)",
                     "Examen régional du PMM - région arabe 2021", "1. Méthodologie", "2. Constats",
                     "3. Recommandations"])
    body = multi("mixed", [alt(text, "0000000000008a1f2c05ba7d33e1", html=br_html(text, font="Arial")),
                           attach(DOCX, doc, fname)], "0000000000008a1f2d05ba7d33e3")
    m = mk(when, sent, "mail-wr1-f53.google.example.com", "209.85.221.53", "4DWfH14sXnz2",
           "Nesrine Jaziri <ptdm.coordination@gmail.example.com>",
           hdr("Rapport PTDM + demande d'intervention (table ronde 1)", enc="Q"),
           "<CAJk3vN8wR1q0Tz5pLm7Ys2eXb9Hf4Gd6Uc8Ao1Vn3Qe5Ki7Jw@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nesrine Jaziri", "Coordinatrice", "Plateforme Tunisienne pour les Droits des Migrants (PTDM)",
           ["roundtable"], 1)],
        report_attachments=[fname],
        notes="both, on time; the sender proposes herself ('je souhaiterais moi-même intervenir'): name, title and "
              "affiliation only in the signature; roundtable as 'première table ronde thématique'; collective "
              "report (eleven members). Affiliation as in the signature (capitalised form with acronym)."))


def m09():
    # Tunis research centre, iPhone, executive assistant writes on behalf of the director, two speakers
    when = at("2021-02-04 17:20:40")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

De la part de Mme Hela Ben Youssef, Directrice régionale du Centre Maghrébin d'Études sur les Migrations (CMEM), je vous prie de bien vouloir enregistrer les deux demandes suivantes :

1) Mme Hela Ben Youssef, Directrice régionale : intervention dans la table ronde III ;
2) M. Sami Gharbi, chargé de recherche au CMEM : participation à la discussion ouverte du 23 février.

Mme Ben Youssef est en copie.

Respectueusement,

Inès Mabrouk
Assistante de direction – CMEM

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f67.google.example.com", "209.85.216.67", "4DWsz58KmTz6",
           addr("Inès Mabrouk", "ines.mabrouk@cmem-maghreb.example.org", enc="Q"),
           hdr("Demandes d'intervention CMEM", enc="Q"),
           "<7C2E4A10-3B9F-4D8E-A615-0F2C9B7E4D31@cmem-maghreb.example.org>", body,
           cc=addr("Hela Ben Youssef", "h.benyoussef@cmem-maghreb.example.org"),
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hela Ben Youssef", "Directrice régionale", "Centre Maghrébin d'Études sur les Migrations (CMEM)",
           ["roundtable"], 3),
        sp("Sami Gharbi", "chargé de recherche", "Centre Maghrébin d'Études sur les Migrations (CMEM)",
           ["open_discussion"])],
        notes="iPhone plain text, executive assistant writing 'de la part de' the director (sender not a speaker); "
              "two speakers in a numbered list with Mme/M. dropped; roundtable as a Roman numeral (III); the second "
              "speaker's organisation only as 'au CMEM': recorded in the fullest form written earlier; title kept "
              "in lower case as written."))


def m10():
    # Amman office: Gmail forward of the Regional Director's terse internal note; details only in his signature
    when = at("2021-02-05 19:40:26")
    sent = sent_at(when, 2, 5)
    text = """Hello,

Forwarding the below on behalf of our Regional Director, who would like to take the floor in one of the plenary sessions. His details are in his signature. Apologies for the short note, it's been a long week!

Best,
Dana

Dana Qudah
Communications Officer
Mashriq Humanitarian Alliance

---------- Forwarded message ---------
From: Tamer Saad <t.saad@mha-relief.example.org>
Date: Thu, Feb 4, 2021 at 9:14 PM
Subject: IOM regional review
To: Dana Qudah <d.qudah@mha-relief.example.org>
Cc: Programmes Amman <programmes.amman@mha-relief.example.org>


Dana - pls put me forward for a plenary slot on the 24th or 25th, whichever. Not a roundtable. Thx

T.

--
Tamer Saad
Regional Director, Middle East
Mashriq Humanitarian Alliance (MHA)
Amman | Beirut | Erbil
"""
    quoted = text.split("---------- Forwarded message ---------\n")[1]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="ltr">' + text2html(text.split("\n\n---------- Forwarded")[0])
            + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message '
            '---------<br></div><div dir="ltr">' + text2html(quoted) + "</div></div></div></body></html>\n")
    body = alt(text, "000000000000f41a9e05ba9b0c27", html=html)
    m = mk(when, sent, "mail-lj1-f174.google.example.com", "209.85.208.174", "4DXJc63pLrz1",
           "Dana Qudah <d.qudah@mha-relief.example.org>", "Fwd: IOM regional review",
           "<CAB8uT4e1pXq9Wn2Lo6Zr3Ks7Yc0Vd5Hm1Ja8Ef2Gb4Ni6Qw9Ru@mail.gmail.example.com>", body,
           cc="Tamer Saad <t.saad@mha-relief.example.org>")
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tamer Saad", "Regional Director, Middle East", "Mashriq Humanitarian Alliance (MHA)", ["plenary"])],
        notes="Gmail forward of an internal one-liner: the speaker's name, title and organisation are only in the "
              "forwarded signature; the sender (communications officer, own signature without acronym) is not the "
              "speaker; 'Not a roundtable' must not add a role; title kept with its region as written; the office "
              "cities line 'Amman | Beirut | Erbil' is not part of the affiliation; vague subject."))


def m11():
    # Cairo office: Outlook FW with an internal Arabic note; received 23:57 on 5 February (on time, edge)
    when = at("2021-02-05 23:57:12")
    sent = sent_at(when, 2, 7)
    text = """السادة الزملاء في أمانة الاستعراض الإقليمي،

تحية طيبة،
مرسل إليكم أدناه طلب زميلتنا للمشاركة كمتحدثة، مع الاعتذار عن الإرسال في ساعة متأخرة.

مع التحية،
أحمد سمير
منسق البرامج

From: ياسمين عبد العزيز <y.abdelaziz@aodm.example.org>
Sent: Friday, February 5, 2021 10:31 PM
To: أحمد سمير <a.samir@aodm.example.org>
Subject: RE: ترشيح للمؤتمر الإقليمي

أستاذ أحمد مساء الخير،
برجاء إرسال طلبي اليوم قبل انتهاء المهلة. أرغب في تقديم مداخلة في المائدة المستديرة الرابعة، والبيانات كالتالي:

م. ياسمين عبد العزيز
باحثة أولى – وحدة الهجرة والعمل
المنظمة العربية للتنمية والهجرة – مكتب القاهرة

شكراً جزيلاً
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-EG"><div class="WordSection1" dir="rtl">' + text2html(text.split("\n\nFrom: ")[0])
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm" dir="ltr">'
            '<p><b>From:</b> ' + text2html(text.split("\n\nFrom: ", 1)[1]) + "</p></div></div></body></html>\n")
    body = alt(text, "_000_VI1PR08MB3102F7A2C91B4E6D0A8C3E52B1D90VI1PR08MB3102eurp_", html=html, b64=True)
    subj = "FW: ترشيح للمؤتمر الإقليمي"
    m = mk(when, sent, "mail-vi1eur08on0090.outbound.protection.outlook.example.com", "40.107.8.90",
           "4DXV0w2GkRz8", addr("أحمد سمير", "a.samir@aodm.example.org"), re_hdr("FW: ", "ترشيح للمؤتمر الإقليمي"),
           "<VI1PR08MB3102F7A2C91B4E6D0A8C3E52B1D90@VI1PR08MB3102.eurprd08.prod.outlook.example.com>", body,
           extra=ol(subj, "AQHW+7c2kQ1rL5Ue0P3nOZ8bY4tVhA==", "ar-EG"))
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ياسمين عبد العزيز", "باحثة أولى – وحدة الهجرة والعمل", "المنظمة العربية للتنمية والهجرة",
           ["roundtable"], 4)],
        notes="edge: received 23:57:12 on 5 February Beirut time (Date 23:57:05 +0200), on time. Outlook 'FW:' with "
              "an Arabic cover note by a programme coordinator (not the speaker) and an English Outlook forward "
              "header; speaker details in an unlabelled block with the honorific 'م.' (engineer) dropped; title "
              "kept with its unit as written (dev 012); '– مكتب القاهرة' left out of the affiliation; roundtable "
              "as an ordinal word (الرابعة)."))


def m12():
    # thank-you reply to our acknowledgement of h191-05 (French), nothing new
    when = at("2021-02-06 10:05:37")
    sent = sent_at(when, 2, 4)
    ack = "<ack.4DTnR61jCqz9@gcmrrarabstates.iom.int>"
    text = """Bonjour,

Bien reçu, merci beaucoup pour la confirmation rapide. Elias attend donc les informations pratiques pour la plénière.

Bon week-end,
Claire

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 1 février 2021 09:31
À : Claire Dubois <claire.dubois@solidarites-med.example.org>
Objet : Accusé de réception - TR: FW: Fiche intervenant - revue régionale PMM

Madame, Monsieur,
Nous accusons réception de votre demande d'intervention (Elias Mrad, session plénière), reçue le 1er février 2021.
"""
    body = alt(text, "_000_PR3P194MB0842D0A1E5C7B9F2_")
    subj = "RE: Accusé de réception - TR: FW: Fiche intervenant - revue régionale PMM"
    rows = std_rows(when, "mail-pr3p194on0627.outbound.protection.outlook.example.com", "40.107.94.69",
                    "4DXmJ95hTwz3", "Claire Dubois <claire.dubois@solidarites-med.example.org>", hdr(subj, enc="Q"),
                    rfcdate(sent), "<PR3P194MB0842D0A1E5C7B9F2@PR3P194MB0842.EURP194.PROD.OUTLOOK.EXAMPLE.COM>",
                    extra=ol("Fiche intervenant - revue régionale PMM", "AQHW+HFmx2ZQk0GrR1eF4c9Ll7o3DwC4oNZ5", "fr-FR"))
    rows += [("In-Reply-To", ack), ("References", "%s %s" % (M05_ID, ack))]
    add(12, when, top(body, rows), dict(category="other", language="fr", acknowledge=False, on_time=None,
        thread_of="h191-05.eml",
        notes="thank-you reply to our acknowledgement of h191-05, adds nothing new: do not acknowledge; quotes the "
              "acknowledgement (which names the speaker and the plenary) but proposes no one."))


M13_ID = "<GV0P278MB0519A3E1D8C24F7B6E90C2A4D1F58@GV0P278MB0519.CHEP278.PROD.OUTLOOK.EXAMPLE.COM>"


def m13():
    # Geneva centre, late, two speakers, English request above a French internal exchange, colleagues in Cc
    when = at("2021-02-08 09:12:03")
    sent = sent_at(when, 1, 6)
    text = """Dear Secretariat,

Apologies for the late submission - we only obtained internal clearance on Friday evening. The Geneva Centre for Human Mobility (GCHM) would be grateful if the following requests could still be considered:

- Dr. Leila Mansour, Senior Legal Officer, Migration and Displacement Unit - floor intervention in thematic roundtable 2;
- Mr. Youssef Karam, Programme Officer, GCHM Tunis - floor intervention in thematic roundtable 4.

Both colleagues are in copy. The internal exchange is below for reference (in French, sorry).

With best regards,

Julien Perrin
Head of Partnerships
Geneva Centre for Human Mobility (GCHM)
Chemin Eugène-Rigot 2, 1202 Genève

-----Message d'origine-----
De : Leila Mansour <l.mansour@gchm.example.ch>
Envoyé : vendredi 5 février 2021 18:52
À : Julien Perrin <j.perrin@gchm.example.ch>
Cc : Youssef Karam <y.karam@gchm.example.ch>
Objet : RE: Revue régionale PMM - intervenants

Julien,
OK de mon côté pour la table ronde 2. Youssef préfère la 4 (il couvrira la partie Libye/Tunisie).
Peux-tu envoyer lundi à la première heure ? La date est passée mais ils acceptent parfois.
Leila
"""
    body = alt(text, "_000_GV0P278MB0519A3E1D8C24F7B6E90C2A4D1F58GV0P278MB0519CHEP_")
    subj = "Late speaker requests - GCHM (roundtables 2 and 4)"
    m = mk(when, sent, "mail-gv0che01on0112.outbound.protection.outlook.example.com", "40.107.23.112",
           "4DZ1Qk7tHcz5", "Julien Perrin <j.perrin@gchm.example.ch>", subj, M13_ID, body,
           cc="Leila Mansour <l.mansour@gchm.example.ch>, Youssef Karam <y.karram@gchm.example.ch>",
           extra=ol(subj, "AdcP2e9xQm4TnB1oLk7wYs0fRz3vAg==", "en-GB"))
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Leila Mansour", "Senior Legal Officer, Migration and Displacement Unit",
           "Geneva Centre for Human Mobility (GCHM)", ["roundtable"], 2),
        sp("Youssef Karam", "Programme Officer", "Geneva Centre for Human Mobility (GCHM)", ["roundtable"], 4)],
        notes="LATE (8 February) and says so; English request above a French internal reply ('-----Message "
              "d'origine-----'); sender (Head of Partnerships) not a speaker; two speakers in a dashed list, 'Dr.'/"
              "'Mr.' dropped; first title kept with its unit; second written 'GCHM Tunis': organisation recorded in "
              "the fullest form written (Tunis is the office). The Cc address of the second speaker is mistyped "
              "(y.karram@): the reply-all acknowledgement bounces (h191-14)."))


def m14():
    # Postfix DSN: the acknowledgement of h191-13 to the mistyped Cc address, user unknown
    when = at("2021-02-08 09:12:58")
    text = POSTFIX_NOTICE + """
<y.karram@gchm.example.ch>: host mx01.gchm.example.ch[193.5.216.40] said: 550
    5.1.1 <y.karram@gchm.example.ch>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZ1Rm0bXsz2\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; y.karram@gchm.example.ch\n"
           "Original-Recipient: rfc822;y.karram@gchm.example.ch\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx01.gchm.example.ch\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <y.karram@gchm.example.ch>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Julien Perrin <j.perrin@gchm.example.ch>\n"
            "Cc: Leila Mansour <l.mansour@gchm.example.ch>, Youssef Karam <y.karram@gchm.example.ch>\n"
            "Subject: Acknowledgement of receipt - Late speaker requests - GCHM (roundtables 2 and 4)\n"
            "Date: %s\n"
            "Message-ID: <ack.4DZ1Qk7tHcz5@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=4)), M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DZ1Rm0bXsz2.1612768378/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZ1Rp2cYtz4; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210208071258.4DZ1Rp2cYtz4@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, permanent failure 5.1.1 for the mistyped Cc address of h191-13 (the acknowledgement "
              "reached the other recipients); returned headers only, In-Reply-To names h191-13. Never acknowledge."))


def m15():
    # Beirut office, phone, Lebanese dialect, late, forwards a field colleague's message (FW: FW:)
    when = at("2021-02-08 15:30:19")
    sent = sent_at(when, 2, 9)
    text = """مرحبا،

بعتذر كتير عالتأخير، بعرف إنو المهلة خلصت يوم الجمعة بس زميلنا بالبقاع ما قدر يبعت قبل بسبب الإقفال. حابب يشارك بالنقاش المفتوح يوم ٢٣ شباط. إذا في مجال تقبلوه بتكونوا عم تعملولنا معروف كبير.
كل معلوماته تحت.

ريم
مكتب بيروت

-------- Forwarded message --------
From: جورج خوري <g.khoury@karama-dev.example.org>
Date: Sat, 6 Feb 2021, 13:02
Subject: FW: نقاش مفتوح
To: ريم الأسمر <r.asmar@karama-dev.example.org>

ريم، ياريت تبعتيلن طلبي للنقاش المفتوح، ما عم يزبط معي الإيميل الخارجي.

جورج خوري
مسؤول ميداني
منظمة كرامة للتنمية الإنسانية – مكتب البقاع، زحلة

Sent from my Huawei phone"""
    body = alt(text, "--_com.android.email_1612791019283", html=br_html(text, "rtl", "Tahoma"), b64=True)
    m = mk(when, sent, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DZGk18wSvz6",
           addr("Reem Asmar", "r.asmar@karama-dev.example.org"), re_hdr("FW: FW: ", "نقاش مفتوح"),
           "<f0k2q8wz1r6m9t4x7b3n5c0v.1612791010556@email.android.com>", body)
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("جورج خوري", "مسؤول ميداني", "منظمة كرامة للتنمية الإنسانية", ["open_discussion"])],
        notes="LATE (8 February) and says so; Lebanese dialect from an Android phone, FW: FW: subject, English From "
              "display name; the sender (Beirut office) is not the speaker; speaker details only in the forwarded "
              "signature; '– مكتب البقاع، زحلة' (office and town) left out of the affiliation."))


M16_ID = "<AS8PR06MB7431C5E29A0F4B1D83E6A7C2B9F04@AS8PR06MB7431.eurprd06.prod.outlook.example.com>"


def m16():
    # Cairo foundation, Outlook, Arabic: report DOCX (on time) + rapporteur request (late) in one message
    when = at("2021-02-09 11:45:22")
    sent = sent_at(when, 2, 6)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،

تحية طيبة وبعد،

يسعدنا أن نرفق لكم التقرير الطوعي لمؤسسة النيل للتنمية وحقوق المهاجرين، والذي أعدّه فريقا القاهرة وأسوان بالتشاور مع مجموعات من العائدين.

كما أود أن أعرب عن رغبتي في أن أكون ضمن المقررين الذين سيقدمون الرسائل الرئيسية لأصحاب المصلحة، وأعتذر عن تأخر هذا الطلب عن الموعد المحدد.

الزميلة ريهام في النسخة للمتابعة.

مع خالص التقدير،

نهى عبد الفتاح
مديرة وحدة الهجرة
مؤسسة النيل للتنمية وحقوق المهاجرين
القاهرة – جمهورية مصر العربية
"""
    fname = "تقرير_المراجعة_الطوعية_2021.docx"
    doc = make_docx(["التقرير الطوعي - مؤسسة النيل للتنمية وحقوق المهاجرين", "المراجعة الإقليمية 2021",
                     "١. المنهجية", "٢. العائدون", "٣. التوصيات"])
    body = multi("mixed", [alt(text, "_000_AS8PR06MB7431C5E29A0F4B1D83E6A7C2B9F04AS8PR06MB7431eurp_",
                               html=br_html(text, "rtl", "Arial"), b64=True),
                           attach(DOCX, doc, fname)], "_004_AS8PR06MB7431C5E29A0F4B1D83E6A7C2B9F04AS8PR06MB7431eurp_")
    subj = "التقرير الطوعي وطلب المشاركة كمقررة – مؤسسة النيل"
    m = mk(when, sent, "mail-as8eur06on0133.outbound.protection.outlook.example.com", "40.107.13.133",
           "4DZmB27cFqz1", addr("Noha Abdelfattah", "noha.af@nile-fdmr.example.org"), hdr(subj), M16_ID, body,
           cc=addr("ريهام منصور", "reham.mansour@nile-fdmr.example.org"),
           extra=ol(subj, "AdcI7Tq3Lk0Wn5Zp2Rb8Xs1Ym4UeBQ==", "ar-EG", "yes"))
    add(16, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نهى عبد الفتاح", "مديرة وحدة الهجرة", "مؤسسة النيل للتنمية وحقوق المهاجرين", ["rapporteur"])],
        report_attachments=[fname],
        notes="both: the report part (9 February) is on time but the rapporteur request is late (the sender "
              "apologises), so on_time is false; the sender proposes herself, details in the signature; English "
              "From display name; Arabic DOCX name (RFC 2231 + RFC 2047); colleague in Cc; city/country line "
              "not part of the affiliation."))


def m17():
    # Tunis association: FW: FW: with the director's internal validation note, DOCX report, logo decoy
    when = at("2021-02-10 10:20:09")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Comme convenu avec notre direction, je vous transmets ci-joint le rapport de l'ATDM pour l'examen volontaire du PMM (version validée).

Cordialement,

Sonia Hammami
Chargée de communication
Association Tunisienne pour la Dignité des Migrants (ATDM)

De : Mourad Ayari <direction@atdm.example.tn>
Envoyé : mardi 9 février 2021 19:47
À : Sonia Hammami <s.hammami@atdm.example.tn>
Objet : TR: Rapport final PMM

Sonia,
Rapport validé par le bureau exécutif. Merci de l'envoyer à l'adresse de l'OIM avant le 16, avec copie à Rym.
M.A.

De : Rym Chebbi <r.chebbi@atdm.example.tn>
Envoyé : lundi 8 février 2021 16:05
À : Mourad Ayari <direction@atdm.example.tn>
Objet : Rapport final PMM

Bonjour Mourad, voici la version finale intégrant les remarques des sections de Sfax et Gabès.
Rym
"""
    fname = "ATDM_Rapport_revue_volontaire_PMM_VF.docx"
    doc = make_docx(["Association Tunisienne pour la Dignité des Migrants (ATDM)", "Rapport de revue volontaire "
                     "du PMM - février 2021", "1. Introduction", "2. Constats par objectif", "3. Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="FR">'
            + text2html(text.split("\n\nDe : ")[0]) + '<p><img src="cid:image001.png@01D6FF9A.1B2C3D40" '
            'width="120" height="40"></p><hr>' + text2html("De : " + text.split("\n\nDe : ", 1)[1])
            + "</body></html>\n")
    logo = sig_logo("image001.png@01D6FF9A.1B2C3D40", rgb=(200, 30, 30))
    rel = multi("related", [alt(text, "_000_ATDM1612948809_", html=html), logo], "_006_ATDM1612948809_",
                params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [rel, attach(DOCX, doc, fname)], "_007_ATDM1612948809_")
    subj = "TR: TR: Rapport final PMM"
    m = mk(when, sent, "smtp.atdm.example.tn", "196.203.74.18", "4DbQw43nMkz7",
           "Sonia Hammami <s.hammami@atdm.example.tn>", subj,
           "<000c01d6ff8e$1b2c3d40$51748ac0$@atdm.example.tn>", body, cc="Rym Chebbi <r.chebbi@atdm.example.tn>",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQGm3Q8T0rb4k1aWZbq0xL2Zc5HeNw=="),
                  ("Content-Language", "fr")])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="'TR: TR:' internal chain above the submission (author -> director -> communication officer); "
              "the director's note quotes the 16 February deadline; inline signature logo image001.png is not "
              "part of the report; author in Cc."))


def m18():
    # Amman/Beirut joint programme: question about a joint report from two country offices
    when = at("2021-02-11 13:00:27")
    sent = sent_at(when, 2, 6)
    text = """Dear colleagues,

Our Amman and Beirut country offices are preparing a joint voluntary report on the GCM, but our two partner coalitions would also like to submit their own. A few quick questions:

1. Is it fine for us to send one joint report on behalf of both offices, and for the coalitions to send theirs separately, or would you prefer a single consolidated document?
2. Can the report be in Arabic with an English executive summary?
3. Is there a page limit?

Our Beirut colleague Hadi is copied.

Thanks in advance,
Sara

Sara Nasser
Regional M&E Manager
Levant Office | International Rescue and Relief Network (IRRN)
"""
    body = leaf("text/plain", text, "utf-8", "7bit")
    m = mk(when, sent, "mail-io1-f49.google.example.com", "209.85.166.49", "4DcB2w6rXnz9",
           "Sara Nasser <sara.nasser@irrn.example.org>", "Joint report from two country offices - questions",
           "<CAH5r2Xq8kTz1Lp0Wm9Ys4eNb6Jf3Gd7Uc2Ao8Vn5Qe1Ki4Jw0@mail.gmail.example.com>", body,
           cc="Hadi Chamoun <hadi.chamoun@irrn.example.org>")
    add(18, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question about a joint report, report language and length; a report is announced, none attached; "
              "plain text 7bit; colleague in Cc."))


M19_ID = "<CAN7pW2c5Qx0Lk3Tz8Ys1eRb4Hm6Vd9Jf0Ug2Ao7Nn3Qe5Ki1Jw@mail.gmail.example.com>"


def m19():
    # Amman-based Mashreq network: collective PDF report, Arabic file name, regional director in Cc
    when = at("2021-02-12 09:05:48")
    sent = sent_at(when, 2, 7)
    text = """الزملاء الأعزاء في أمانة المراجعة الإقليمية،

تحية طيبة،

نرفق طيّه التقرير الطوعي الجماعي لشبكة المشرق لحقوق المهاجرين، الذي شاركت في إعداده ١٤ منظمة عضواً في الأردن ولبنان والعراق وسوريا، ويتناول الأهداف ٦ و١٥ و١٦ من الاتفاق العالمي.

المدير الإقليمي للشبكة في النسخة.

مع الاحترام،
علا الخطيب
منسقة البحوث – شبكة المشرق لحقوق المهاجرين، عمّان
"""
    fname = "التقرير الطوعي الجماعي - شبكة المشرق.pdf"
    pdf = report_pdf("Collective voluntary GCM report", "Mashreq Migrant Rights Network", [
        "Objective 6: fair recruitment", "Objective 15: access to basic services", "Objective 16: inclusion",
        "Recommendations"])
    body = multi("mixed", [alt(text, "000000000000c7e20f05bb1f7a90", html=br_html(text, "rtl", "Arial"), b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000c7e21005bb1f7a92")
    subj = "التقرير الطوعي الجماعي – شبكة المشرق لحقوق المهاجرين"
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "209.85.128.52", "4Dd1Pj3qLwz4",
           addr("علا الخطيب", "ola.khatib.mmrn@gmail.example.com"), hdr(subj), M19_ID, body,
           cc=addr("Walid Haddad", "w.haddad@mmrn.example.org"))
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report (14 member organisations) from a personal Gmail; Arabic PDF name with spaces and "
              "a hyphen (RFC 2231 filename*, RFC 2047 name); Arabic-Indic digits; regional director in Cc. The "
              "sender asks whether it arrived in h191-23."))


def m20():
    # Geneva HQ of a French INGO: French submission above an English internal approval, PDF + DOCX annex
    when = at("2021-02-15 17:40:33")
    sent = sent_at(when, 1, 8)
    text = """Madame, Monsieur,

Solidarités Méditerranée a le plaisir de vous adresser son rapport volontaire sur la mise en œuvre du Pacte mondial pour les migrations dans la région arabe, accompagné d'une annexe présentant les données de terrain de nos bureaux de Beyrouth, Amman et Tunis.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations respectueuses.

Sophie Lambert
Chargée de plaidoyer
Solidarités Méditerranée – Siège, Genève

From: Mark Jennings <m.jennings@solidarites-med.example.org>
Sent: Monday, 15 February 2021 16:58
To: Sophie Lambert <s.lambert@solidarites-med.example.org>
Cc: Claire Dubois <claire.dubois@solidarites-med.example.org>
Subject: RE: GCM report - final check

Hi Sophie, looks good to me - please send both files today so we're safe for tomorrow's deadline. Thanks! Mark
"""
    f1, f2 = "Rapport_SM_PMM_region_arabe_2021.pdf", "Annexe_donnees_terrain_SM.docx"
    pdf = report_pdf("Rapport volontaire - mise en oeuvre du PMM", "Solidarites Mediterranee",
                     ["Liban", "Jordanie", "Tunisie", "Recommandations"])
    doc = make_docx(["Annexe - données de terrain", "Beyrouth : 412 entretiens", "Amman : 286 entretiens",
                     "Tunis : 198 entretiens"])
    body = multi("mixed", [alt(text, "_000_ZR0P278MB0311SM1613403625_"), attach("application/pdf", pdf, f1),
                           attach(DOCX, doc, f2)], "_004_ZR0P278MB0311SM1613403625_")
    subj = "Rapport volontaire PMM – Solidarités Méditerranée"
    m = mk(when, sent, "mail-zr0che01on0126.outbound.protection.outlook.example.com", "40.107.24.126",
           "4DfR5t1hBvz8", "Sophie Lambert <s.lambert@solidarites-med.example.org>", hdr(subj, enc="Q"),
           "<ZR0P278MB0311B4A7C0E92D5F1A3E8C6D2B47F@ZR0P278MB0311.CHEP278.PROD.OUTLOOK.EXAMPLE.COM>", body,
           cc="Mark Jennings <m.jennings@solidarites-med.example.org>, "
              "Claire Dubois <claire.dubois@solidarites-med.example.org>",
           extra=ol("GCM report - final check", "AQHXA7kL0n2rT5Wz8Pq1Ys4eHb6Jfw==", "fr-FR", "yes"))
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="report made of a PDF plus a DOCX annex of field data (both part of the report); French submission "
              "above an English internal approval quoted from Outlook; same organisation as the speaker request "
              "h191-05 but a separate submission (thread_of null); two colleagues in Cc."))


def m21():
    # iPhone, minimal Arabic, received 23:59:30 on 16 February: on time
    when = at("2021-02-16 23:59:30")
    sent = sent_at(when, 2, 12)
    text = """مرفق تقرير جمعيتنا للمراجعة الطوعية.
جمعية الأمان لدعم العمال المهاجرين – بيروت

Sent from my iPhone"""
    fname = "report_AR_final.pdf"
    pdf = report_pdf("Al-Aman Association - voluntary GCM review", "Beirut", ["Domestic workers", "Kafala",
                     "Recommendations"])
    body = multi("mixed", [leaf("text/plain", text.split("\n\nSent")[0] + "\n", "utf-8", "base64"),
                           leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname)],
                                disp='inline; filename="%s"' % fname),
                           leaf("text/plain", "\n\nSent from my iPhone", "us-ascii", "7bit")],
                 "Apple-Mail-4F2A9C1E-7B3D-4E8A-9F06-2C5D1B8E3A70")
    m = mk(when, sent, "mail-pf1-f180.google.example.com", "209.85.210.180", "4DgB0z9wQkz2",
           "Al-Aman Association <alaman.beirut@gmail.example.com>", hdr("تقرير"),
           "<9E4B2D17-6C0A-4F3E-B851-7A2D9C0E4F16@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="edge: received 23:59:30 on 16 February Beirut time (Date 23:59:18 +0200): on time by 29 seconds. "
              "iPhone layout [text, inline PDF, text]; one-word Arabic subject; English display name."))


def m22():
    # Cairo office of an international NGO: FW: FW: with internal notes, PDF report, received 17 Feb: late
    when = at("2021-02-17 09:15:42")
    sent = sent_at(when, 2, 5)
    text = """Dear colleagues,

Please find our voluntary report attached. It seems my colleague's message below got stuck in her outbox overnight, so I am sending it again from the Cairo office - apologies if it reaches you after the deadline.

Regards,
Hossam Eldin Farag
Country Director - Egypt
Horn and Nile Migrant Support (HNMS)

From: Aya Mahmoud <aya.mahmoud@hnms.example.org>
Sent: Tuesday, February 16, 2021 11:48 PM
To: Hossam Eldin Farag <h.farag@hnms.example.org>
Subject: FW: HNMS report - ready to submit

Hossam, I tried to send it to the IOM address but Outlook says "waiting to send". Forwarding to you just in case. Aya

From: Aya Mahmoud
Sent: Tuesday, February 16, 2021 10:02 PM
To: Hossam Eldin Farag
Subject: HNMS report - ready to submit

Final version attached, with the Sudan and Eritrea chapters.
"""
    fname = "HNMS_Voluntary_GCM_Report_Egypt_2021.pdf"
    pdf = report_pdf("Voluntary GCM Review Report - Egypt", "Horn and Nile Migrant Support (HNMS)",
                     ["Sudanese and Eritrean communities in Cairo", "Access to documentation", "Recommendations"])
    body = multi("mixed", [alt(text, "_000_DU2PR04MB8822HNMS1613546142_"), attach("application/pdf", pdf, fname)],
                 "_004_DU2PR04MB8822HNMS1613546142_")
    subj = "FW: FW: HNMS report - ready to submit"
    m = mk(when, sent, "mail-du2eur04on0061.outbound.protection.outlook.example.com", "40.107.12.61",
           "4Dgc3Y7pRtz6", "Hossam Eldin Farag <h.farag@hnms.example.org>", subj,
           "<DU2PR04MB88227D3A1C5E09F2B4E6A8C1D3F57@DU2PR04MB8822.eurprd04.prod.outlook.example.com>", body,
           cc="Aya Mahmoud <aya.mahmoud@hnms.example.org>",
           extra=ol("HNMS report - ready to submit", "AQHXBMs7pL2kR0aVx5Wz9nTq3Ye4Ug==", "en-US", "yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="LATE: received 17 February 09:15 Beirut time; the forwarded internal notes are dated 16 February "
              "22:02 and 23:48 (the report never left the author's outbox), which does not make it on time. "
              "FW: FW: chain with the author in Cc."))


def m23():
    # Gmail follow-up on h191-19: did you receive our report?
    when = at("2021-02-18 10:30:05")
    sent = sent_at(when, 2, 6)
    text = """الزملاء الأعزاء،

أرجو التكرم بتأكيد استلام التقرير الطوعي الجماعي الذي أرسلناه يوم الجمعة ١٢ شباط، إذ لم يصلنا أي إشعار بالاستلام، وقد تكون الرسالة وصلت إلى البريد غير المرغوب فيه لديكم.

مع الشكر،
علا الخطيب

في الجمعة، ١٢ فبراير ٢٠٢١ في ٩:٠٥ ص، كتب علا الخطيب <ola.khatib.mmrn@gmail.example.com>:
> الزملاء الأعزاء في أمانة المراجعة الإقليمية،
>
> تحية طيبة،
>
> نرفق طيّه التقرير الطوعي الجماعي لشبكة المشرق لحقوق المهاجرين، الذي شاركت في إعداده ١٤ منظمة عضواً في الأردن ولبنان والعراق وسوريا.
>
> مع الاحترام،
> علا الخطيب
"""
    body = alt(text, "0000000000001d4b8a05bba1c3e7", html=br_html(text, "rtl", "Arial"), b64=True)
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DgzX02kNmz3",
                    addr("علا الخطيب", "ola.khatib.mmrn@gmail.example.com"),
                    re_hdr("Re: ", "التقرير الطوعي الجماعي – شبكة المشرق لحقوق المهاجرين"), rfcdate(sent),
                    "<CAN7pW2d0Rk4Lm8Tz1Ys5eRb9Hm2Vd3Jf6Ug0Ao4Nn7Qe2Ki8Jw@mail.gmail.example.com>")
    rows.insert([k for k, _ in rows].index("Subject"), ("Cc", addr("Walid Haddad", "w.haddad@mmrn.example.org")))
    rows += [("In-Reply-To", M19_ID), ("References", M19_ID)]
    add(23, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        thread_of="h191-19.eml",
        notes="follow-up asking whether the report of h191-19 was received (no attachment this time); Gmail reply "
              "with the original '>'-quoted under an Arabic attribution line; a question, not a new submission."))


def m24():
    # Geneva liaison office, late open-discussion request in French, replying in an English internal thread
    when = at("2021-02-19 14:22:16")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Nous savons que la date limite est dépassée depuis longtemps, mais notre chargée de liaison vient d'être confirmée sur ce dossier et souhaiterait participer à la discussion ouverte de la consultation multipartite du 23 février :

Mme Marie-Claire Haddad, Chargée de liaison ONU, Alliance Internationale pour la Protection des Migrants (AIPM), bureau de Genève.

Si ce n'est plus possible, pourrait-elle au moins suivre la discussion en ligne ?

Avec nos remerciements,

Pierre-Antoine Roux
Directeur adjoint, AIPM Genève

On Thu, 18 Feb 2021 at 17:05, Marie-Claire Haddad <mc.haddad@aipm.example.ch> wrote:
> Pierre-Antoine, could we still ask IOM for a slot in Tuesday's open discussion? I know it's late.
> MC
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "mail.aipm.example.ch", "194.209.26.11", "4DhN7c2tWqz5",
           "Pierre-Antoine Roux <pa.roux@aipm.example.ch>", hdr("Demande tardive – discussion ouverte du 23 février",
                                                               enc="Q"),
           "<8a3c1f7e-2b94-4d60-b1e5-93f0c7d2a418@aipm.example.ch>", body,
           cc="Marie-Claire Haddad <mc.haddad@aipm.example.ch>",
           extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.1"), ("Content-Language", "fr-CH")])
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Marie-Claire Haddad", "Chargée de liaison ONU", "Alliance Internationale pour la Protection des "
           "Migrants (AIPM)", ["open_discussion"])],
        notes="LATE (19 February) and says so; French request above a quoted English internal message; the sender "
              "(Directeur adjoint) is not the speaker; speaker on one comma-separated line, 'Mme' dropped, "
              "', bureau de Genève' left out of the affiliation; asks a fallback question (follow online) which "
              "does not change the category."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
