#!/usr/bin/env python3
"""Write the blind evaluation set holdout187 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets187.py
Theme: national human rights institutions, ombudsman offices, parliamentarians and local authorities writing
to the review mailbox in February 2021: very formal letters (pasted in the body or attached as a PDF with a
short cover note), letterhead signatures, reference numbers, long copy lists, assistants writing on behalf of
their principals.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, b_word, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfcdate, sent_at, sp, std_rows, text2html,
                     top, tz)
from mailgen import outlook_rows as exch

SET = EvalSet(187)
add = SET.add

BOXNAME = "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"


def pdf_doc(lines):
    return make_pdf(lines)


def crest(cid, name="image001.png", rgb=(120, 20, 30)):
    return leaf("image/png", make_png(16, 16, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def lines_html(t):
    return "<br>\n".join(esc(x) for x in t.split("\n"))


# ================================================================ 01  NHRC, letter pasted, two speakers
M01_ID = "<VI1PR09MB33107A2C45E1F0B8D6A93C11E7B20@VI1PR09MB3310.eurprd09.prod.outlook.example.com>"


def m01():
    when = at("2021-02-01 09:14:22")
    sent = sent_at(when, 2, 7)
    text = """Ref: NCHRF/IR/2021/047
Date: 1 February 2021

To: The Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region

Subject: Nomination of speakers - Regional Review Conference, 24-25 February 2021

Dear Sir/Madam,

With reference to your kind invitation, the National Commission for Human Rights and Freedoms (NCHRF) has the honour to nominate the following members of its staff:

- Dr. Salwa Nasser, Commissioner in charge of Migrants and Refugees Rights, to act as rapporteur and deliver the key messages of stakeholders to the Conference;

- Mr. Tarek Abu Zeid, Director, Complaints and Monitoring Department, to make a floor intervention in Thematic Roundtable 2.

The Commission stands ready to provide any further information you may require and avails itself of this opportunity to renew the assurances of its highest consideration.

Yours faithfully,

Hiba Mansour
Head of International Relations Unit
National Commission for Human Rights and Freedoms (NCHRF)
4th Floor, Al-Madina Tower, Beirut - Lebanon
Tel. +961 1 998 230 | Ext. 114

cc: H.E. the Chairperson of the NCHRF
    Dr. Salwa Nasser, Commissioner
    Mr. Tarek Abu Zeid, Director CMD
    File IR/2021
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">' + lines_html(text) +
            '</p></div></body></html>\n')
    body = alt(text, "_000_VI1PR09MB33107A2C45E1F0B8D6A93C11E7B20VI1PR09MB3310eurp_", html=html)
    m = mk(when, sent, "mail-vi1eur09on2130.outbound.protection.outlook.example.com", "40.107.21.130",
           "4DTL0q3Bvnz4", "Hiba Mansour <h.mansour@nchrf.example.org.lb>",
           "NCHRF/IR/2021/047 - Nomination of speakers - GCM Regional Review", M01_ID, body,
           cc="Salwa Nasser <s.nasser@nchrf.example.org.lb>, Tarek Abu Zeid <t.abuzeid@nchrf.example.org.lb>, "
              "Chairperson Office <chair@nchrf.example.org.lb>",
           extra=exch("NCHRF/IR/2021/047 - Nomination of speakers - GCM Regional Review",
                      "AdbzM1qT0p7Kx2L4QmS9c3vRw8aYbA==", lang="en-GB"))
    aff = "National Commission for Human Rights and Freedoms (NCHRF)"
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Salwa Nasser", "Commissioner in charge of Migrants and Refugees Rights", aff, ["rapporteur"]),
        sp("Tarek Abu Zeid", "Director, Complaints and Monitoring Department", aff, ["roundtable"], 2)],
        notes="formal letter pasted in the body with a reference number and a cc list that repeats both speakers' "
              "names (with 'Director CMD'); the sender (Head of International Relations Unit) is not a speaker; "
              "'Dr.'/'Mr.' dropped; title written with its department kept whole (dev 012); 'Beirut - Lebanon' in "
              "the letterhead is not part of the affiliation."))


# ================================================================ 02  MP's office, on behalf, plenary (Arabic)
def m02():
    when = at("2021-02-01 12:40:05")
    sent = sent_at(when, 3, 6)
    text = """بسم الله الرحمن الرحيم

السادة/ أمانة المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية    المحترمون

م/ طلب مشاركة بكلمة في الجلسة العامة

تحية طيبة،

استناداً إلى كتابكم المؤرخ في كانون الثاني ٢٠٢١ بشأن المراجعة الإقليمية، يرغب سعادة النائب الدكتور حسين جبار الساعدي، عضو مجلس النواب العراقي ونائب رئيس لجنة العمل والشؤون الاجتماعية، في إلقاء مداخلة خلال الجلسة العامة للمؤتمر (٢٤-٢٥ شباط)، تتناول دور السلطة التشريعية في حماية حقوق العمال المهاجرين وتعديل قانون العمل.

يرجى التفضل بالعلم وإعلامنا بالإجراءات اللازمة، مع التقدير.

مدير مكتب النائب
علي عبد الكريم
مكتب النائب د. حسين الساعدي - بغداد
"""
    body = alt(text, "_000_DB8PR02MB5946A1B2C3D4E5F60718293A4B5C6DB8PR02MB5946eurp_", rtl=True, b64=True)
    subj = "طلب مشاركة بكلمة - النائب د. حسين الساعدي"
    m = mk(when, sent, "mail-db8eur02on0107.outbound.protection.outlook.example.com", "40.107.8.107",
           "4DTQ6v1Wd2z9", addr("مكتب النائب حسين الساعدي", "office.alsaadi@outlook.example.com"), hdr(subj),
           "<DB8PR02MB5946A1B2C3D4E5F60718293A4B5C6@DB8PR02MB5946.eurprd02.prod.outlook.example.com>", body,
           extra=exch(hdr(subj), "AQHW+Lr8T1m2Pq9nZ0K3sYcUe7fB4w==", lang="ar-IQ"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("حسين جبار الساعدي", "عضو مجلس النواب العراقي ونائب رئيس لجنة العمل والشؤون الاجتماعية", "مجلس النواب العراقي",
           ["plenary"])],
        notes="sent by the MP's office manager on behalf of the MP; speaker in prose with two honorifics "
              "('سعادة النائب الدكتور', dropped); 'عضو مجلس النواب العراقي' is both his title and the institution: "
              "the secretary records the title as written (membership + committee post) and the parliament as the "
              "affiliation (not covered by dev; judgement); 'العراقي' is part of the institution's name, not a place "
              "written after it; the office address line ('- بغداد') is not an affiliation."))


# ================================================================ 03  Médiateur: PDF letter + cover note
M03_ID = "<1f0c5e2a8b7d4c3e9a61@mediateur-royaume.example.ma>"


def m03():
    when = at("2021-02-02 10:05:31")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint la correspondance de Monsieur le Médiateur (N/Réf. : 2021/DCI/112) relative à la participation de l'Institution aux travaux de l'examen régional du Pacte mondial pour les migrations.

L'Institution souhaite y être représentée par Mme Latifa Bennani, Directrice de la coopération internationale, qui interviendra dans le cadre de la table ronde thématique n° 4.

L'original suit par voie diplomatique.

Bien cordialement,

Secrétariat de la Direction de la coopération internationale
Institution du Médiateur du Royaume
Avenue Annakhil, Hay Riad - Rabat
"""
    letter = pdf_doc(["INSTITUTION DU MEDIATEUR DU ROYAUME", "Le Mediateur", "N/Ref. : 2021/DCI/112",
                      "Rabat, le 1er fevrier 2021", "",
                      "Objet : Examen regional du Pacte mondial pour les migrations - Region arabe",
                      "", "Madame, Monsieur,",
                      "J'ai l'honneur de vous faire part de l'interet de l'Institution du Mediateur du Royaume",
                      "pour les travaux de l'examen regional. Mme Latifa Bennani, Directrice de la cooperation",
                      "internationale, representera l'Institution a la table ronde thematique n. 4.",
                      "Veuillez agreer, Madame, Monsieur, l'expression de ma haute consideration.",
                      "", "Le Mediateur du Royaume", "(signe)",
                      "Copies : Cabinet ; Direction de la cooperation internationale ; Archives"])
    fname = "Lettre_Mediateur_2021-DCI-112.pdf"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri">' + text2html(text) + '</div></body></html>\n')
    body = multi("mixed", [alt(text, "----=_NextPart_001_0031_01D6F94C.5E0A2B30", html=html),
                           attach("application/pdf", letter, fname)], "----=_NextPart_000_0030_01D6F94C.5E0A2B30")
    m = mk(when, sent, "smtp.mediateur-royaume.example.ma", "196.200.131.40", "4DTs2Jk7Mbz1",
           addr("Direction de la Coopération Internationale", "dci@mediateur-royaume.example.ma", enc="Q"),
           hdr("Examen régional du PMM - correspondance N/Réf. 2021/DCI/112", enc="Q"), M03_ID, body,
           cc="Cabinet du Médiateur <cabinet@mediateur-royaume.example.ma>, l.bennani@mediateur-royaume.example.ma",
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "fr-fr")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Latifa Bennani", "Directrice de la coopération internationale", "Institution du Médiateur du Royaume",
           ["roundtable"], 4)],
        notes="short cover note from a department secretariat with the signed letter attached as a PDF: the PDF is "
              "the speaker-request letter, not a voluntary report (no report_attachments); speaker in the cover "
              "note ('Mme' dropped); 'table ronde thématique n° 4'; the Cc list includes the speaker's own address."))


# ================================================================ 04  French out-of-office to our acknowledgement of 03
def m04():
    when = at("2021-02-02 10:06:47")
    sent = sent_at(when, 1, 2)
    text = """Bonjour,

Je suis absente du bureau du 1er au 12 février 2021 inclus, avec un accès limité à ma messagerie.
Pour toute question urgente relative à la coopération internationale, merci de contacter le secrétariat de la Direction : dci@mediateur-royaume.example.ma

Cordialement,
Latifa Bennani
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    ack_id = "<ack.4DTs2Jk7Mbz1@gcmrrarabstates.iom.int>"
    subj = "Réponse automatique : Accusé de réception - Examen régional du PMM - correspondance N/Réf. 2021/DCI/112"
    rows = std_rows(when, "smtp.mediateur-royaume.example.ma", "196.200.131.40", "4DTs3Pq0Hcz6",
                    addr("Latifa Bennani", "l.bennani@mediateur-royaume.example.ma"), hdr(subj, "iso-8859-1", "Q"),
                    rfcdate(sent), "<auto.5e0a2b31.0012@mediateur-royaume.example.ma>", to=BOXNAME,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-Mailer", "Microsoft Outlook 15.0")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack_id), ("References", "%s %s" % (M03_ID, ack_id))]
    add(4, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="out-of-office of the speaker named in h187-03, who was in Cc of the request and received a copy of "
              "our acknowledgement; Auto-Submitted: auto-replied, null Return-Path, ISO-8859-1; References name "
              "h187-03 but an auto-reply is never a follow-up (thread_of null, as dev 056)."))


# ================================================================ 05  municipality: report PDF + mayor, roundtable 3
def m05():
    when = at("2021-02-02 15:30:18")
    sent = sent_at(when, 2, 9)
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Municipality of Greater Zahle, prepared by our Social Development Department with the municipal committee on displacement and migration.

In addition, the Mayor, Mr. Elie Haddad, wishes to take the floor in the third thematic roundtable on 24-25 February to present the experience of local authorities in the Bekaa in hosting migrants and displaced persons.

Our letter ref. MGZ/SD/21-019 is reproduced in the report's first page.

Best regards,

Rita Sfeir
Head of Social Development Department
Municipality of Greater Zahle
Zahle - Lebanon
Sent from my Galaxy
"""
    rep = attach("application/pdf", pdf_doc([
        "Municipality of Greater Zahle - Ref. MGZ/SD/21-019",
        "Voluntary GCM Review Report - Local Authority Contribution", "February 2021", "",
        "1. Context: migrants and displaced persons in the municipality",
        "2. Municipal services and access to civil documentation",
        "3. Objectives 15 and 16: basic services, inclusion and social cohesion",
        "4. Challenges: fiscal crisis, data gaps", "5. Recommendations to the Regional Review"]),
        "MGZ_Voluntary_GCM_Review_Report_Feb2021.pdf")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">' + lines_html(text) + '</div></body></html>\n')
    body = multi("mixed", [alt(text, "--_com.samsung.android.email_2461887152046231", html=html), rep],
                 "--_com.samsung.android.email_2461887152046230")
    m = mk(when, sent, "mail-wm1-f54.google.example.com", "209.85.128.54", "4DTz9Xq1Rkz2",
           "Rita Sfeir <zahle.socialdev@gmail.example.com>",
           "Voluntary report + Mayor intervention - Municipality of Greater Zahle",
           "<ghx71k2p0aq9.samsung.1612272609@gmail.example.com>", body,
           cc="Mayor's Office <mayor.office@zahle-municipality.example.lb>",
           extra=[("X-Mailer", "Samsung Email")])
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=["MGZ_Voluntary_GCM_Review_Report_Feb2021.pdf"], speakers=[
            sp("Elie Haddad", "Mayor", "Municipality of Greater Zahle", ["roundtable"], 3)],
        notes="local authority: report PDF and a speaker request in one message from a phone; the mayor's title "
              "is given only as 'the Mayor' ('Mr.' dropped) and his affiliation is the municipality named in the "
              "same sentence/signature; 'third thematic roundtable' as an ordinal word; letter reference only "
              "mentioned."))


# ================================================================ 06  Arabic question from a municipality (iPhone)
def m06():
    when = at("2021-02-03 08:50:44")
    sent = sent_at(when, 3, 4)
    text = """صباح الخير

نحن بلدية صغيرة في محافظة إربد ونستقبل عدد كبير من العمال الوافدين واللاجئين. سؤالي: هل يحق للبلديات والسلطات المحلية تقديم تقرير طوعي باسمها، ولا التقرير بس للحكومات ومنظمات المجتمع المدني؟ وإذا بنقدر، في نموذج معين لازم نلتزم فيه أو عدد صفحات؟

وكمان بدنا نعرف إذا المؤتمر حضوري ولا عن بعد، لأنه رئيس البلدية ما بيقدر يسافر هالفترة.

شكراً إلكم
م. سائد الزعبي
وحدة التنمية المحلية - بلدية الطيبة الجديدة

Sent from my iPhone"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pj1-f41.google.example.com", "209.85.216.41", "4DVJ3s8Fmwz5",
           addr("Saed Zoubi", "saed.zoubi86@gmail.example.com"), hdr("استفسار"),
           "<A7E1F3C2-4B9D-4E0A-9C11-5D2B8F6E0A14@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Jordanian colloquial question from a municipal officer: may local authorities submit a voluntary "
              "report, is there a template, is the conference in person; mentions the mayor but proposes no "
              "speaker and submits nothing. One-word subject, iPhone plain text base64, English display name."))


# ================================================================ 07  French MP via parliamentary assistant, pasted form
M07_ID = "<CAK3pT8vZ1mQe0Rw9nHx2LsA7dYb4Fc6Ug5Jk@mail.gmail.example.com>"


def m07():
    when = at("2021-02-03 11:20:09")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Suite à l'invitation reçue par le bureau de l'Assemblée, je vous transmets, au nom de Madame la Députée, sa demande d'intervention. J'ai repris les rubriques de votre formulaire en ligne, qui ne fonctionnait pas ce matin :

----------------------------------------
Nom et prénom : Mme Saïda OUESLATI
Fonction : Députée, Présidente de la Commission des Tunisiens à l'étranger et de la migration
Institution : Assemblée des Représentants du Peuple (ARP)
Pays : Tunisie
Rôle souhaité : discussion ouverte (consultation du 23 février) et intervention en séance plénière
----------------------------------------

Mme Oueslati pourra intervenir en arabe ou en français.

Je reste à votre disposition pour tout complément.

Bien à vous,

Hamza Trabelsi
Attaché parlementaire
Bureau de Mme Saïda Oueslati, Députée
Assemblée des Représentants du Peuple - Le Bardo, Tunis
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="ltr">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "000000000000f5a17d05ba6c3e92", html=html)
    m = mk(when, sent, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DVQ1b4Lyxz8",
           "Hamza Trabelsi <hamza.trabelsi.arp@gmail.example.com>",
           hdr("Demande d'intervention - Mme Saïda Oueslati, Députée (ARP)", enc="Q"), M07_ID, body,
           cc="saida.oueslati@arp.example.tn")
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Saïda Oueslati", "Députée, Présidente de la Commission des Tunisiens à l'étranger et de la migration",
           "Assemblée des Représentants du Peuple (ARP)", ["open_discussion", "plenary"])],
        notes="sent by the parliamentary attaché on behalf of the MP; details in a pasted copy of the online form "
              "with the surname in capitals (recorded as usually written, 'Oueslati', as in the subject and "
              "signature) and 'Mme' dropped; two roles; the 'Pays' line is not part of the affiliation; "
              "the attaché is not a speaker."))


# ================================================================ 08  Arabic NHRI letter pasted, two speakers, Cc
def m08():
    when = at("2021-02-03 14:02:37")
    sent = sent_at(when, 3, 5)
    text = """الرقم: هـ و ح إ/ع د/٢٠٢١/٣٣
التاريخ: ٢١ جمادى الآخرة ١٤٤٢هـ الموافق ٣ فبراير ٢٠٢١م

سعادة منسق المراجعة الإقليمية للاتفاق العالمي للهجرة      المحترم

الموضوع: ترشيح ممثلي الهيئة للمشاركة في مؤتمر المراجعة الإقليمية

السلام عليكم ورحمة الله وبركاته، وبعد،

فإشارة إلى الدعوة الموجهة إلى الهيئة للمشاركة في أعمال المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، تود الهيئة الوطنية لحقوق الإنسان أن تحيطكم علماً بترشيح كل من:

أولاً: سعادة الأستاذ/ خالد بن ناصر المري، نائب رئيس الهيئة، لإلقاء مداخلة في الجلسة العامة.
ثانياً: الأستاذة/ مريم عبد العزيز الكواري، مديرة إدارة الرصد والشكاوى، للمشاركة بمداخلة في المائدة المستديرة المواضيعية الأولى.

ونرفق لكم بيانات الاتصال بالمرشحَين عند الطلب.

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة العلاقات الدولية والتعاون
الهيئة الوطنية لحقوق الإنسان
الدوحة - ص.ب ٢٤١٠٤

نسخة إلى:
- مكتب رئيس الهيئة
- إدارة الرصد والشكاوى
- الملف العام
"""
    body = multi("related", [alt(text, "_000_AM0PR07MB41120C9E8D7F6A5B4C3D2E1F0A9B8AM0PR07MB4112eurp_", rtl=True,
                                 b64=True), crest("image001.png@01D6FA2E.7C1B3F40")],
                 "_004_AM0PR07MB41120C9E8D7F6A5B4C3D2E1F0A9B8AM0PR07MB4112eurp_", params=[("type", '"multipart/alternative"')])
    subj = "ترشيح ممثلي الهيئة الوطنية لحقوق الإنسان - مؤتمر المراجعة الإقليمية"
    m = mk(when, sent, "mail-am0eur07on2120.outbound.protection.outlook.example.com", "40.107.7.120",
           "4DVX7Kc9Hpz3", addr("International Relations - NHRI", "intl.relations@nhri.example.qa"), hdr(subj),
           "<AM0PR07MB41120C9E8D7F6A5B4C3D2E1F0A9B8@AM0PR07MB4112.eurprd07.prod.outlook.example.com>", body,
           cc="k.almarri@nhri.example.qa, m.alkuwari@nhri.example.qa, chairman.office@nhri.example.qa",
           extra=exch(hdr(subj), "AdcRp2T9Kx0Lm3Qw8Zn5bVc1Yf7sHg==", lang="ar-QA", has_attach="yes"))
    aff = "الهيئة الوطنية لحقوق الإنسان"
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد بن ناصر المري", "نائب رئيس الهيئة", aff, ["plenary"]),
        sp("مريم عبد العزيز الكواري", "مديرة إدارة الرصد والشكاوى", aff, ["roundtable"], 1)],
        notes="formal NHRI letter pasted in the body with reference number, Hijri and Gregorian dates and a copy "
              "list; honorifics 'سعادة الأستاذ/' and 'الأستاذة/' dropped; 'المائدة المستديرة المواضيعية الأولى' = "
              "roundtable 1; the first speaker's title 'نائب رئيس الهيئة' is recorded as written; inline crest image "
              "is a decoy; English display name on an Arabic letter."))


# ================================================================ 09  Deputy Ombudsman, HTML-only, details only in signature
def m09():
    when = at("2021-02-04 09:31:12")
    sent = sent_at(when, 4, 5)
    inner = ("<div style=\"font-family:Arial;font-size:10pt\"><p>Dear GCM Regional Review team,</p>"
             "<p>Thank you for the invitation addressed to our Office. I would like to register my interest in "
             "taking part in the open discussion of the multi-stakeholder consultation on 23 February. Our Office "
             "receives an increasing number of complaints from domestic workers about passport retention and "
             "delayed wages, and I believe the ombudsman perspective would be useful to the discussion.</p>"
             "<p>I look forward to hearing from you.</p><p>Sincerely,</p>"
             "<table style=\"border-top:2px solid #8a1c1c\"><tr><td><b>Dr. Ahmed Al Shamsi</b><br>"
             "Deputy Ombudsman<br>Office of the Ombudsman for Labour Affairs<br>"
             "P.O. Box 17845, Abu Dhabi, United Arab Emirates<br>"
             "<span style=\"color:#777\">Ref. OLA/EXT/2021/0219</span></td></tr></table></div>")
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail.ola.example.ae", "94.200.15.77", "4DWB5Rm2Tjz7",
           "\"Ahmed Al Shamsi\" <a.alshamsi@ola.example.ae>", "GCM Regional Review - open discussion",
           "<20210204093107.AA19283@ola.example.ae>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88)")])
    add(9, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ahmed Al Shamsi", "Deputy Ombudsman", "Office of the Ombudsman for Labour Affairs", ["open_discussion"])],
        notes="HTML-only; first-person request ('I would like to...') with the name, title and office only in an "
              "HTML table signature; 'Dr.' dropped; address line and reference number are not part of the "
              "affiliation."))


# ================================================================ 10  question in the thread of 01
def m10():
    when = at("2021-02-04 16:12:55")
    sent = sent_at(when, 2, 4)
    ack_id = "<ack.4DTL0q3Bvnz4@gcmrrarabstates.iom.int>"
    text = """Dear Secretariat,

Thank you for acknowledging our nomination (ref. NCHRF/IR/2021/047).

Could you kindly let us know (a) whether Commissioner Nasser may deliver the key messages remotely should travel restrictions remain in place, and (b) how much time will be allotted to the rapporteur and to floor interventions in the roundtables, so that our team can prepare accordingly?

With thanks and best regards,

Hiba Mansour
Head of International Relations Unit
National Commission for Human Rights and Freedoms (NCHRF)

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 1, 2021 9:15 AM
To: Hiba Mansour <h.mansour@nchrf.example.org.lb>
Subject: Acknowledgement of receipt - NCHRF/IR/2021/047 - Nomination of speakers - GCM Regional Review

Dear Hiba Mansour,

Thank you for your message. Your request for speaking roles has been registered:
- Salwa Nasser (rapporteur)
- Tarek Abu Zeid (Roundtable 2)

GCM Regional Review Secretariat
"""
    body = alt(text, "_000_VI1PR09MB3310D4C3B2A1F0E9D8C7B6A5F4E3DVI1PR09MB3310eurp_")
    subj = "RE: Acknowledgement of receipt - NCHRF/IR/2021/047 - Nomination of speakers - GCM Regional Review"
    m = mk(when, sent, "mail-vi1eur09on2130.outbound.protection.outlook.example.com", "40.107.21.130",
           "4DWN8f0Lspz2", "Hiba Mansour <h.mansour@nchrf.example.org.lb>", subj,
           "<VI1PR09MB3310D4C3B2A1F0E9D8C7B6A5F4E3D@VI1PR09MB3310.eurprd09.prod.outlook.example.com>", body,
           cc="Salwa Nasser <s.nasser@nchrf.example.org.lb>",
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M01_ID, ack_id))]
           + exch("NCHRF/IR/2021/047 - Nomination of speakers - GCM Regional Review",
                  "AdbzM1qT0p7Kx2L4QmS9c3vRw8aYbAGpQ3e1", lang="en-GB"))
    add(10, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of="h187-01.eml",
        notes="reply to our acknowledgement of h187-01 asking two practical questions (remote delivery, speaking "
              "time): a real question, so it is acknowledged; the quoted acknowledgement repeats the speakers and "
              "roles but nothing new is proposed."))


# ================================================================ 11  Arabic union of municipalities: both, DOCX report + president
def m11():
    when = at("2021-02-05 20:10:03")
    sent = sent_at(when, 2, 7)
    text = """حضرات السادة في أمانة المراجعة الإقليمية المحترمين،

تحية وبعد،

يتشرف اتحاد بلديات الضاحية الجنوبية بأن يرفق طيّه تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية على المستوى المحلي، والذي أُعدّ بالتشاور مع البلديات الأعضاء الست ولجان الأحياء.

كما يرغب رئيس الاتحاد، المهندس محمد درغام، في المشاركة بمداخلة ضمن المائدة المستديرة الثالثة حول الخدمات الأساسية والإدماج على المستوى المحلي.

مرجعنا: ا.ب.ض/٢٠٢١/٨٧

وتفضلوا بقبول الاحترام،

عن رئيس الاتحاد
أمين سر الاتحاد
نادين حمود
اتحاد بلديات الضاحية الجنوبية - لبنان
"""
    fname = "تقرير الاتحاد الطوعي - الاتفاق العالمي للهجرة.docx"
    doc = make_docx(["اتحاد بلديات الضاحية الجنوبية", "التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة - ٢٠٢١",
                     "أولاً: السياق المحلي", "ثانياً: الخدمات البلدية للمهاجرين واللاجئين",
                     "ثالثاً: التحديات", "رابعاً: التوصيات"])
    body = multi("mixed", [alt(text, "Apple-Mail=_6C2E1A44-98B0-4F7E-8A2D-3B1C9E0F5D27", rtl=True), attach(DOCX, doc, fname)],
                 "Apple-Mail=_1F4D9B30-2C7A-4E18-B6E5-07A3D8C1E9F2")
    subj = "التقرير الطوعي وطلب مداخلة - اتحاد بلديات الضاحية الجنوبية"
    m = mk(when, sent, "mail-wr1-f48.google.example.com", "209.85.221.48", "4DWx0Tb6Nqz4",
           addr("نادين حمود", "n.hammoud@dahiyeh-union.example.lb"), hdr(subj),
           "<6C2E1A44-98B0-4F7E-8A2D-3B1C9E0F5D27@dahiyeh-union.example.lb>", body,
           cc=addr("رئاسة الاتحاد", "president@dahiyeh-union.example.lb"),
           extra=[("X-Mailer", "Apple Mail (2.3608.120.23.2.4)")])
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
            sp("محمد درغام", "رئيس الاتحاد", "اتحاد بلديات الضاحية الجنوبية", ["roundtable"], 3)],
        notes="local authority (union of six municipalities): DOCX report with an Arabic file name (RFC 2231) and "
              "a speaker request, both on time (5 February, 20:10); 'المهندس' is a professional honorific, dropped; "
              "title given as 'رئيس الاتحاد'; '- لبنان' after the union's name is a place, not affiliation; sent by "
              "the union's secretary 'عن رئيس الاتحاد'."))


# ================================================================ 12  French NHRI, late, two speakers, latin-1 flowed
M12_ID = "<4f9a2e71-0c3b-8d5e-1a6f-b2c7d8e9f0a1@cndh-mr.example.mr>"


def m12():
    when = at("2021-02-08 10:44:20")
    sent = sent_at(when, 0, 6)
    text = """Madame, Monsieur,

Sous couvert de Monsieur le Président de la Commission Nationale des Droits de l'Homme (CNDH), j'ai l'honneur de vous communiquer, avec nos excuses pour ce retard dû à la réception tardive de l'invitation, les noms des deux représentants proposés par la Commission :

1) M. Ahmed Salem Ould Bouhoubeyni, Président de la CNDH : rapporteur (présentation des messages clés) ;
2) Mme Aïchetou Mint Mohamed Vall, Commissaire chargée des migrations et de la traite des personnes : intervention à la table ronde thématique 2.

Nous espérons que cette demande pourra encore être prise en considération.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

--
Mohamed Lemine Sidi
Chef du service de la coopération
Commission Nationale des Droits de l'Homme (CNDH)
Ilot V, Tevragh Zeina - Nouakchott, Mauritanie
N/Réf : CNDH/SC/2021/009
"""
    body = leaf("text/plain", flowed(text), "iso-8859-1", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent, "mail.cndh-mr.example.mr", "41.188.66.12", "4DYf2Vh8Qnz0",
           addr("Mohamed Lemine Sidi", "cooperation@cndh-mr.example.mr"),
           hdr("CNDH - représentants à l'examen régional du Pacte mondial (demande tardive)", "iso-8859-1", "Q"),
           M12_ID, body,
           cc="presidence@cndh-mr.example.mr, a.mintvall@cndh-mr.example.mr, sg@cndh-mr.example.mr",
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.7.0"), ("Content-Language", "fr")])
    aff = "Commission Nationale des Droits de l'Homme (CNDH)"
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Ahmed Salem Ould Bouhoubeyni", "Président de la CNDH", aff, ["rapporteur"]),
        sp("Aïchetou Mint Mohamed Vall", "Commissaire chargée des migrations et de la traite des personnes", aff,
           ["roundtable"], 2)],
        notes="LATE (8 February) and apologises; 'sous couvert de' the president: the sender (head of cooperation) "
              "is not a speaker; two speakers in a numbered list ('M.'/'Mme' dropped); the first title is written "
              "with the acronym ('Président de la CNDH', kept as written); ISO-8859-1, format=flowed; "
              "'Nouakchott, Mauritanie' is a place."))


# ================================================================ 13  parliamentary network, on behalf, late, HTML table form
def m13():
    when = at("2021-02-09 13:05:49")
    sent = sent_at(when, 3, 5)
    text = """Dear Sir / Madam,

Apologies for the late submission. On behalf of Hon. Nasser Al-Ajmi, MP, I am forwarding below his request to speak at the Regional Review Conference. He was travelling with a parliamentary delegation until yesterday.

Name: Hon. Nasser Al-Ajmi
Position: Member of the National Assembly; Rapporteur, Human Rights Committee
Organization: National Assembly of Kuwait
Preferred session: Plenary (24 or 25 February)

Mr. Al-Ajmi is also a member of the Arab Parliamentarians Network on Migration (APNM).

Regards,
Noura Al-Rashidi
Parliamentary Researcher | Office of Hon. Nasser Al-Ajmi
National Assembly - State of Kuwait
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">'
            '<p class="MsoNormal">Dear Sir / Madam,</p>'
            '<p class="MsoNormal">Apologies for the late submission. On behalf of Hon. Nasser Al-Ajmi, MP, I am '
            'forwarding below his request to speak at the Regional Review Conference. He was travelling with a '
            'parliamentary delegation until yesterday.</p>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><td><b>Name</b></td><td>Hon. Nasser Al-Ajmi</td></tr>'
            '<tr><td><b>Position</b></td><td>Member of the National Assembly; Rapporteur, Human Rights Committee</td></tr>'
            '<tr><td><b>Organization</b></td><td>National Assembly of Kuwait</td></tr>'
            '<tr><td><b>Preferred session</b></td><td>Plenary (24 or 25 February)</td></tr></table>'
            '<p class="MsoNormal">Mr. Al-Ajmi is also a member of the Arab Parliamentarians Network on Migration '
            '(APNM).</p><p class="MsoNormal">Regards,<br><b>Noura Al-Rashidi</b><br>Parliamentary Researcher | '
            'Office of Hon. Nasser Al-Ajmi<br>National Assembly - State of Kuwait</p></div></body></html>\n')
    body = alt(text, "_000_PR3PR01MB6018B1A2C3D4E5F6A7B8C9D0E1F2APR3PR01MB6018eurp_", html=html)
    m = mk(when, sent, "mail-pr3eur01on0122.outbound.protection.outlook.example.com", "40.107.13.122",
           "4DZ4kQ7Twbz5", "\"Al-Rashidi, Noura\" <n.alrashidi@kna.example.kw>",
           "LATE REQUEST: speaking slot for Hon. Nasser Al-Ajmi, MP",
           "<PR3PR01MB6018B1A2C3D4E5F6A7B8C9D0E1F2A@PR3PR01MB6018.eurprd01.prod.outlook.example.com>", body,
           cc="\"Al-Ajmi, Nasser (MP)\" <n.alajmi@kna.example.kw>, hrc.secretariat@kna.example.kw",
           extra=exch("LATE REQUEST: speaking slot for Hon. Nasser Al-Ajmi, MP", "AQHW/q9Lm0Tx2Kb7Rz3Nc8eVp5Yf1A==")
           + [("Importance", "high"), ("X-Priority", "1")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Nasser Al-Ajmi", "Member of the National Assembly; Rapporteur, Human Rights Committee",
           "National Assembly of Kuwait", ["plenary"])],
        notes="LATE (9 February), says so; sent by a researcher on behalf of the MP; labelled lines (also an HTML "
              "table); 'Hon.' and 'MP' are honorific/post-nominal, not part of the name; the title line is kept "
              "whole; 'of Kuwait' is part of the institution's written name (unlike a place after a dash); the "
              "network named in passing (APNM) is not his affiliation for this request; From in 'Last, First' form, "
              "high importance."))


# ================================================================ 14  NHRC report: cover letter PDF + report PDF
M14_ID = "<DU2PR03MB7741E5F4A3B2C1D0E9F8A7B6C5D4EDU2PR03MB7741@DU2PR03MB7741.eurprd03.prod.outlook.example.com>"


def m14():
    when = at("2021-02-10 11:27:06")
    sent = sent_at(when, 2, 8)
    text = """Dear Secretariat,

On behalf of the Palestinian Independent Commission for Citizens' Rights (PICCR), please find attached:

1. Our cover letter, ref. PICCR/LEG/2021/112;
2. The Commission's voluntary GCM review report, focusing on the rights of Palestinian migrant workers and returnees (Objectives 6, 7 and 22).

We would appreciate confirmation of receipt.

Kind regards,

Rami Khalil
Legal Researcher, Legal Department
The Independent Commission for Human Rights (ICHR/PICCR)
Ramallah Office
"""
    cover = pdf_doc(["PICCR - Legal Department", "Ref. PICCR/LEG/2021/112", "Ramallah, 10 February 2021", "",
                     "To the Secretariat of the GCM Regional Review - Arab region",
                     "Subject: Transmission of the voluntary GCM review report", "",
                     "Please find enclosed the Commission's voluntary report.", "Commissioner General (signed)"])
    rep = pdf_doc(["Voluntary GCM Review Report 2021", "Independent Commission for Human Rights (PICCR)", "",
                   "1. Methodology: complaints database 2019-2020", "2. Migrant workers' labour rights (Obj. 6)",
                   "3. Vulnerabilities and detention (Obj. 7, 13)", "4. Return and reintegration (Obj. 21, 22)",
                   "5. Recommendations"])
    related = multi("related", [alt(text, "_000_DU2PR03MB7741E5F4A3B2C1D0E9F8A7B6C5D4EDU2PR03MB7741eurp_"),
                                crest("image002.png@01D6FF8B.3A7C2E10", "image002.png", (0, 100, 60))],
                    "_004_DU2PR03MB7741E5F4A3B2C1D0E9F8A7B6C5D4EDU2PR03MB7741eurp_",
                    params=[("type", '"multipart/alternative"')])
    body = multi("mixed", [related, attach("application/pdf", cover, "PICCR_Cover_Letter_LEG-2021-112.pdf"),
                           attach("application/pdf", rep, "PICCR_GCM_Voluntary_Report_2021.pdf")],
                 "_005_DU2PR03MB7741E5F4A3B2C1D0E9F8A7B6C5D4EDU2PR03MB7741eurp_")
    m = mk(when, sent, "mail-du2eur03on2071.outbound.protection.outlook.example.com", "40.107.2.71",
           "4DZj0Bn3Kvz8", "Rami Khalil <r.khalil@piccr.example.ps>",
           "PICCR voluntary GCM review report - ref. PICCR/LEG/2021/112", M14_ID, body,
           cc="Commissioner General Office <cg.office@piccr.example.ps>, legal@piccr.example.ps",
           extra=exch("PICCR voluntary GCM review report - ref. PICCR/LEG/2021/112",
                      "AQHW/4k2Tm9Lx0Rb8Nz1Qc7Ye3Vp6A==", has_attach="yes"))
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=["PICCR_GCM_Voluntary_Report_2021.pdf"],
        notes="two PDFs: a transmittal cover letter and the report itself; only the report file is recorded as the "
              "report (the cover letter is correspondence, not part of the report: judgement, not covered by dev); "
              "inline logo image002.png is a decoy; the signature's staff title is not a speaker request."))


# ================================================================ 15  Arabic ombudsman (ديوان المظالم) report PDF, formal
M15_ID = "<CAGx5p0Lr2=Tm8qW1zN3ePb7cV4dYf9hUj6KaA@mail.gmail.example.com>"


def m15():
    when = at("2021-02-11 09:03:41")
    sent = sent_at(when, 3, 6)
    text = """بسم الله الرحمن الرحيم

إلى: أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة - المنظمة الدولية للهجرة
من: ديوان المظالم - إدارة التعاون الدولي
المرجع: د م/ت د/٤٤٥/٢٠٢١
الموضوع: التقرير الطوعي لديوان المظالم

تحية طيبة وبعد،

نرفق لكم طيه التقرير الطوعي لديوان المظالم بشأن مراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي يتضمن عرضاً للشكاوى الواردة إلى الديوان من العمال المهاجرين خلال عامي ٢٠١٩ و٢٠٢٠، وأبرز التوصيات.

نرجو التكرم بالإفادة بالاستلام.

وتقبلوا خالص التحية،

إدارة التعاون الدولي
ديوان المظالم
"""
    fname = "التقرير الطوعي - ديوان المظالم 2021.pdf"
    rep = pdf_doc(["Diwan Al-Mazalim - Ombudsman Office", "Voluntary GCM Review Report (Arabic original)", "2021", "",
                   "1. Complaints from migrant workers 2019-2020", "2. Wage protection and access to justice",
                   "3. Recommendations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="rtl">' + text2html(text) + '</div></body></html>\n')
    body = multi("mixed", [alt(text, "0000000000004a8c2e05bb0f1d63", html=html, b64=True),
                           leaf("application/pdf", rep, cte="base64",
                                params=[("name", '"%s"' % b_word(fname))],
                                disp='attachment; filename="%s"' % b_word(fname),
                                extra=[("X-Attachment-Id", "f_kl0x7q1e0")])],
                 "0000000000004a8c3005bb0f1d65")
    subj = "التقرير الطوعي لديوان المظالم - المرجع د م/ت د/٤٤٥/٢٠٢١"
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4F0Cq5Xs1Hz7",
           addr("ديوان المظالم - التعاون الدولي", "diwan.intlcoop@gmail.example.com"), hdr(subj), M15_ID, body,
           cc="info@diwan-almazalim.example.ly")
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="ombudsman office's report as a PDF with an Arabic name RFC 2047-encoded inside the quoted "
              "filename/name parameters (Gmail style); memo-style header block (إلى/من/المرجع/الموضوع) pasted in "
              "the body; institutional Gmail address."))


# ================================================================ 16  French NHRI report DOCX, many Cc
M16_ID = "<000c01d70062$4a1b2c30$de518490$@cndh-example.ma>"


def m16():
    when = at("2021-02-11 15:48:27")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

J'ai l'honneur de vous transmettre ci-joint le rapport volontaire du Conseil national des droits de l'Homme (CNDH) dans le cadre de l'examen régional de la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Ce rapport s'appuie sur les travaux des commissions régionales du Conseil et sur les plaintes reçues en 2019-2020. Il porte notamment sur l'accès des migrants aux services de base, la lutte contre la traite et les alternatives à la rétention administrative.

Je vous saurais gré de bien vouloir en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nadia El Fassi
Chargée de mission auprès du Secrétaire général
Conseil national des droits de l'Homme - CNDH
Boulevard Erriad, Rabat

P.J. : 1
Copie : Secrétariat général ; Direction de la protection des droits de l'Homme ; Commission régionale de l'Oriental
"""
    fname = "Rapport volontaire CNDH - Pacte mondial migrations 2021.docx"
    doc = make_docx(["Conseil national des droits de l'Homme", "Rapport volontaire - examen régional du PMM - 2021",
                     "1. Méthodologie", "2. Accès aux services de base (objectif 15)",
                     "3. Lutte contre la traite (objectif 10)", "4. Alternatives à la rétention (objectif 13)",
                     "5. Recommandations"])
    body = multi("mixed", [alt(text, "----=_NextPart_001_000D_01D70062.4A1B2C30"),
                           attach(DOCX, doc, fname)], "----=_NextPart_000_000C_01D70062.4A1B2C30")
    m = mk(when, sent, "smtp.cndh-example.ma", "196.12.204.9", "4F0Q7Tk2Rmz5",
           addr("Nadia El Fassi", "n.elfassi@cndh-example.ma"),
           hdr("Transmission du rapport volontaire du CNDH - examen régional PMM", enc="Q"), M16_ID, body,
           cc="sg@cndh-example.ma, dpdh@cndh-example.ma, cr.oriental@cndh-example.ma, bureau.ordre@cndh-example.ma",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr"), ("Thread-Index",
                                                                                      "AdcAYkobLDDeUYSQT8mZ0lq2Nk7Aaw==")])
    add(16, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal transmittal ('J'ai l'honneur de vous transmettre'), 'P.J. : 1' and a copy list in the body; "
              "four addresses in Cc; DOCX name with spaces and accented letters, plain quoted filename (Outlook)."))


# ================================================================ 17  Arabic follow-up: did you receive the report of 15?
def m17():
    when = at("2021-02-12 09:10:15")
    sent = sent_at(when, 2, 5)
    text = """السادة الأفاضل،

تحية طيبة،

أرسلنا إليكم يوم أمس التقرير الطوعي لديوان المظالم (المرجع د م/ت د/٤٤٥/٢٠٢١)، ولم يصلنا ما يفيد الاستلام حتى الآن. نرجو التأكد من وصول الملف المرفق كاملاً، وإبلاغنا إن كان هناك حاجة لإعادة إرساله بصيغة أخرى.

مع الشكر،
إدارة التعاون الدولي - ديوان المظالم

في الخميس، ١١ فبراير ٢٠٢١ في ٩:٠٣ ص، كتب ديوان المظالم - التعاون الدولي <diwan.intlcoop@gmail.example.com>:
> بسم الله الرحمن الرحيم
>
> إلى: أمانة المراجعة الإقليمية للاتفاق العالمي للهجرة - المنظمة الدولية للهجرة
> من: ديوان المظالم - إدارة التعاون الدولي
> المرجع: د م/ت د/٤٤٥/٢٠٢١
> الموضوع: التقرير الطوعي لديوان المظالم
>
> نرفق لكم طيه التقرير الطوعي لديوان المظالم بشأن مراجعة تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية ...
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="rtl">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "000000000000c3d18a05bb21a7f0", html=html, b64=True)
    subj = "التقرير الطوعي لديوان المظالم - المرجع د م/ت د/٤٤٥/٢٠٢١"
    m = mk(when, sent, "mail-wm1-f45.google.example.com", "209.85.128.45", "4F0wQ3Ln5Dz1",
           addr("ديوان المظالم - التعاون الدولي", "diwan.intlcoop@gmail.example.com"), re_hdr("Re: ", subj),
           "<CAGx5p0Lt7=Rq2mW9zK1ePd3cV8bYf0hUj4NaB@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None, thread_of="h187-15.eml",
        notes="follow-up one day later asking whether the report of h187-15 arrived (Gmail reply, '>'-quoted "
              "original with the reference number and 'نرفق لكم طيه التقرير'); nothing attached, so not a new "
              "submission."))


# ================================================================ 18  French thank-you to our acknowledgement of 16 (no ack)
def m18():
    when = at("2021-02-12 12:31:02")
    sent = sent_at(when, 1, 4)
    ack_id = "<ack.4F0Q7Tk2Rmz5@gcmrrarabstates.iom.int>"
    text = """Bien reçu, merci beaucoup.

Bonne journée,
N. El Fassi

-----Message d'origine-----
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : jeudi 11 février 2021 14:49
À : Nadia El Fassi <n.elfassi@cndh-example.ma>
Objet : Accusé de réception - Transmission du rapport volontaire du CNDH - examen régional PMM

Madame,

Nous accusons réception de votre rapport volontaire (Rapport volontaire CNDH - Pacte mondial migrations 2021.docx), qui a été enregistré.

Secrétariat de l'examen régional du PMM
"""
    body = alt(text, "----=_NextPart_001_0041_01D7010F.2B7A9C10")
    subj = "RE: Accusé de réception - Transmission du rapport volontaire du CNDH - examen régional PMM"
    m = mk(when, sent, "smtp.cndh-example.ma", "196.12.204.9", "4F10c2Vm8Kz3",
           addr("Nadia El Fassi", "n.elfassi@cndh-example.ma"), hdr(subj, enc="Q"),
           "<004001d7010f$2b7a9c10$826fd430$@cndh-example.ma>", body,
           extra=[("In-Reply-To", ack_id), ("References", "%s %s" % (M16_ID, ack_id)),
                  ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")])
    add(18, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of="h187-16.eml",
        notes="thank-you reply to our acknowledgement of h187-16 (References name it): adds nothing new, so no "
              "acknowledgement; the quoted acknowledgement names the report file but nothing is attached."))


# ================================================================ 19  parliamentary committee: report in the HTML body
def m19():
    when = at("2021-02-13 08:40:33")
    sent = sent_at(when, 3, 6)
    inner = ("<p>To: GCM Regional Review Secretariat</p>"
             "<p><b>Contribution of the Committee on Human Rights and Expatriate Affairs, Shura Council, to the "
             "voluntary GCM review (Arab region, 2021)</b></p>"
             "<p>The Committee submits the following as its voluntary review report. A bound copy will follow "
             "by courier.</p>"
             "<h3>1. Legislative developments 2019-2020</h3><ul>"
             "<li>Amendments to the Labour Law extending the Wage Protection System to domestic workers (Objective 6).</li>"
             "<li>Draft law on combating trafficking in persons reviewed in committee, second reading pending (Objective 10).</li></ul>"
             "<h3>2. Oversight</h3><ul><li>Three committee hearings with the Ministry of Labour on recruitment fees "
             "and passport retention.</li><li>Field visit to two shelters for migrant workers in distress.</li></ul>"
             "<h3>3. Gaps</h3><p>Limited disaggregated data; no independent complaint mechanism for domestic "
             "workers; access to justice during COVID-19 closures.</p>"
             "<h3>4. Recommendations</h3><ol><li>Establish a national referral mechanism.</li>"
             "<li>Abolish exit-permit requirements for all categories of workers.</li>"
             "<li>Parliamentary follow-up of GCM commitments through an annual hearing.</li></ol>"
             "<p>Respectfully,</p><p>Secretariat of the Committee on Human Rights and Expatriate Affairs<br>"
             "Shura Council<br>Ref. SC/HREA/2021/14</p>")
    body = html_only(inner, lang="en")
    m = mk(when, sent, "mail.shura-council.example.bh", "193.188.97.21", "4F1Lr9Wp2Gz6",
           "Committee Secretariat <hrea.committee@shura-council.example.bh>",
           "Voluntary GCM review report - Committee on Human Rights and Expatriate Affairs",
           "<5e27c1a9.3f04.4d11.8b2a.c91e0d7f6a52@shura-council.example.bh>", body,
           cc="Chair HREA <chair.hrea@shura-council.example.bh>, legal.research@shura-council.example.bh")
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="HTML-only; the parliamentary committee's report is written in the body (headings and lists), "
              "no attachment; 'a bound copy will follow by courier' does not make the e-mail a mere announcement."))


# ================================================================ 20  Arabic provincial council member, late, signature only
def m20():
    when = at("2021-02-13 21:15:48")
    sent = sent_at(when, 3, 4)
    text = """الأخوة الأعزاء في أمانة المراجعة المحترمين

السلام عليكم

اطلعت على دعوتكم الكريمة عن طريق زملاء في منظمات المجتمع المدني، وحسب ما ورد في الرسالة العربية فإن آخر موعد لطلبات المتحدثين هو يوم الجمعة 23 شباط، لذا أرجو قبول طلبي بالمشاركة بمداخلة في إحدى الموائد المستديرة المواضيعية، وليس لدي تفضيل لمائدة معينة. المحافظة فيها آلاف العمال الوافدين في قطاع النفط والموانئ وعندنا تجربة في التنسيق بين المجلس والدوائر المحلية تستحق أن تُعرض.

مع التقدير

عباس فاضل الحلفي
عضو مجلس محافظة البصرة - رئيس لجنة العمل والخدمات
البصرة / العراق
موبايل: 07801234567
"""
    body = leaf("text/plain", text, "windows-1256", "quoted-printable")
    subj = "طلب مشاركة في المراجعة الإقليمية"
    m = mk(when, sent, "mail-qv1-f52.google.example.com", "209.85.219.52", "4F1x0Hk6Sbz9",
           addr("عباس الحلفي", "abbas.alhilfi@yahoo.example.com", "windows-1256"), hdr(subj, "windows-1256"),
           "<1131880123.2204817.1613243744512@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(20, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عباس فاضل الحلفي", "عضو مجلس محافظة البصرة - رئيس لجنة العمل والخدمات", "مجلس محافظة البصرة",
           ["roundtable"])],
        notes="LATE (13 February): relies on the Arabic letter's misprinted 'Friday 23 February'; first-person "
              "request whose name, title and council are only in the signature; 'no preference' for the roundtable "
              "(null); the title line names the council itself ('عضو مجلس محافظة البصرة'): kept as written, and the "
              "council recorded as affiliation (judgement); 'البصرة / العراق' is a place; windows-1256, Yahoo."))


# ================================================================ 21  French commune: report PDF + deputy mayor (speaker part late)
M21_ID = "<20210216163001.7F2A1C9E40@mail.commune-sfax.example.tn>"


def m21():
    when = at("2021-02-16 18:30:07")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, la Commune de Sfax a l'honneur de vous adresser ci-joint son rapport volontaire, élaboré par la Direction des affaires sociales en concertation avec les associations locales d'aide aux migrants subsahariens.

Par la même occasion, la Commune souhaiterait que M. Karim Ben Amor, Adjoint au Maire chargé des affaires sociales et de la migration, puisse prendre la parole lors de la première table ronde thématique, si cela est encore possible.

Référence : CS/DAS/2021-0147

Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Pour le Maire et par délégation,
Sonia Gharbi
Directrice des affaires sociales
Commune de Sfax - Hôtel de Ville, Sfax

Copie : Cabinet du Maire ; M. K. Ben Amor ; Bureau d'ordre
"""
    rep = attach("application/pdf", pdf_doc([
        "Commune de Sfax - Direction des affaires sociales", "Rapport volontaire - examen regional du PMM",
        "Fevrier 2021", "", "1. Profil migratoire de la commune", "2. Acces aux services municipaux",
        "3. Cohesion sociale et lutte contre les discriminations", "4. Recommandations"]),
        "Rapport_volontaire_Commune_de_Sfax_PMM.pdf")
    body = multi("mixed", [alt(text, "=_alternative 0052A1C2C1258678_="), rep], "=_mixed 0052A1C2C1258678_=")
    m = mk(when, sent, "mail.commune-sfax.example.tn", "197.14.56.30", "4F3Bm1Px7Yz2",
           addr("Sonia Gharbi", "s.gharbi@commune-sfax.example.tn"),
           hdr("Commune de Sfax : rapport volontaire PMM et demande d'intervention", enc="Q"), M21_ID, body,
           cc="cabinet.maire@commune-sfax.example.tn, k.benamor@commune-sfax.example.tn, "
              "bureau.ordre@commune-sfax.example.tn",
           extra=[("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF97 March 06, 2019"),
                  ("X-MIMETrack", "Serialize by Router on MAIL01/CommuneSfax(Release 9.0.1FP10|March 06, 2019) "
                                  "at 16/02/2021 17:30:01")])
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=["Rapport_volontaire_Commune_de_Sfax_PMM.pdf"], speakers=[
            sp("Karim Ben Amor", "Adjoint au Maire chargé des affaires sociales et de la migration", "Commune de Sfax",
               ["roundtable"], 1)],
        notes="both, received 16 February 18:30: the report part is on time (last day) but the speaker part is late "
              "('si cela est encore possible'), so on_time is false; 'Pour le Maire et par délégation': the signer "
              "is not the speaker; 'première table ronde thématique' = 1; 'M.' dropped; Lotus Notes boundaries."))


# ================================================================ 22  French-localised DSN: acknowledgement of 21 rejected
def m22():
    when = at("2021-02-16 18:31:26")
    text = """Ceci est le système de messagerie de l'hôte mail.commune-sfax.example.tn.

Nous sommes au regret de vous informer que votre message n'a pas pu
être distribué à un ou plusieurs destinataires. Il est joint ci-dessous.

<s.gharbi@commune-sfax.example.tn> : boîte aux lettres pleine
    (quota dépassé) ; le message a été refusé par le serveur
    de destination.

                   Le système de messagerie
"""
    dsn = ("Reporting-MTA: dns; mail.commune-sfax.example.tn\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; s.gharbi@commune-sfax.example.tn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\n"
           % rfcdate(tz(when - dt.timedelta(seconds=20), 1)))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: s.gharbi@commune-sfax.example.tn\n"
            "Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_:_Commune_de_Sfax_:_rapport_volontaire_PMM_et?=\n"
            " =?utf-8?Q?_demande_d=27intervention?=\n"
            "Date: %s\n"
            "Message-ID: <ack.4F3Bm1Px7Yz2@gcmrrarabstates.iom.int>\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=25)), M21_ID))
    p1 = leaf("text/plain", text, "utf-8", "8bit", extra=[("Content-Description", "Notification")])
    rep = dsn_report("x", dsn, hdrs, "7F2B0D1E88.1613493086/mail.commune-sfax.example.tn")
    rep._payload[0] = p1
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "from mail.commune-sfax.example.tn (mail.commune-sfax.example.tn [197.14.56.30])\r\n"
                         "\tby mx1.iom.int (Postfix) with ESMTPS id 4F3Bn6Rt0Wz4\r\n\tfor <gcmrrarabstates@iom.int>; "
                         + rfcdate(when, "EET")),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=3), 1))),
            ("From", "MAILER-DAEMON@mail.commune-sfax.example.tn (=?utf-8?q?Syst=C3=A8me_de_messagerie?=)"),
            ("Subject", "=?utf-8?q?Message_non_distribu=C3=A9_=3A_retour_=C3=A0_l=27exp=C3=A9diteur?="),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210216173123.7F2B0D1E88@mail.commune-sfax.example.tn>")]
    add(22, when, top(rep, rows), dict(category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="French-localised Postfix DSN (multipart/report, delivery-status, 5.2.2 mailbox full) from the "
              "commune's server for our acknowledgement of h187-21; the returned headers name h187-21 in "
              "In-Reply-To, but a bounce is not a follow-up (thread_of null). Never acknowledge."))


# ================================================================ 23  Arabic NHRI report, late by 20 minutes
def m23():
    when = at("2021-02-17 00:20:39")
    sent = sent_at(when, 2, 5)
    text = """السيدات والسادة في أمانة المراجعة الإقليمية،

تحية طيبة وبعد،

يسرّ المجلس الوطني لحقوق الإنسان أن يوافيكم بتقريره الطوعي حول تنفيذ الاتفاق العالمي للهجرة، ونعتذر عن التأخير البسيط في الإرسال بسبب انتظار اعتماد التقرير من مجلس المفوضين الذي انعقد مساء اليوم.

الملف مرفق بصيغة PDF (٢٤ صفحة).

مع خالص التقدير،

د. ليلى بن يوسف
مستشارة قانونية - وحدة حقوق المهاجرين واللاجئين
المجلس الوطني لحقوق الإنسان
"""
    rep = attach("application/pdf", pdf_doc(["National Council for Human Rights", "Voluntary GCM Review Report 2021",
                                             "(Arabic)", "", "1. Legal framework", "2. Monitoring of detention centres",
                                             "3. Labour migration", "4. Recommendations"]),
                 "NCHR_GCM_Voluntary_Report_2021_AR.pdf")
    body = multi("mixed", [alt(text, "_000_AS8PR04MB7990C1D2E3F4A5B6C7D8E9F0A1B2CAS8PR04MB7990eurp_", rtl=True,
                               b64=True), rep], "_005_AS8PR04MB7990C1D2E3F4A5B6C7D8E9F0A1B2CAS8PR04MB7990eurp_")
    subj = "التقرير الطوعي للمجلس الوطني لحقوق الإنسان"
    m = mk(when, sent, "mail-as8eur04on2105.outbound.protection.outlook.example.com", "40.107.8.105",
           "4F3Pt2Lz6Nz8", addr("ليلى بن يوسف", "l.benyoussef@nchr.example.org"), hdr(subj),
           "<AS8PR04MB7990C1D2E3F4A5B6C7D8E9F0A1B2C@AS8PR04MB7990.eurprd04.prod.outlook.example.com>", body,
           cc="commissioners.council@nchr.example.org, migrants.unit@nchr.example.org",
           extra=exch(hdr(subj), "AdcEsT0pKq3Lm8Zx1Rb9Nc2eVw7Yfg==", lang="ar-SA", has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=["NCHR_GCM_Voluntary_Report_2021_AR.pdf"],
        notes="LATE by about 20 minutes: received 00:20 on 17 February Beirut time; the sender writes 'مساء اليوم' "
              "as if still on 16 February; apologises for a 'small delay'; Arabic body, English file name."))


# ================================================================ 24  revised NHRC report v2, in thread of 14, late
def m24():
    when = at("2021-02-18 10:05:12")
    sent = sent_at(when, 2, 6)
    text = """Dear Secretariat,

Further to our submission of 10 February, please find attached a revised version of the PICCR voluntary report. Section 3 has been updated with the January 2021 detention figures and a few typos were corrected. Kindly replace the earlier version with this one.

The cover letter remains unchanged.

Best regards,

Rami Khalil
Legal Researcher, Legal Department
The Independent Commission for Human Rights (ICHR/PICCR)

From: Rami Khalil <r.khalil@piccr.example.ps>
Sent: Wednesday, February 10, 2021 11:27 AM
To: gcmrrarabstates@iom.int
Cc: Commissioner General Office <cg.office@piccr.example.ps>; legal@piccr.example.ps
Subject: PICCR voluntary GCM review report - ref. PICCR/LEG/2021/112

Dear Secretariat,

On behalf of the Palestinian Independent Commission for Citizens' Rights (PICCR), please find attached:
1. Our cover letter, ref. PICCR/LEG/2021/112;
2. The Commission's voluntary GCM review report, focusing on the rights of Palestinian migrant workers and returnees (Objectives 6, 7 and 22).
"""
    rep = attach("application/pdf", pdf_doc(["Voluntary GCM Review Report 2021 - REVISED (v2, 17 Feb 2021)",
                                             "Independent Commission for Human Rights (PICCR)", "",
                                             "3. Vulnerabilities and detention - updated January 2021 figures"]),
                 "PICCR_GCM_Voluntary_Report_2021_rev1.pdf")
    body = multi("mixed", [alt(text, "_000_DU2PR03MB7741A0B9C8D7E6F5A4B3C2D1E0F9ADU2PR03MB7741eurp_"), rep],
                 "_005_DU2PR03MB7741A0B9C8D7E6F5A4B3C2D1E0F9ADU2PR03MB7741eurp_")
    m = mk(when, sent, "mail-du2eur03on2071.outbound.protection.outlook.example.com", "40.107.2.71",
           "4F4h8Rc1Xtz0", "Rami Khalil <r.khalil@piccr.example.ps>",
           "RE: PICCR voluntary GCM review report - ref. PICCR/LEG/2021/112 (revised version)",
           "<DU2PR03MB7741A0B9C8D7E6F5A4B3C2D1E0F9A@DU2PR03MB7741.eurprd03.prod.outlook.example.com>", body,
           cc="Commissioner General Office <cg.office@piccr.example.ps>",
           extra=[("In-Reply-To", M14_ID), ("References", M14_ID)]
           + exch("PICCR voluntary GCM review report - ref. PICCR/LEG/2021/112",
                  "AQHW/4k2Tm9Lx0Rb8Nz1Qc7Ye3Vp6AIB7m2Q", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        thread_of="h187-14.eml", report_attachments=["PICCR_GCM_Voluntary_Report_2021_rev1.pdf"],
        notes="revised report replacing h187-14 (In-Reply-To set), received 18 February: late although the "
              "original was on time; the quoted original lists the cover letter, which is not re-sent; file name "
              "says 'rev1' while the PDF says 'v2'."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
