#!/usr/bin/env python3
"""Write the blind evaluation set holdout226 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets226.py
Theme: people writing in their second or third language (28 January - 17 February 2021).  English and French
written by Arabic speakers (spelling and grammar slips, word-by-word titles such as 'Responsible of Programs'),
French typed without accents, Arabic in colloquial spelling (ه for ة, ى for ي, dropped hamzas, 'شكراااا'), one
message in Arabizi (Arabic in Latin letters and digits), Arabic-Indic digits in roundtable numbers ('الطاوله
المستديره ٣'), organisations translated word by word from French.  A normal week's mix around that theme:
reports, speaker requests (two speakers, on behalf, late, details in a signature or a pasted form), both,
questions, a thank-you to our acknowledgement, an out-of-office and a bounce.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(226)
add = SET.add
H = "h226-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.40.0.2.32)"


def outlook_html(text, lang="EN-US", rtl=False, extra_html=""):
    d = ' dir="rtl"' if rtl else ""
    paras = "".join('<p class="MsoNormal"%s>%s</p>\n' % (d, "<br>\n".join(x.replace("&", "&amp;").replace(
        "<", "&lt;").replace(">", "&gt;") for x in p.split("\n"))) for p in text.strip("\n").split("\n\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="%s"><div class="WordSection1">\n%s%s'
            '</div></body></html>\n' % (lang, paras, extra_html))


# ================================================================ 01  EN  speaker  Sudanese NGO, word-by-word title
def m01():
    when = at("2021-01-28 10:14:22")
    text = """Dear Sir/Madam,

Greeting from Khartoum. I am writing to you for requesting a speaking role in the Regional Review Conference which will be held in 24-25 February. Our organization are working since 2012 with the migrants and refugees in eastern Sudan and Kassala, and we have many experiences to share it in the round table number 2.

The details of speaker is as following:
Name: Mohamed Osman Elsayed
Position: Responsible of Programs
Organization: Hope Association for Development and Human Rights (HADHR) - Khartoum, Sudan

Please if you need any other informations don't hesitate to contact me on this email or whatsapp.

Best regards
Mohamed Osman
HADHR
"""
    body = alt(text, "0000000000004f1e2b05b9f0c1a2", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 5), "mail-ed1-f66.google.example.com", "192.0.2.66", "4DRb0k1XvQz4",
           "Mohamed Osman <mohamed.osman.hadhr@gmail.example.com>", "Request for speaking in the round table",
           "<CAHk2fQ9pX7mW0v+sdL3Yt8uZr1nBc4oE6gJ@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Osman Elsayed", "Responsible of Programs", "Hope Association for Development and Human Rights (HADHR)",
           ["roundtable"], 2)],
        notes="English of an Arabic speaker ('The details of speaker is as following'); the title is a word-by-word "
              "translation ('Responsible of Programs') and is recorded as written; 'round table number 2'; the "
              "affiliation line ends with the city and country, not part of the affiliation (as dev 004/024); the "
              "signature gives a shorter form of the name ('Mohamed Osman') than the labelled line."))


# ================================================================ 02  AR  speaker  Egyptian colloquial spelling, two speakers
def m02():
    when = at("2021-01-30 21:33:05")
    text = """السلام عليكم ورحمه الله وبركاته

ازيكم، انا مروه عبد الحميد من جمعيه بكره احسن للتنميه فى اسكندريه. احنا عايزين نشارك فى المؤتمر بمتحدثين اتنين لو سمحتو:

- الاسم: مروه عبد الحميد ، الوظيفه: منسقه المشروعات ، الجمعيه: جمعيه بكره احسن للتنميه ، الدور: مداخله فى الطاوله المستديره ٣
- الاسم: اسلام فتحى ، الوظيفه: باحث ميدانى ، نفس الجمعيه ، الدور: المشاركه فى النقاش المفتوح يوم ٢٣ فبراير

ياريت تردو علينا بالتاكيد لما توصلكو الرساله
شكرااااا جدا

مروه
"""
    body = alt(text, "000000000000b7c8d905ba1f2e3d", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 6), "mail-pj1-f45.google.example.com", "192.0.2.45", "4DSjH31cWnz7",
           addr("Marwa Abdelhamid", "marwa.bokra.ahsan@gmail.example.com"), hdr("طلب مشاركه فى المؤتمر"),
           "<CAM9vR+e1Lq3xYtT7pB2oNs6cW0aKfD8hJ5@mail.gmail.example.com>", body)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("مروه عبد الحميد", "منسقه المشروعات", "جمعيه بكره احسن للتنميه", ["roundtable"], 3),
        sp("اسلام فتحى", "باحث ميدانى", "جمعيه بكره احسن للتنميه", ["open_discussion"])],
        notes="Egyptian colloquial Arabic with colloquial spelling (ه for ة, ى for ي, hamza dropped in 'اسلام'): "
              "names, titles and organisation recorded as the sender spells them. Two speakers on one line each, "
              "fields separated by ' ، '; roundtable in Arabic-Indic digits ('الطاوله المستديره ٣'); the second "
              "speaker's organisation only by reference ('نفس الجمعيه'), recorded as the organisation named on the "
              "first line. The From display name is in Latin letters."))


# ================================================================ 03  FR  speaker  Algerian, no accents, plenary
def m03():
    when = at("2021-02-01 09:47:51")
    text = """Bonjour Madame, Monsieur,

Je vous ecris de la part de notre association pour demander une intervention dans la seance pleniere de la conference regionale du 24 et 25 fevrier 2021. Notre association travaille sur la protection des enfants migrants non accompagnes a Oran et a Maghnia depuis 2015, et nous voulons partager les difficultes que nous rencontrons sur le terrain.

Les informations de l'intervenante:
Nom et prenom: Karima Boudiaf
Fonction: chargee de la communication et plaidoyer
Organisme: Association Nour pour l'Enfance et la Famille (ANEF) - Oran

Je reste a votre disposition pour tout information complementaire.

Cordialement
Karima Boudiaf
ANEF Oran

Envoye de Yahoo Mail pour Android
"""
    body = alt(text, "----=_Part_2318841_1106395521.1612165666123")
    m = mk(when, sent_at(when, 1, 5), "sonic305-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.205",
           "4DTkL20rNfz1", "Karima Boudiaf <karima_boudiaf@yahoo.example.fr>",
           "demande de prise de parole seance pleniere",
           "<1148392001.2318840.1612165666121@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", "WebService/1.1.17648 YMailNorrin")])
    add(3, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima Boudiaf", "chargee de la communication et plaidoyer",
           "Association Nour pour l'Enfance et la Famille (ANEF)", ["plenary"])],
        notes="French typed without accents ('seance pleniere', 'chargee'); the title is recorded as written, without "
              "the missing accent; 'de la part de notre association' but the speaker is the sender herself; the "
              "city after the organisation ('- Oran') is not part of the affiliation."))


# ================================================================ 04  EN  report  Yemeni organisation, Outlook PDF + logo
M04_FILE = "YOMRD Voluntary Report GCM 2021 final.pdf"


def m04():
    when = at("2021-02-01 15:20:09")
    text = """Dear GCM Regional Review team,

Hope this email find you well. Kindly find in attachment the voluntary report of our organization about the implementation of the Global Compact for Migration in Yemen, specially the objectives 7, 8 and 23. The report was prepared by our team in Aden with the participation of 14 local associations from the southern governorates.

We are ready for any clarification you need.

With best regards,

Abdulrahman Saleh Bamatraf
Manager of the Studies and Researches Unit
Yemeni Organization for Migrants Rights and Development (YOMRD)
Aden - Republic of Yemen
"""
    pdf = rep_pdf("Voluntary Report on the GCM implementation in Yemen",
                  "Yemeni Organization for Migrants Rights and Development (YOMRD)",
                  ["Introduction", "Methodology (14 local associations)", "Objective 7: vulnerabilities",
                   "Objective 8: missing migrants", "Objective 23: cooperation", "Recommendations"])
    cid = "image001.png@01D6F89B.7A1C2E40"
    html = outlook_html(text, extra_html='<p class="MsoNormal"><img width="120" height="60" src="cid:%s"></p>\n' % cid)
    rel = multi("related", [leaf("text/html", html), logo(cid, (10, 110, 60))],
                "_004_AM6PR08MB4470B2C9D1E0F3A5_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM6PR08MB4470B2C9D1E0F3A5_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M04_FILE)], "_005_AM6PR08MB4470B2C9D1E0F3A5_")
    subj = "Voluntary report - YOMRD"
    m = mk(when, sent_at(when, 3, 8), "mail-am6eur05on2071.outbound.protection.outlook.example.com", "198.51.100.71",
           "4DTtq46LxBz9", "Abdulrahman Bamatraf <a.bamatraf@yomrd.example.org>", subj,
           "<AM6PR08MB4470B2C9D1E0F3A5@AM6PR08MB4470.eurprd08.prod.outlook.example.com>", body,
           extra=outlook(subj, "Adb4nK0rT1u2v3w4x5y6z7A8B9C0Dw==", has_attach="yes"))
    add(4, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M04_FILE],
        notes="English of an Arabic speaker; Outlook mixed > alternative > related with an inline logo (not part of "
              "the report); file name with spaces; the signature title is not a speaker request."))


# ================================================================ 05  AR  both  Libyan foundation, DOCX + rapporteur, hamzas dropped
M05_FILE = "تقرير مؤسسة الارض - الاتفاق العالمي للهجرة.docx"


def m05():
    when = at("2021-02-02 12:05:40")
    text = """السادة / الامانه العامه للاستعراض الاقليمى للاتفاق العالمى من اجل الهجره    المحترمين
تحيه طيبه وبعد ،،

نرفق لكم طيه التقرير الطوعى لمؤسسه الارض للتنميه والهجره حول تنفيذ الاتفاق العالمى من اجل الهجره الامنه والمنظمه والنظاميه فى ليبيا للفتره ٢٠١٨ - ٢٠٢٠ .

كما نود ترشيح الاستاذه / سعاد المقريف ، رئيسه مجلس الاداره ، لتقوم بدور المقرر الذى يقدم الرسائل الرئيسيه لاصحاب المصلحه خلال المؤتمر .

وتقبلوا فائق الاحترام والتقدير ،،

عادل الفيتورى
المدير التنفيذى
مؤسسه الارض للتنميه والهجره
طرابلس - ليبيا
"""
    docx = make_docx(["التقرير الطوعي - مؤسسة الارض للتنمية والهجرة", "الاتفاق العالمي من اجل الهجرة الامنة والمنظمة والنظامية",
                      "ليبيا ٢٠١٨ - ٢٠٢٠", "١. المقدمة", "٢. المنهجية", "٣. الاهداف ١ و٧ و١٣", "٤. التوصيات"])
    a = alt(text, "_000_VI1PR0102MB3184E5F6A7B8C9D0_", html=outlook_html(text, lang="AR-SA", rtl=True))
    body = multi("mixed", [a, attach(DOCX, docx, M05_FILE)], "_004_VI1PR0102MB3184E5F6A7B8C9D0_")
    subj = "التقرير الطوعى وطلب المشاركه كمقرر - مؤسسه الارض"
    m = mk(when, sent_at(when, 2, 7), "mail-vi1eur01on0102.outbound.protection.outlook.example.com", "198.51.100.102",
           "4DVQ8m2HkSz3", addr("عادل الفيتورى", "adel.feitouri@alard-ly.example.org"), hdr(subj),
           "<VI1PR0102MB3184E5F6A7B8C9D0@VI1PR0102MB3184.eurprd01.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcBeYz1Q2w3E4r5T6y7U8i9O0pAsd==", lang="ar-SA", has_attach="yes"))
    add(5, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE], speakers=[
        sp("سعاد المقريف", "رئيسه مجلس الاداره", "مؤسسه الارض للتنميه والهجره", ["rapporteur"])],
        notes="both, on time: DOCX report (Arabic file name, RFC 2231) and a rapporteur nomination in prose. The "
              "honorific 'الاستاذه /' is not part of the name; the speaker is not the sender and her organisation is "
              "only implied (chair of the board of the sender's foundation, named in the body and signature): "
              "recorded as the sender spells it ('مؤسسه الارض للتنميه والهجره', ه for ة). Dropped hamzas throughout."))


# ================================================================ 06  FR  other  Lebanese, no accents: can the report be in Arabic?
def m06():
    when = at("2021-02-02 17:42:13")
    text = """Bonjour,

Nous sommes une petite association a Tripoli (Liban) qui travaille avec les travailleuses domestiques migrantes et nous voulons envoyer un rapport volontaire pour l'examen regional.
Est ce que c'est possible de ecrire le rapport en arabe ou il faut obligatoirement en francais ou en anglais ? Et il y a un nombre de pages maximum ou un modele a suivre ?

Merci d'avance pour votre reponse.

Rana Merhi
Association Jousour - Tripoli
"""
    body = alt(text, "000000000000e4f5a605ba5c6d7e", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 4), "mail-wm1-f41.google.example.com", "192.0.2.41", "4DVb1t5ZqKz6",
           "Rana Merhi <rana.merhi.jousour@gmail.example.com>", "question sur le rapport volontaire",
           "<CAF3xN8gUq0pZr+Lm2tVb7sKy4eWd9oJh1c@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about the language and length of a voluntary report, nothing submitted; French without "
              "accents by an Arabic speaker."))


# ================================================================ 07  AR  speaker  Arabizi from a phone, details in the signature
def m07():
    when = at("2021-02-03 00:18:37")
    text = """Marhaba,

Ana Ahmad men jam3iyet Sawt el Shabab b Saida. Baddi 2elkon enno hab2a e7ke bel roundtable 3 iza fi majal, 3anna tajrbe ktir mnih ma3 el shabab yalli 3am yfakro bel hijra.
Ma ba3ref iza lezem n3abbe form aw bas email, iza fi form b3atulna el link please.

Chokran ktir w yeslamo 2eydkon

Ahmad Khoury
Project Coordinator
Sawt el Shabab Association

Sent from my iPhone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    body.replace_header("Content-Type", 'text/plain; charset=us-ascii; format=flowed; delsp=yes')
    m = mk(when, sent_at(when, 2, 9), "mail-pf1-f173.google.example.com", "192.0.2.173", "4DVpR73YdXz2",
           "Ahmad Khoury <ahmad.khoury.ses@gmail.example.com>", "talab mosharake - roundtable 3",
           "<8E5A1C2B-4F7D-4E3A-9B6C-0D1E2F3A4B5C@gmail.example.com>", body,
           extra=[("X-Mailer", IPHONE)])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("Ahmad Khoury", "Project Coordinator", "Sawt el Shabab Association", ["roundtable"], 3)],
        notes="Arabizi (Lebanese Arabic in Latin letters with digits: '3anna', '2elkon', 'e7ke'); the writer's "
              "language is Arabic, so the acknowledgement should be in Arabic (a case LABELS.md does not cover: "
              "a secretary would answer in Arabic). Full name, title and organisation only in the English "
              "signature; 'roundtable 3' in the body; the body also asks whether a form is needed."))


# ================================================================ 08  EN  speaker  on behalf of the director, two speakers, HTML-only
M08_ID = "<HE1PR0601MB2291C4D5E6F7A8B9@HE1PR0601MB2291.eurprd06.prod.outlook.example.com>"
M08_SUBJ = "Nomination of speakers - EFRR"
M08_QID = "4DW8cG0pLtz5"
M08_TEXT = """Dear Sirs,

Upon the directions of Dr. Hany Abdel Aziz, the General Manager of the Foundation, I am sending to your kind attention the nomination of our two speakers for the Regional Review Conference (24-25 February 2021):

1- Dr. Hany Abdel Aziz \u2013 General Manager \u2013 Egyptian Foundation for Refugees Rights (EFRR) \u2013 floor intervention in the plenary session.
2- Ms. Nermeen Fawzy \u2013 Head of Legal Aid Unit \u2013 Egyptian Foundation for Refugees Rights (EFRR) \u2013 intervention in the round table (4).

Kindly confirm receiving.

Thanks and best regards,
Shaimaa Mostafa
Executive Secretary, Office of the General Manager
EFRR \u2013 Cairo"""


def m08():
    when = at("2021-02-03 11:09:02")
    inner = "".join('<p class="MsoNormal">%s</p>\n' % p.replace("\n", "<br>\n") for p in M08_TEXT.split("\n\n"))
    body = html_only('<div class="WordSection1">\n%s</div>' % inner, newlines=True)
    m = mk(when, sent_at(when, 2, 6), "mail-he1eur04on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           M08_QID, "Shaimaa Mostafa <gm.office@efrr.example.org>", M08_SUBJ, M08_ID, body,
           extra=outlook(M08_SUBJ, "AdcCmP4q1w2e3r4t5y6u7i8o9p0Azx=="))
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hany Abdel Aziz", "General Manager", "Egyptian Foundation for Refugees Rights (EFRR)", ["plenary"]),
        sp("Nermeen Fawzy", "Head of Legal Aid Unit", "Egyptian Foundation for Refugees Rights (EFRR)",
           ["roundtable"], 4)],
        notes="HTML-only Outlook message sent on behalf of the director by his secretary (not a speaker); two "
              "speakers on dash-separated lines with honorifics ('Dr.', 'Ms.') dropped; 'round table (4)'; "
              "Egyptian English ('Kindly confirm receiving'). The secretary thanks for our acknowledgement in "
              "h226-09."))


# ================================================================ 09  EN  other  thank-you to our acknowledgement of 08
def m09():
    when = at("2021-02-03 15:31:44")
    ack = """Dear Shaimaa Mostafa,

Thank you for your message "Nomination of speakers - EFRR". We confirm receipt of your speaking-role request for 2 speakers. The secretariat will contact you about the programme.

GCM Regional Review - Arab States"""
    text = """Dear team,

Well received, thanks a lot for your quick responce. We are waiting the agenda and the zoom links.

Best regards,
Shaimaa

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 11:09 AM
To: Shaimaa Mostafa <gm.office@efrr.example.org>
Subject: Acknowledgement of receipt - Nomination of speakers - EFRR

""" + ack + "\n"
    subj = "RE: Acknowledgement of receipt - " + M08_SUBJ
    m = mk(when, sent_at(when, 2, 5), "mail-he1eur04on0601.outbound.protection.outlook.example.com", "198.51.100.61",
           "4DWGh91nRsz0", "Shaimaa Mostafa <gm.office@efrr.example.org>", subj,
           "<HE1PR0601MB22917A8B9C0D1E2F@HE1PR0601MB2291.eurprd06.prod.outlook.example.com>",
           alt(text, "_000_HE1PR0601MB22917A8B9C0D1E2F_"),
           extra=outlook("Acknowledgement of receipt - " + M08_SUBJ, "AdcCmP4q1w2e3r4t5y6u7i8o9p0AzxAABc1Q") + [
               ("In-Reply-To", ack_mid(M08_QID)), ("References", "%s %s" % (M08_ID, ack_mid(M08_QID)))])
    add(9, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="a thank-you replying to our acknowledgement of h226-08 (In-Reply-To = our acknowledgement, References "
              "also name h226-08); adds nothing new, so no acknowledgement. The wish for 'the agenda and the zoom "
              "links' is not a question needing an answer from the service."))


# ================================================================ 10  EN  both  Jordanian, last minute, PDF + roundtable 1, Cc bounces (11)
M10_ID = "<CAK7tP3mZ9qW+vR1xN0bL4sY8uE2oG6hJ5d@mail.gmail.example.com>"
M10_QID = "4DXqR61vBnz8"
M10_FILE = "JSCMW_GCM_Voluntary_Review_Report_2021.pdf"
M10_SUBJ = "Voluntary report + speaker request (JSCMW)"


def m10():
    when = at("2021-02-05 23:40:05")
    text = """Dear GCM team,

Sorry for sending in the last minute, we were finalizing the report until now. Please find attached our voluntary review report, it is a collective report of 6 organizations from Jordan working with migrant workers in the QIZ and in agriculture.

Also we want to request a floor intervention in the thematic round table No. 1 for our director:
Name: Rawan Al-Masri
Title: Director of the Unit of Studies and Policies
Organization: Jordanian Society for Care of Migrant Workers (JSCMW) - Amman

My colleague Dr. Tareq is in copy for any follow up.

Best,
Lubna Haddadin
Programs Officer
JSCMW
"""
    pdf = rep_pdf("Collective Voluntary GCM Review Report - Jordan", "Jordanian Society for Care of Migrant Workers (JSCMW)",
                  ["Introduction", "Methodology (6 organizations)", "Objectives 6 and 22", "Challenges",
                   "Recommendations"])
    a = alt(text, "000000000000c9d0e105ba8f9a0b", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M10_FILE)], "000000000000c9d0e305ba8f9a0d")
    m = mk(when, sent_at(when, 2, 11), "mail-lj1-f178.google.example.com", "192.0.2.178", M10_QID,
           "Lubna Haddadin <lubna.haddadin.jscmw@gmail.example.com>", M10_SUBJ, M10_ID, body,
           cc="Tareq Obeidat <t.obeidat@jscmw.example.org>")
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        report_attachments=[M10_FILE], speakers=[
        sp("Rawan Al-Masri", "Director of the Unit of Studies and Policies",
           "Jordanian Society for Care of Migrant Workers (JSCMW)", ["roundtable"], 1)],
        notes="both, received 23:40 on 5 February: both parts on time. The speaker is the sender's director; title "
              "written with its unit, kept (as dev 012); city after the organisation dropped; collective report of "
              "6 organisations. The Cc'd colleague's address bounces our acknowledgement (h226-11)."))


# ================================================================ 11  EN  bounce  our acknowledgement of 10 to the Cc'd colleague
def m11():
    when = at("2021-02-05 23:40:31")
    text = POSTFIX_NOTICE + """
<t.obeidat@jscmw.example.org>: host mail.jscmw.example.org[203.0.113.58] said:
    550 5.1.1 <t.obeidat@jscmw.example.org>... User unknown (in reply to RCPT TO
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DXqRk2cPmz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; t.obeidat@jscmw.example.org\n"
           "Original-Recipient: rfc822;t.obeidat@jscmw.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mail.jscmw.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <t.obeidat@jscmw.example.org>... User unknown\n"
           % rfcdate(when - dt.timedelta(seconds=4), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Lubna Haddadin <lubna.haddadin.jscmw@gmail.example.com>\n"
            "Cc: Tareq Obeidat <t.obeidat@jscmw.example.org>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (M10_SUBJ, rfcdate(when - dt.timedelta(seconds=7)), ack_mid(M10_QID), M10_ID))
    body = dsn_report(text, dsn, hdrs, "4DXqRv5hTsz3.1612561231/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DXqRv5hTsz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205214031.4DXqRv5hTsz3@mx1.iom.int>")]
    add(11, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN 5.1.1 for the copy of our acknowledgement of h226-10 sent to the Cc'd colleague; the "
              "returned headers name h226-10 in In-Reply-To and the report/speaker subject. Never acknowledge; "
              "thread_of null as for dev bounces."))


# ================================================================ 12  AR  speaker  on behalf, Kuwait, received 50 s before the deadline
def m12():
    when = at("2021-02-05 23:59:10")
    text = """السادة / أمانة الاستعراض الإقليمي المحترمين

تحية طيبة وبعد،

بالنيابة عن السيد المدير العام، أرسل لكم طلب المشاركة بمداخلة في الطاولة المستديرة رقم ٢ خلال المؤتمر الإقليمي (٢٤-٢٥ فبراير ٢٠٢١):

الاسم: السيد خالد فهد العتيبي
المنصب: المدير العام
الجهة: الجمعية الكويتية لرعاية العمالة الوافدة

نعتذر عن التأخير في الإرسال، وشكراً لتعاونكم.

مع التحية،
نوف الرشيدي
سكرتيرة مكتب المدير العام
"""
    subj = "طلب مداخلة - الطاولة المستديرة رقم ٢"
    a = alt(text, "_000_DB8PR09MB3327F1A2B3C4D5E6_", html=outlook_html(text, lang="AR-KW", rtl=True))
    m = mk(when, sent_at(when, 3, 4), "mail-db8eur09on0327.outbound.protection.outlook.example.com", "198.51.100.27",
           "4DXqsB7kWfz4", addr("نوف الرشيدي", "gm.secretary@kscmw.example.org"), hdr(subj),
           "<DB8PR09MB3327F1A2B3C4D5E6@DB8PR09MB3327.eurprd09.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "AdcMfL9s0d1f2g3h4j5k6l7z8x9cVb==", lang="ar-KW"))
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خالد فهد العتيبي", "المدير العام", "الجمعية الكويتية لرعاية العمالة الوافدة", ["roundtable"], 2)],
        notes="edge: received 23:59:10 Beirut time on 5 February (Date header 00:59 on 6 February, +0300): on time, "
              "although the sender apologises for the delay. Sent on behalf of the director by his secretary; "
              "'السيد' before the name is 'Mr.', not part of the name; 'الطاولة المستديرة رقم ٢' (Arabic-Indic digit)."))


# ================================================================ 13  FR  speaker  late, Mauritanian, two speakers (followed up by 15)
M13_ID = "<CAGq5Zt1nW8xK+pL3vB0rY7mE2sU9oF4dH6c@mail.gmail.example.com>"
M13_SUBJ = "Demande de participation table ronde 1 - AFCF"
M13_TEXT = """Bonjour,

Nous avons recu votre invitation en retard a cause d'un probleme avec notre ancienne adresse email, desolee pour ca. L'Association des Femmes Chefs de Famille (AFCF) souhaite faire une intervention dans la table ronde 1 de la conference regionale.
Je serai accompagnee de mon collegue Brahim Ould Ahmed, conseiller juridique a l'association, qui va parler de la partie juridique (papiers d'etat civil des enfants des migrants).

Merci de nous confirmer si c'est encore possible.

Mariem Mint Sidi
Presidente
Association des Femmes Chefs de Famille (AFCF)
Nouakchott - Mauritanie
Tel : +222 00 00 00 00
"""


def m13():
    when = at("2021-02-06 09:12:26")
    body = alt(M13_TEXT, "000000000000f1a2b305ba9c0d1e", html=gmail_html(M13_TEXT))
    m = mk(when, sent_at(when, 0, 6), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DY5Gt2mHvz6",
           "Mariem Mint Sidi <afcf.mariem@gmail.example.com>", M13_SUBJ, M13_ID, body)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mariem Mint Sidi", "Presidente", "Association des Femmes Chefs de Famille (AFCF)", ["roundtable"], 1),
        sp("Brahim Ould Ahmed", "conseiller juridique", "Association des Femmes Chefs de Famille (AFCF)",
           ["roundtable"], 1)],
        notes="late (6 February) and says so; the sender proposes herself (name, title and organisation only in the "
              "signature) and a colleague in prose ('conseiller juridique a l'association': organisation by "
              "reference); both for 'table ronde 1'. French without accents ('Presidente' recorded as written). "
              "Sender in UTC+0. Followed up by h226-15."))


# ================================================================ 14  FR  speaker  late, Tunisian, pasted form on behalf
def m14():
    when = at("2021-02-09 10:25:03")
    text = """Bonjour,

Suite a votre invitation, veuillez trouver ci-dessous le formulaire rempli pour la demande de prise de parole de notre responsable. Nous avons eu un probleme technique pour l'envoyer avant, donc je le copie ici directement.

----- Formulaire demande de prise de parole -----
Nom complet : Sami Trabelsi
Titre / fonction : Responsable du departement migration et developpement
Organisation : Association Tunisienne de Soutien aux Migrants (ATSM), Sfax
Role souhaite : [X] discussion ouverte (23 fevrier)   [ ] rapporteur   [ ] seance pleniere   [ ] table ronde n\u00b0 ...
Email : s.trabelsi@atsm.example.tn
--------------------------------------------------

Cordialement,

Hela Ben Salem
Assistante administrative
ATSM
"""
    subj = "TR: formulaire prise de parole ATSM"
    a = alt(text, "_000_PAXPR01MB8813A9B0C1D2E3F4_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 5), "mail-pax01on0813.outbound.protection.outlook.example.com", "198.51.100.113",
           "4DZQw03FrLz7", "Hela Ben Salem <contact@atsm.example.tn>", subj,
           "<PAXPR01MB8813A9B0C1D2E3F4@PAXPR01MB8813.eurprd01.prod.outlook.example.com>", a,
           extra=outlook(subj, "AdcIeP2w3e4r5t6y7u8i9o0pQaSdFg==", lang="fr-FR"))
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sami Trabelsi", "Responsable du departement migration et developpement",
           "Association Tunisienne de Soutien aux Migrants (ATSM)", ["open_discussion"])],
        notes="late (9 February); a form pasted into the body by an assistant on behalf of the speaker; only the "
              "ticked box ('[X] discussion ouverte') is a role, the unticked ones and 'table ronde n\u00b0 ...' are "
              "not; ', Sfax' after the organisation is not part of the affiliation. Subject 'TR:' although nothing "
              "is forwarded. Accents missing, title recorded as written."))


# ================================================================ 15  FR  other  follow-up on 13: is our request accepted?
def m15():
    when = at("2021-02-09 16:40:18")
    text = """Bonjour,

On a recu l'accuse de reception automatique mais on a pas eu de reponse sur notre demande du 6 fevrier. Est ce que notre participation dans la table ronde est accepte malgre le retard ? On doit savoir pour preparer la presentation et le visa n'est pas necessaire car c'est en ligne je pense ?

Merci beaucoup

Le sam. 6 f\u00e9vr. 2021 \u00e0 07:12, Mariem Mint Sidi <afcf.mariem@gmail.example.com> a \u00e9crit :
""" + gt(M13_TEXT) + "\n"
    subj = "Re: " + M13_SUBJ
    body = alt(text, "000000000000a3b4c505bae1f2a3", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 5), "mail-wr1-f49.google.example.com", "192.0.2.49", "4DZc3H8vQpz2",
           "Mariem Mint Sidi <afcf.mariem@gmail.example.com>", subj,
           "<CAGq5Zt3rB1yL+nQ7xV0mW2sK8uP4oE9cJ5f@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M13_ID), ("References", M13_ID)])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of=H % 13,
        notes="follow-up to h226-13 (Gmail reply quoting it with '>'; the quoted text still holds both speakers): "
              "asks whether the late request is accepted; no new speaker or change, so 'other'. The French Gmail "
              "attribution line has accents although the sender types without them."))


# ================================================================ 16  AR  report  Iraqi, colloquial spelling, PDF with Arabic name (OOO in 17)
M16_FILE = "تقرير منظمة الامل - الاتفاق العالمي.pdf"
M16_QID = "4F0bK51sMcz9"
M16_SUBJ = "تقرير طوعى عن الاتفاق العالمى للهجره"


def m16():
    when = at("2021-02-10 13:02:55")
    text = """مرحبا

نرسل لكم تقرير منظمتنا الطوعى عن الاتفاق العالمى للهجره بالمرفقات.
التقرير يغطى اوضاع العمال المهاجرين والنازحين العائدين فى اقليم كوردستان ونينوى خلال ٢٠١٩ و ٢٠٢٠.

ارجو تاكيد الاستلام

مع التقدير
زينب حسن
منظمه الامل العراقيه للاغاثه
"""
    pdf = rep_pdf("Voluntary GCM Report - Iraq", "Iraqi Al-Amal Relief Organization",
                  ["Introduction", "Migrant workers in Kurdistan Region", "Returnees in Ninewa", "Recommendations"])
    a = alt(text, "0000000000007b8c9d05bafa0b1c", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "0000000000007b8c9f05bafa0b1e")
    m = mk(when, sent_at(when, 3, 6), "mail-qk1-f170.google.example.com", "192.0.2.170", M16_QID,
           addr("زينب حسن", "zainab.hassan.alamal@gmail.example.com"), hdr(M16_SUBJ),
           "<CAN4pY7tR2xQ+wM9vB1nL0sK3uE5oG8hJ6a@mail.gmail.example.com>", body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="Iraqi writer, colloquial spelling in the body (ى for ي, ه for ة) while the file name is spelled "
              "normally; Arabic PDF name (RFC 2231 + RFC 2047); base64 text parts. Her vacation responder answers "
              "our acknowledgement (h226-17)."))


# ================================================================ 17  AR  auto_reply  vacation responder answering our acknowledgement of 16
def m17():
    when = at("2021-02-10 13:03:49")
    text = """مرحبا،
شكرا لرسالتك. انا فى اجازه لغايه ١٥ شباط ومااقدر ارد على الايميل.
للامور المستعجله تواصل مع مكتب المنظمه على الرقم ٠٧٥٠٠٠٠٠٠٠٠
زينب
"""
    body = alt(text, "000000000000d1e2f305bafa1c2d", html=gmail_html(text, rtl=True), b64=True)
    rows = std_rows(when, "mail-qk1-f170.google.example.com", "192.0.2.170", "4F0bL40gWtz1",
                    addr("زينب حسن", "zainab.hassan.alamal@gmail.example.com"), hdr("انا فى اجازه"),
                    rfcdate(sent_at(when, 3, 3)), "<CAN4pY7vAcAt10nR3sP0nD3r0000000@mail.gmail.example.com>",
                    extra=[("Auto-Submitted", "auto-replied")], ret="zainab.hassan.alamal@gmail.example.com")
    rows += [("In-Reply-To", ack_mid(M16_QID)), ("References", ack_mid(M16_QID))]
    add(17, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder (Auto-Submitted: auto-replied) answering our acknowledgement of h226-16; "
              "subject is the user's own ('انا فى اجازه'), not 'Re:'; colloquial Iraqi text. Never acknowledge; "
              "thread_of null as for dev auto-replies."))


# ================================================================ 18  AR  speaker  late, Moroccan, table pasted from Word, French-calque titles
def m18():
    when = at("2021-02-11 08:55:30")
    rows_ = [("يوسف بنعلي", "منسق البرامج", "الجمعية المغربية لمساعدة المهاجرين في وضعية صعبة (AMAMVS)",
              "مداخلة في الطاولة المستديرة ٣"),
             ("حنان الزياني", "مكلفة بالترافع", "نفس الجمعية", "مداخلة في الجلسة العامة")]
    intro = """السلام عليكم،

تبعا لمراسلتكم بخصوص المؤتمر الإقليمي لاستعراض الميثاق العالمي للهجرة، يشرفنا أن نقترح عليكم المتدخلين التاليين، مع اعتذارنا على التأخر بسبب انشغالات الجمعية:"""
    outro = """تقبلوا منا فائق التقدير والاحترام.

عن المكتب التنفيذي
عبد الإله الصديقي
الكاتب العام
الجمعية المغربية لمساعدة المهاجرين في وضعية صعبة - وجدة"""
    plain = intro + "\n\n" + "الاسم\tالصفة\tالجهة\tالدور\n" + "\n".join("\t".join(r) for r in rows_) + "\n\n" + outro + "\n"
    cells = lambda r, tag: "".join('<%s style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">%s</%s>' % (tag, c, tag)
                                   for c in r)
    table = ('<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0">'
             '<tr>%s</tr>%s</table>' % (cells(("الاسم", "الصفة", "الجهة", "الدور"), "th"),
                                        "".join("<tr>%s</tr>" % cells(r, "td") for r in rows_)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="FR" dir="rtl"><div class="WordSection1">%s\n%s\n%s</div></body></html>\n'
            % ("".join('<p class="MsoNormal" dir="rtl">%s</p>' % p.replace("\n", "<br>") for p in intro.split("\n\n")),
               table, "".join('<p class="MsoNormal" dir="rtl">%s</p>' % p.replace("\n", "<br>")
                              for p in outro.split("\n\n"))))
    subj = "اقتراح متدخلين - الجمعية المغربية لمساعدة المهاجرين"
    a = alt(plain, "_000_MR2PR03MB5021C0D1E2F3A4B5_", html=html)
    m = mk(when, sent_at(when, 1, 7), "mail-mr2fra03on0521.outbound.protection.outlook.example.com", "198.51.100.21",
           "4F1Fz72qDkz3", addr("AMAMVS Oujda", "amamvs.oujda@outlook.example.com"), hdr(subj),
           "<MR2PR03MB5021C0D1E2F3A4B5@MR2PR03MB5021.eurprd03.prod.outlook.example.com>", a,
           extra=outlook(hdr(subj), "AdcAbC1d2E3f4G5h6I7j8K9l0MnOpQ==", lang="fr-FR"))
    add(18, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف بنعلي", "منسق البرامج", "الجمعية المغربية لمساعدة المهاجرين في وضعية صعبة (AMAMVS)",
           ["roundtable"], 3),
        sp("حنان الزياني", "مكلفة بالترافع", "الجمعية المغربية لمساعدة المهاجرين في وضعية صعبة (AMAMVS)",
           ["plenary"])],
        notes="late (11 February); Moroccan Arabic calqued on French ('المتدخلين', 'مكلفة بالترافع' = chargée de "
              "plaidoyer, 'في وضعية صعبة' = en situation difficile): recorded as written. Two speakers in a Word "
              "table pasted into Outlook (plain alternative tab-separated); the second row's organisation is 'نفس "
              "الجمعية', recorded as the first row's organisation with its French acronym (as dev 020/025/029). "
              "'الطاولة المستديرة ٣' in Arabic-Indic digits; 'الجلسة العامة' = plenary. Content-Language fr-FR "
              "but the body is Arabic: acknowledge in Arabic."))


# ================================================================ 19  FR  report  collective, Moroccan platform, Thunderbird DOCX
M19_FILE = "Rapport volontaire PMM - Plateforme Sud Migrations.docx"


def m19():
    when = at("2021-02-11 14:17:42")
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci joint le rapport volontaire collectif de la Plateforme Sud Migrations concernant la mise en oeuvre du Pacte mondial pour des migrations sures, ordonnees et regulieres au Maroc. Ce rapport a ete elabore par 8 associations membres de la plateforme (Agadir, Tiznit, Guelmim, Laayoune) suite a des ateliers de concertation en janvier 2021.

Nous vous prions de bien vouloir accuser reception de notre envoi.

Veuillez agreer, Madame, Monsieur, nos salutations les plus distinguees.

--
Lahcen Ait Brahim
Coordinateur national
Plateforme Sud Migrations
"""
    docx = make_docx(["Rapport volontaire collectif - Plateforme Sud Migrations", "Pacte mondial pour les migrations",
                      "1. Introduction", "2. Methodologie (8 associations)", "3. Objectifs 2, 5 et 15",
                      "4. Recommandations"])
    t = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [t, attach(DOCX, docx, M19_FILE)], "------------9C3E1B7A0F2D4C6E8A1B3D5F")
    m = mk(when, sent_at(when, 1, 5), "smtp.menara.example.ma", "203.0.113.140", "4F1Prs6JmNz5",
           "Lahcen Ait Brahim <plateforme.sud.migrations@menara.example.ma>",
           "Envoi rapport volontaire collectif - Plateforme Sud Migrations",
           "<3d9b5f21-7c4e-4a8b-9e0f-1a2b3c4d5e6f@menara.example.ma>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M19_FILE],
        notes="collective report (8 member associations) as DOCX; Thunderbird format=flowed 8bit; administrative "
              "French typed without accents ('mise en oeuvre', 'sures, ordonnees et regulieres'); file name with "
              "spaces."))


# ================================================================ 20  FR  both  Lebanese research centre: report on time, rapporteur late
M20_FILE = "Rapport CLEM PMM 2021.pdf"


def m20():
    when = at("2021-02-12 19:06:14")
    text = """Bonsoir,

Ci-joint le rapport volontaire de notre centre sur l'examen du Pacte mondial au Liban.
Aussi, si c'est encore possible, nous voulons proposer Dr Nadine Abou Jaoude, directrice de notre centre, pour etre rapporteur des messages cles des parties prenantes. Je sais que la date pour les orateurs est passe, excusez nous pour ca.

Merci beaucoup et bonne soiree,
--
Joelle Khalil
Chargee de projets
Centre Libanais pour les Etudes de la Migration (CLEM)
Universite de Beyrouth
"""
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM - Liban",
                  "Centre Libanais pour les Etudes de la Migration (CLEM)",
                  ["Introduction", "Travailleuses domestiques migrantes", "Refugies et migrants", "Recommandations"])
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    html = html_only("<div>%s</div>" % text.replace("\n", "<br>\n")).get_payload(decode=True).decode("utf-8")
    a = multi("alternative", [t, leaf("text/html", html)], "Apple-Mail=_3F1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8")
    body = multi("mixed", [a, attach("application/pdf", pdf, M20_FILE)],
                 "Apple-Mail=_5E6F7A8B-9C0D-1E2F-3A4B-5C6D7E8F9A0B")
    m = mk(when, sent_at(when, 2, 8), "smtp.clem-lb.example.org", "203.0.113.88", "4F2CnP3wXyz8",
           "Joelle Khalil <j.khalil@clem-lb.example.org>", "Rapport volontaire + rapporteur - CLEM",
           "<A1B2C3D4-E5F6-4789-ABCD-EF0123456789@clem-lb.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(20, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M20_FILE], speakers=[
        sp("Nadine Abou Jaoude", "directrice", "Centre Libanais pour les Etudes de la Migration (CLEM)",
           ["rapporteur"])],
        notes="both, received 12 February: report on time but the rapporteur request is late (the sender says so), "
              "so on_time is false. The speaker is not the sender: 'Dr' dropped, title 'directrice' and the "
              "organisation only by reference ('de notre centre'), recorded as named in the signature (the "
              "university line under it is not part of the affiliation). Lebanese French without accents; "
              "Apple Mail."))


# ================================================================ 21  EN  report  Somali network, iPhone, almost no text
M21_FILE = "report GCM network.pdf"


def m21():
    when = at("2021-02-14 10:40:27")
    pdf = rep_pdf("Voluntary GCM Review Report", "Horn of Africa Migrants Network (HAMN)",
                  ["Introduction", "Mixed migration through Yemen", "Returns", "Recommendations"])
    t1 = leaf("text/plain", "Dear Sir,\nKindly find attached the report of our network about GCM.\nRegards\n\n",
              "us-ascii", "7bit")
    pdfp = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % M21_FILE)],
                disp='inline; filename="%s"' % M21_FILE)
    t2 = leaf("text/plain", "\n\nSent from my iPhone\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, pdfp, t2], "Apple-Mail-7D3E9A21-5B4C-4F6E-8A0B-1C2D3E4F5A6B")
    m = mk(when, sent_at(when, 3, 10), "mail-pl1-f180.google.example.com", "192.0.2.180", "4F3Kd18cTgz4",
           "Abdiaziz Warsame <abdiaziz.hamn@gmail.example.com>", "Report",
           "<B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E@gmail.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="iPhone, almost no text ('Kindly find attached the report of our network about GCM'), one-word "
              "subject; PDF with Content-Disposition inline between two text parts is the report."))


# ================================================================ 22  AR  other  Syrian colloquial question, 'شكراااااا'
def m22():
    when = at("2021-02-15 22:10:51")
    text = """مسا الخير

بدي اسال اذا فى امكانيه نبعتلكن التقرير بعد ١٦ شباط بكم يوم؟ لانو لسا عم نجمع المعلومات من الشركاء بالشمال وماخلصنا.
وكمان هل لازم يكون التقرير بصيغه PDF ولا بيمشى Word؟

شكراااااا كتير الكن
هبه
"""
    body = alt(text, "000000000000e2f3a405bb4c5d6e", html=gmail_html(text, rtl=True))
    m = mk(when, sent_at(when, 2, 5), "mail-ej1-f52.google.example.com", "192.0.2.52", "4F4Dm62vRsz7",
           addr("Hiba Darwish", "hiba.darwish.syr@gmail.example.com"), hdr("سؤال عن موعد التقرير"),
           "<CAJ6wR0pX3yN+tL8vQ2mZ1sB7uK4oF9eH5g@mail.gmail.example.com>", body)
    add(22, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Syrian colloquial Arabic ('بدي اسال', 'لانو', 'شكراااااا') asking for a few more days after 16 "
              "February and whether Word is accepted; keyword-heavy (التقرير, ١٦ شباط) but nothing is submitted."))


# ================================================================ 23  FR  report  Algerian, last hour of the report deadline, DOCX
M23_FILE = "rapport_volontaire_PMM_ASDM_final.docx"


def m23():
    when = at("2021-02-16 23:20:45")
    text = """Bonsoir,

Nous vous envoyons en derniere minute le rapport volontaire de l'Association Solidarite et Developpement Migrants (ASDM) de Tamanrasset. Nous esperons que il est encore dans les delais.
Le rapport concerne surtout la situation des migrants subsahariens dans le sud algerien et l'acces aux soins.

Salutations distinguees

Nacer Belkacemi
President de l'ASDM
"""
    docx = make_docx(["Rapport volontaire PMM - ASDM", "Migrants subsahariens au sud algerien",
                      "1. Contexte", "2. Acces aux soins", "3. Recommandations"])
    a = alt(text, "000000000000a9b0c105bb6d7e8f", html=gmail_html(text))
    body = multi("mixed", [a, attach(DOCX, docx, M23_FILE)], "000000000000a9b0c305bb6d7e91")
    m = mk(when, sent_at(when, 1, 5), "mail-wr1-f52.google.example.com", "192.0.2.53", "4F4qXb1nCkz2",
           "ASDM Tamanrasset <asdm.tam@gmail.example.com>", "rapport volontaire ASDM",
           "<CAB1sK9tQ4xW+yM7nR0pL2vZ3uE8oD5gJ6h@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="received 23:20 Beirut time on 16 February (Date header 22:20 +0100): on time; the sender is unsure "
              "('nous esperons que il est encore dans les delais'); French without accents; From display name is "
              "the organisation."))


# ================================================================ 24  EN  report  Iraqi, late, PDF + DOCX annex
M24_FILES = ["IHRA GCM Report 2021.pdf", "Annex - case studies.docx"]


def m24():
    when = at("2021-02-17 11:30:19")
    text = """Dear Regional Review Secretariat,

Greetings from Baghdad. Please accept our apologize for the delay, we had a big problem of the internet connection and electricity in the last days so we could not send the report yesterday.
Attached you will find the voluntary report of the Iraqi Humanitarian Rights Association (IHRA) on the GCM implementation, and an annex with the case studies that we documented in 2020. The annex is part of the report.

We hope you can still consider it.

Sincerely yours,
Ali Kadhim Al-Jubouri
Head of the Administrative Body
Iraqi Humanitarian Rights Association (IHRA)
"""
    pdf = rep_pdf("Voluntary GCM Review Report 2021", "Iraqi Humanitarian Rights Association (IHRA)",
                  ["Introduction", "Methodology", "Objectives 4, 13 and 21", "Recommendations"])
    docx = make_docx(["Annex - case studies (IHRA)", "Case 1: detention of a migrant worker",
                      "Case 2: deportation without documents", "Case 3: recruitment fees"])
    a = alt(text, "_000_AS8PR04MB7766D2E3F4A5B6C7_", html=outlook_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M24_FILES[0]), attach(DOCX, docx, M24_FILES[1])],
                 "_004_AS8PR04MB7766D2E3F4A5B6C7_")
    subj = "Voluntary GCM report - IHRA (sorry for delay)"
    m = mk(when, sent_at(when, 3, 6), "mail-as8eur04on0766.outbound.protection.outlook.example.com", "198.51.100.166",
           "4F5Ft90yLmz6", "Ali Al-Jubouri <ali.aljubouri@ihra-iq.example.org>", subj,
           "<AS8PR04MB7766D2E3F4A5B6C7@AS8PR04MB7766.eurprd04.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdcFgH1j2K3l4Z5x6C7v8B9n0MqWeR==", has_attach="yes"))
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=M24_FILES,
        notes="late (17 February) and says so; report made of a PDF and a DOCX annex ('The annex is part of the "
              "report'), both listed; English of an Arabic speaker ('accept our apologize'); the signature title "
              "is a word-by-word translation but no speaker is proposed."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
