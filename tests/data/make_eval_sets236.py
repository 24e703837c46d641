#!/usr/bin/env python3
"""Write the blind evaluation set holdout236 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets236.py
Theme: governments and official bodies write to the mailbox (15 January - 19 February 2021).  A Djiboutian ministry
of labour and a Kuwaiti statistics bureau asking questions before they commit, a Mauritanian minister's chief of
cabinet requesting a plenary statement 'عن الوزيرة وبتفويض منها' and later designating the secretary-general in her
place (and the focal point's Arabic out-of-office), a permanent mission in Geneva and an embassy in Beirut sending
notes verbales as PDFs under a one-line cover (the embassy's full mailbox bounces our acknowledgement, its
counsellor chases a week later), an Egyptian governorate's office ('يعتمد'), an Algerian parliamentary committee
('D'ordre de S.E.M. le Président', 'P/ Le Président ... le Chef de cabinet') and its vice-chair's Zimbra vacation
reply, national human rights institutions of Iraq and Libya, Oman's trade union federation, a Tunisian employers'
confederation, a Jordanian ministry trusting the Arabic letter's misprinted deadline, reports from Kuwaiti, Qatari,
Algerian, Mauritanian and Sudanese bodies (one sent before midnight in Nouakchott but after midnight in Beirut), and
a Moroccan council asking about observers.  Honorifics ('H.E.', 'S.E.M.', 'معالي', 'سعادة', 'اللواء', 'م.',
'محاسب/'), letterheads, reference numbers, windows-1256, HTML-only and Zimbra mail.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, b_word, dsn_report, esc, flowed, gmail_html,
                     hdr, html_only, leaf, make_docx, make_pdf, mk, multi, rep_pdf, rfcdate, rfc2231_cont, sent_at, sp,
                     std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(236)
add = SET.add
H = "h236-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
TB_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.0"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
ZIMBRA = "Zimbra 8.8.15_GA_4007 (zclient/8.8.15_GA_4007)"


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


def tb_plain(text, charset="utf-8"):
    """Thunderbird: a lone text/plain part, format=flowed, 8bit."""
    return leaf("text/plain", flowed(text), charset, "8bit", params=[("format", "flowed")])


def long_attach(ctype, data, fname):
    """Outlook with a long non-ASCII file name: RFC 2231 continuations in the disposition, RFC 2047 name."""
    disp = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", fname))
    return leaf(ctype, data, cte="base64", params=[("name", '"%s"' % b_word(fname))], disp=disp)


def samsung_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text):
    paras = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body>'
            '</html>\n' % paras)


# ================================================================ 01  FR  other  Djiboutian ministry of labour: documents in French? who may speak? joint report?
def m01():
    when = at("2021-01-15 10:42:18")
    subj = "Examen régional du PMM - documents en français et questions du Ministère du Travail"
    text = """Madame, Monsieur,

Le Ministère du Travail chargé de la Formalisation et de la Protection Sociale a bien reçu, par l'intermédiaire du Bureau de l'OIM à Djibouti, la lettre d'invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Avant de soumettre le dossier à S.E.M. le Ministre, je vous serais reconnaissant de bien vouloir nous éclairer sur les points suivants :

1. La note conceptuelle et le programme provisoire existent-ils en français ? Nous n'avons reçu que la version anglaise de la note conceptuelle.

2. La consultation multipartite du 23 février est-elle ouverte aux représentants de l'administration, ou est-elle réservée à la société civile, aux syndicats et au secteur privé ? S.E.M. le Ministre souhaiterait savoir si un haut fonctionnaire du Ministère pourrait y prendre la parole ou s'il convient plutôt de viser une des séances de la Conférence.

3. Le Ministère envisage de préparer avec l'Agence Nationale de l'Emploi, de la Formation et de l'Insertion Professionnelle (ANEFIP) une contribution commune sur les travailleurs djiboutiens partant vers les pays du Golfe et sur les travailleurs éthiopiens et somaliens employés à Djibouti. Une contribution conjointe de deux administrations est-elle recevable comme rapport volontaire ? Existe-t-il un canevas ou un nombre de pages à respecter ?

Nous reviendrons vers vous dès que S.E.M. le Ministre aura arrêté la composition de notre participation.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

-- 
Ilyas Robleh Kayad
Conseiller technique chargé de l'emploi et des migrations de main-d'œuvre
Cabinet du Ministre
Ministère du Travail chargé de la Formalisation et de la Protection Sociale
République de Djibouti
Tél. : +253 21 00 00 00
"""
    m = mk(when, sent_at(when, 3, 6), "smtp.travail.example.dj", "203.0.113.61", "4DHb2Lw8sNz3",
           "Ilyas Robleh Kayad <i.robleh@travail.example.dj>", hdr(subj, enc="Q"),
           "<8f2c41d7-5b3e-4a09-b6e1-0d9a7c3f2e58@travail.example.dj>", tb_plain(text),
           extra=[("User-Agent", TB)])
    add(1, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="an early question (15 January) from a minister's technical adviser (Djibouti, Thunderbird, format=flowed "
              "8bit): French documents, whether officials may speak in the consultation, whether a joint report of two "
              "administrations is acceptable. Keyword-heavy ('prendre la parole', 'rapport volontaire', 'contribution "
              "commune') but nothing is submitted and nobody is named except the sender; 'S.E.M. le Ministre' is not "
              "a speaker; the ANEFIP acronym is a partner's."))


# ================================================================ 02  EN  other  Kuwait Central Statistical Bureau: would statistical tables count as a report?
def m02():
    when = at("2021-01-19 09:41:05")
    subj = "Query - statistical contribution to the GCM Regional Review (Arab States)"
    text = """Dear Sir/Madam,

Greetings from the Central Statistical Bureau of the State of Kuwait.

We have received through the Ministry of Foreign Affairs the invitation to the Regional Review of the Global Compact for Migration in the Arab region, and the Bureau would like to contribute. Before we start, we would appreciate your guidance on the following:

1. Our contribution would consist mainly of statistical tables on the non-Kuwaiti population and labour force (by nationality, sex, economic activity and occupation) drawn from the civil registry and the labour market information system, with a short analytical note of about five pages. Would such a statistical contribution be accepted as a voluntary GCM review report, or do you expect a narrative review by GCM objective?

2. Is there a template or a maximum length?

3. May the tables be submitted in Arabic with English headings?

We also understand that one of the thematic roundtables may cover migration data (GCM Objective 1). If this is the case, the Bureau may wish to propose a speaker at a later stage, and we would be grateful to know which roundtable it would be.

Thank you in advance for your kind assistance.

Best regards,

Dalal Fahad Al-Shemmari
Director, Population and Labour Force Statistics Department
Central Statistical Bureau (CSB)
State of Kuwait
Tel: +965 2200 0000
"""
    cid = "image001.png@01D6EE3A.7B41C5F0"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-US", img_cid=cid)),
                            logo(cid, (120, 30, 40))], "_004_AM0PR08MB3954A1C7E2D9F518_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR08MB3954A1C7E2D9F518_")
    m = mk(when, sent_at(when, 3, 7), "mail-am0eur08on0612.outbound.protection.outlook.example.com", "198.51.100.112",
           "4DKq7Vb2RmZ8", "Dalal Fahad Al-Shemmari <d.alshemmari@csb.example.gov.kw>", subj,
           "<AM0PR08MB3954A1C7E2D9F518@AM0PR08MB3954.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbuQ3Rm5Tk7Wn9Yp1Ss3Uv5Xx7Zz9Bb==", has_attach="no"))
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a national statistics office (Kuwait) before writing anything: would statistical tables "
              "count as a voluntary report, template, language. 'may wish to propose a speaker at a later stage' and "
              "the roundtable question name nobody: not a speaker request. The sender's title and department are in "
              "the signature only; Outlook with an inline logo (not an attachment of interest)."))


# ================================================================ 03  AR  speaker  Mauritanian ministry: plenary statement by the minister, signed by the chief of cabinet
M03_ID = "<DB7PR10MB2186C4E9A1B3F075@DB7PR10MB2186.EURPRD10.PROD.OUTLOOK.example.com>"
M03_SUBJ = "طلب إلقاء كلمة في الجلسة العامة - وزارة الوظيفة العمومية والعمل وعصرنة الإدارة"
M03_QID = "4DPm9Hc3KwZ1"
M03_FROM = "Cabinet MFPTMA <cabinet.ministre@mfptma.example.gov.mr>"
M03_CC = "Sidi Mohamed Ould Cheikh Tourad <s.cheikhtourad@mfptma.example.gov.mr>"
M03_TEXT = """الجمهورية الإسلامية الموريتانية
شرف - إخاء - عدل
وزارة الوظيفة العمومية والعمل وعصرنة الإدارة
ديوان الوزيرة

الرقم: 0112/و.و.ع.ع.إ/د.و
نواكشوط، بتاريخ 25 يناير 2021

إلى السيد منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية

الموضوع: طلب كلمة في الجلسة العامة للمؤتمر الإقليمي

تحية طيبة وبعد،

بالإشارة إلى رسالة الدعوة الموجهة إلى حكومة الجمهورية الإسلامية الموريتانية بشأن الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، يشرفني، بتكليف من معالي الوزيرة، أن أحيطكم علماً برغبة معالي السيدة الناهة بنت أحمد باب، وزيرة الوظيفة العمومية والعمل وعصرنة الإدارة، في إلقاء كلمة بلادنا في إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير 2021.

وستتناول كلمة معاليها الإصلاحات التي أدخلتها موريتانيا على تنظيم تشغيل اليد العاملة الأجنبية وتسوية أوضاع العمال المهاجرين القادمين من دول الجوار، والاتفاقيات الثنائية في مجال اليد العاملة، وحماية العمال الموريتانيين في الخارج.

ونرجو التكرم بإفادتنا بالمدة المخصصة للكلمة وبالترتيبات الفنية للمشاركة عن بعد. ويتولى متابعة هذا الملف لدى الديوان المستشار المكلف بالتشغيل والهجرة، السيد سيدي محمد ولد الشيخ التراد (في النسخة).

وتفضلوا بقبول فائق التقدير والاحترام.

عن الوزيرة وبتفويض منها
مدير الديوان
أحمد سالم ولد محمد عبد الله
"""


def m03():
    when = at("2021-01-25 12:10:33")
    a = alt(M03_TEXT, "_000_DB7PR10MB2186C4E9A1B3F075_", html=outlook_html(M03_TEXT, lang="AR-SA", rtl=True), b64=True)
    m = mk(when, sent_at(when, 0, 8), "mail-db7eur10on0620.outbound.protection.outlook.example.com", "198.51.100.120",
           M03_QID, M03_FROM, hdr(M03_SUBJ), M03_ID, a, cc=M03_CC,
           extra=outlook(hdr(M03_SUBJ), "AdbzF2Gh4Jk6Lm8Np0Qr2St4Uv6Wx8Yz==", lang="ar-SA"))
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("الناهة بنت أحمد باب", "وزيرة الوظيفة العمومية والعمل وعصرنة الإدارة",
           "وزارة الوظيفة العمومية والعمل وعصرنة الإدارة", ["plenary"])],
        notes="a government's request for a plenary statement by the minister herself, in a formal letter (letterhead, "
              "motto 'شرف - إخاء - عدل', reference number, 'الموضوع') signed by the chief of cabinet 'عن الوزيرة "
              "وبتفويض منها': the signer is not the speaker. 'معالي السيدة' dropped; the title is the full ministerial "
              "title (as for other ministers); 'إحدى الجلسات العامة' = plenary. The focal point named in Cc is not a "
              "speaker, and his out-of-office answers our acknowledgement (h236-04). Latin From name, Outlook base64, "
              "Date in UTC+0. The speaker is replaced in h236-12."))


# ================================================================ 04  AR  auto_reply  the Cc'd focal point's Arabic out-of-office on our acknowledgement of 03
def m04():
    when = at("2021-01-25 12:11:19")
    ack = ack_mid(M03_QID)
    text = """شكراً على رسالتكم.

أنا في مهمة رسمية في نواذيبو إلى غاية يوم الأحد 31 يناير 2021، ولن أتمكن من الاطلاع على بريدي الإلكتروني إلا نادراً.
للمسائل العاجلة يرجى الاتصال بديوان الوزيرة على العنوان cabinet.ministre@mfptma.example.gov.mr أو على الرقم 00 00 25 45 222+.

Je suis en mission à Nouadhibou jusqu'au dimanche 31 janvier 2021.

سيدي محمد ولد الشيخ التراد
المستشار المكلف بالتشغيل والهجرة
وزارة الوظيفة العمومية والعمل وعصرنة الإدارة
"""
    body = alt(text, "_000_DB7PR10MB2186OOF9E2C4A1B_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد تلقائي: إشعار استلام - " + M03_SUBJ)
    rows = exch_ooo(when, "mail-db7eur10on0620.outbound.protection.outlook.example.com", "198.51.100.120",
                    "4DPmB02rTqz6", addr("سيدي محمد ولد الشيخ التراد", "s.cheikhtourad@mfptma.example.gov.mr"),
                    "<DB7PR10MB21865A0E3C7D9B14@DB7PR10MB2186.EURPRD10.PROD.OUTLOOK.example.com>", subj,
                    hdr("إشعار استلام - " + M03_SUBJ), M03_ID, ack, "ar-SA", (0, 2))
    add(4, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="a ministry's Arabic Exchange out-of-office ('رد تلقائي:') of the focal point in Cc of h236-03, 46 seconds "
              "after the request, answering our acknowledgement (References name h236-03); a French line, a date, a "
              "phone number and a signature with a title and the ministry. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 05  FR  speaker  Lebanese permanent mission in Geneva: note verbale PDF, one-line cover
M05_FILE = "NV 2021-047 Examen régional PMM.pdf"


def m05():
    when = at("2021-02-01 10:15:47")
    subj = "Note verbale n° 2021/047"
    text = """Veuillez trouver ci-joint la note verbale n° 2021/047 de la Mission.

Le Registre
Mission permanente du Liban auprès de l'Office des Nations Unies à Genève et des autres organisations internationales en Suisse
Genève
"""
    nv = make_pdf([
        "MISSION PERMANENTE DU LIBAN",
        "AUPRES DE L'OFFICE DES NATIONS UNIES A GENEVE",
        "ET DES AUTRES ORGANISATIONS INTERNATIONALES EN SUISSE",
        "",
        "No 2021/047",
        "",
        "La Mission permanente du Liban aupres de l'Office des Nations Unies a Geneve et des",
        "autres organisations internationales en Suisse presente ses compliments au Secretariat",
        "de l'Examen regional du Pacte mondial pour des migrations sures, ordonnees et regulieres",
        "dans la region arabe et, se referant a la lettre d'invitation du Reseau regional des",
        "Nations Unies sur les migrations, a l'honneur de l'informer que M. Fadi Georges Nassif,",
        "Conseiller, prendra la parole au nom du Liban lors de la table ronde thematique n. 3",
        "de la Conference regionale d'examen (24-25 fevrier 2021).",
        "",
        "La Mission permanente du Liban saisit cette occasion pour renouveler au Secretariat de",
        "l'Examen regional les assurances de sa haute consideration.",
        "",
        "Geneve, le 29 janvier 2021",
        "[sceau de la Mission]",
        "",
        "Secretariat de l'Examen regional du PMM - region arabe",
        "gcmrrarabstates@iom.int",
    ])
    a = alt(text, "_000_ZR0P278MB0412F7A3C1D8E562_", html=outlook_html(text, lang="FR-CH"))
    body = multi("mixed", [a, attach("application/pdf", nv, M05_FILE)], "_004_ZR0P278MB0412F7A3C1D8E562_")
    m = mk(when, sent_at(when, 1, 9), "mail-zr0che01on0607.outbound.protection.outlook.example.com", "198.51.100.107",
           "4DTb6Qy1MrZ5", "Registre Mission Liban Geneve <registre@missionliban-geneve.example.ch>", subj,
           "<ZR0P278MB0412F7A3C1D8E562@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AdbwK8Lm1Np3Qr5St7Uv9Wx1Yz3Ab5Cd==", lang="fr-CH", has_attach="yes"))
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Fadi Georges Nassif", "Conseiller",
           "Mission permanente du Liban auprès de l'Office des Nations Unies à Genève et des autres organisations "
           "internationales en Suisse", ["roundtable"], 3)],
        notes="a note verbale as a PDF under a one-line cover signed 'Le Registre': the speaker, his rank and the "
              "roundtable ('table ronde thematique n. 3') are only in the PDF (expected check_labels warnings); the note "
              "is not a report. 'M.' dropped; the affiliation is the mission's full name, written with accents in the "
              "cover's signature and without them in the PDF. Subject gives only the note's number; PDF name with an "
              "accent (RFC 2231 + RFC 2047); Date in UTC+1."))


# ================================================================ 06  EN  speaker  Bangladesh embassy in Beirut: note verbale PDF from a Gmail address (its mailbox is full)
M06_ID = "<CAM3nX7vR1pK5wQ+t9Lb2Hd6sY4cF8gJe1k@mail.gmail.example.com>"
M06_SUBJ = "Note Verbale - nomination for Regional Review of GCM"
M06_QID = "4DVc3Tp9LxZ2"
M06_FILE = "NV_BEB_LW_2021_19.pdf"


def m06():
    when = at("2021-02-02 09:30:12")
    text = """Dear Sir/Madam,

Please find attached Note Verbale No. BEB/LW/2021/19 dated 01 February 2021 for your kind perusal and necessary action.

With regards,
Labour Wing, Embassy of the People's Republic of Bangladesh, Beirut
Tel: +961 5 000 000
"""
    nv = make_pdf([
        "EMBASSY OF THE PEOPLE'S REPUBLIC OF BANGLADESH",
        "BEIRUT, LEBANON",
        "",
        "No. BEB/LW/2021/19",
        "NOTE VERBALE",
        "",
        "The Embassy of the People's Republic of Bangladesh in Beirut presents its compliments to the",
        "Secretariat of the Regional Review of the Global Compact for Safe, Orderly and Regular",
        "Migration in the Arab Region and, with reference to the invitation to stakeholders, has the",
        "honour to nominate Mr. Anisur Rahman Talukder, Counsellor (Labour), Labour Wing of the",
        "Embassy, to make floor interventions in the plenary session and in Thematic Roundtable 2",
        "of the Regional Review Conference on 24-25 February 2021.",
        "",
        "The Embassy wishes to inform that around 150,000 Bangladeshi nationals live and work in",
        "Lebanon, the large majority of them women migrant domestic workers, many of whom have lost",
        "their employment since 2020.",
        "",
        "The Embassy of the People's Republic of Bangladesh avails itself of this opportunity to renew",
        "to the Secretariat the assurances of its highest consideration.",
        "",
        "Beirut, 01 February 2021",
        "",
        "Secretariat of the Regional Review of the GCM (Arab States), gcmrrarabstates@iom.int",
    ])
    a = alt(text, "0000000000007c2e9105ba5a1f3d", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", nv, M06_FILE)], "0000000000007c2e9305ba5a1f3f")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f51.google.example.com", "192.0.2.51", M06_QID,
           "Labour Wing BD Embassy Beirut <labourwing.beirut@gmail.example.com>", M06_SUBJ, M06_ID, body)
    add(6, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Anisur Rahman Talukder", "Counsellor (Labour)",
           "Labour Wing, Embassy of the People's Republic of Bangladesh, Beirut", ["plenary", "roundtable"], 2)],
        notes="an embassy's note verbale as a PDF under a one-line cover from a Gmail address: the nominee, his rank, "
              "the two roles (plenary and Thematic Roundtable 2) are only in the PDF (expected check_labels "
              "warnings); 'Mr.' dropped; the unit 'Labour Wing' kept with the embassy as the cover's signature writes "
              "it; the number of Bangladeshi workers is context. Our acknowledgement bounces (mailbox over quota, "
              "h236-07) and the counsellor chases from a personal address (h236-17)."))


# ================================================================ 07  EN  bounce  our acknowledgement of 06: the embassy's Gmail mailbox is over quota
def m07():
    when = at("2021-02-02 09:30:49")
    rcpt = "labourwing.beirut@gmail.example.com"
    text = POSTFIX_NOTICE + """
<%s>: host gmail-smtp-in.l.google.example.com[192.0.2.27]
    said: 552-5.2.2 The email account that you tried to reach is over quota.
    Please direct 552-5.2.2 the recipient to 552 5.2.2
    https://support.google.example.com/mail/?p=OverQuotaPerm
    x3si1180342edq.217 - gsmtp (in reply to end of DATA command)
""" % rcpt
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DVc3X1hNqz7\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; gmail-smtp-in.l.google.example.com\n"
           "Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is\n"
           "    over quota. Please direct 552-5.2.2 the recipient to 552 5.2.2\n"
           "    https://support.google.example.com/mail/?p=OverQuotaPerm x3si1180342edq.217 -\n"
           "    gsmtp\n" % (rfcdate(when - dt.timedelta(seconds=8), "EET"), rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Labour Wing BD Embassy Beirut <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, M06_SUBJ, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M06_QID),
                                  M06_ID, M06_ID))
    body = dsn_report(text, dsn, hdrs, "4DVc3Z6bWkz1.1612251049/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DVc3Z6bWkz1; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202073049.4DVc3Z6bWkz1@mx1.iom.int>")]
    add(7, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2, Gmail mailbox over quota) for our acknowledgement of the embassy's note verbale "
              "h236-06; the returned headers name h236-06 and a subject about a nomination. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 08  AR  speaker  Kafr El Sheikh governorate: the governor's office nominates a director-general
M08_ID = "<CAKf2pW6tN9mR3xV+c7Hz1Lb5sQ8dYe0gJm@mail.gmail.example.com>"
M08_SUBJ = "ترشيح ممثل محافظة كفر الشيخ للمشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة"
M08_QID = "4DVjR82mPcz4"


def m08():
    when = at("2021-02-02 12:40:26")
    text = """السيد الأستاذ/ منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة وبعد،،،

بالإشارة إلى الدعوة الكريمة الواردة إلى المحافظة عن طريق وزارة التنمية المحلية بشأن المشاركة في الاستعراض الإقليمي للاتفاق العالمي للهجرة بالمنطقة العربية،

يتشرف السيد اللواء/ محافظ كفر الشيخ بإفادة سيادتكم بترشيح السيد المهندس/ وائل عبد الحميد الجندي - مدير عام التنمية المحلية بديوان عام المحافظة - لتمثيل المحافظة والمداخلة في المائدة المستديرة المواضيعية الثانية، وذلك في ضوء خبرته في ملف الحد من الهجرة غير الشرعية من قرى مراكز مطوبس وبرج البرلس وسيدي سالم، ومشروعات تشغيل الشباب ضمن المبادرة الرئاسية "مراكب النجاة".

برجاء التكرم بالإحاطة، وإفادتنا بالإجراءات المطلوبة.

وتفضلوا بقبول وافر الاحترام،،،

يعتمد،،
مدير مكتب المحافظ
محاسب/ أشرف محمود الدسوقي
ديوان عام محافظة كفر الشيخ
"""
    body = alt(text, "000000000000e3b71c05ba5d0a66", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-wr1-f43.google.example.com", "192.0.2.143", M08_QID,
           addr("مكتب محافظ كفر الشيخ", "kafrelsheikh.gov.office@gmail.example.com"), hdr(M08_SUBJ), M08_ID, body)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("وائل عبد الحميد الجندي", "مدير عام التنمية المحلية", "ديوان عام محافظة كفر الشيخ",
           ["roundtable"], 2)],
        notes="Egyptian governorate, administrative Arabic ('السيد الأستاذ/', 'تحية طيبة وبعد،،،', 'يعتمد،،'); the "
              "governor ('السيد اللواء/ محافظ كفر الشيخ') makes the request but is not the speaker; 'السيد المهندس/' "
              "dropped; the title between dashes is recorded without its trailing 'بديوان عام المحافظة' (the affiliation, "
              "as h231-05), and the affiliation is the fullest form written, in the signature; district names and the presidential initiative's name are "
              "context; the signer's 'محاسب/' is an honorific. Gmail base64 from an office account. Thanked in h236-16."))


# ================================================================ 09  FR  speaker  Algerian parliamentary committee, HTML-only, 'P/ Le Président ... le Chef de cabinet'
M09_ID = "<1923087465.118204.1612339508311.JavaMail.zimbra@apn.example.dz>"
M09_SUBJ = "Demande de prise de parole - Commission des affaires étrangères de l'APN"
M09_QID = "4DWHc17sQvz9"
M09_INNER = """<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div style="text-align: center;"><strong>République Algérienne Démocratique et Populaire<br>Assemblée Populaire Nationale</strong><br>Commission des affaires étrangères, de la coopération et de la communauté nationale à l'étranger<br>Le Chef de cabinet</div>
<div><br></div>
<div style="text-align: right;">Alger, le 2 février 2021<br>N° 031/CAECCNE/2021</div>
<div><br></div>
<div>À l'attention du Secrétariat de l'Examen régional du Pacte mondial sur les migrations (région arabe)</div>
<div><br></div>
<div><strong>Objet :</strong> participation de la Commission à la Conférence régionale d'examen</div>
<div><br></div>
<div>Madame, Monsieur,</div>
<div><br></div>
<div>D'ordre de S.E.M. le Président de la Commission des affaires étrangères, de la coopération et de la communauté nationale à l'étranger de l'Assemblée Populaire Nationale (APN), j'ai l'honneur de vous faire part du souhait de la Commission de contribuer aux travaux de la Conférence régionale d'examen du Pacte mondial.</div>
<div><br></div>
<div>À cet effet, la Commission propose que l'honorable députée Mme Samia Bellahcene-Tounsi, Vice-présidente de la Commission, élue de la circonscription de la communauté nationale à l'étranger (zone 1 - Paris), intervienne lors d'une séance plénière de la Conférence, les 24 et 25 février 2021, sur le rôle des parlements dans la protection des droits des Algériens établis à l'étranger et dans la prévention de la migration irrégulière par voie maritime.</div>
<div><br></div>
<div>L'honorable députée est en copie du présent message.</div>
<div><br></div>
<div>Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.</div>
<div><br></div>
<div>P/ Le Président de la Commission<br>Le Chef de cabinet<br><strong>Rachid Boukhalfa</strong></div>
</div>"""


def m09():
    when = at("2021-02-03 10:05:12")
    body = html_only(M09_INNER, newlines=True)
    m = mk(when, sent_at(when, 1, 5), "mail.apn.example.dz", "203.0.113.90", M09_QID,
           "Cabinet Commission AECCNE <cabinet.caecne@apn.example.dz>", hdr(M09_SUBJ, enc="Q"), M09_ID, body,
           cc="Samia Bellahcene-Tounsi <s.bellahcene@apn.example.dz>",
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4007 (ZimbraWebClient - FF85 (Win)/8.8.15_GA_4007)")])
    add(9, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Samia Bellahcene-Tounsi", "Vice-présidente de la Commission",
           "Commission des affaires étrangères, de la coopération et de la communauté nationale à l'étranger de "
           "l'Assemblée Populaire Nationale (APN)", ["plenary"])],
        notes="parliamentary committee (Algeria), HTML-only letter (Zimbra web client) with a centred letterhead, a "
              "reference number and 'Objet :'; written 'D'ordre de S.E.M. le Président' and signed 'P/ Le Président "
              "de la Commission, Le Chef de cabinet': neither is the speaker. 'l'honorable députée Mme' dropped; the "
              "constituency ('élue de la circonscription ... zone 1 - Paris') is not part of the title; 'une séance "
              "plénière' = plenary. The speaker is in Cc and her vacation reply answers our acknowledgement (h236-10)."))


# ================================================================ 10  FR  auto_reply  the vice-chair's Zimbra vacation reply ('Re:' subject) to our acknowledgement of 09
def m10():
    when = at("2021-02-03 10:05:58")
    ack = ack_mid(M09_QID)
    text = """Bonjour,

Je suis actuellement en déplacement auprès de la communauté nationale en France et ne consulterai ma messagerie qu'à mon retour, le lundi 8 février 2021.

Pour toute question relative aux travaux de la Commission, vous pouvez vous adresser au cabinet de la Commission : cabinet.caecne@apn.example.dz

Cordialement,

Samia Bellahcene-Tounsi
Députée - Vice-présidente de la Commission des affaires étrangères, de la coopération et de la communauté nationale à l'étranger
Assemblée Populaire Nationale
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.apn.example.dz", "203.0.113.90", "4DWHd05nRkz2",
                    "Samia Bellahcene-Tounsi <s.bellahcene@apn.example.dz>",
                    hdr("Re: Accusé de réception - " + M09_SUBJ, enc="Q"), rfcdate(sent_at(when, 1, 3)),
                    "<1447210938.118219.1612339555772.JavaMail.zimbra@apn.example.dz>",
                    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M09_ID + " " + ack), ("X-Mailer", ZIMBRA)]
    add(10, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French vacation reply (Zimbra) of the deputy proposed in h236-09 (she was in Cc), 46 seconds later; its "
              "subject is a plain 'Re: Accusé de réception - ...' like a person's reply, only the Auto-Submitted "
              "(zimbra; vacation) and Precedence: bulk headers show it is automatic; it carries her name, title and "
              "the Assembly like a new nomination. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 11  EN  speaker  Iraq's national human rights institution: two speakers in an Outlook HTML table
def m11():
    when = at("2021-02-03 15:20:44")
    subj = "IHCHR nominations - Regional Review of the Global Compact for Migration"
    intro = """Dear Sir/Madam,

With reference to the invitation of the Regional United Nations Network on Migration to the Regional Review of the Global Compact for Migration in the Arab region, the Independent High Commission for Human Rights (IHCHR) of the Republic of Iraq is pleased to nominate the following speakers:
"""
    rows_ = [("1", "H.E. Dr. Ansam Jabbar Al-Khafaji", "Member of the Board of Commissioners",
              "Open discussion of the multi-stakeholder consultation (23 February)"),
             ("2", "Mr. Mustafa Raad Al-Tamimi", "Head of the Displaced Persons and Migrants' Rights Section",
              "Thematic Roundtable 4 (24-25 February)")]
    outro = """The Commission monitors the situation of Iraqi returnees from Europe and Belarus, internally displaced persons in the camps of Nineveh and Anbar, and migrant workers in Baghdad, Basra and the Kurdistan Region, and both nominees can speak to these issues.

We would be grateful for your confirmation.

Best regards,

Omar Hazim Abdulwahid
International Relations Officer
Department of International Relations and Organizations
Independent High Commission for Human Rights (IHCHR)
Baghdad - Republic of Iraq
"""
    table_txt = "No.\tName\tPosition\tSession\n" + "\n".join("\t".join(r) for r in rows_) + "\n"
    text = intro + "\n" + table_txt + "\n" + outro
    th = "".join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt"><p class="MsoNormal">'
                 '<b>%s</b><o:p></o:p></p></td>' % c for c in ("No.", "Name", "Position", "Session"))
    trs = "".join("<tr>%s</tr>" % "".join('<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p '
                                         'class="MsoNormal">%s<o:p></o:p></p></td>' % esc(c) for c in r) for r in rows_)
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
             'border:none"><tr>%s</tr>%s</table>' % (th, trs))
    html = outlook_html(intro, lang="EN-US").replace(
        "</div></body>", table + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n")
                                         for p in outro.strip("\n").split("\n\n")) + "</div></body>")
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "_000_VI1PR09MB4127B3E8C2A5D197_")
    m = mk(when, sent_at(when, 3, 8), "mail-vi1eur09on0633.outbound.protection.outlook.example.com", "198.51.100.133",
           "4DWQx52bHtz0", "Omar Hazim Abdulwahid <o.abdulwahid@ihchr.example.iq>", subj,
           "<VI1PR09MB4127B3E8C2A5D197@VI1PR09MB4127.eurprd09.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbxL4Mn6Op8Qr0St2Uv4Wx6Yz8Ab0Cd==", has_attach="no"))
    ihchr = "Independent High Commission for Human Rights (IHCHR)"
    add(11, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ansam Jabbar Al-Khafaji", "Member of the Board of Commissioners", ihchr, ["open_discussion"]),
        sp("Mustafa Raad Al-Tamimi", "Head of the Displaced Persons and Migrants' Rights Section", ihchr,
           ["roundtable"], 4)],
        notes="national human rights institution (Iraq): two speakers in an Outlook HTML table (the text/plain part "
              "is tab-separated); the name cells carry 'H.E. Dr.' and 'Mr.' (dropped); the affiliation is only in the "
              "opening sentence and the signature, where 'of the Republic of Iraq' follows the acronym; 'Open "
              "discussion of the multi-stakeholder consultation' and 'Thematic Roundtable 4'. Places in the closing "
              "paragraph are context; the sender is not a speaker."))


# ================================================================ 12  AR  speaker  Mauritanian ministry replaces the minister by the secretary-general (reply to 03)
def m12():
    when = at("2021-02-04 11:10:05")
    text = """السيد منسق أمانة الاستعراض الإقليمي المحترم،
تحية طيبة وبعد،

إلحاقاً برسالتنا رقم 0112/و.و.ع.ع.إ/د.و بتاريخ 25 يناير 2021، يؤسفني إبلاغكم بأن معالي الوزيرة لن تتمكن من إلقاء كلمة بلادنا في الجلسة العامة للمؤتمر، نظراً لتزامن موعده مع انعقاد مجلس الوزراء.

وعليه، فقد كلفت معاليها الأمين العام للوزارة، السيد محمد عبد الرحمن ولد الزين، بإلقاء الكلمة نيابة عنها في الجلسة العامة، على أن تبقى بقية الترتيبات كما وردت في رسالتنا السابقة.

نرجو التكرم بتعديل بيانات المتحدث لديكم، وإفادتنا بما يلزم.

وتفضلوا بقبول فائق الاحترام.

عن الوزيرة وبتفويض منها
مدير الديوان
أحمد سالم ولد محمد عبد الله

________________________________
من: Cabinet MFPTMA <cabinet.ministre@mfptma.example.gov.mr>
تم الإرسال: الاثنين، 25 يناير، 2021 10:10 ص
إلى: gcmrrarabstates@iom.int
نسخة: Sidi Mohamed Ould Cheikh Tourad <s.cheikhtourad@mfptma.example.gov.mr>
الموضوع: """ + M03_SUBJ + "\n\n" + M03_TEXT
    a = alt(text, "_000_DB7PR10MB21869D1F4B7A2C36_", html=outlook_html(text, lang="AR-SA", rtl=True), b64=True)
    subj = hdr("رد: " + M03_SUBJ)
    m = mk(when, sent_at(when, 0, 7), "mail-db7eur10on0620.outbound.protection.outlook.example.com", "198.51.100.120",
           "4DWsT64vKpz8", M03_FROM, subj,
           "<DB7PR10MB21869D1F4B7A2C36@DB7PR10MB2186.EURPRD10.PROD.OUTLOOK.example.com>", a, cc=M03_CC,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID)]
           + outlook(hdr(M03_SUBJ), "AdbzF2Gh4Jk6Lm8Np0Qr2St4Uv6Wx8YzAAB3kQ==", lang="ar-SA"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد عبد الرحمن ولد الزين", "الأمين العام للوزارة", "وزارة الوظيفة العمومية والعمل وعصرنة الإدارة",
           ["plenary"])],
        thread_of=H % 3,
        notes="change of the designated speaker: an Outlook reply ('رد:') to h236-03 naming the secretary-general in "
              "place of the minister; only the new speaker is listed, while the Outlook-quoted letter below (not "
              "'>'-prefixed, Arabic 'من: / تم الإرسال:' block) still names the minister and must not be counted. The "
              "role is implied by 'إلقاء الكلمة ... في الجلسة العامة'; the ministry is the affiliation by reference. On "
              "time (4 February)."))


# ================================================================ 13  EN  speaker  Oman trade union federation: self-nomination from a phone, details only in the signature
def m13():
    when = at("2021-02-04 20:45:39")
    subj = "Request to participate roundtable 3"
    text = """Dear GCM Secretariat

Good evening. I wish to request a floor intervention in the thematic roundtable no 3 on behalf of our federation, on the role of trade unions in protecting migrant workers in Oman and the new rules for changing employer without NOC which started this year.

Kindly confirm the reciept.

Regards

Nasser Khamis Al-Rashdi
Head of Arab and International Relations
General Federation of Oman Trade Unions (GFOTU)
Muscat - Sultanate of Oman
Mob: +968 9000 0000

Sent from my Samsung Galaxy smartphone.
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", samsung_html(text), "utf-8", "base64")],
                 "--_com.samsung.android.email_1612464331557610")
    m = mk(when, sent_at(when, 4, 8), "mail-pf1-f178.google.example.com", "192.0.2.178", "4DXC8m3QsWz6",
           "Nasser Al-Rashdi <nasser.alrashdi.gfotu@gmail.example.com>", subj,
           "<5xk2q9w8c1m7r4t0v6y3b5n8.1612464331557@email.android.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Nasser Khamis Al-Rashdi", "Head of Arab and International Relations",
           "General Federation of Oman Trade Unions (GFOTU)", ["roundtable"], 3)],
        notes="workers' federation (Oman): a short phone mail (Samsung Email, base64 parts) in which the sender asks to "
              "speak himself ('I wish to request'): his name, title and federation are only in the signature; 'on behalf "
              "of our federation' names no one else; 'roundtable no 3', typo 'reciept'; Date in UTC+4; 'NOC' is context."))


# ================================================================ 14  FR  both  Tunisian employers' confederation: PDF contribution + one speaker, Apple Mail
M14_FILE = "Contribution_CONECT_Pacte_mondial_migrations_février2021.pdf"


def m14():
    when = at("2021-02-05 16:30:18")
    subj = "CONECT - Contribution volontaire à l'examen régional du PMM et demande d'intervention"
    text = """Madame, Monsieur,

Au nom de la Confédération des Entreprises Citoyennes de Tunisie (CONECT), j'ai le plaisir de vous adresser en pièce jointe notre contribution volontaire à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Cette contribution porte sur les besoins en main-d'œuvre des entreprises tunisiennes (BTP, textile, agriculture), l'emploi des travailleurs subsahariens dans l'économie informelle, le recrutement équitable des Tunisiens vers l'Europe et les pays du Golfe, et la reconnaissance des compétences des migrants de retour.

Par ailleurs, la CONECT souhaiterait prendre la parole lors de la table ronde thématique 1. Notre intervenante serait :

Mme Sonia Trabelsi Gharbi
Présidente de la Commission Emploi, Compétences et Mobilité
CONECT

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

Leïla Mabrouk Zouari
Chargée des relations institutionnelles
Confédération des Entreprises Citoyennes de Tunisie (CONECT)
Tunis
"""
    pdf = rep_pdf("Contribution volontaire - Examen regional du PMM",
                  "Confederation des Entreprises Citoyennes de Tunisie (CONECT)",
                  ["Besoins en main-d'oeuvre des entreprises", "Travailleurs subsahariens et economie informelle",
                   "Recrutement equitable vers l'Europe et le Golfe", "Competences des migrants de retour",
                   "Recommandations du secteur prive"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_3B9E71A2-6C4D-4F8B-A1E0-7D2C5B9F0E14")
    body = multi("mixed", [a, attach("application/pdf", pdf, M14_FILE)],
                 "Apple-Mail=_5F0A2C8E-1D7B-4E39-B6C4-9A3E8D1F7B26")
    m = mk(when, sent_at(when, 1, 9), "smtp.conect.example.tn", "203.0.113.141", "4DXdL49wFnz3",
           addr("Leïla Mabrouk Zouari", "l.zouari@conect.example.tn", enc="Q"), hdr(subj, enc="Q"),
           "<4E7C1A93-2B6D-4F05-8E3A-C9D1B7F26A40@conect.example.tn>", body, extra=[("X-Mailer", APPLE)])
    add(14, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Sonia Trabelsi Gharbi", "Présidente de la Commission Emploi, Compétences et Mobilité",
           "Confédération des Entreprises Citoyennes de Tunisie (CONECT)", ["roundtable"], 1)],
        report_attachments=[M14_FILE],
        notes="employers' confederation (Tunisia), both, on time (Friday 5 February, 16:30): a PDF contribution whose "
              "name carries an accent (RFC 2231 + RFC 2047) and a speaker in an unlabelled three-line block ('Mme' "
              "dropped) whose organisation line is the acronym alone (fullest form from the first paragraph and the "
              "signature); 'table ronde thématique 1'. Apple Mail, Date in UTC+1; the sender is not the speaker."))


# ================================================================ 15  AR  both  Libyan human rights council: forward of the chairman's office mail, PDF + rapporteur, 22:58 on 5 Feb
M15_FILE = "تقرير المجلس الوطني للحريات العامة وحقوق الإنسان - الاتفاق العالمي للهجرة.pdf"


def m15():
    when = at("2021-02-05 22:58:10")
    subj = "Fwd: التقرير الطوعي وترشيح المقرر - المجلس الوطني للحريات العامة وحقوق الإنسان"
    text = """السلام عليكم ورحمة الله

نحيل إليكم أدناه رسالة مكتب السيد رئيس المجلس مع التقرير المرفق. نعتذر عن التأخير في الإرسال بسبب انقطاع الكهرباء في طرابلس طوال اليوم.

نسرين علي الفيتوري
قسم التعاون الدولي

---------- الرسالة المُعاد توجيهها ---------
من: مكتب رئيس المجلس <chairman.office@nclhr-libya.example.ly>
Date: الجمعة، 5 فبراير 2021 في 7:12 م
Subject: التقرير الطوعي وترشيح المقرر - المجلس الوطني للحريات العامة وحقوق الإنسان
To: نسرين علي الفيتوري <nesrine.elfitouri@gmail.example.com>


الأخت نسرين، يرجى إرسال ما يلي إلى أمانة الاستعراض الإقليمي قبل نهاية اليوم، مع التقرير المرفق:

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

يسر المجلس الوطني للحريات العامة وحقوق الإنسان أن يقدم إليكم تقريره الطوعي حول تنفيذ الاتفاق العالمي في ليبيا، والذي يتناول أوضاع المهاجرين في مراكز الإيواء، وعمليات الاعتراض في البحر، وأوضاع العمالة الوافدة في المدن الساحلية والجنوب.

كما يرشح المجلس الدكتور عبد الحكيم مفتاح الزوي، عضو المجلس ومقرر لجنة الهجرة واللجوء، ليتولى دور المقرر الذي يعرض الرسائل الرئيسية لأصحاب المصلحة في المؤتمر.

مع التقدير،
مكتب رئيس المجلس
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "National Council for Civil Liberties and Human Rights - Libya",
                  ["Migrants in detention and shelter centres", "Interceptions at sea and disembarkation",
                   "Migrant workers in coastal cities and the south", "Recommendations"])
    a = alt(text, "000000000000b1f6e805baa0c3d1", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE)], "000000000000b1f6ea05baa0c3d3")
    m = mk(when, sent_at(when, 2, 6), "mail-wm1-f66.google.example.com", "192.0.2.166", "4DXt0B5kRyz7",
           addr("نسرين الفيتوري", "nesrine.elfitouri@gmail.example.com"), hdr(subj),
           "<CAE8sQ4vT1mN7wR+b2Kz5Hc9pL3dY6fGe0x@mail.gmail.example.com>", body,
           extra=[("References", "<CAPn2wK9vR4tM1xQ+h6Bz3Lc8sY5dFe7gJa@mail.gmail.example.com>")])
    add(15, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد الحكيم مفتاح الزوي", "عضو المجلس ومقرر لجنة الهجرة واللجوء",
           "المجلس الوطني للحريات العامة وحقوق الإنسان", ["rapporteur"])],
        report_attachments=[M15_FILE],
        notes="national human rights institution (Libya), both, 22:58 on Friday 5 February (Tripoli = Beirut time): "
              "on time for both parts. A staff member forwards (Gmail, Arabic forward header with English 'Date:/"
              "Subject:/To:' labels) the chairman's office mail, which carries the request; the long Arabic PDF name "
              "(RFC 2231 + RFC 2047) is the report. The speaker's title contains 'مقرر لجنة' (rapporteur of a "
              "committee), which is his post; the role asked is 'دور المقرر الذي يعرض الرسائل الرئيسية'. 'الدكتور' "
              "dropped; the forwarder is not a speaker."))


# ================================================================ 16  AR  other  Kafr El Sheikh thanks us for the acknowledgement of 08
def m16():
    when = at("2021-02-06 10:02:44")
    ack = ack_mid(M08_QID)
    quoted = """السادة مكتب محافظ كفر الشيخ،

تؤكد أمانة الاستعراض الإقليمي استلام رسالتكم بعنوان «%s» (طلب مشاركة متحدث واحد)، وسيتم التواصل معكم لاحقاً بشأن البرنامج.

أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة - الدول العربية""" % M08_SUBJ
    text = """متشكرين جداً لسيادتكم على سرعة الرد وتأكيد الاستلام، ونتمنى لكم التوفيق.

وتفضلوا بقبول وافر الاحترام،،،
مكتب محافظ كفر الشيخ

في الثلاثاء، 2 فبراير 2021 في 12:40 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:
""" + gt(quoted) + "\n"
    body = alt(text, "0000000000004c9a2d05bab18e57", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-wr1-f43.google.example.com", "192.0.2.143", "4DY2w71cGmz5",
           addr("مكتب محافظ كفر الشيخ", "kafrelsheikh.gov.office@gmail.example.com"),
           hdr("Re: إشعار استلام - " + M08_SUBJ), "<CAKf2pW8sV4nT1xQ+m6Bz9Lc3pY7dRe5hJu@mail.gmail.example.com>",
           body, extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack)])
    add(16, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="a two-line thank-you in Egyptian administrative register ('متشكرين جداً لسيادتكم') from the governor's office answering our acknowledgement of h236-08 (References name "
              "h236-08): adds nothing new, so no acknowledgement; the quoted acknowledgement repeats the nomination "
              "subject ('ترشيح ممثل ...')."))


# ================================================================ 17  EN  other  the Bangladesh counsellor chases the note verbale of 06 from a personal address
def m17():
    when = at("2021-02-08 09:15:20")
    subj = "Confirmation of receipt - Note Verbale No. BEB/LW/2021/19"
    text = """Dear Sir/Madam,

Greetings from the Embassy of Bangladesh in Beirut.

The Labour Wing of this Embassy sent a Note Verbale (No. BEB/LW/2021/19 dated 01 February 2021) to this address on 2 February regarding participation in the Regional Review Conference. So far we have not received any acknowledgement and we are not sure whether the letter has reached you.

Kindly confirm the receipt at your earliest convenience. As the official mailbox of the Labour Wing is facing a storage problem, I would request you to kindly copy me at this address for any further correspondence.

With best regards,

Anisur Rahman Talukder
Counsellor (Labour)
Embassy of the People's Republic of Bangladesh, Beirut
"""
    body = alt(text, "000000000000f27c8d05bad3e1a4", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f42.google.example.com", "192.0.2.42", "4DZ1qN68Tcz9",
           "Anisur Rahman Talukder <anisur.talukder71@gmail.example.com>", subj,
           "<CAB5nR8wK2tV6mQ+p1Lz4Hc7sY9dFe3gJx0@mail.gmail.example.com>", body,
           cc="Labour Wing BD Embassy Beirut <labourwing.beirut@gmail.example.com>")
    add(17, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 6,
        notes="'did the letter arrive?' chaser about the note verbale of h236-06, written by the nominee himself from a "
              "personal Gmail address as a new message (no In-Reply-To/References): linked only by the note's number "
              "and date. It restates the nomination and gives his title, but proposes nothing new: other, no speakers. "
              "It explains the bounce h236-07 ('storage problem'); asks to be copied: acknowledge."))


# ================================================================ 18  AR  speaker  Jordanian ministry trusts the Arabic letter's misprinted deadline (10 Feb, late), windows-1256
def m18():
    when = at("2021-02-10 11:30:27")
    subj = "ترشيح ممثل وزارة الخارجية وشؤون المغتربين - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،
تحية طيبة وبعد،

ربطاً بكتاب الدعوة الخاص بالاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، وبالإشارة إلى ما ورد في النص العربي للدعوة من أن آخر موعد لتقديم طلبات المشاركة بالكلمات هو يوم الجمعة الموافق 23 شباط 2021، يسرني إعلامكم بأن الوزارة ترشح سعادة السيد مازن فؤاد العكايلة، مدير مديرية شؤون المغتربين، للمشاركة بمداخلة في الطاولة المستديرة المواضيعية الثالثة للمؤتمر.

وسيتحدث سعادته عن برامج الوزارة لربط المغتربين الأردنيين بالوطن، وحماية العمالة الأردنية في دول الخليج، ودور البعثات الأردنية في الخارج في متابعة أوضاعها.

وتفضلوا بقبول فائق الاحترام،

ريم نايف الخصاونة
رئيسة قسم التواصل مع المغتربين
مديرية شؤون المغتربين
وزارة الخارجية وشؤون المغتربين - المملكة الأردنية الهاشمية
هاتف: 000 0000 6 962+
"""
    html = outlook_html(text, lang="AR-JO", rtl=True).replace('charset=utf-8', 'charset=windows-1256')
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "_000_AM9PR03MB7218E5B2C4A1D689_")
    m = mk(when, sent_at(when, 2, 8), "mail-am9eur03on0641.outbound.protection.outlook.example.com", "198.51.100.141",
           "4DbHv03KmSz1", addr("ريم الخصاونة", "r.khasawneh@mfa.example.gov.jo", charset="windows-1256"),
           hdr(subj, charset="windows-1256"),
           "<AM9PR03MB7218E5B2C4A1D689@AM9PR03MB7218.eurprd03.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj, charset="windows-1256"), "AdcAY7Zb9Ac1Bd3Ce5Df7Eg9Fh1Gi3Hj==", lang="ar-JO"))
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("مازن فؤاد العكايلة", "مدير مديرية شؤون المغتربين", "وزارة الخارجية وشؤون المغتربين", ["roundtable"], 3)],
        notes="late speaker request (10 February) from a ministry of foreign affairs and expatriates (Jordan) that "
              "quotes the Arabic letter's misprinted deadline ('الجمعة الموافق 23 شباط 2021'): the English and French "
              "date (5 February) stands, so on_time is false. 'سعادة السيد' dropped; the affiliation as written without "
              "'- المملكة الأردنية الهاشمية' (the country); 'الطاولة المستديرة المواضيعية الثالثة' (Levantine month "
              "name 'شباط'). Outlook in windows-1256 (body and headers); the sender is not the speaker."))


# ================================================================ 19  AR  report  Kuwait Public Authority for Manpower: PDF, signed for the Director-General
M19_FILE = "تقرير الهيئة العامة للقوى العاملة - الاستعراض الطوعي للاتفاق العالمي 2021.pdf"


def m19():
    when = at("2021-02-11 14:02:51")
    subj = "التقرير الطوعي للهيئة العامة للقوى العاملة - دولة الكويت"
    text = """سعادة منسق أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترم،
تحية طيبة وبعد،

بالإشارة إلى الدعوة الموجهة إلى الهيئة العامة للقوى العاملة للمشاركة في الاستعراض الإقليمي للاتفاق العالمي في المنطقة العربية، يطيب لي أن أرفق لكم طيه التقرير الطوعي للهيئة، والذي يستعرض الإجراءات المتخذة خلال الفترة 2019-2020 في مجالات تنظيم استقدام العمالة الوافدة، وحماية الأجور، وتسوية النزاعات العمالية، ومراكز إيواء العمالة، والتعامل مع أوضاع العمالة خلال جائحة كورونا.

وسيتم إبلاغكم لاحقاً باسم من سيمثل الهيئة في أعمال المؤتمر.

وتفضلوا بقبول فائق الاحترام والتقدير،،

عن المدير العام
م. عبدالله حمد العجمي
مدير إدارة التخطيط والتطوير
الهيئة العامة للقوى العاملة - دولة الكويت
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Public Authority for Manpower - State of Kuwait",
                  ["Regulating recruitment of migrant workers", "Wage protection system",
                   "Labour disputes and shelters", "Measures during COVID-19", "Next steps"])
    cid = "image001.png@01D70078.3AC2E510"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-KW", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (0, 100, 60))], "_006_AS8PR07MB7431C2E6A9D4B153_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AS8PR07MB7431C2E6A9D4B153_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M19_FILE)], "_007_AS8PR07MB7431C2E6A9D4B153_")
    m = mk(when, sent_at(when, 3, 9), "mail-as8eur07on0609.outbound.protection.outlook.example.com", "198.51.100.109",
           "4DbmF28xLtz4", addr("Abdullah Hamad Al-Ajmi", "a.alajmi@manpower.example.gov.kw"), hdr(subj),
           "<AS8PR07MB7431C2E6A9D4B153@AS8PR07MB7431.eurprd07.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcAh3Jk5Lm7Np9Qr1St3Uv5Wx7Yz9Ab==", lang="ar-KW", has_attach="yes"))
    add(19, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="a labour authority's report (Kuwait) as a formal cover letter ('سعادة', 'طيه') signed 'عن المدير العام' "
              "by a director ('م.' = Eng.); long Arabic PDF name (RFC 2231 + RFC 2047); the inline signature logo is "
              "not part of the report. 'وسيتم إبلاغكم لاحقاً باسم من سيمثل الهيئة' announces a representative for "
              "later: not a speaker request. Outlook mixed > alternative > related, base64."))


# ================================================================ 20  EN  report  Qatari ministry: report DOCX + Arabic executive summary PDF, on behalf of H.E. the Minister
M20_FILE1 = "ADLSA contribution - GCM Regional Review (Arab States) 2021.docx"
M20_FILE2 = "الملخص التنفيذي - مساهمة الوزارة.pdf"


def m20():
    when = at("2021-02-15 10:31:08")
    subj = "Submission: ADLSA voluntary review report - Regional Review of the GCM"
    text = """Dear Colleagues,

On behalf of H.E. the Minister of Administrative Development, Labour and Social Affairs, I am pleased to transmit herewith the voluntary review report of the Ministry of Administrative Development, Labour and Social Affairs (ADLSA) of the State of Qatar for the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab region.

The submission consists of two files:
- the full report in English (Word), and
- an executive summary in Arabic (PDF).

The report presents the labour reforms adopted since 2019, including the removal of the exit permit and of the No-Objection Certificate requirement to change employer, the non-discriminatory minimum wage, the Workers' Support and Insurance Fund and the labour dispute settlement committees.

We remain at your disposal for any clarification.

Kind regards,

Maryam Saad Al-Kuwari
Director, International Cooperation Department
Ministry of Administrative Development, Labour and Social Affairs
State of Qatar
"""
    doc = make_docx(["Ministry of Administrative Development, Labour and Social Affairs (ADLSA) - State of Qatar",
                     "Voluntary GCM review report - Regional Review, Arab States 2021",
                     "1. Labour reforms 2019-2020", "2. Exit permits and change of employer",
                     "3. Minimum wage", "4. Workers' Support and Insurance Fund", "5. Dispute settlement",
                     "6. Way forward"])
    summ = rep_pdf("Executive summary (Arabic)", "ADLSA - State of Qatar",
                   ["Labour reforms", "Minimum wage", "Workers' fund", "Way forward"])
    a = alt(text, "_000_DU2PR02MB7629A3F1B8E4C057_", html=outlook_html(text, lang="EN-GB"))
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE1), attach("application/pdf", summ, M20_FILE2)],
                 "_004_DU2PR02MB7629A3F1B8E4C057_")
    m = mk(when, sent_at(when, 3, 8), "mail-du2eur02on0614.outbound.protection.outlook.example.com", "198.51.100.114",
           "4DdLk91vQwz6", "Maryam Saad Al-Kuwari <m.alkuwari@adlsa.example.gov.qa>", subj,
           "<DU2PR02MB7629A3F1B8E4C057@DU2PR02MB7629.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcDm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef==", lang="en-GB", has_attach="yes"))
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE1, M20_FILE2],
        notes="a ministry's report (Qatar) sent 'On behalf of H.E. the Minister' by a department director: two files "
              "that together make up the report (full English DOCX and an Arabic executive-summary PDF, Arabic name "
              "RFC 2231 + RFC 2047), both listed; the minister and the signer are not speakers; reform names are "
              "context. Outlook, Date in UTC+3."))


# ================================================================ 21  FR  report  Algerian Secretariat of State for the diaspora: DOCX (long accented name) + signed cover letter, 23:47 on 16 Feb
M21_FILE = "Contribution du Secrétariat d'État chargé de la Communauté nationale et des Compétences à l'étranger - Examen régional PMM.docx"
M21_LETTER = "Lettre_transmission_SE_signee.pdf"


def m21():
    when = at("2021-02-16 23:47:31")
    subj = "Contribution de l'Algérie (SECNCE) - Examen régional du Pacte mondial sur les migrations"
    text = """Madame, Monsieur,

D'ordre de Son Excellence Monsieur le Secrétaire d'État chargé de la Communauté nationale et des Compétences à l'étranger, j'ai l'honneur de vous transmettre ci-joint la contribution du Secrétariat d'État (SECNCE) à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières, ainsi que la lettre de transmission signée.

La contribution traite de la mobilisation des compétences algériennes établies à l'étranger, de la protection consulaire, du rapatriement des ressortissants bloqués à l'étranger pendant la pandémie de COVID-19 et du rapatriement des dépouilles mortelles.

Nous vous prions de bien vouloir excuser cet envoi de dernière minute, dû aux délais de validation.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Karim Aït Hamouda
Directeur de la coopération et des relations extérieures
Secrétariat d'État chargé de la Communauté nationale et des Compétences à l'étranger
Alger
"""
    doc = make_docx(["Secretariat d'Etat charge de la Communaute nationale et des Competences a l'etranger (SECNCE)",
                     "Contribution a l'examen regional du Pacte mondial sur les migrations - fevrier 2021",
                     "1. Mobilisation des competences nationales a l'etranger", "2. Protection consulaire",
                     "3. Rapatriements pendant la pandemie de COVID-19", "4. Rapatriement des depouilles mortelles",
                     "5. Perspectives"])
    letter = make_pdf(["REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE",
                       "Secretariat d'Etat charge de la Communaute nationale et des Competences a l'etranger",
                       "Le Secretaire d'Etat", "", "Lettre de transmission",
                       "Objet : contribution a l'examen regional du PMM", "", "[signature et cachet]"])
    a = alt(text, "_000_PR3P191MB1375D8A2F6C4E091_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, long_attach(DOCX, doc, M21_FILE), attach("application/pdf", letter, M21_LETTER)],
                 "_004_PR3P191MB1375D8A2F6C4E091_")
    m = mk(when, sent_at(when, 1, 11), "mail-pr3fra01on0629.outbound.protection.outlook.example.com", "198.51.100.129",
           "4DgC5s82WnZ3", addr("Karim Aït Hamouda", "k.aithamouda@secnce.example.gov.dz", enc="Q"), hdr(subj, enc="Q"),
           "<PR3P191MB1375D8A2F6C4E091@PR3P191MB1375.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcEb5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr1St==", lang="fr-FR", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="a ministry of expatriates (Algerian Secretariat of State) at 23:47 on 16 February Beirut time (22:47 in "
              "Algiers): on time although it apologises for 'cet envoi de dernière minute'. Written 'D'ordre de Son "
              "Excellence Monsieur le Secrétaire d'État' by a director. The DOCX with a very long accented name (RFC 2231 "
              "continuations) is the report; the signed transmission letter PDF is not."))


# ================================================================ 22  FR  report  Mauritanian statistics agency: 23:25 in Nouakchott on 16 Feb = 01:25 in Beirut on 17 Feb (late)
M22_FILE = "ANSADE_Note_migrations_internationales_Mauritanie_2021.pdf"


def m22():
    when = at("2021-02-17 01:25:44")
    subj = "Rapport volontaire ANSADE - examen régional du PMM"
    text = """Bonjour,

Veuillez trouver ci-joint la note de l'Agence Nationale de la Statistique et de l'Analyse Démographique et Économique (ANSADE) sur les migrations internationales en Mauritanie, que nous soumettons comme rapport volontaire pour l'examen régional du Pacte mondial.

La note présente les principaux indicateurs disponibles (stocks de migrants par nationalité, émigration mauritanienne, transferts de fonds) ainsi que les lacunes des données, en lien avec l'objectif 1 du Pacte.

Nous espérons qu'elle vous parvient dans les délais, la date limite étant fixée à ce soir.

Bien cordialement,

Mohamed Lemine Ould Sidi Brahim
Chef du Service des statistiques démographiques et sociales
Agence Nationale de la Statistique et de l'Analyse Démographique et Économique (ANSADE)
Nouakchott - Mauritanie
"""
    pdf = rep_pdf("Note sur les migrations internationales en Mauritanie",
                  "Agence Nationale de la Statistique et de l'Analyse Demographique et Economique (ANSADE)",
                  ["Stocks de migrants par nationalite", "Emigration mauritanienne", "Transferts de fonds",
                   "Lacunes des donnees et objectif 1 du Pacte", "Recommandations"])
    body = multi("mixed", [tb_plain(text), attach("application/pdf", pdf, M22_FILE)],
                 "------------A7C3E9F1B5D20846E1A3C7F9")
    body.preamble = "This is a multi-part message in MIME format."
    m = mk(when, sent_at(when, 0, 4), "smtp.ansade.example.mr", "203.0.113.222", "4DgG0k37XbZ8",
           "Mohamed Lemine Ould Sidi Brahim <ml.sidibrahim@ansade.example.mr>", hdr(subj, enc="Q"),
           "<b71e5c20-9a4d-4f83-8c16-3e0d7a92f5b1@ansade.example.mr>", body, extra=[("User-Agent", TB_LINUX)])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M22_FILE],
        notes="late report from a national statistics agency (Mauritania): the Date header reads Tue 16 Feb 23:25 +0000 "
              "and the text hopes it arrives 'dans les délais, la date limite étant fixée à ce soir', but the server "
              "received it at 01:25 on 17 February Beirut time, after the 23:59:59 +02:00 deadline. Thunderbird, "
              "format=flowed 8bit; a statistical note submitted explicitly as the voluntary report."))


# ================================================================ 23  EN  report  Sudan's anti-trafficking committee, two days late, Gmail
M23_FILE = "NCCT Sudan - Voluntary GCM Review Report.pdf"


def m23():
    when = at("2021-02-18 09:50:02")
    subj = "Voluntary GCM Review Report - National Committee for Combating Human Trafficking (Sudan) - apologies for the delay"
    text = """Dear Regional Review Secretariat,

Please find attached the voluntary GCM review report of the National Committee for Combating Human Trafficking (NCCT) of the Republic of Sudan.

We sincerely apologise for sending it after the deadline of 16 February. The final draft had to be cleared by the members of the Committee from the Ministries of Interior, Justice, Labour and Social Development, and the clearance was completed only yesterday evening. We would be very grateful if the report could still be considered.

The report covers the national plan of action against trafficking 2021-2023, the protection of victims along the eastern border with Eritrea and Ethiopia, cooperation with Libya and Egypt on smuggling cases, and the return of Sudanese migrants stranded abroad during COVID-19.

Best regards,

Hind Abdelmoneim Osman
Rapporteur, Technical Secretariat
National Committee for Combating Human Trafficking (NCCT)
Khartoum - Sudan
"""
    pdf = rep_pdf("Voluntary GCM Review Report", "National Committee for Combating Human Trafficking (NCCT) - Sudan",
                  ["National plan of action 2021-2023", "Victims along the eastern border",
                   "Cooperation with Libya and Egypt", "Returns during COVID-19", "Recommendations"])
    a = alt(text, "000000000000d94a7e05bb9f3c62", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "000000000000d94a8005bb9f3c64")
    m = mk(when, sent_at(when, 2, 7), "mail-lj1-f180.google.example.com", "192.0.2.180", "4DhX2c66MvZ1",
           "NCCT Sudan Secretariat <ncct.sudan.secretariat@gmail.example.com>", subj,
           "<CAG7mW3xQ9kT5vR+n2Bz8Lc1sP4dYe6fHj3@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M23_FILE],
        notes="late report (18 February) from a national anti-trafficking committee (Sudan) that says so; the sender's "
              "title is 'Rapporteur, Technical Secretariat', which is her post in the committee and not a request for "
              "the rapporteur role; ministries named are the committee's members. Gmail, PDF name with spaces."))


# ================================================================ 24  FR  other  Moroccan council for the diaspora: two observers, interpretation, link
def m24():
    when = at("2021-02-19 11:05:17")
    subj = "Participation du CCME en qualité d'observateur - Conférence régionale d'examen du PMM"
    text = """Madame, Monsieur,

Le Conseil de la Communauté Marocaine à l'Étranger (CCME) suit avec intérêt les préparatifs de l'examen régional du Pacte mondial sur les migrations.

Le Conseil ne sollicite pas de prise de parole, mais deux de ses cadres souhaiteraient suivre les travaux de la Conférence des 24 et 25 février en qualité d'observateurs :
- M. Youssef Amrani Bennis, chargé d'études, pôle Migrations et développement ;
- Mme Hind Tazi Mokha, chargée de mission auprès du Secrétaire général.

Pourriez-vous nous indiquer :
1. si une inscription préalable des observateurs est nécessaire, et selon quelles modalités ;
2. si l'interprétation en français sera assurée pendant les séances plénières et les tables rondes ;
3. à quel moment le lien de connexion sera communiqué ?

Avec nos remerciements anticipés,

Salma Berrada
Chargée des partenariats institutionnels
Conseil de la Communauté Marocaine à l'Étranger (CCME)
Rabat
"""
    a = alt(text, "_000_MR1P264MB2065C7E3A9B1F482_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-mr1fra01on0616.outbound.protection.outlook.example.com", "198.51.100.116",
           "4DjB7w53RsZ0", "Salma Berrada <s.berrada@ccme.example.org.ma>", hdr(subj, enc="Q"),
           "<MR1P264MB2065C7E3A9B1F482@MR1P264MB2065.FRAP264.PROD.OUTLOOK.example.com>", a,
           extra=outlook(hdr(subj, enc="Q"), "AdcGf8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx==", lang="fr-FR"))
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="an official consultative council (Morocco) asks about observer registration, French interpretation and "
              "the link; it names two staff with titles in a list, but as observers ('ne sollicite pas de prise de "
              "parole'), so no speakers; 'séances plénières et tables rondes' are asked about, not requested."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
