#!/usr/bin/env python3
"""Write the blind evaluation set holdout290 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets290.py
Theme: languages crossing (25 January - 17 February 2021).  Arabic speakers writing English or French with literal
turns of phrase ('we are honored to nominate the brother Mr. Dr. ...', 'Kindly find the attached our report', 'notre
frère Si Lahcen', 'nous prions Dieu de couronner vos travaux'), French speakers writing English with false friends
('assist to the conference', 'responsible of', 'eventually', 'inscription'), and messages whose request, signature,
subject or report are in different languages: a Basra organisation nominating a legal-aid head whose name it spells
three ways (his bilingual out-of-office answers, and a reply later corrects the spelling to the passport form; the
same organisation's Arabic report comes a day late), an Agadir association and its thank-you, a Lyon doctoral
student who only wants to attend, a Beirut network whose Arabic letter carries an English report (replaced by the
final version later), a Sudanese 'both' with an Arabic subject and an Arabic report, a Yemeni in Jeddah writing
Arabic with an English signature, an Oran researcher writing French with an Arabic signature, an Egyptian
question in dialect, a Marseille collective's English 'round table n°4', a Mauritanian agency that declines, a
Beirut francophone association's English report, a Sudanese worker in Riyadh two minutes before the speaker
deadline (Date header on the 6th), a Cairo nomination seven minutes late whose Cc (spelled the other way) bounces,
a Sfax 'both' in Tunisian Arabic with a French report and a late rapporteur, a Misrata report in two languages,
a Tamanrasset report in French under an Arabic subject, and a Comoros report at 00:35 Moroni time (23:35 in
Beirut) followed by its director's vacation message.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(290)
add = SET.add
H = "h290-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
TB_LINUX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
IPHONE = "iPhone Mail (18D52)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.11"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7c21e9a4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def android_html(text, rtl=False):
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def iphone_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '%s</body></html>\n' % inner)


def outlook_quote(frm, sent, to, subject, cc=None):
    """The header block Outlook puts above a quoted original (not '>'-prefixed)."""
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


def rel_outlook(text, lang, cid, rgb, uid, rtl=False):
    """Outlook body: text/plain + (text/html with the signature logo in a related part)."""
    rel = multi("related", [leaf("text/html", outlook_html(text, lang=lang, img_cid=cid, rtl=rtl)),
                            logo(cid, rgb)], "_004_%s_" % uid, params=[("type", '"text/html"')])
    return multi("alternative", [leaf("text/plain", text), rel], "_000_%s_" % uid)


def ooo_rows(when, host, ip, qid, sender, mid, subject, orig_id, ack, delay, extra=()):
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied")] + list(extra), ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack)]


# ================================================================ 01  EN  speaker  Basra: 'honored to nominate the brother Mr. Dr.', name spelled two ways
M01_ID = "<DB7PR02MB4411C6A2F0E9B73D@DB7PR02MB4411.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Nomination of Speaker for the Regional Review of GCM - Roundtable No.(2)"
M01_QID = "4DPm2Kc40Tz7"
M01_FROM = "Ali Jabbar Al-Maliki <info@rafidain-rocmd.example.iq>"
M01_CC = '"Dr. Haidar Al-Saedi" <h.alsaedi@rafidain-rocmd.example.iq>'
M01_CV = "CV - Dr. Haidar Al-Saedi.pdf"
M01_TEXT = """To/ The Secretariat of the Regional Review of the Global Compact for Migration in the Arab Region
International Organization for Migration (IOM)

Subject/ Nomination of speaker

Greetings and respect,

With reference to your invitation letter regarding the Regional Review of the Global Compact for Safe, Orderly and Regular Migration in the Arab Region, we in Al-Rafidain Organization for the Care of Migrants and Displaced Persons (ROCMD) are honored to nominate the brother Mr. Dr. Haider Abdul-Kareem Al-Saadi, Head of the Legal Aid Unit in our organization, to participate as speaker in the thematic roundtable No. (2) on 24-25 February 2021.

Dr. Haidar Al-Saedi has a long experience of more than 15 years in the field of the legal assistance to the returnees and the internally displaced persons in Basra and the southern governorates, and he participated in many national workshops about the civil documentation of the returnees from Iran and Syria.

Kindly find the attached his CV. Dr. Haider is in copy of this email for your kind follow up.

We take this opportunity to express to you our highest consideration and appreciation.

Best Regards

Ali Jabbar Al-Maliki
Director of Public Relations
Al-Rafidain Organization for the Care of Migrants and Displaced Persons
Basra - Iraq
Mob: +964 780 000 0000
"""


def m01():
    when = at("2021-01-25 10:12:40")
    cv = make_pdf(["CURRICULUM VITAE", "Dr. Haidar Abdulkarim Al-Saedi", "Head of Legal Aid Unit - ROCMD, Basra",
                   "PhD in Public Law, University of Basrah (2009)", "2005-2012 Lawyer, Basra Bar Association",
                   "2012- ROCMD Legal Aid Unit"])
    uid = "DB7PR02MB4411C6A2F0E9B73D"
    a = rel_outlook(M01_TEXT, "EN-US", "image001.png@01D6F30B.2A7C9E10", (0, 100, 60), uid)
    body = multi("mixed", [a, attach("application/pdf", cv, M01_CV)], "_006_%s_" % uid)
    m = mk(when, sent_at(when, 3, 9), "mail-db7eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", M01_QID, M01_FROM, M01_SUBJ, M01_ID, body, cc=M01_CC,
           extra=outlook(M01_SUBJ, "AdbzCm2Lw8Tq4Rp6Yx0Zn3Vb5Kc7Hg==", lang="en-US", has_attach="yes"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Haider Abdul-Kareem Al-Saadi", "Head of the Legal Aid Unit",
           "Al-Rafidain Organization for the Care of Migrants and Displaced Persons (ROCMD)", ["roundtable"], 2)],
        notes="Arabic-influenced formal English ('To/', 'Subject/', 'are honored to nominate the brother Mr. Dr.', "
              "'Kindly find the attached his CV'): 'the brother', 'Mr.' and 'Dr.' all dropped. The nominee's name is "
              "spelled three ways in one message (nomination line 'Haider Abdul-Kareem Al-Saadi', then 'Dr. Haidar "
              "Al-Saedi', the Cc display name and the CV file name): the label keeps the full nomination form. "
              "Roundtable written 'No. (2)' and in the subject 'No.(2)'; the acronym ROCMD only in the body, not "
              "in the signature. The sender (PR director) is not the speaker; the CV PDF is not a report. Outlook "
              "with signature logo, Date in UTC+3. The nominee's bilingual out-of-office follows (h290-02) and the "
              "organisation corrects the spelling later (h290-08)."))


# ================================================================ 02  AR  auto_reply  the nominee's bilingual out-of-office (Arabic first)
def m02():
    when = at("2021-01-25 10:13:55")
    text = """السلام عليكم ورحمة الله،

أنا حالياً خارج المكتب في مهمة ميدانية في محافظة ميسان حتى يوم 31/1/2021، وخدمة الانترنت غير متوفرة بشكل منتظم. سأقوم بالرد على رسالتكم حال عودتي إن شاء الله. للأمور العاجلة يرجى الاتصال بمكتب وحدة المساعدة القانونية.

Dear Sender,

I am out of the office on a field mission in Maysan governorate until 31/1/2021 with limited access to the internet. I will reply to your email upon my return. For urgent matters kindly contact the Legal Aid Unit office.

د. حيدر عبد الكريم الساعدي
رئيس وحدة المساعدة القانونية
Dr. Haidar Abdulkarim Al-Saedi
Head of Legal Aid Unit - ROCMD
"""
    ack = ack_mid(M01_QID)
    body = alt(text, "_000_DB7PR02MB4411OOF81C2D_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    subj = "Automatic reply: Acknowledgement of receipt - " + M01_SUBJ
    rows = ooo_rows(when, "mail-db7eur02on0611.outbound.protection.outlook.example.com", "198.51.100.111",
                    "4DPm3Wx71Gz5", addr("Haidar Al-Saedi", "h.alsaedi@rafidain-rocmd.example.iq"),
                    "<DB7PR02MB44117E3F0A95C2B8@DB7PR02MB4411.eurprd02.prod.outlook.example.com>", subj, M01_ID,
                    ack, (3, 2), extra=[("X-Auto-Response-Suppress", "All")])
    rows += [("Thread-Topic", "Acknowledgement of receipt - " + M01_SUBJ), ("Content-Language", "ar-IQ"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "h.alsaedi@rafidain-rocmd.example.iq")]
    add(2, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the nominee of h290-01 (he was in Cc), 75 seconds after our "
              "acknowledgement: Arabic paragraph first, then the same in English, under an English 'Automatic "
              "reply:' subject; signed in both scripts with a fourth spelling of his name ('Abdulkarim') and "
              "his title, so it reads like a speaker's details. Auto-Submitted, X-Auto-Response-Suppress, null "
              "Return-Path. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 03  FR  speaker  Agadir: 'notre frère Si Lahcen', passport spelling LAHSEN
M03_ID = "<1611740412877.3318204@mail.yahoo.example.com>"
M03_SUBJ = "Proposition d'intervenant - Association Tamount pour la Migration et le Développement"
M03_QID = "4DQr7Hn25Bz3"
M03_TEXT = """Au nom de Dieu le Clément le Miséricordieux

À Messieurs les responsables du Secrétariat de l'Examen régional du Pacte mondial sur la migration
Que la paix soit sur vous,

Nous avons l'honneur, au nom du bureau de l'Association Tamount pour la Migration et le Développement (ATMD) d'Agadir, de vous proposer notre frère Si Lahcen Aït Ouaziz, coordinateur régional des programmes, pour prendre la parole lors de la table ronde numéro 3 de la conférence régionale.

Si Lahcen est lui-même un ancien émigré : il a travaillé dix-huit ans dans l'agriculture à Almería et à Huelva avant de revenir au bled en 2012, et depuis il accompagne les jeunes et les ouvrières saisonnières de la région qui partent en Espagne ou qui en reviennent.

Pour les formalités d'inscription, nous vous précisons que son nom s'écrit ainsi sur le passeport : AIT OUAZIZ LAHSEN.

Nous vous remercions d'avance de votre bienveillance et nous prions Dieu de couronner vos travaux de succès.

Veuillez agréer, Messieurs, nos salutations les plus respectueuses.

Pour le bureau de l'association
Le Secrétaire général
Brahim Oubella
Association Tamount pour la Migration et le Développement – Agadir
Tél : 06 00 00 00 00
"""


def m03():
    when = at("2021-01-27 09:40:17")
    a = alt(M03_TEXT, "----=_Part_3318203_1127460532.1611740412876", html=yahoo_html(M03_TEXT))
    m = mk(when, sent_at(when, 1, 5), "sonic317-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.217", M03_QID,
           "Brahim Oubella <atmd.agadir@yahoo.example.fr>", hdr(M03_SUBJ, enc="Q"), M03_ID, a,
           extra=[("X-Mailer", YAHOO)])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Lahcen Aït Ouaziz", "coordinateur régional des programmes",
           "Association Tamount pour la Migration et le Développement (ATMD)", ["roundtable"], 3)],
        notes="French written with Arabic formulas ('Au nom de Dieu le Clément le Miséricordieux', 'Que la paix soit "
              "sur vous', 'nous prions Dieu de couronner vos travaux'): 'notre frère' and the Moroccan honorific "
              "'Si' are not part of the name (the second paragraph starts 'Si Lahcen est...'). The passport form "
              "'AIT OUAZIZ LAHSEN' (surname first, another spelling) is given for registration; the label keeps "
              "the nomination form. 'table ronde numéro 3'; the signer (secretary general) is not the speaker; "
              "'dix-huit ans' and 2012 are history. Yahoo, Date in UTC+1. Thank-you follows (h290-05)."))


# ================================================================ 04  EN  other  Lyon PhD student (French speaker): 'assist to the conference', only attend
def m04():
    when = at("2021-01-27 16:25:48")
    subj = "Demand of information - assist to the conference of 24-25 February"
    text = """Dear Madam, Dear Sir,

I permit myself to write you concerning the Regional Review of the Global Compact for Migration in the Arab region.

I am actually doing a PhD in sociology at the Université Lumière Lyon 2 about the Tunisian and Moroccan returnees and their reintegration, and I have seen the announce of the conference on the website of a partner association. I would be very interested to assist to the conference of 24 and 25 February, and if possible also to the consultation of the 23rd, only as observer: I have no report to present and I do not demand to take the floor.

Is there an inscription to do, and is it possible for a PhD student who is not member of an organisation? In the case it is online, is there a link to receive?

I thank you in advance for your answer and I remain at your disposal for any complementary information.

Cordially,

Mathilde Rousseau-Benali
Doctorante en sociologie – Centre Max Weber (UMR 5283)
Université Lumière Lyon 2
"""
    a = alt(text, "000000000000a3c41b05b9e26f18", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 7), "mail-wr1-f47.google.example.com", "192.0.2.147", "4DQs4Vd83Lz0",
           "Mathilde Rousseau-Benali <mathilde.rousseaubenali@gmail.example.com>", subj,
           "<CAE7wKp4Rt1nX8mQ+b2Vc9Lz5sD3hJf6gT0@mail.gmail.example.com>", a)
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a French speaker writing English with false friends: 'assist to the conference' (assister = attend), "
              "'demand of information', 'actually' (= currently), 'inscription' (= registration), 'the announce'. "
              "She only wants to attend as an observer and says so in one sentence ('I have no report to present "
              "and I do not demand to take the floor'): other, acknowledged in English although the signature is "
              "in French. Gmail, Date in UTC+1."))


# ================================================================ 05  FR  other  the Agadir secretary thanks us for the acknowledgement of 03
def m05():
    when = at("2021-01-28 11:05:32")
    ack = ack_mid(M03_QID)
    ack_text = """Madame, Monsieur,

Le secrétariat de l'Examen régional du Pacte mondial sur les migrations (États arabes) accuse réception de votre message « %s » et de votre proposition d'intervenant. Le secrétariat reviendra vers vous au sujet du programme.

Examen régional du PMM – États arabes""" % M03_SUBJ
    text = """Bonjour,

Bien reçu, merci beaucoup pour votre réponse. Que Dieu vous récompense.

Si Lahcen vous salue et vous remercie également.

Cordialement
Brahim Oubella


Le mercredi 27 janvier 2021 à 09:41:02 UTC+1, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :


""" + gt(ack_text) + "\n"
    a = alt(text, "----=_Part_3421977_640981553.1611824728190", html=yahoo_html(text))
    m = mk(when, sent_at(when, 1, 4), "sonic302-9.consmr.mail.ir2.yahoo.example.com", "198.51.100.202",
           "4DRc9Jm16Wz4", "Brahim Oubella <atmd.agadir@yahoo.example.fr>",
           hdr("Re: Accusé de réception - " + M03_SUBJ, enc="Q"), "<1611824728191.3421978@mail.yahoo.example.com>",
           a, extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack), ("X-Mailer", YAHOO)])
    add(5, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="short thank-you in answer to our acknowledgement of h290-03 (References name h290-03): 'Que Dieu vous "
              "récompense' and 'Si Lahcen vous salue' add nothing new, so no acknowledgement; the quoted "
              "acknowledgement mentions the speaker proposal. Yahoo quote line in French."))


# ================================================================ 06  AR  report  Beirut network: Arabic letter, English subject, signature and report
M06_ID = "<AM6PR10MB2630A7E1C94D5B28@AM6PR10MB2630.EURPRD10.PROD.OUTLOOK.example.com>"
M06_SUBJ = "Voluntary GCM Review Report - Nawafidh Network for Migrant Workers' Support"
M06_FILE = "Nawafidh_Voluntary_GCM_Review_Report_2021_EN.pdf"
M06_TEXT = """حضرة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسرّ شبكة نوافذ لدعم العمال المهاجرين أن ترسل إليكم تقريرها الطوعي حول تنفيذ الاتفاق العالمي للهجرة في لبنان خلال الفترة 2019-2020، مرفقاً بهذه الرسالة.

التقرير مكتوب باللغة الإنكليزية لأن فريق البحث يضم زملاء وزميلات من الجاليات الإثيوبية والسريلانكية والبنغلادشية، وهو يتناول ثلاثة محاور: أثر الأزمة الاقتصادية وانهيار سعر صرف الليرة على أجور العاملات في الخدمة المنزلية، وأوضاع العمال الذين فقدوا أوراقهم بعد انفجار المرفأ، وإمكانية الوصول إلى العدالة وآليات الشكاوى.

نأمل أن يكون التقرير مفيداً لأعمال الاستعراض، ونحن جاهزون لأي استيضاح.

مع فائق الاحترام،

Rana Khalil Haddad
Research & Advocacy Coordinator
Nawafidh Network for Migrant Workers' Support
Mar Mikhael, Beirut - Lebanon
www.nawafidh.example.org
"""


def m06():
    when = at("2021-01-29 14:20:09")
    pdf = rep_pdf("Voluntary GCM review report (draft v3)", "Nawafidh Network for Migrant Workers' Support, Beirut",
                  ["Wages of domestic workers and the collapse of the lira", "Workers who lost their papers after 4 August",
                   "Access to justice and complaint mechanisms", "Recommendations"])
    uid = "AM6PR10MB2630A7E1C94D5B28"
    a = rel_outlook(M06_TEXT, "AR-LB", "image001.png@01D6F64E.5B1D2C80", (200, 90, 20), uid, rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M06_FILE)], "_006_%s_" % uid)
    m = mk(when, sent_at(when, 2, 11), "mail-am6eur10on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4DSb1Pr58Yz6", "Rana Khalil Haddad <rana.haddad@nawafidh.example.org>", M06_SUBJ,
           M06_ID, body, extra=outlook(M06_SUBJ, "AQHW9k3Tx5Rb8Nm2Qw4Er6Ty8Ui0Og==", lang="ar-LB", has_attach="yes"))
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_FILE],
        notes="the letter is in Arabic but the subject, the signature and the report (PDF, English file name) are "
              "in English: acknowledge in Arabic, the language the sender wrote to us in. The letter says why the "
              "report is in English; 2019-2020 is the period covered. Outlook with an RTL HTML part and a "
              "signature logo (not a report). The network replaces the file with its final version (h290-21)."))


# ================================================================ 07  EN  both  Khartoum: Arabic subject, 'Kindly find the attached our report', Arabic report, chairman
M07_FILE = "التقرير الطوعي للمنظمة السودانية للهجرة والتنمية 2021.docx"


def m07():
    when = at("2021-02-01 12:30:44")
    subj = "التقرير الطوعي وطلب مشاركة - المنظمة السودانية للهجرة والتنمية"
    text = """Dear Sirs,

Greetings from Khartoum.

Kindly find the attached our voluntary report on the implementation of the Global Compact for Migration in Sudan, prepared by the Sudanese Organization for Migration and Development (SOMD). The report is in Arabic language, and we will try to send an English summary later if God wills.

Also, we are pleased to request for a chance to our chairman, Mr. Dr. Mohamed Osman Elamin, Chairman of the Board of Trustees, to deliver a word in the plenary session of the conference, to talk about the situation of the Sudanese migrants in the Gulf and Libya and the returnees after the revolution.

For your information, the name of Dr. Mohammed Osman El-Amin in his passport is written MOHAMED OSMAN ELAMIN AHMED.

Please confirm the receipt.

Thanks and best regards

Hiba Abdelrahim
Program Officer
هبة عبد الرحيم
مسؤولة برامج - المنظمة السودانية للهجرة والتنمية
Khartoum 2, Sudan
"""
    doc = make_docx(["المنظمة السودانية للهجرة والتنمية", "التقرير الطوعي حول تنفيذ الاتفاق العالمي للهجرة في السودان",
                     "أولاً: المهاجرون السودانيون في دول الخليج وليبيا", "ثانياً: العائدون بعد 2019",
                     "ثالثاً: الهجرة غير النظامية عبر الصحراء", "رابعاً: التوصيات"])
    a = alt(text, "000000000000c81f7d05ba46a3e2", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M07_FILE)], "000000000000c81f8005ba46a3e4")
    m = mk(when, sent_at(when, 2, 10), "mail-ed1-f52.google.example.com", "192.0.2.152", "4DVa6Qt33Mz2",
           "Hiba Abdelrahim <somd.sudan@gmail.example.com>", hdr(subj),
           "<CAJx5Nq8Pw3kT1vM+f7Rb2Lc9sE4dGh6yK0@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Osman Elamin", "Chairman of the Board of Trustees",
           "Sudanese Organization for Migration and Development (SOMD)", ["plenary"])],
        report_attachments=[M07_FILE],
        notes="English body under an Arabic subject, with an Arabic report (DOCX with an Arabic file name, RFC 2231 + "
              "RFC 2047) and a half-Arabic signature: acknowledge in English. Literal turns ('Kindly find the "
              "attached our voluntary report', 'request for a chance to our chairman ... to deliver a word in the "
              "plenary session'); 'Mr. Dr.' dropped; the name is spelled 'Mohamed Osman Elamin', then 'Mohammed "
              "Osman El-Amin', then the passport form with a fourth name: the label keeps the nomination form. "
              "'we will try to send an English summary later' is not a second report. Gmail."))


# ================================================================ 08  EN  speaker  Basra corrects the nominee's spelling (reply quoting 01)
def m08():
    when = at("2021-02-02 09:15:26")
    subj = "RE: " + M01_SUBJ
    text = """Dear Sirs,

Further to our below email, kindly note that there was a mistake in the spelling of the name of our nominee. The correct spelling as in his passport is:

HAIDAR ABDULKAREEM AL-SAEDI

i.e. Dr. Haidar Abdulkareem Al-Saedi, Head of the Legal Aid Unit. Please use this spelling for the badge and the list of speakers. The rest of the information is the same (roundtable No. 2).

Sorry for the inconvenience.

Best Regards

Ali Jabbar Al-Maliki
Director of Public Relations
ROCMD - Basra

""" + outlook_quote(M01_FROM, "Monday, January 25, 2021 11:12 AM", "gcmrrarabstates@iom.int", M01_SUBJ,
                    cc=M01_CC) + "\n" + M01_TEXT
    uid = "DB7PR02MB4411F2B8D07A6E19"
    a = rel_outlook(text, "EN-US", "image001.png@01D6F934.1E8B5F20", (0, 100, 60), uid)
    m = mk(when, sent_at(when, 3, 8), "mail-db7eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4DWh8Fk62Rz1", M01_FROM, subj,
           "<DB7PR02MB4411F2B8D07A6E19@DB7PR02MB4411.eurprd02.prod.outlook.example.com>", a, cc=M01_CC,
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)]
           + outlook(M01_SUBJ, "AdbzCm2Lw8Tq4Rp6Yx0Zn3Vb5Kc7HgAB5d2Tw==", lang="en-US"))
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Haidar Abdulkareem Al-Saedi", "Head of the Legal Aid Unit",
           "Al-Rafidain Organization for the Care of Migrants and Displaced Persons (ROCMD)", ["roundtable"], 2)],
        thread_of=H % 1,
        notes="reply to h290-01 (In-Reply-To/References) that revises the speaker's name to the passport spelling "
              "('HAIDAR ABDULKAREEM AL-SAEDI', then 'Haidar Abdulkareem Al-Saedi'): the corrected form is the "
              "label, while the quoted original still holds the old spelling 'Haider Abdul-Kareem Al-Saadi'. It "
              "changes the submission, so it is acknowledged. Title repeated, roundtable restated ('roundtable No. "
              "2'), the full affiliation only in the Outlook-style quote (the new signature says 'ROCMD - Basra')."))


# ================================================================ 09  AR  speaker  Jeddah: Arabic body, English signature, From spelled another way
def m09():
    when = at("2021-02-02 20:40:03")
    subj = "طلب مشاركة في النقاش المفتوح - 23 فبراير"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة الأعزاء في أمانة الاستعراض الإقليمي،

أتقدم إليكم بطلب المشاركة في النقاش المفتوح ضمن مشاورة أصحاب المصلحة المتعددين يوم 23 فبراير، وذلك بصفتي ممثلاً عن رابطة الجالية اليمنية في جدة.

الرابطة تتابع منذ سنوات أوضاع العمالة اليمنية في المملكة، خاصة بعد رسوم المرافقين وتوطين المهن، اللي خلّت كثير من الأسر ترجع اليمن في ظروف الحرب. وودّي أنقل في النقاش صوت هؤلاء الناس ومعاناتهم مع تجديد الإقامات ونقل الكفالة.

ولكم جزيل الشكر والتقدير

--
Abdulla Mohsen Baabbad
Secretary of Social Affairs
Yemeni Community League in Jeddah (YCLJ)
Jeddah, Kingdom of Saudi Arabia
Mobile: +966 50 000 0000
"""
    a = alt(text, "000000000000d94e2a05ba5b71c9", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 6), "mail-pj1-f44.google.example.com", "192.0.2.144", "4DWt3Gb97Nz8",
           "Abdullah Ba-Abbad <abdullah.baabbad@gmail.example.com>", hdr(subj),
           "<CAM2rTk6Wn9pX4vL+c1Qb7Hz3sF8dJe5gY2@mail.gmail.example.com>", a)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Abdulla Mohsen Baabbad", "Secretary of Social Affairs", "Yemeni Community League in Jeddah (YCLJ)",
           ["open_discussion"])],
        notes="self-nomination written in Arabic (with Hijazi/Yemeni colloquial 'اللي خلّت', 'وودّي') and signed in "
              "English only: acknowledge in Arabic; name, title and affiliation from the English signature, as in "
              "the dev set (the body names the league in Arabic, 'رابطة الجالية اليمنية في جدة'). The From display "
              "name spells him differently ('Abdullah Ba-Abbad'). 'النقاش المفتوح ... يوم 23 فبراير' = open "
              "discussion. Gmail, base64, Date in UTC+3."))


# ================================================================ 10  FR  speaker  Oran researcher: French request, Arabic-only signature, BENAISSA in From
def m10():
    when = at("2021-02-03 10:05:51")
    subj = "Demande d'intervention – table ronde 1"
    text = """Madame, Monsieur,

Je soussigné Abdelkader Ben Aïssa, maître de recherche au Centre de Recherche en Anthropologie Sociale et Culturelle (CRASC) d'Oran, ai l'honneur de solliciter de votre haute bienveillance la possibilité d'intervenir lors de la première table ronde thématique de la conférence régionale des 24 et 25 février.

Mes travaux portent depuis une dizaine d'années sur la migration irrégulière des jeunes de l'Ouest algérien (les « harraga ») et sur le retour des familles rapatriées. Je serais heureux de partager quelques résultats de nos enquêtes de terrain menées à Oran, Mostaganem et Aïn Témouchent.

Dans l'attente d'une suite favorable, je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

-- 
د. عبد القادر بن عيسى
أستاذ باحث - مركز البحث في الأنثروبولوجيا الاجتماعية والثقافية
وهران - الجزائر
"""
    part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.crasc.example.dz", "41.111.0.38", "4DXb5Ns20Kz3",
           "Abdelkader BENAISSA <a.benaissa@crasc.example.dz>", hdr(subj, enc="Q"),
           "<8f3a1c2e-6b7d-4e95-a0c4-2d91b7e5f308@crasc.example.dz>", part,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkader Ben Aïssa", "maître de recherche",
           "Centre de Recherche en Anthropologie Sociale et Culturelle (CRASC)", ["roundtable"], 1)],
        notes="French request ('Je soussigné ... ai l'honneur de solliciter de votre haute bienveillance') with an "
              "Arabic-only signature giving the name, another title ('أستاذ باحث') and the centre in Arabic, and "
              "a From header that spells the name 'Abdelkader BENAISSA': acknowledge in French; the label takes "
              "the body's self-introduction (name, title, full name and acronym of the centre; 'd'Oran' is the "
              "city). 'la première table ronde thématique' = 1; 'une dizaine d'années' is not a date. "
              "Thunderbird, format=flowed 8bit plain text."))


# ================================================================ 11  AR  other  Fayoum: Egyptian dialect questions about the report, English subject
def m11():
    when = at("2021-02-03 22:14:37")
    subj = "Question about the voluntary report"
    text = """مساء الخير

احنا جمعية صغيرة في الفيوم شغالين مع أهالي الشباب اللي سافروا ليبيا وإيطاليا بطرق غير نظامية، وعايزين نبعت تقرير طوعي. عندي كام سؤال لو سمحتم:

1- ينفع التقرير يكون بالإنجليزي بس؟ لأن الزميل اللي بيكتبه بيعرف إنجليزي أحسن من العربي الفصحى.
2- ينفع نبعته لينك Google Drive بدل ما يكون مرفق؟ الملف فيه صور وحجمه كبير.
3- آخر ميعاد إمتى بالظبط؟ سمعت إنه اتمد.

وشكراً جداً
محمود عبد التواب
جمعية أهالي المهاجرين بالفيوم

Sent from my Galaxy
"""
    a = alt(text, "0000000000004be71305ba6c2d90", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 5), "mail-ua1-f67.google.example.com", "192.0.2.167", "4DXy0Tm47Pz9",
           "Mahmoud Abdeltawab <mahmoud.abdeltawab.fay@gmail.example.com>", subj,
           "<CAPm4Xr1Nv8qK6wT+d3Lb9Hc2sG7yFe0jU5@mail.gmail.example.com>", a)
    add(11, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="English subject and phone footer, Egyptian colloquial Arabic body: three questions about a report not "
              "yet written (may it be only in English? a Google Drive link? the exact deadline) - 'عايزين نبعت تقرير "
              "طوعي' announces a report, it does not send one. Acknowledge in Arabic. Gmail on Android, base64, "
              "Latin From name."))


# ================================================================ 12  EN  speaker  Marseille collective (French speaker): 'responsible of', 'round table n°4', 'eventually'
def m12():
    when = at("2021-02-04 11:30:22")
    subj = "Proposition of intervention - round table n°4"
    text = """Dear Madam, Dear Sir,

I take the liberty to write you in the name of the Collectif Migrations Méditerranée (CoMiMed), a network of associations of the two rives of the Mediterranean which work on the rights of migrants in transit.

Following your invitation, we would like to propose Mrs Hélène Marchetti-Zarrouk, responsible of the Mediterranean programme, for an intervention in the round table n°4. Hélène follows since 2015 the situation of the migrants blocked in Libya and in Tunisia, and she could eventually also be rapporteur for the key messages of the stakeholders, if you are still searching somebody.

Hélène speaks French, English and Tunisian Arabic. She is in copy of this mail.

We stay at your disposal for any precision.

Best regards,

Julien Faure
Délégué général
Collectif Migrations Méditerranée (CoMiMed)
13001 Marseille – France
"""
    part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 8), "smtp.comimed.example.fr", "203.0.113.61", "4DYk2Wc81Hz5",
           "Julien Faure <j.faure@comimed.example.fr>", hdr(subj, enc="Q"),
           "<c41e9b27-5a08-4f3d-9e61-7b2d0a8c5f14@comimed.example.fr>", part,
           cc=addr("Hélène Marchetti-Zarrouk", "h.marchetti@comimed.example.fr", enc="Q"),
           extra=[("User-Agent", TB_LINUX), ("Content-Language", "en-GB")])
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hélène Marchetti-Zarrouk", "responsible of the Mediterranean programme",
           "Collectif Migrations Méditerranée (CoMiMed)", ["roundtable", "rapporteur"], 4)],
        notes="a French speaker writing English: 'responsible of the Mediterranean programme' (= Responsable du "
              "programme) is her title as written; 'round table n°4'; 'she could eventually also be rapporteur' "
              "means possibly (éventuellement), a real second, conditional offer, not a later one; 'Mrs' dropped; "
              "the signature is in French and the sender is not the speaker. 'the two rives', 'follows since "
              "2015'. Thunderbird, format=flowed 8bit; the speaker is in Cc (encoded-word)."))


# ================================================================ 13  FR  other  Mauritanian agency declines: no speaker, no report
def m13():
    when = at("2021-02-04 15:02:09")
    subj = "اعتذار / Excuses – Examen régional du Pacte mondial (ANEMJ)"
    text = """Madame, Monsieur,

Nous accusons réception, avec nos vifs remerciements, de votre aimable invitation à prendre part à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe.

Nous avons le regret de vous informer qu'en raison de la tenue de notre Conseil d'administration aux mêmes dates, l'Agence ne sera pas en mesure de désigner un intervenant pour la conférence, ni de soumettre un rapport volontaire dans les délais impartis.

Nous suivrons néanmoins vos travaux avec le plus grand intérêt et vous souhaitons plein succès.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Mohamed Vall Ould Cheikh Sidiya
Directeur de la Coopération et des Partenariats
Agence Nationale pour l'Emploi et la Mobilité des Jeunes (ANEMJ)
Nouakchott – Mauritanie
"""
    part = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 0, 7), "webmail.anemj.example.mr", "41.188.64.12", "4DYt7Lp05Cz2",
           "Mohamed Vall Ould Cheikh Sidiya <dcp@anemj.example.mr>", hdr(subj),
           "<e8b0d4f1c27a3e95@anemj.example.mr>", part,
           extra=[("User-Agent", ROUNDCUBE), ("X-Sender", "dcp@anemj.example.mr")])
    add(13, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a public agency declines: 'ne sera pas en mesure de désigner un intervenant ... ni de soumettre un "
              "rapport volontaire' names both a speaker and a report only to say neither will come; the signer's "
              "full name, title and agency must not become a speaker. Bilingual subject (Arabic 'اعتذار' then "
              "French), French body: acknowledge in French. Roundcube, quoted-printable, Date in UTC+0."))


# ================================================================ 14  FR  report  Beirut francophone association: English subject and report, French profile
M14_FILE = "PontDesCedres_GCM_Voluntary_Review_Report_EN.pdf"
M14_PROFILE = "Fiche de présentation – Pont des Cèdres.pdf"


def m14():
    when = at("2021-02-05 12:48:30")
    subj = "Voluntary GCM review report – Association Pont des Cèdres"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'association Pont des Cèdres sur la mise en œuvre du Pacte mondial pour les migrations au Liban. Le rapport est rédigé en anglais, pour faciliter son partage avec nos partenaires ; nous y joignons aussi notre fiche de présentation en français.

Nous y abordons en particulier le système de la kafala, la situation des travailleuses domestiques après l'explosion du 4 août et l'accès des enfants de mères migrantes à l'état civil.

Notre directrice, Mme Carla Sfeir, sera présente à la conférence des 24 et 25 février et se réjouit d'y rencontrer les autres participants.

Bien cordialement,

Nadine Achkar
Chargée de plaidoyer
Association Pont des Cèdres
Achrafieh, Beyrouth – Liban
"""
    rep = rep_pdf("Voluntary GCM review report", "Association Pont des Cedres, Beirut",
                  ["The kafala system in 2020", "Domestic workers after the 4 August explosion",
                   "Civil registration of children of migrant mothers", "Recommendations"])
    prof = make_pdf(["Association Pont des Cedres - Fiche de presentation", "Fondee en 2006, Achrafieh, Beyrouth",
                     "Mission : droits des travailleuses migrantes", "Equipe : 12 salaries, 40 benevoles"])
    uid = "PR3P191MB0958D2E6B1A47C05"
    a = alt(text, "_000_%s_" % uid, html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", rep, M14_FILE), attach("application/pdf", prof, M14_PROFILE)],
                 "_004_%s_" % uid)
    m = mk(when, sent_at(when, 2, 9), "mail-pr3p191on0601.outbound.protection.outlook.example.com",
           "198.51.100.101", "4DZh4Xq39Jz7", "Nadine Achkar <n.achkar@pontdescedres.example.org.lb>",
           hdr(subj, enc="Q"), "<%s@PR3P191MB0958.EURP191.PROD.OUTLOOK.example.com>" % uid, body,
           extra=outlook(hdr(subj, enc="Q"), "AdcB0k9Lr3Tq7Yx5Wm1Nv8Zc2Hp4Fg==", lang="fr-FR", has_attach="yes"))
    add(14, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M14_FILE],
        notes="French letter, English subject and English report; the second PDF (French file name with an en dash "
              "and accents) is an organisational profile, not the report. 'Notre directrice, Mme Carla Sfeir, sera "
              "présente à la conférence' means she will attend: no speaking role is asked, so not 'both'. Sent on "
              "the speaker deadline day, which does not matter for a report. Outlook, fr-FR."))


# ================================================================ 15  AR  speaker  Sudanese worker in Riyadh, 23:58 Beirut (00:58 on the 6th in his Date header)
def m15():
    when = at("2021-02-05 23:58:31")
    subj = "طلب مشاركة كمتحدث"
    text = """السلام عليكم

معليش على التأخير، هسي بس قدرت أكتب ليكم بعد ما خلصت الشغل.

أنا السر بابكر الطيب، منسق لجنة العمال في رابطة العمال السودانيين بالرياض. داير أقدم طلب مداخلة في المائدة المستديرة التانية، عشان أتكلم عن مشاكل العمال السودانيين هنا مع الكفيل وتحويل الرواتب والناس الإقاماتهم منتهية.

وإن شاء الله الطلب يكون وصلكم في الوقت.

وشكراً
السر بابكر الطيب
Alsir Babikir Altayeb
0500000000

Sent from my iPhone
"""
    a = alt(text, "Apple-Mail-7E1A9C24-5B3D-4F80-A2C6-19D8E4F07B31", html=iphone_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 7), "mail-oln040092.outbound.protection.outlook.example.com", "198.51.100.92",
           "4F0Cq52Vhz1", "Elsir Babiker <elsir.babiker@hotmail.example.com>", hdr(subj),
           "<B2C7E4A1-9F36-4D08-8E5B-71A0D3C6F294@hotmail.example.com>", a, extra=[("X-Mailer", IPHONE)])
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("السر بابكر الطيب", "منسق لجنة العمال", "رابطة العمال السودانيين بالرياض", ["roundtable"], 2)],
        notes="received at 23:58:31 Beirut time on 5 February, 88 seconds before the speaker deadline, while the "
              "Date header (UTC+3) shows 00:58 on Saturday 6 February and the sender apologises for the delay: on "
              "time. Sudanese colloquial Arabic ('هسي', 'داير', 'التانية' = roundtable 2); his name in Arabic in the "
              "body and signature, transliterated two other ways in the signature ('Alsir Babikir Altayeb') and "
              "in the From header ('Elsir Babiker'): the label keeps the Arabic form. iPhone, base64."))


# ================================================================ 16  EN  speaker  Cairo, seven minutes late: 'honored to nominate the sister Mrs. Eng.', Nermeen / Nermin
M16_ID = "<000f01d6fc0a$7b2e94c0$71bbbe40$@eard.example.org.eg>"
M16_SUBJ = "Nomination - Plenary Session Speaker - EARD"
M16_QID = "4F0Cs70Kmz8"
M16_BADCC = "nermeen.abdelaziz@eard.example.org.eg"


def m16():
    when = at("2021-02-06 00:07:12")
    text = """Dear Sirs,

Kindly be informed that the Egyptian Association for Returnees Development (EARD) is honored to nominate the sister Mrs. Eng. Nermeen Abdel-Aziz Fahmy, Projects Manager, to make an intervention in the plenary session of the Regional Conference.

Eng. Nermin Abdelaziz is managing our projects for the reintegration of the Egyptian returnees from Libya and Jordan since 2016, specially the small projects and the vocational training.

We apologize for sending the nomination at this late time due to the delay in getting the approval of the Board.

Eng. Nermeen in CC.

Best Regards,

Tamer Shawky
Executive Director
Egyptian Association for Returnees Development (EARD)
Nasr City, Cairo
"""
    a = alt(text, "----=_NextPart_000_0010_01D6FC1B.3EB7A4C0", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 8), "mail.eard.example.org.eg", "196.219.0.25", M16_QID,
           "EARD Office <office@eard.example.org.eg>", M16_SUBJ, M16_ID, a,
           cc='"Eng. Nermeen Abdel-Aziz" <%s>' % M16_BADCC,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbX0wp3Tn5Qr8Lk2Vb6Mc9Ze1Wy4Q=="),
                  ("Content-Language", "en-us")])
    add(16, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Nermeen Abdel-Aziz Fahmy", "Projects Manager", "Egyptian Association for Returnees Development (EARD)",
           ["plenary"])],
        notes="received at 00:07:12 on 6 February (Cairo, UTC+2, same as Beirut): seven minutes after the speaker "
              "deadline, and the sender apologises for the late time: on_time false, still acknowledged. 'honored "
              "to nominate the sister Mrs. Eng.': 'the sister', 'Mrs.' and 'Eng.' are not part of the name; the "
              "name is spelled 'Nermeen Abdel-Aziz Fahmy' and 'Nermin Abdelaziz' (the label keeps the nomination "
              "form). The Cc uses the 'nermeen' spelling for an address that does not exist: the copy of our "
              "acknowledgement bounces (h290-17). Outlook 2016 from the association's own server."))


# ================================================================ 17  EN  bounce  the Cc copy of our acknowledgement of 16: user unknown
def m17():
    when = at("2021-02-06 00:07:50")
    diag = ("host mx.eard.example.org.eg[196.219.0.25] said: 550 5.1.1\n    <%s>: Recipient address rejected: User "
            "unknown in virtual mailbox\n    table (in reply to RCPT TO command)" % M16_BADCC)
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M16_BADCC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F0Ct21Nbz6\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx.eard.example.org.eg\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:\n"
           "    User unknown in virtual mailbox table\n"
           % (rfcdate(when - dt.timedelta(seconds=31), "EET"), M16_BADCC, M16_BADCC, M16_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: EARD Office <office@eard.example.org.eg>\n"
            "Cc: \"Eng. Nermeen Abdel-Aziz\" <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M16_BADCC, M16_SUBJ, rfcdate(when - dt.timedelta(seconds=33)), ack_mid(M16_QID),
                                  M16_ID, M16_ID))
    body = dsn_report(text, dsn, hdrs, "4F0Ct58Rwz2.1612562870/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F0Ct58Rwz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205220750.4F0Ct58Rwz2@mx1.iom.int>")]
    add(17, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (550 5.1.1 user unknown at the association's server) for the Cc copy of our "
              "acknowledgement of h290-16, sent to the 'nermeen' spelling of an address that exists only as "
              "'nermin'; the returned headers carry h290-16's subject about a plenary speaker. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 18  AR  both  Sfax: Tunisian Arabic, report in French, rapporteur late, Latin spellings in brackets
M18_FILE = "Rapport volontaire PMM - Association La Terre Pour Tous - Sfax 2021.pdf"


def m18():
    when = at("2021-02-08 13:10:45")
    subj = "التقرير الطوعي لجمعية الأرض للجميع وترشيح مقرر"
    text = """السلام عليكم،

تحية طيبة من صفاقس.

نبعثولكم في المرفق التقرير الطوعي متاع جمعية الأرض للجميع حول تطبيق الاتفاق العالمي للهجرة في تونس. التقرير محرر باللغة الفرنسية كيف أغلب وثائقنا، ويتناول وضعية المهاجرين من جنوب الصحراء في صفاقس ومدنين، وعائلات المفقودين في البحر.

وبالمناسبة، نقترحو عليكم الأخ الدكتور رضا بن سليمان، رئيس الجمعية وأستاذ القانون العام بجامعة صفاقس، باش يكون مقرراً يقدم الرسائل الرئيسية لأصحاب المصلحة، إذا مازال ممكن. اسمه بالحروف اللاتينية كيف في جواز السفر: Ridha BEN SLIMANE (وفي بعض المراسلات يتكتب Rida Benslimane).

مع الشكر والتقدير
سنية الزواري
الكاتبة العامة
جمعية الأرض للجميع - صفاقس
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du Pacte mondial", "Association La Terre Pour Tous, Sfax",
                  ["Les migrants subsahariens a Sfax et Medenine", "Les familles des disparus en mer",
                   "Acces aux soins et au travail", "Recommandations"])
    a = alt(text, "000000000000a70e4c05bad52f81", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "000000000000a70e4e05bad52f83")
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f54.google.example.com", "192.0.2.54", "4F1Gp84Ttz0",
           addr("Sonia Zouari", "laterrepourtous.sfax@gmail.example.com"), hdr(subj),
           "<CAK9vQw2Lp7tX3nR+e6Mb1Zc8sH4dFj0yG5@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("رضا بن سليمان", "رئيس الجمعية", "جمعية الأرض للجميع", ["rapporteur"])],
        report_attachments=[M18_FILE],
        notes="'both' on 8 February: the report part is on time but the rapporteur proposal is after the speaker "
              "deadline (the sender half-knows: 'إذا مازال ممكن'), so on_time false. Tunisian Arabic ('نبعثولكم', "
              "'متاع', 'باش') with a report in French (French file name); 'الأخ الدكتور' dropped; two titles, "
              "the one tied to the association kept; the passport form 'Ridha BEN SLIMANE' and 'Rida Benslimane' "
              "are given in Latin script, the label keeps the Arabic form of the Arabic message. The signer is "
              "not the speaker. Gmail, base64, RTL, Date in UTC+1."))


# ================================================================ 19  EN  report  Misrata: English and Arabic versions, 'hope to have the honor to participate'
M19_FILES = ["Al-Wafa Voluntary Report GCM 2021 - EN.pdf", "تقرير جمعية الوفاء - النسخة العربية.pdf"]


def m19():
    when = at("2021-02-10 10:30:02")
    subj = "Voluntary Report - Al-Wafa Society for Migrants Aid - Misrata"
    text = """Dear Brothers and Sisters in the Secretariat,

Peace be upon you.

Kindly find the attached the voluntary report of Al-Wafa Society for Migrants Aid - Misrata, about the situation of the migrants in the detention centers and in the labor market in the western region of Libya. Also attached the Arabic version of the report, as the English translation was done by volunteer and maybe it is not perfect.

We hope to have the honor to participate in the conference and to benefit from the experiences of the brothers in the other Arab countries.

We ask Allah to grant you success.

Regards
Khalifa Al-Shtewi
Head of the Monitoring Committee
جمعية الوفاء لإغاثة المهاجرين - مصراتة
Al-Wafa Society for Migrants Aid
"""
    en = rep_pdf("Voluntary GCM review report", "Al-Wafa Society for Migrants Aid - Misrata",
                 ["Migrants in detention centers", "Migrants in the labor market of the western region",
                  "Access to health care", "Recommendations"])
    ar = rep_pdf("Voluntary GCM review report (Arabic version)", "Al-Wafa Society for Migrants Aid - Misrata",
                 ["Detention centers", "Labor market", "Health care", "Recommendations"])
    a = alt(text, "0000000000002d6b9f05bafe41c7", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", en, M19_FILES[0]), attach("application/pdf", ar, M19_FILES[1])],
                 "0000000000002d6ba105bafe41c9")
    m = mk(when, sent_at(when, 2, 11), "mail-ej1-f65.google.example.com", "192.0.2.65", "4F2Rk17Xqz4",
           "Khalifa Al-Shtewi <alwafa.misrata@gmail.example.com>", subj,
           "<CAL6tWr9Kn2pQ5vX+b8Nc3Lz1sD7hJg4yF0@mail.gmail.example.com>", body)
    add(19, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=M19_FILES,
        notes="one report in two languages (English PDF and Arabic PDF with an Arabic file name): both are the "
              "report. 'We hope to have the honor to participate in the conference' names nobody and no role, so "
              "it is not a speaker request: voluntary_report only. Literal English from Arabic ('Dear Brothers and "
              "Sisters', 'Kindly find the attached the voluntary report', 'We ask Allah to grant you success'); "
              "the affiliation is written in Arabic and English in the signature. Gmail, Date in UTC+2."))


# ================================================================ 20  FR  report  Tamanrasset: French with Arabic formulas, Arabic subject, licence scan
M20_FILE = "Rapport volontaire Ihsane Tamanrasset 2020.docx"
M20_IMG = "Agrément association.png"


def m20():
    when = at("2021-02-12 09:45:19")
    subj = "التقرير الطوعي - جمعية الإحسان والتضامن - تمنراست"
    text = """Bismillah

Messieurs du Secrétariat, que la paix et la miséricorde de Dieu soient sur vous.

Nous avons l'honneur de vous faire parvenir ci-joint le rapport volontaire de l'Association El Ihsane wa Tadhamoun de Tamanrasset sur la situation des migrants subsahariens de passage dans notre wilaya, pour l'année 2020. Ci-joint aussi une copie de l'agrément de l'association, pour votre information.

Nous vous demandons de nous excuser pour le retard, car la connexion internet est très faible chez nous dans le Sud.

Que Dieu vous garde et vous assiste dans votre noble mission.

Le Président de l'association
El Hadj Moussa Ag Akhamouk
Association El Ihsane wa Tadhamoun – Tamanrasset
"""
    doc = make_docx(["Association El Ihsane wa Tadhamoun – Tamanrasset", "Rapport volontaire 2020",
                     "1. Les migrants subsahariens de passage", "2. Santé et hébergement d'urgence",
                     "3. Les refoulements vers la frontière", "4. Recommandations"])
    a = alt(text, "000000000000e1c5a805bb3a97d4", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M20_FILE), attach("image/png", make_png(40, 56, (230, 225, 210)), M20_IMG)],
                 "000000000000e1c5aa05bb3a97d6")
    m = mk(when, sent_at(when, 1, 12), "mail-wr1-f41.google.example.com", "192.0.2.141", "4F3Wd60Bkz9",
           "Association Ihsane Tamanrasset <ihsane.tam11@gmail.example.com>", hdr(subj),
           "<CAB3nRt7Wp4kL9vQ+c5Xm2Hz8sE1dGf6jT3@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M20_FILE],
        notes="French body written with Arabic formulas ('Bismillah', 'que la paix et la miséricorde de Dieu soient "
              "sur vous', 'Que Dieu vous garde') under an Arabic subject: acknowledge in French. The DOCX is the "
              "report; the PNG scan of the association's licence ('Agrément', accented file name) is not. The "
              "sender apologises for a delay but it is on time (12 February); 2020 is the period covered. Gmail."))


# ================================================================ 21  AR  report  Beirut network replaces its draft with the final report (reply to 06)
M21_FILE = "Nawafidh_Voluntary_GCM_Review_Report_2021_EN_FINAL.pdf"


def m21():
    when = at("2021-02-15 16:20:37")
    subj = "RE: " + M06_SUBJ
    text = """مرحبا،

بعتذر منكن، بعتنالكن بالغلط نسخة قديمة من التقرير (draft) بتاريخ 29 كانون الثاني. مرفقة هون النسخة النهائية بعد ملاحظات لجنة المراجعة، الرجاء اعتماد هيدي النسخة بدل القديمة.

شكراً كتير،

Rana Khalil Haddad
Research & Advocacy Coordinator
Nawafidh Network for Migrant Workers' Support

""" + outlook_quote("Rana Khalil Haddad <rana.haddad@nawafidh.example.org>", "Friday, January 29, 2021 2:20 PM",
                    "gcmrrarabstates@iom.int", M06_SUBJ) + "\n" + M06_TEXT
    pdf = rep_pdf("Voluntary GCM review report (final)", "Nawafidh Network for Migrant Workers' Support, Beirut",
                  ["Wages of domestic workers and the collapse of the lira", "Workers who lost their papers after 4 August",
                   "Access to justice and complaint mechanisms", "Recommendations (revised after review)"])
    uid = "AM6PR10MB26305C0D8E1F4A93"
    a = rel_outlook(text, "AR-LB", "image001.png@01D703B9.6F2A8D10", (200, 90, 20), uid, rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "_006_%s_" % uid)
    m = mk(when, sent_at(when, 2, 10), "mail-am6eur10on0607.outbound.protection.outlook.example.com",
           "198.51.100.107", "4F5Fh29Wcz5", "Rana Khalil Haddad <rana.haddad@nawafidh.example.org>", subj,
           "<%s@AM6PR10MB2630.EURPRD10.PROD.OUTLOOK.example.com>" % uid, body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)]
           + outlook(M06_SUBJ, "AQHW9k3Tx5Rb8Nm2Qw4Er6Ty8Ui0OgAD7kLw==", lang="ar-LB", has_attach="yes"))
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE], thread_of=H % 6,
        notes="reply to h290-06 that replaces the draft report with the final one ('الرجاء اعتماد هيدي النسخة بدل "
              "القديمة'): only the new PDF is listed; the quoted original (Outlook block, not '>'-prefixed) names "
              "the old file's subject and letter. Lebanese colloquial Arabic ('بعتنالكن', 'هون', 'هيدي') with an "
              "English draft word and signature; '29 كانون الثاني' is the date of the first mail. Outlook."))


# ================================================================ 22  FR  report  Comoros: 00:35 in Moroni = 23:35 in Beirut on the 16th; Saïd / Said
M22_ID = "<CAD8xLp3Tn6qW1vK+h9Rb4Mc7sF2dYe5gJ0@mail.gmail.example.com>"
M22_SUBJ = "Rapport volontaire – Réseau comorien Msaada pour les migrants (RCMM)"
M22_QID = "4F6Vn81Rpz3"
M22_FILE = "Rapport_volontaire_RCMM_Comores_PMM_2021.pdf"


def m22():
    when = at("2021-02-16 23:35:40")
    text = """Bonsoir,

Je vous prie de trouver ci-joint le rapport volontaire du Réseau comorien Msaada pour les migrants (RCMM) dans le cadre de l'examen régional du Pacte mondial. Il est minuit passé ici à Moroni, j'espère que le rapport vous parviendra encore dans les délais.

Le rapport traite surtout des traversées vers Mayotte en kwassa-kwassa, des mineurs isolés et des reconduites, ainsi que des transferts de fonds de la diaspora comorienne de France.

Notre directeur exécutif, M. Ali Mmadi Soilihi, est en copie.

Respectueusement,

Saïd Ahmed Mohamed
Chargé de programmes
Réseau comorien Msaada pour les migrants (RCMM)
Moroni – Union des Comores
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du Pacte mondial", "Reseau comorien Msaada pour les migrants (RCMM)",
                  ["Les traversees vers Mayotte", "Mineurs isoles et reconduites", "Transferts de fonds de la diaspora",
                   "Recommandations"])
    a = alt(text, "000000000000f4e9d205bb7e3a61", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "000000000000f4e9d405bb7e3a63")
    m = mk(when, sent_at(when, 3, 9), "mail-wr1-f43.google.example.com", "192.0.2.143", M22_QID,
           "Said Ahmed Mohamed <rcmm.comores@gmail.example.com>", hdr(M22_SUBJ, enc="Q"), M22_ID, body,
           cc="Ali Mmadi Soilihi <ali.mmadisoilihi@gmail.example.com>")
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_FILE],
        notes="sent at 00:35 on 17 February in Moroni (Date header in UTC+3), received at 23:35 on the 16th in "
              "Beirut: on time, although the sender thinks it may be late ('Il est minuit passé ici'). Comoros is "
              "in the Arab region and writes French; the sender's name is 'Said' in the From header and 'Saïd' in "
              "the signature, but he proposes nobody; 'M. Ali Mmadi Soilihi' is only in copy. Gmail. The "
              "director's vacation message follows (h290-23)."))


# ================================================================ 23  FR  auto_reply  the Comoros director's Gmail vacation message
def m23():
    when = at("2021-02-16 23:36:21")
    ack = ack_mid(M22_QID)
    text = """Bonjour,

Je suis en déplacement à Anjouan et Mohéli jusqu'au 22 février, avec un accès limité à internet.

Pour toute question concernant le rapport volontaire du RCMM ou notre participation à la conférence régionale, merci de contacter Saïd Ahmed Mohamed, Chargé de programmes (rcmm.comores@gmail.example.com).

Ali Mmadi Soilihi
Directeur exécutif – RCMM
"""
    body = alt(text, "000000000000082fa105bb7e3c90", html=gmail_html(text))
    rows = ooo_rows(when, "mail-sor-f69.google.example.com", "192.0.2.69", "4F6Vp04Lwz7",
                    "Ali Mmadi Soilihi <ali.mmadisoilihi@gmail.example.com>",
                    "<CAG1pWm5Rt8nX2kQ+f4Lc7Vb9sH3dJe6yK1@mail.gmail.example.com>",
                    hdr("En déplacement jusqu'au 22 février – Re: Accusé de réception - " + M22_SUBJ, enc="Q"),
                    M22_ID, ack, (3, 3))
    rows += [("Precedence", "bulk")]
    add(23, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the director in Cc of h290-22, answering our acknowledgement 41 seconds "
              "later (Auto-Submitted: auto-replied, Precedence: bulk, null Return-Path, References name h290-22): "
              "it mentions the voluntary report, 'notre participation à la conférence' and names a colleague with "
              "his title. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 24  AR  report  Basra organisation's report in Arabic, a day late; refers back to its speaker
M24_FILE = "ROCMD_GCM_Voluntary_Report_Southern_Iraq_AR.pdf"


def m24():
    when = at("2021-02-17 10:42:15")
    subj = "التقرير الطوعي لمنظمة الرافدين لرعاية المهاجرين والنازحين"
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون
تحية طيبة وبعد،

نرفق لكم طياً التقرير الطوعي لمنظمة الرافدين لرعاية المهاجرين والنازحين حول تنفيذ الاتفاق العالمي للهجرة في محافظات جنوب العراق (البصرة، ميسان، ذي قار)، ونعتذر عن التأخير في إرساله بسبب انقطاع التيار الكهربائي وخدمة الانترنت خلال الأيام الماضية.

علماً أن مرشح المنظمة للمائدة المستديرة الثانية هو الدكتور حيدر عبد الكريم الساعدي، كما أبلغناكم سابقاً بكتابنا المؤرخ في 25/1/2021.

مع فائق الشكر والتقدير

علي جبار المالكي
مدير العلاقات العامة
منظمة الرافدين لرعاية المهاجرين والنازحين
البصرة - العراق
"""
    pdf = rep_pdf("Voluntary GCM review report (Arabic)", "Al-Rafidain Organization for the Care of Migrants and "
                  "Displaced Persons (ROCMD)", ["Returnees from Iran and Syria", "Civil documentation",
                                                 "Internally displaced persons in the south", "Recommendations"])
    uid = "DB7PR02MB44119A3C5E7B0D26"
    a = rel_outlook(text, "AR-IQ", "image001.png@01D70521.4C9E3B70", (0, 100, 60), uid, rtl=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILE)], "_006_%s_" % uid)
    m = mk(when, sent_at(when, 3, 10), "mail-db7eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4F7Kb36Dtz2", M01_FROM, hdr(subj),
           "<%s@DB7PR02MB4411.eurprd02.prod.outlook.example.com>" % uid, body,
           extra=outlook(hdr(subj), "AdcFa8Qr2Tw5Yn9Lk3Vb7Mc1Zx4Hp6==", lang="ar-IQ", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="report received on 17 February, the day after the report deadline (the sender apologises): on_time "
              "false, still acknowledged. 'نرفق لكم طياً' is the Arabic source of 'Kindly find the attached'. "
              "Same organisation and sender address as h290-01, now writing in Arabic: the sentence about its "
              "roundtable nominee ('كما أبلغناكم سابقاً') only recalls the earlier request, with yet another "
              "(Arabic) form of his name, so no speaker and not 'both'; a new submission, not a reply, so "
              "thread_of null. English file name for an Arabic report. Outlook, Date in UTC+3."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
