#!/usr/bin/env python3
"""Write the blind evaluation set holdout193 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets193.py
Theme: researchers, universities, think tanks and research centres -- long formal signatures (department,
faculty, university), double affiliations (a centre inside a university, a visiting post abroad), co-authored
collective reports with author lists, PhD students and emeritus professors, a dean nominating a colleague,
replies forwarding a paper's abstract.  25 January to 19 February 2021.  8 Arabic, 8 English, 8 French.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top)
from mailgen import POSTFIX_NOTICE, rep_pdf, gmail_html, outlook_hdrs

SET = EvalSet(193)
add = SET.add

# sending hosts (documentation IP ranges)
GMAIL = ("mail-wr1-f44.google.example.com", "198.51.100.44")
GMAIL2 = ("mail-lj1-f181.google.example.com", "198.51.100.181")
O365 = ("mail-he1eur04on0612.outbound.protection.outlook.example.com", "203.0.113.12")
O365B = ("mail-vi1eur05on2107.outbound.protection.outlook.example.com", "203.0.113.107")
ICLOUD = ("ms11p00im-qufo17281701.me.example.com", "192.0.2.81")
UNIV_FR = ("smtp.univ-detroit.example.ma", "192.0.2.133")
RENATER = ("smtpout.univ-lyon-confluence.example.fr", "192.0.2.150")
ZIMBRA = ("mail.cemt.example.tn", "192.0.2.166")
UNIV_AR = ("mx.alrafidain-univ.example.iq", "192.0.2.190")


INVITE_ID = "<invitation.20210121.0930@gcmrrarabstates.iom.int>"
M03_ID = "<PR3P193MB0845A1C7E2F94B6D8E0C3A51B2PR3P193MB0845EURP@PR3P193MB0845.EURP193.PROD.OUTLOOK.example.com>"
M06_ID = "<3f8a2c61-9d04-4b7e-a1c2-5e9f0d7b3a18@cemt.example.tn>"
M08_ID = "<CAJ5pW3nY8tR1kQ6vMz0xLc4dH7sF2gB9uEa3oNi5r@mail.gmail.example.com>"
M10_ID = "<6B0D4F2A-8C1E-4A37-B95D-2E7F1C3A9D60@icloud.example.com>"


# ================================================================ the 24 messages
def m01():
    # out-of-office of a university professor, answering the invitation mailing (Arabic)
    when = at("2021-01-25 11:42:09")
    sent = sent_at(when, 3, 2)
    text = """السادة الكرام،

أنا خارج المكتب في إجازة بحثية حتى ١٥ شباط/فبراير ٢٠٢١، وقد يتأخر الرد على رسائلكم.
للأمور الإدارية العاجلة يرجى التواصل مع سكرتارية قسم الاجتماع على العنوان: soc.dept@alrafidain-univ.example.iq

مع التقدير،
أ.د. حيدر كاظم الموسوي
قسم علم الاجتماع - كلية الآداب - جامعة الرافدين
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, UNIV_AR[0], UNIV_AR[1], "4DPLq82Hc0z7",
                    addr("حيدر كاظم الموسوي", "h.almusawi@alrafidain-univ.example.iq"),
                    hdr("رد تلقائي: دعوة - المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية"),
                    rfcdate(sent), "<autoreply.1611567727.30715@alrafidain-univ.example.iq>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", INVITE_ID), ("References", INVITE_ID)]
    add(1, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="out-of-office of a professor on research leave, answering the invitation mailing; the subject "
              "repeats the invitation subject after 'رد تلقائي:'; the long academic signature (قسم / كلية / "
              "جامعة) is not a speaker request. Auto-Submitted: auto-replied, null Return-Path. Never "
              "acknowledge."))


def m02():
    # emeritus professor in Khartoum, Gmail plain text, proposes himself for the plenary
    when = at("2021-01-27 16:03:51")
    sent = sent_at(when, 2, 6)
    text = """Dear Colleagues,

I received the invitation letter through the mailing list of the Arab Population Studies Association, and I would be glad to contribute.

I should like to request a floor intervention in one of the plenary sessions of the conference on 24-25 February. For some forty years my work has dealt with labour emigration from Sudan to the Gulf and, more recently, with return and remittances during the pandemic. I would speak briefly on the gap between the GCM objectives on data (Objective 1) and what national statistical offices in our region actually collect.

Although I retired from teaching in 2017, I continue to supervise doctoral theses and I am still attached to my Faculty.

With kind regards and best wishes for the review,

Prof. Osman Hassan Babiker
Professor Emeritus of Development Economics
Faculty of Economic and Social Studies
Nile Valley University
Khartoum, Sudan
Tel. +249 912 330 418
"""
    body = alt(text, "000000000000f1c20805b9e4a7d3", html=gmail_html(text))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DQm0Gk2Wvz3", addr("Osman Babiker", "o.h.babiker@gmail.example.com"),
           "Request for a floor intervention - plenary", "<CAK2rT9vN4xB7mQ1pLw8eZ0cY3sD6hF5jUa9gVo2kM@mail.gmail.example.com>",
           body)
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Osman Hassan Babiker", "Professor Emeritus of Development Economics",
           "Faculty of Economic and Social Studies, Nile Valley University", ["plenary"])],
        notes="emeritus professor proposing himself; name, title and affiliation only in the signature, the "
              "faculty and the university on separate lines (recorded together, faculty first, as the fullest "
              "form; not covered by dev); 'Prof.' dropped; 'Khartoum, Sudan' is a place; the association whose "
              "mailing list forwarded the letter is not his affiliation."))


def m03():
    # dean nominating a colleague, Outlook desktop on a university Exchange, formal French
    when = at("2021-01-29 10:17:33")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de vous proposer la candidature de Mme la Professeure Nadia Lamrani, Professeure de droit public et Directrice du Laboratoire d'études sur les migrations (LEM) de notre Faculté, pour une intervention lors de la deuxième table ronde thématique de la Conférence (24-25 février 2021).

Mme Lamrani conduit depuis 2015 les travaux du LEM sur l'accès des migrants à la justice et sur la mise en œuvre de la politique nationale d'immigration et d'asile. Elle a par ailleurs coordonné plusieurs études pour des organisations internationales.

Je vous saurais gré de bien vouloir adresser toute correspondance à la fois à Mme Lamrani (n.lamrani@univ-detroit.example.ma) et à mon secrétariat, en copie de ce message.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Pr Abdelhak Bennani
Doyen
Faculté des Sciences Juridiques, Économiques et Sociales
Université du Détroit – Tanger
Tél. : +212 5 39 31 24 00
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="FR" link="#0563C1"><div class="WordSection1">'
            + text2html(text.split("\n\nPr Abdelhak")[0]) +
            '<p class="MsoNormal"><b><span style="color:#1F3864">Pr Abdelhak Bennani</span></b><br>Doyen<br>'
            'Facult&eacute; des Sciences Juridiques, &Eacute;conomiques et Sociales<br>'
            'Universit&eacute; du D&eacute;troit &ndash; Tanger<br>T&eacute;l. : +212 5 39 31 24 00</p>'
            '</div></body></html>\n')
    body = alt(text, "_000_PR3P193MB0845A1C7E2F94B6D8E0C3A51B2PR3P193MB0845EURP_", html=html)
    subj = "Proposition d'intervenante - Pr Nadia Lamrani (FSJES)"
    m = mk(when, sent, UNIV_FR[0], UNIV_FR[1], "4DRt7Bx1Hnz6",
           addr("Doyen FSJES", "doyen.fsjes@univ-detroit.example.ma"), hdr(subj, enc="Q"), M03_ID, body,
           cc="Nadia Lamrani <n.lamrani@univ-detroit.example.ma>, "
              "Secretariat Doyen <secretariat.doyen.fsjes@univ-detroit.example.ma>",
           extra=outlook_hdrs(subj, "AdbZ3q0Lm8TxPe1kQv2Wn9Ry5sB4Ug==", lang="fr-FR") +
           [("X-Mailer", "Microsoft Outlook 16.0")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Nadia Lamrani", "Professeure de droit public et Directrice du Laboratoire d'études sur les migrations (LEM)",
           "Faculté des Sciences Juridiques, Économiques et Sociales, Université du Détroit", ["roundtable"], 2)],
        notes="a dean nominates a colleague: the sender (the dean, with his own title in the signature) is not the "
              "speaker; 'Mme la Professeure' dropped; the title is written with its unit (the laboratory), kept in "
              "the title as dev 012 does; her affiliation is given by reference ('de notre Faculté') and resolved "
              "from the dean's signature; ' – Tanger' after the university is a place; 'deuxième table ronde' = 2. "
              "The speaker is in Cc."))


def m04():
    # director of a university research centre in Baghdad, two speakers (herself + a PhD student), Thunderbird
    when = at("2021-02-01 13:26:40")
    sent = sent_at(when, 3, 5)
    text = """السادة أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمون،

تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الكريمة، يسرّ مركز دراسات الهجرة والسكان في جامعة الرافدين أن يرشّح الباحثتين الآتيتين للمشاركة في أعمال المراجعة الإقليمية:

١. أ.م.د. زينب عبد الأمير الجبوري
   الصفة: مديرة المركز وأستاذة مساعدة في الجغرافيا السكانية
   الجهة: مركز دراسات الهجرة والسكان - جامعة الرافدين
   الدور المطلوب: المشاركة في النقاش المفتوح ضمن المشاورة متعددة أصحاب المصلحة (٢٣ شباط)

٢. السيدة ميس فاضل العبيدي
   الصفة: طالبة دكتوراه في علم الاجتماع وباحثة مساعدة في المركز
   الجهة: مركز دراسات الهجرة والسكان - جامعة الرافدين
   الدور المطلوب: مداخلة في المائدة المستديرة المواضيعية الرابعة

علماً أن المركز أنجز خلال العام الماضي مسحاً ميدانياً عن العائدين من تركيا وأوروبا إلى محافظات الوسط، وسنحرص على أن تستند المداخلتان إلى نتائجه.

وتفضلوا بقبول فائق الاحترام والتقدير.

أ.م.د. زينب عبد الأمير الجبوري
مديرة مركز دراسات الهجرة والسكان
جامعة الرافدين - بغداد، العراق
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit")
    body.replace_header("Content-Type", 'text/plain; charset="utf-8"; format=flowed')
    m = mk(when, sent, UNIV_AR[0], UNIV_AR[1], "4DTa1Mv9Pqz2",
           addr("Zainab Al-Jubouri", "z.aljubouri@alrafidain-univ.example.iq"),
           hdr("ترشيح متحدثتين - مركز دراسات الهجرة والسكان / جامعة الرافدين"),
           "<9c1e4b72-5a3d-4f8e-b06a-2d7c9e1f4a85@alrafidain-univ.example.iq>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                   "Thunderbird/78.7.0"), ("Content-Language", "ar")])
    aff = "مركز دراسات الهجرة والسكان - جامعة الرافدين"
    add(4, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("زينب عبد الأمير الجبوري", "مديرة المركز وأستاذة مساعدة في الجغرافيا السكانية", aff, ["open_discussion"]),
        sp("ميس فاضل العبيدي", "طالبة دكتوراه في علم الاجتماع وباحثة مساعدة في المركز", aff, ["roundtable"], 4)],
        notes="two speakers in a numbered list with labelled lines; Iraqi academic honorific 'أ.م.د.' (assistant "
              "professor, doctor) and 'السيدة' dropped from the names; the sender is the first speaker; the centre "
              "and the university written together on the labelled line (recorded as written); 'بغداد، العراق' in "
              "the signature is a place; 'الرابعة' = roundtable 4; Thunderbird format=flowed 8bit."))


def m05():
    # think tank, collective co-authored report + lead author as rapporteur; Outlook with inline logo
    when = at("2021-02-02 15:48:12")
    sent = sent_at(when, 2, 6)
    text = """Dear Secretariat,

On behalf of the authors, please find attached the voluntary GCM review report "Labour Mobility and Protection in the Arab Region: A Civil Society and Academic Review, 2018-2020", prepared collectively by the Levant Policy Institute (LPI) and three partner research units.

Authors (in alphabetical order):
- Dr. Karim Abi Nader, Senior Research Fellow, Levant Policy Institute (LPI)
- Dr. Hiba Darwish, Assistant Professor of Public Policy, Faculty of Law and Political Science, Université du Levant
- Marwan Issa, PhD candidate, Department of Geography, University of Amman-East (research assistant to the project)
- Dr. Lubna Shami, Director, Migration and Refugee Studies Unit, Gulf Institute for Social Research (GISR)

We would also like to propose Dr. Hiba Darwish, as lead author, for the role of rapporteur delivering the stakeholders' key messages at the conference, should the organisers find this useful.

Kind regards,

Rami Haddad
Programme Officer | Migration & Labour Programme
Levant Policy Institute (LPI)
Hamra Street, Beirut, Lebanon
www.lpi-levant.example.org
"""
    html_sig = ('<p class="MsoNormal"><b>Rami Haddad</b><br>Programme Officer | Migration &amp; Labour Programme<br>'
                'Levant Policy Institute (LPI)<br>Hamra Street, Beirut, Lebanon<br>'
                '<a href="http://www.lpi-levant.example.org">www.lpi-levant.example.org</a><br>'
                '<img width="120" height="40" src="cid:image001.png@01D6F96A.3C2B1E40" alt="LPI"></p>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">' + text2html(text.split("\n\nRami Haddad")[0]) +
            html_sig + '</div></body></html>\n')
    logo = leaf("image/png", make_png(12, 4, (140, 20, 40)), cte="base64",
                params=[("name", '"image001.png"')], disp='inline; filename="image001.png"',
                extra=[("Content-ID", "<image001.png@01D6F96A.3C2B1E40>")])
    related = multi("related", [alt(text, "_000_VI1P193MB0412C7D3E8A2F1B49D6E0C73VI1P193MB0412EURP_", html=html),
                                logo], "_004_VI1P193MB0412C7D3E8A2F1B49D6E0C73VI1P193MB0412EURP_",
                    params=[("type", '"multipart/alternative"')])
    fname = "LPI_Collective_GCM_Review_Report_2021.pdf"
    pdf = rep_pdf("Labour Mobility and Protection in the Arab Region: A Civil Society and Academic Review",
                  "K. Abi Nader, H. Darwish, M. Issa, L. Shami - Levant Policy Institute (LPI) and partners",
                  ["Introduction and methodology (desk review, 42 interviews)", "Fair recruitment (Objective 6)",
                   "Access to basic services (Objective 15)", "Data and evidence gaps (Objective 1)",
                   "Challenges", "Recommendations"])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname)],
                 "_005_VI1P193MB0412C7D3E8A2F1B49D6E0C73VI1P193MB0412EURP_")
    subj = "Voluntary GCM review report - LPI and partners (collective)"
    m = mk(when, sent, O365B[0], O365B[1], "4DVh4Sk8Rrz0", "Rami Haddad <r.haddad@lpi-levant.example.org>", subj,
           "<VI1P193MB0412C7D3E8A2F1B49D6E0C73@VI1P193MB0412.EURP193.PROD.OUTLOOK.example.com>", body,
           cc="Hiba Darwish <h.darwish@ul-fdsp.example.edu.lb>",
           extra=outlook_hdrs(subj, "AQHW+Ycv1pLxT3m0Sk6JrBq2ZdN8fQ==", has_attach="yes"))
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hiba Darwish", "Assistant Professor of Public Policy",
           "Faculty of Law and Political Science, Université du Levant", ["rapporteur"])],
        report_attachments=[fname],
        notes="both, on time; a think tank sends a collective report with an author list (four authors with "
              "titles and units: decoys, only one is proposed); the speaker is not the sender and her title and "
              "affiliation come from the author list; 'Dr.' dropped; inline signature logo image001.png is not "
              "part of the report; Outlook mixed > related > alternative."))


def m06():
    # research network, collective report, DOCX with accented name (RFC 2231), Zimbra, plain text only
    when = at("2021-02-03 09:55:18")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Au nom du Réseau universitaire Migrations Maghreb-Sahel (RUMMS), j'ai le plaisir de vous transmettre en pièce jointe notre rapport collectif d'examen volontaire de la mise en œuvre du Pacte mondial dans la région.

Ce rapport est le fruit d'un travail mené entre octobre 2020 et janvier 2021 par sept équipes de recherche membres du réseau (Tunis, Sfax, Oran, Rabat, Nouakchott, Niamey et Bamako). Ont contribué à sa rédaction :
  - Hèla Ben Romdhane (CEMT, coordination)
  - Mohamed Ali Jaziri (Université de Sfax)
  - Fatima-Zohra Belkacem (CRASC, Oran)
  - Aminata Sow (Université de Nouakchott)
  - Ibrahim Moussa Garba (LASDEL, Niamey)
et plusieurs doctorants du réseau.

La version arabe est en cours de traduction ; nous vous la ferons parvenir dès qu'elle sera prête si cela vous est utile.

Bien cordialement,

--
Hèla Ben Romdhane
Maîtresse de conférences en géographie, Université de Tunis
Chercheuse associée et coordinatrice du RUMMS
Centre d'études maghrébines de Tunis (CEMT)
Tunis, Tunisie
"""
    fname = "Rapport_collectif_RUMMS_Pacte_mondial_Région_arabe_2021.docx"
    docx = make_docx(["Réseau universitaire Migrations Maghreb-Sahel (RUMMS)",
                      "Rapport collectif d'examen volontaire du Pacte mondial pour les migrations - 2021",
                      "1. Introduction et méthodologie (sept équipes, 64 entretiens)",
                      "2. Objectif 7 : réduire les vulnérabilités - transit et blocage au Maghreb",
                      "3. Objectif 8 : sauver des vies - disparitions en mer et dans le désert",
                      "4. Objectif 21 : retour et réintégration",
                      "5. Défis", "6. Recommandations"])
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit"), attach(DOCX, docx, fname)],
                 "=_b7a9c3e15d2f4068a1e9c7b3")
    body.get_payload()[0].replace_header("Content-Type", 'text/plain; charset=utf-8; format=flowed')
    m = mk(when, sent, ZIMBRA[0], ZIMBRA[1], "4DWc9Hr3Lmz4",
           addr("Hèla Ben Romdhane", "hela.benromdhane@cemt.example.tn", enc="Q"),
           hdr("Rapport collectif du RUMMS - Examen régional du Pacte mondial", enc="Q"), M06_ID, body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4026 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3928)"),
                  ("Thread-Index", "Zm9vYmFyMjAyMTAyMDM=")])
    add(6, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a university research network with a contributor list (names with "
              "institutions, not speakers); the sender has two affiliations in her signature (university post + "
              "research centre); the Arabic version is only announced; DOCX name with accents as RFC 2231; "
              "Zimbra plain text format=flowed 8bit."))


def m07():
    # research assistant sends a pasted form for a senior fellow who is abroad on a visiting post; Gmail
    when = at("2021-02-03 18:31:05")
    sent = sent_at(when, 3, 4)
    text = """Dear GCM Regional Review Secretariat,

I am writing on behalf of Dr. Samir Aziz, who is currently abroad as a visiting scholar and has asked me to submit his request to speak at the Regional Review Conference. Please find his details below, as he filled them in:

Name: Dr. Samir Aziz
Title: Senior Research Fellow
Organization: Gulf Labour Policy Centre (GLPC), Kuwait
Role: Floor intervention in a thematic roundtable - Roundtable 1 (preferred) or Roundtable 3
Email: s.aziz@glpc.example.org

Dr. Aziz will speak in his capacity at GLPC, not for his host institution (he is Visiting Fellow at the Centre for Comparative Migration Policy, University of Lund-West, until June 2021). He will join online from Sweden.

Many thanks in advance, and please copy him on any reply.

Best regards,
Noura Al-Sabah
Research Assistant
Gulf Labour Policy Centre (GLPC)
"""
    body = alt(text, "000000000000c2e95705ba6f3b81", html=gmail_html(text))
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DWy2Fn6Tcz8", addr("Noura AlSabah", "noura.alsabah.glpc@gmail.example.com"),
           "Speaker request - Dr. Samir Aziz (GLPC) - Roundtable 1",
           "<CAE4mX1tQ7wR9zK2nPv6yLb3cJ8hD0sG5fUa1eWo4q@mail.gmail.example.com>", body,
           cc="Samir Aziz <s.aziz@glpc.example.org>")
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samir Aziz", "Senior Research Fellow", "Gulf Labour Policy Centre (GLPC)", ["roundtable"], 1)],
        notes="sent on behalf of the speaker by a research assistant (her own title and the same centre in the "
              "signature: decoys); pasted form with 'Dr.' in the name line (dropped); ', Kuwait' after the acronym "
              "is a place; the visiting post abroad is explicitly not the capacity he speaks in, so it is not "
              "recorded; first choice Roundtable 1 of two."))


def m08():
    # university legal clinic: Arabic PDF report + speaker (clinic supervisor), Gmail HTML only, Lebanese
    when = at("2021-02-04 12:08:47")
    sent = sent_at(when, 2, 5)
    inner = """<div dir="rtl">مرحبا،<br><br>
مرفق ربطاً التقرير الطوعي الذي أعدّته <b>العيادة القانونية لحقوق المهاجرين</b> في كلية الحقوق والعلوم السياسية بجامعة الأرز، حول تطبيق الاتفاق العالمي في لبنان خلال ٢٠١٩-٢٠٢٠، استناداً إلى نحو ١٢٠ ملفاً تابعها طلاب العيادة (عاملات منزليات، عمال سوريون، أطفال من دون قيد).<br><br>
كذلك نودّ أن نطلب مداخلة للمشرفة على العيادة في إحدى الجلسات العامة للمؤتمر:<br>
<ul>
<li>الاسم: د. ريما جورج نصّار</li>
<li>الصفة: أستاذة محاضرة في القانون الدولي الخاص ومشرفة على العيادة القانونية</li>
<li>الجهة: كلية الحقوق والعلوم السياسية - جامعة الأرز</li>
</ul>
شكراً سلفاً، ومنتظرين جوابكن.<br><br>
جاد الخوري<br>
منسّق العيادة (طالب ماستر ٢)<br>
<span style="color:#888">بيروت</span></div>"""
    fname = "تقرير العيادة القانونية - الاتفاق العالمي للهجرة 2021.pdf"
    pdf = rep_pdf("Voluntary GCM review - Migrant Rights Legal Clinic, Cedar University (Lebanon)",
                  "Faculty of Law and Political Science - clinic team (R. Nassar, supervisor)",
                  ["Methodology: 120 case files 2019-2020", "Access to justice (Objective 16 and 17)",
                   "Birth registration of children (Objective 4)", "Kafala and domestic work (Objective 6)",
                   "Recommendations"])
    body = multi("mixed", [html_only(inner, b64=True), attach("application/pdf", pdf, fname)],
                 "000000000000d83b6e05ba7d2e94")
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DXk3Vb5Jpz1", addr("Jad Khoury", "jad.khoury.clinic@gmail.example.com"),
           hdr("تقرير طوعي + طلب مداخلة - العيادة القانونية لحقوق المهاجرين"), M08_ID, body)
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما جورج نصّار", "أستاذة محاضرة في القانون الدولي الخاص ومشرفة على العيادة القانونية",
           "كلية الحقوق والعلوم السياسية - جامعة الأرز", ["plenary"])],
        report_attachments=[fname],
        notes="both, on time; HTML-only (base64) with the speaker's details in an HTML list; Lebanese colloquial "
              "touches ('منتظرين جوابكن'); the sender is a master's student coordinating the clinic, not the "
              "speaker; 'د.' dropped; the clinic is named in the title line, the affiliation line gives the "
              "faculty and university (recorded as written); Arabic PDF name (RFC 2231)."))


def m09():
    # PhD student with a host post in Tunis, HTML-only from the university webmail (Roundcube), open discussion
    when = at("2021-02-04 21:40:26")
    sent = sent_at(when, 1, 3)
    inner = """<p>Bonsoir,</p>
<p>Doctorant en sociologie &agrave; l'Universit&eacute; Lyon-Confluence, je travaille sur les trajectoires des &eacute;tudiants subsahariens rest&eacute;s en Tunisie apr&egrave;s leurs &eacute;tudes. Je suis actuellement accueilli pour six mois comme chercheur invit&eacute; au Centre d'&eacute;tudes maghr&eacute;bines de Tunis (CEMT).</p>
<p>Je souhaiterais prendre part &agrave; la <b>discussion ouverte</b> de la consultation multipartite du 23 f&eacute;vrier, en tant que doctorant de l'Universit&eacute; Lyon-Confluence, pour y apporter le point de vue des jeunes chercheurs.</p>
<p>Je me suis inscrit via le formulaire en ligne.</p>
<p>Avec mes remerciements,</p>
<div class="pre" style="margin:0;padding:0;font-family:monospace">-- <br>Th&eacute;o Marchetti-Diallo<br>Doctorant en sociologie (3e ann&eacute;e)<br>Laboratoire Mobilit&eacute;s, Territoires, Soci&eacute;t&eacute;s (LMTS) &ndash; UMR 5298<br>Universit&eacute; Lyon-Confluence<br>Chercheur invit&eacute;, CEMT, Tunis (janv.-juin 2021)</div>"""
    body = html_only(inner)
    m = mk(when, sent, RENATER[0], RENATER[1], "4DYd6Qw2Xsz9",
           addr("Théo Marchetti-Diallo", "theo.marchetti-diallo@univ-lyon-confluence.example.fr", enc="Q"),
           hdr("Participation à la discussion ouverte du 23 février", enc="Q"),
           "<b2d4a6c8e0f13579@univ-lyon-confluence.example.fr>", body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.10")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Théo Marchetti-Diallo", "Doctorant en sociologie", "Université Lyon-Confluence", ["open_discussion"])],
        notes="HTML-only (entities for accents); a PhD student with two affiliations (home university + visiting "
              "post at a research centre abroad); he says he speaks 'en tant que doctorant de l'Université "
              "Lyon-Confluence', so that is the affiliation recorded, and the title as in the body (the "
              "signature adds '(3e année)' and the laboratory line: not covered by dev, the secretary would "
              "type the short form he uses in the request)."))


def m10():
    # university network, two speakers, sent from an iPhone late on 5 February; second speaker Cc'd
    when = at("2021-02-05 22:10:37")
    sent = sent_at(when, 3, 9)
    text = """Dear colleagues,

Apologies for writing at the last minute. The Arab Universities Migration Research Network (AUMRN) would like to propose two speakers:

1) Prof. Layla Mansour, Professor of International Relations at Qatar Gulf University and Chair of the AUMRN Steering Committee - as rapporteur for the key messages of stakeholders

2) Dr Youssef Hamdan, Lecturer in Social Policy, School of Social Sciences, University of Dhofar Coast, Oman - floor intervention in Roundtable 3

Both can attend in person in Beirut or join online. Dr Hamdan is in copy.

Best,
Layla

Sent from my iPhone
"""
    body = alt(text, "Apple-Mail-3C9E1A7B-55D2-4F0A-8B61-0E4D7C2A9F13",
               html='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                    '<body dir="auto">' + "<br>".join(esc(x) for x in text.rstrip("\n").split("\n")) +
                    '</body></html>\n')
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DZb8Tm0Ykz3", addr("Layla Mansour", "layla.mansour@icloud.example.com"),
           "AUMRN speakers", M10_ID, body, cc="Youssef Hamdan <y.hamdan@udc-oman.example.om>",
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Layla Mansour", "Professor of International Relations", "Qatar Gulf University", ["rapporteur"]),
        sp("Youssef Hamdan", "Lecturer in Social Policy", "School of Social Sciences, University of Dhofar Coast",
           ["roundtable"], 3)],
        notes="on time (22:10 Beirut on 5 February; the Date header is already 23:10 +0300); two speakers in prose "
              "on numbered lines; the first is the sender (signs only 'Layla'), with two functions: her post at "
              "the university is the title/affiliation recorded, the network chair role is a second hat (not "
              "covered by dev; a secretary would keep the job title and employer written first); 'Prof.'/'Dr' "
              "dropped; ', Oman' after the university is a place; iPhone plain + HTML."))


def m11():
    # Postfix DSN: our acknowledgement of h193-10, Cc'd second speaker's address unknown at the university
    when = at("2021-02-05 22:11:58")
    text = POSTFIX_NOTICE + """
<y.hamdan@udc-oman.example.om>: host mail.udc-oman.example.om[192.0.2.47] said:
    550 5.1.1 <y.hamdan@udc-oman.example.om>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DZb9Ac2Dfz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; y.hamdan@udc-oman.example.om\n"
           "Original-Recipient: rfc822;y.hamdan@udc-oman.example.om\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.udc-oman.example.om\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <y.hamdan@udc-oman.example.om>: Recipient\n"
           "    address rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=5),
                                                                                   "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Layla Mansour <layla.mansour@icloud.example.com>\n"
            "Cc: Youssef Hamdan <y.hamdan@udc-oman.example.om>\n"
            "Subject: Acknowledgement of receipt - AUMRN speakers - GCM regional review\n"
            "Date: %s\n"
            "Message-ID: <ack.4DZb8Tm0Ykz3@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=6)), M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DZb9Ac2Dfz5.1612555918/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DZb9Gx4Hkz7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205201158.4DZb9Gx4Hkz7@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 (user unknown at the university server) for the Cc'd second speaker on our "
              "acknowledgement of h193-10; only the returned headers (text/rfc822-headers); a bounce is never "
              "part of a submission (thread_of null). Never acknowledge."))


def m12():
    # postdoc with a visiting post, Gmail, written just before midnight Doha time ... received after the deadline
    when = at("2021-02-06 00:04:12")
    sent = sent_at(when, 3, 7)
    text = """تحية طيبة،

أرجو قبول طلبي للمشاركة بمداخلة في المائدة المستديرة الأولى (الهجرة والتنمية المستدامة) خلال المؤتمر الاستعراضي الإقليمي يومي ٢٤ و٢٥ فبراير.

أعمل باحثاً في مرحلة ما بعد الدكتوراه في معهد الدوحة للسياسات السكانية، وأقضي هذا الفصل زيارة بحثية في جامعة السوربون الجديدة - باريس، وأتابع في أبحاثي تحويلات العمال المصريين والسودانيين في دول الخليج وأثرها على التنمية المحلية.

وأعتذر إن كانت الرسالة قد وصلت بعد الموعد المحدد بدقائق، فقد تعطل الاتصال بالإنترنت عندي.

مع خالص الشكر،

د. عمرو صلاح الدين فهمي
باحث ما بعد الدكتوراه
معهد الدوحة للسياسات السكانية (DIPP)
باحث زائر - جامعة السوربون الجديدة
"""
    body = alt(text, "000000000000e7d40105baa0c6f2", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DZf2Ks7Qwz6", addr("Amr Fahmy", "amr.s.fahmy@gmail.example.com"),
           hdr("طلب مداخلة - المائدة المستديرة الأولى"),
           "<CAG7sL2xV9pN4bK1tMw6zQd0eR3hJ8cF5gYa2uTn6w@mail.gmail.example.com>", body)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عمرو صلاح الدين فهمي", "باحث ما بعد الدكتوراه", "معهد الدوحة للسياسات السكانية (DIPP)", ["roundtable"], 1)],
        notes="late by about four minutes: received 00:04 on 6 February Beirut time (Date header 01:04 +0300); the "
              "sender apologises; details in the signature; two affiliations (home institute with its Latin "
              "acronym, kept, and a visiting post in Paris, which is a second hat: the institute where he holds "
              "the post named in the title is recorded); 'د.' dropped; 'الأولى' = roundtable 1."))


def m13():
    # dean's secretariat follows up on h193-03 (Outlook reply, quoted original not '>'-prefixed)
    when = at("2021-02-08 10:52:14")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Par la présente, le secrétariat du Doyen se permet de revenir vers vous concernant la proposition d'intervention de la Pr Nadia Lamrani transmise le 29 janvier dernier (message ci-dessous).

Nous n'avons pas encore reçu d'accusé de réception. Pourriez-vous nous confirmer que cette candidature a bien été enregistrée et, le cas échéant, nous communiquer le programme provisoire de la table ronde ainsi que les modalités de connexion ?

Avec nos remerciements anticipés.

Salma Ouazzani
Assistante de direction – Secrétariat du Décanat
FSJES – Université du Détroit

De : Doyen FSJES <doyen.fsjes@univ-detroit.example.ma>
Envoyé : vendredi 29 janvier 2021 09:17
À : gcmrrarabstates@iom.int
Cc : Nadia Lamrani <n.lamrani@univ-detroit.example.ma>; Secretariat Doyen <secretariat.doyen.fsjes@univ-detroit.example.ma>
Objet : Proposition d'intervenante - Pr Nadia Lamrani (FSJES)

Madame, Monsieur,

Suite à la lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de vous proposer la candidature de Mme la Professeure Nadia Lamrani, Professeure de droit public et Directrice du Laboratoire d'études sur les migrations (LEM) de notre Faculté, pour une intervention lors de la deuxième table ronde thématique de la Conférence (24-25 février 2021).

[...]

Pr Abdelhak Bennani
Doyen
Faculté des Sciences Juridiques, Économiques et Sociales
Université du Détroit – Tanger
"""
    body = alt(text, "_000_PR3P193MB08459E2B1C4D7F6A3B0E5D82C1PR3P193MB0845EURP_")
    subj = "RE: Proposition d'intervenante - Pr Nadia Lamrani (FSJES)"
    m = mk(when, sent, UNIV_FR[0], UNIV_FR[1], "4DbR5Pz0Kmz2",
           addr("Secretariat Doyen", "secretariat.doyen.fsjes@univ-detroit.example.ma"), hdr(subj, enc="Q"),
           "<PR3P193MB08459E2B1C4D7F6A3B0E5D82C1@PR3P193MB0845.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs(subj, "AdbZ3q0Lm8TxPe1kQv2Wn9Ry5sB4UgAB7cXp", lang="fr-FR") +
           [("In-Reply-To", M03_ID), ("References", M03_ID)])
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h193-03.eml",
        notes="follow-up from the dean's secretariat to h193-03 (In-Reply-To set): asks whether the nomination "
              "was registered and for the programme; quotes the original nomination (Outlook style, not "
              "'>'-prefixed) with the speaker's name, title and roundtable: no new speaker."))


def m14():
    # think tank in Amman, two researchers, late; Outlook, formal Arabic; second researcher only in signature
    when = at("2021-02-08 14:36:29")
    sent = sent_at(when, 2, 5)
    text = """حضرات السادة في أمانة المراجعة الإقليمية المحترمين،

تحية طيبة وبعد،

يتشرف المرصد العربي للسياسات الاجتماعية (ASPO) بترشيح الدكتور باسل عودة، الباحث الأول ورئيس وحدة دراسات الهجرة واللجوء في المرصد، ليقوم بدور المقرر الذي يقدم الرسائل الرئيسية لأصحاب المصلحة.

كما أرجو أن تتاح لي شخصياً فرصة المداخلة في الجلسة العامة، إذ أشرفت على إعداد ورقة المرصد حول أثر جائحة كورونا على العمالة الوافدة في الأردن والتي سنرسلها إليكم قريباً.

نعتذر عن التأخر في الرد، فقد وصلتنا الدعوة متأخرة عبر أحد الشركاء.

مع فائق الاحترام،

سوسن الحياري
مديرة البحوث
المرصد العربي للسياسات الاجتماعية (ASPO)
عمّان - الأردن
هاتف: +962 6 555 0192
"""
    body = alt(text, "_000_AM0P193MB03274D1E8B6C2A9F7E3D0B51AM0P193MB0327EURP_", rtl=True)
    subj = "ترشيح للمشاركة في المؤتمر الاستعراضي الإقليمي - المرصد العربي للسياسات الاجتماعية"
    m = mk(when, sent, O365[0], O365[1], "4DbZ1Cw8Gnz0", addr("Sawsan Al-Hayari", "s.hayari@aspo-jo.example.org"),
           hdr(subj), "<AM0P193MB03274D1E8B6C2A9F7E3D0B51@AM0P193MB0327.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs(hdr(subj), "AdcB9x2Rk7LmQe0Tz3Wp5Yn8vS1Ufw==", lang="ar-JO"))
    aff = "المرصد العربي للسياسات الاجتماعية (ASPO)"
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("باسل عودة", "الباحث الأول ورئيس وحدة دراسات الهجرة واللجوء", aff, ["rapporteur"]),
        sp("سوسن الحياري", "مديرة البحوث", aff, ["plenary"])],
        notes="late (8 February), the sender apologises; two speakers: a colleague described in prose ('الدكتور' "
              "dropped; title written with its unit, kept in the title as dev 012) and the sender herself ('لي شخصياً'), "
              "whose name and title are only in the signature; affiliation 'في المرصد' by reference, fullest form "
              "with the Latin acronym from the body/signature; 'عمّان - الأردن' is a place; the paper is only "
              "announced, not a report."))


def m15():
    # associate professor replies to the invitation, forwarding a paper's abstract, asks whether it qualifies
    when = at("2021-02-09 17:20:46")
    sent = sent_at(when, 0, 5)
    text = """Dear Secretariat,

Thank you for the invitation, which reached me via our Centre's director.

Before we send anything formally: my co-author and I have a peer-reviewed article, now in press, that assesses progress on GCM Objectives 5 and 6 for Gulf-bound recruitment corridors. Would such an article be accepted as a voluntary review report, or do you need a document in the format of the guidance note (with sections on methodology, progress per objective, challenges and recommendations)? If the latter, we could adapt it before the 16 February deadline.

For your information, I forward the abstract below.

Best wishes,
Eleanor Whitfield

--
Dr Eleanor Whitfield FHEA
Associate Professor in Migration Studies
Centre for Middle East Mobility Research (CMEMR)
School of Politics and International Studies
University of Northumbria-Tyne
Honorary Research Associate, Kuwait Institute for Labour Studies

---------- Forwarded message ---------
From: Journal of Gulf Migration Studies <editorial@jgms.example.org>
Date: Mon, 1 Feb 2021 at 09:12
Subject: JGMS-2020-0147.R2 - Accepted manuscript: abstract for the online-first listing
To: Eleanor Whitfield <e.whitfield@unt.example.ac.uk>, Tariq Al-Mutairi <t.almutairi@kils.example.org>

Title: "Fair recruitment after the Compact: tracing GCM Objectives 5 and 6 in the Kerala-Kuwait and Dhaka-Doha corridors"
Authors: Eleanor Whitfield (University of Northumbria-Tyne) and Tariq Al-Mutairi (Kuwait Institute for Labour Studies)

Abstract: Drawing on 86 interviews with recruiters, returnees and officials, and on an analysis of bilateral labour agreements signed between 2018 and 2020, this article assesses how far the commitments of the Global Compact for Safe, Orderly and Regular Migration on regular pathways and fair recruitment have shaped practice in two corridors. We find ...
"""
    body = alt(text, "0000000000009b3f2d05baeb4c17", html=gmail_html(text))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DcK7Ln4Vbz8",
           addr("Eleanor Whitfield", "e.whitfield@unt.example.ac.uk"),
           "Re: Invitation - Regional Review of the Global Compact for Migration in the Arab Region",
           "<CAH1wN6tR3vK8zQ2mXp5yLc9dB0sF7gJ4uEa6oVi3t@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", INVITE_ID), ("References", INVITE_ID)])
    add(15, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question: would a published article count as a voluntary report; nothing is attached and the "
              "forwarded text is only an abstract (not a report in the body); reply to the invitation (In-Reply-To "
              "names the invitation, not a labelled message); long academic signature with two affiliations and a "
              "post-nominal ('FHEA'), no speaker request."))


def m16():
    # university research centre in Oran: PDF report + speaker (colleague), 10 February: speaker part late
    when = at("2021-02-10 11:14:03")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Le Centre de recherche sur les migrations et le développement (CREMID) de l'Université d'Oran-Sénia a l'honneur de vous adresser, ci-joint, sa contribution à l'examen régional volontaire du Pacte mondial sur les migrations.

Par ailleurs, nous souhaiterions que notre collègue, Dr Kamel Boudjemaa, maître de conférences classe A au département de démographie et responsable de l'équipe « Migrations de retour » du CREMID, puisse intervenir dans la table ronde n° 4 de la Conférence. Nous sommes conscients que la date indiquée pour les intervenants est passée ; nous vous serions reconnaissants de bien vouloir examiner cette demande si le programme le permet encore.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pr Leïla Hamidouche
Directrice du CREMID
Université d'Oran-Sénia
BP 1524 El M'Naouer, Oran – Algérie
"""
    fname = "CREMID_Contribution_examen_regional_PMM_2021.pdf"
    pdf = rep_pdf("Contribution du CREMID a l'examen regional du Pacte mondial", "CREMID - Universite d'Oran-Senia",
                  ["Methodologie (enquete menage 2019, 1 200 menages)", "Objectif 19 : diaspora et developpement",
                   "Objectif 21 : retour et reintegration", "Defis", "Recommandations"])
    body = multi("mixed", [alt(text, "000000000000f4a1c805bb0e7d29", html=gmail_html(text)),
                           attach("application/pdf", pdf, fname)], "000000000000f4a1c705bb0e7d2a")
    m = mk(when, sent, GMAIL2[0], GMAIL2[1], "4DdF0Rt5Mwz3", addr("CREMID Oran", "cremid.oran@gmail.example.com"),
           hdr("Contribution du CREMID + proposition d'intervenant (table ronde 4)", enc="Q"),
           "<CAN3tY8qB5wL1xR7mKv2zPd6eS0hC9fG4jUa8oWi2p@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Kamel Boudjemaa", "maître de conférences classe A au département de démographie et responsable de "
           "l'équipe « Migrations de retour »", "Centre de recherche sur les migrations et le développement (CREMID), "
           "Université d'Oran-Sénia", ["roundtable"], 4)],
        report_attachments=[fname],
        notes="both; received 10 February: the report part is on time, the speaker part is late (the sender says "
              "so), so on_time is false; the speaker is a colleague described in prose with a long title written "
              "with its units (kept in the title as dev 012); his affiliation 'du CREMID' by reference, recorded "
              "with the university as the sender's first sentence writes it; From display name is the centre; "
              "'Dr'/'Pr' dropped; the postal address line is a place."))


def m17():
    # thank-you from the legal clinic to our acknowledgement of h193-08 (Gmail reply, '>' quote)
    when = at("2021-02-11 09:03:27")
    sent = sent_at(when, 2, 4)
    ack_id = "<ack.4DXk3Vb5Jpz1@gcmrrarabstates.iom.int>"
    text = """شكراً كتير على التأكيد، وصلنا. الدكتورة ريما بتسلّم عليكن وجاهزة لأي تنسيق.

جاد

في الخميس، ٤ فبراير ٢٠٢١ في ١٢:١٥ م، GCM Regional Review Arab States <gcmrrarabstates@iom.int> كتب:
> السيد جاد الخوري،
>
> نشكركم على رسالتكم. تم استلام التقرير الطوعي للعيادة القانونية لحقوق المهاجرين وتسجيله، كما تم تسجيل طلب
> المداخلة للدكتورة ريما جورج نصّار في الجلسة العامة.
>
> أمانة المراجعة الإقليمية
"""
    body = alt(text, "000000000000b2d7e105bb1f8a63", html=gmail_html(text, rtl=True))
    m = mk(when, sent, GMAIL[0], GMAIL[1], "4DfM6Gh1Ztz4", addr("Jad Khoury", "jad.khoury.clinic@gmail.example.com"),
           re_hdr("Re: ", "إشعار بالاستلام - تقرير طوعي + طلب مداخلة - العيادة القانونية لحقوق المهاجرين"),
           "<CAJ5pW3qT6vR2nY8kMx1zLd7cH4sB9gF0uEa5oNi2w@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M08_ID, ack_id))])
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h193-08.eml",
        notes="thank-you reply to our acknowledgement of h193-08 (References name it): adds nothing new, so no "
              "acknowledgement; Lebanese colloquial; the quoted acknowledgement names the speaker and the report."))


def m18():
    # PhD candidate, individual report (DOCX), supervisor in Cc; Outlook for iOS
    when = at("2021-02-12 20:45:19")
    sent = sent_at(when, 0, 8)
    text = """Dear GCM Regional Review team,

Please find attached my individual voluntary review report for the Regional Review of the GCM in the Arab region. It is based on my doctoral fieldwork (2019-2020) with Syrian and Palestinian-Syrian refugee youth in North Lebanon and focuses on Objectives 15 (basic services) and 18 (skills recognition).

The views are my own and not those of my university. My supervisor, Professor Anne-Marie Costa, is copied for information.

Kind regards,
Yara Saadeh
PhD Candidate, Department of International Development
London School of Urban and Global Studies

Get Outlook for iOS
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + "<br>".join(esc(x) for x in text.split("\n\nGet Outlook")[0].split("\n")) +
            '</div><div dir="ltr"><br></div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a>'
            '</div></body></html>\n')
    fname = "Saadeh_Y_GCM_voluntary_review_individual_Feb2021.docx"
    docx = make_docx(["Individual voluntary GCM review report - Yara Saadeh (PhD candidate)",
                      "1. Introduction and methodology (ethnographic fieldwork 2019-2020, 38 interviews)",
                      "2. Objective 15: access to basic services for refugee youth",
                      "3. Objective 18: skills development and recognition",
                      "4. Challenges", "5. Recommendations"])
    body = multi("mixed", [alt(text, "_000_LO2P193MB1843B5E9D2A7C4F1E60B8D34LO2P193MB1843GBRP_", html=html),
                           attach(DOCX, docx, fname)], "_004_LO2P193MB1843B5E9D2A7C4F1E60B8D34LO2P193MB1843GBRP_")
    m = mk(when, sent, O365B[0], O365B[1], "4DgT9Ks2Qhz7", addr("Saadeh, Yara", "y.saadeh@lsugs.example.ac.uk"),
           "Individual voluntary GCM review report - Y. Saadeh",
           "<LO2P193MB1843B5E9D2A7C4F1E60B8D34@LO2P193MB1843.GBRP193.PROD.OUTLOOK.example.com>", body,
           cc="Costa, Anne-Marie <a.costa@lsugs.example.ac.uk>",
           extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="individual report of a PhD candidate (not on behalf of her university); 'Last, First' display names "
              "(quoted because of the comma); supervisor in Cc; Outlook for iOS; no speaker request."))


def m19():
    # emeritus professor, individual report (PDF) + forwards the abstract of a paper; webmail, plain text
    when = at("2021-02-14 16:27:55")
    sent = sent_at(when, 1, 5)
    text = """Mesdames, Messieurs,

Comme suite à votre invitation, je vous prie de trouver ci-joint ma contribution individuelle à l'examen volontaire du Pacte mondial (rapport de huit pages), rédigée à partir de trente années de recherches sur les migrations sahéliennes vers le Maghreb.

Je me permets de vous transférer également, pour information seulement, le résumé d'un article que j'ai présenté au colloque de Rabat en décembre dernier et qui développe le point 3 du rapport. L'article lui-même n'est pas encore publié.

Je vous prie d'agréer, Mesdames, Messieurs, l'assurance de mes sentiments distingués.

Jean-Baptiste Ouédraogo
Professeur émérite de géographie humaine
Université Joseph Ki-Zerbo de Ouagadougou (retraité)
Membre associé du Laboratoire Population, Environnement, Développement

-------- Message transféré --------
Sujet : Colloque « Frontières et mobilités au Sahel » - résumé définitif
Date : Thu, 10 Dec 2020 08:41:12 +0000
De : Jean-Baptiste Ouédraogo <jb.ouedraogo@orange.example.fr>
Pour : comite.colloque@fms-rabat.example.ma

Titre : « De l'Agadez à Tamanrasset : ce que la fermeture des routes fait aux migrants »
Résumé : Depuis 2016, la criminalisation du transport de migrants au Niger a déplacé les routes vers des pistes plus dangereuses. À partir d'entretiens menés entre 2017 et 2020, cette communication montre ...
"""
    fname = "Ouedraogo_contribution_examen_PMM.pdf"
    pdf = rep_pdf("Contribution individuelle a l'examen volontaire du Pacte mondial",
                  "Jean-Baptiste Ouedraogo, professeur emerite",
                  ["Trente ans d'observation des routes saheliennes", "Objectif 8 : sauver des vies",
                   "Objectif 9 : lutte contre le trafic et ses effets pervers", "Objectif 23 : cooperation",
                   "Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                           attach("application/pdf", pdf, fname)], "----=_Part_118842_1923047716.1613312870221")
    m = mk(when, sent, "smtp-out.orange.example.fr", "192.0.2.98", "4DhQ3Wx6Nkz1",
           addr("Jean-Baptiste Ouédraogo", "jb.ouedraogo@orange.example.fr", enc="Q"),
           hdr("Contribution individuelle - examen régional du Pacte mondial", enc="Q"),
           "<1837265491.118843.1613312870224@wwinf1m19.orange.example.fr>", body,
           extra=[("X-Mailer", "Orange Messagerie")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="individual report of an emeritus professor (PDF attached); the forwarded conference abstract "
              "pasted after the signature is 'pour information seulement', not part of the report; the "
              "signature lists a university with '(retraité)' and an associated laboratory: no speaker request."))


def m20():
    # collective report of three university centres, author list, Arabic DOCX name, Outlook windows-1256
    when = at("2021-02-15 12:39:40")
    sent = sent_at(when, 3, 6)
    text = """السادة الأفاضل في أمانة المراجعة الإقليمية،

تحية طيبة،

نرفق لكم التقرير الطوعي المشترك الذي أعدّته ثلاثة مراكز بحثية جامعية في الخليج حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية خلال الفترة 2018-2020.

فريق الإعداد:
- أ.د. فهد ناصر العتيبي - مركز دراسات سوق العمل، جامعة الخليج للعلوم والتقنية (المنسق)
- د. مريم سالم الكعبي - وحدة أبحاث السكان، جامعة الإمارات الشرقية
- د. خالد يوسف البلوشي - مركز البحوث الاجتماعية، جامعة مسقط الأهلية
- أ. هند علي المري - باحثة مساعدة (طالبة ماجستير)

ونشير إلى أن الآراء الواردة في التقرير تعبّر عن فريق الإعداد ولا تمثل بالضرورة المواقف الرسمية للجامعات.

وتقبلوا خالص التحية،

د. مريم سالم الكعبي
رئيسة وحدة أبحاث السكان
جامعة الإمارات الشرقية
"""
    fname = "التقرير الطوعي المشترك - مراكز الخليج البحثية 2021.docx"
    docx = make_docx(["التقرير الطوعي المشترك لمراكز البحث الجامعية في الخليج - 2021",
                      "1. المقدمة والمنهجية", "2. الهدف 6: التوظيف العادل", "3. الهدف 20: التحويلات المالية",
                      "4. التحديات", "5. التوصيات"])
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '</head><body lang="AR-SA" dir="rtl"><div class="WordSection1">' + text2html(text) +
            '</div></body></html>\n')
    body = multi("mixed", [alt(text, "_000_DB7P193MB05214E8C1A9D3F2B7E6C0A45DB7P193MB0521EURP_", html=html,
                               charset="windows-1256"),
                           attach(DOCX, docx, fname)], "_004_DB7P193MB05214E8C1A9D3F2B7E6C0A45DB7P193MB0521EURP_")
    subj = "التقرير الطوعي المشترك - مراكز البحث الجامعية في الخليج"
    m = mk(when, sent, O365[0], O365[1], "4DjB8Lp2Ycz5",
           addr("مريم الكعبي", "m.alkaabi@eeu.example.ac.ae", charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<DB7P193MB05214E8C1A9D3F2B7E6C0A45@DB7P193MB0521.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs(hdr(subj, charset="windows-1256"), "AdcDp3Tk9xWm2Lq7Rz0Ve5Nb1Yc8Hg==", lang="ar-AE",
                              has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of three university research centres with an author list (honorifics 'أ.د.', "
              "'د.', 'أ.' and institutions: not speakers); the sender is one of the authors; Outlook with "
              "windows-1256 body and headers; long Arabic DOCX name (RFC 2231)."))


def m21():
    # co-authored report from a UK-based university team: received after midnight Beirut time -> late
    when = at("2021-02-17 00:19:33")
    sent = sent_at(when, 0, 9)
    text = """Dear Regional Review Secretariat,

We are pleased to submit, on the last day, the voluntary GCM review report of the Migration Governance Lab, Department of Politics and International Relations, University of Severnbridge, co-authored with colleagues at the American University of the Gulf.

Authors: Daniel Okafor, Reem Al-Najjar, Sophie Lindqvist and Ahmad Jaber.

The main report is attached as a PDF. We also attach short biographies of the authors, for your records.

With best regards,

Daniel Okafor
Lecturer in Comparative Politics | Co-director, Migration Governance Lab
Department of Politics and International Relations
University of Severnbridge
"""
    fname = "MGL_Severnbridge_GCM_Voluntary_Review_2021.pdf"
    bios = "Author_bios_MGL.docx"
    pdf = rep_pdf("Voluntary GCM review report - Migration Governance Lab", "D. Okafor, R. Al-Najjar, S. Lindqvist, A. Jaber",
                  ["Introduction and methodology", "Objective 11: integrated border management",
                   "Objective 12: screening and referral", "Objective 23: international cooperation",
                   "Challenges", "Recommendations"])
    docx = make_docx(["Author biographies", "Daniel Okafor - Lecturer in Comparative Politics",
                      "Reem Al-Najjar - Assistant Professor, American University of the Gulf",
                      "Sophie Lindqvist - PhD researcher", "Ahmad Jaber - Research Fellow"])
    body = multi("mixed", [alt(text, "_000_CWLP193MB2210F3A6E9B1C8D47E25A0B9CWLP193MB2210GBRP_"),
                           attach("application/pdf", pdf, fname), attach(DOCX, docx, bios)],
                 "_004_CWLP193MB2210F3A6E9B1C8D47E25A0B9CWLP193MB2210GBRP_")
    subj = "Voluntary GCM review report - Migration Governance Lab (Severnbridge)"
    m = mk(when, sent, O365B[0], O365B[1], "4DkW1Nt7Fmz2", "Daniel Okafor <d.okafor@severnbridge.example.ac.uk>",
           subj, "<CWLP193MB2210F3A6E9B1C8D47E25A0B9@CWLP193MB2210.GBRP193.PROD.OUTLOOK.example.com>", body,
           extra=outlook_hdrs(subj, "AdcE1Wq8Pz3Lk0Tm5Rx2Yn7Vb4Sd9g==", lang="en-GB", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late: the Date header is Tue 16 Feb 22:19 +0000 and the body says 'on the last day', but it was "
              "received at 00:19 on 17 February Beirut time; co-authored report with an author list; the author "
              "biographies DOCX is not part of the report (as dev 020 treats a biography)."))


def m22():
    # RUMMS coordinator follows up on h193-06: Arabic version, publication; Zimbra reply with '>' quote
    when = at("2021-02-17 09:48:02")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je reviens vers vous au sujet du rapport collectif du RUMMS envoyé le 3 février (message ci-dessous), pour lequel nous avons bien reçu votre accusé de réception.

Deux questions :
1. La version arabe du rapport ne sera prête que vers le 22 février. Pourra-t-elle encore être jointe au dossier, ou la version française suffit-elle ?
2. Les rapports volontaires seront-ils publiés sur le site de la Conférence ? Certains de nos doctorants souhaiteraient citer le document dans leurs thèses.

Merci d'avance et bonne préparation de la Conférence.

Hèla Ben Romdhane

----- Mail original -----
De: "Hèla Ben Romdhane" <hela.benromdhane@cemt.example.tn>
À: gcmrrarabstates@iom.int
Envoyé: Mercredi 3 Février 2021 08:55:14
Objet: Rapport collectif du RUMMS - Examen régional du Pacte mondial

> Bonjour,
>
> Au nom du Réseau universitaire Migrations Maghreb-Sahel (RUMMS), j'ai le plaisir de vous transmettre en pièce jointe notre rapport collectif d'examen volontaire de la mise en œuvre du Pacte mondial dans la région.
> [...]
"""
    body = leaf("text/plain", flowed(text), "utf-8", "quoted-printable")
    body.replace_header("Content-Type", 'text/plain; charset=utf-8; format=flowed')
    m = mk(when, sent, ZIMBRA[0], ZIMBRA[1], "4DkZ6Bq9Rtz4",
           addr("Hèla Ben Romdhane", "hela.benromdhane@cemt.example.tn", enc="Q"),
           hdr("Re: Rapport collectif du RUMMS - Examen régional du Pacte mondial", enc="Q"),
           "<7e15c9a3-2b84-4d0f-9c61-a8e3f5d20b47@cemt.example.tn>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4026 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_3928)"),
                  ("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(22, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h193-06.eml",
        notes="follow-up to h193-06 (In-Reply-To set) with two questions (late Arabic version, publication); "
              "nothing attached; the Arabic version is only announced; Zimbra quote with a '----- Mail original "
              "-----' header block."))


def m23():
    # student research group, late, iPhone minimal, inline PDF between two text parts
    when = at("2021-02-18 19:12:36")
    sent = sent_at(when, 2, 7)
    t1 = """مساء الخير
مرفق تقرير نادي البحث في قضايا الهجرة - كلية العلوم الاجتماعية والإنسانية، جامعة الزيتون الأهلية، وأعتذر عن التأخير لأننا كنا في فترة الامتحانات النهائية.
"""
    t2 = """

مع التحية
هبة الله منصور
عن فريق النادي

أُرسلت من الـ iPhone
"""
    fname = "تقرير نادي البحث - الهجرة.pdf"
    pdf = rep_pdf("Migration Research Club - student report (Al-Zaytoun Private University)",
                  "Faculty of Social and Human Sciences - student team",
                  ["Survey of 150 students", "Youth emigration intentions", "Objective 2: drivers",
                   "Recommendations"])
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "base64"),
                           attach("application/pdf", pdf, fname, inline=True),
                           leaf("text/plain", t2, "utf-8", "base64")], "Apple-Mail-8F2A6C1D-3B7E-4E95-A0D4-61C9B5E2F703")
    m = mk(when, sent, ICLOUD[0], ICLOUD[1], "4DmC3Hv8Wpz0", addr("Heba Mansour", "hebaallah.mansour@icloud.example.com"),
           hdr("تقرير"), "<0E7B2D9C-4A61-4F38-8C25-B1D3E6A97F50@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 February), the sender apologises; a students' research club report; iPhone layout "
              "[text, inline PDF, text]: the PDF is inline, not 'attachment', but is the report; one-word "
              "subject; Arabic PDF name (RFC 2231)."))


def m24():
    # emeritus professor, late, rapporteur; details only in the signature, two affiliations; Apple Mail
    when = at("2021-02-19 08:33:50")
    sent = sent_at(when, 1, 5)
    text = """Chère Madame, cher Monsieur,

Je n'ai eu connaissance de votre appel que très récemment, par un ancien étudiant. Je sais que les délais sont dépassés, mais si le rôle de rapporteur chargé de restituer les messages clés des parties prenantes n'est pas encore pourvu, je serais heureux de m'en charger : j'ai suivi le processus du Pacte depuis Marrakech et je connais bien la plupart des réseaux de la région.

En vous remerciant de votre attention,

Bien à vous,

Mustapha Chraïbi
Professeur émérite de sociologie, Université Mohammed-Ben-Abdellah-Nord
Président d'honneur de l'Association marocaine d'études et de recherches sur les migrations (AMERM)
"""
    body = alt(text, "Apple-Mail=_5D8C0B3E-7A14-4F69-9E2D-C61B8A0F3E57")
    m = mk(when, sent, "smtp.menara.example.ma", "192.0.2.212", "4DmW7Jk1Sbz6",
           addr("Mustapha Chraïbi", "m.chraibi@menara.example.ma", enc="Q"),
           hdr("Rôle de rapporteur - Conférence régionale d'examen du PMM", enc="Q"),
           "<A2F7C18E-94B3-4D0A-8E61-3C5B9D2E7F04@menara.example.ma>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mustapha Chraïbi", "Professeur émérite de sociologie", "Université Mohammed-Ben-Abdellah-Nord",
           ["rapporteur"])],
        notes="late (19 February) and says so; the sender proposes himself, details only in the signature, which "
              "gives two affiliations on two lines (emeritus post at a university, honorary president of an "
              "association): not covered by dev; recorded as a secretary would, with the title and institution "
              "on the first line (the honorary presidency is a second hat)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
