#!/usr/bin/env python3
"""Write the blind evaluation set holdout89 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets89.py
Theme: migrant community associations of Asian and African workers in the Gulf and Lebanon
(Filipino, Nepali, Kenyan, Ethiopian, Bangladeshi, Sri Lankan, Sudanese, Egyptian, Comorian, Malagasy...).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout89")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h89-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
INV_ID = "<AM9PR04MB81125C0E4A7F2B19D3C6E0A1F2B80@AM9PR04MB8112.eurprd04.prod.outlook.example.com>"
INV_SUBJ = "Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021"
IDS = {}


def m01():
    # Filipino community leader, Kuwait, broken English, one-line Name/Position/Org
    when = at("2021-01-27 09:12:44")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Good day Sir/Madam,

We are received the invitation letter from our embassy friend for the Regional Review of GCM. Thank you so much for remember the migrant worker community.

Our association want to request a speaking role for the round table, we like the table no. 3 if still have slot because our concern is the domestic worker and the kafala, many of our kababayan is suffering.

Name : Maricel B. Santos / Position : President / Org : Filipino Workers Association in Kuwait (FWAK)

She is 14 years in Kuwait and she is the one handling our shelter cases. She can speak english and also tagalog if have translator.

Hoping for your kind consideration. God bless.

Respectfully yours,
Rodel Manalo
Secretary FWAK
+965 5xxx xxxx
"""
    body = leaf("text/plain", text, "UTF-8", "7bit" if False else "quoted-printable")
    mid = "<CAHx7pQ2m0vK9dF3sLr8TqYw1Zb4NeU6cJ5aRg2H0yXo=kP7wQ@mail.gmail.example.com>"
    rows = std_rows(when, "mail-pj1-f47.google.example.com", "209.85.216.47", "4DQm1B2sKpz3",
                    "Rodel Manalo <rodel.manalo.fwak@gmail.example.com>",
                    "request for speaker - GCM regional review (FWAK Kuwait)", rfcdate(sent), mid,
                    ret="rodel.manalo.fwak@gmail.example.com")
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
            sp("Maricel B. Santos", "President", "Filipino Workers Association in Kuwait (FWAK)", ["roundtable"], 3)],
        notes="second-language English; speaker given on ONE line as 'Name : ... / Position : ... / Org : ...' "
              "(slash-separated, not one field per line); the sender (Secretary, signs) is not the speaker; "
              "'round table ... table no. 3' = roundtable 3; 'if still have slot' is not a condition to drop; "
              "mentions Tagalog/translator (irrelevant to language: written in English)."))


def m02():
    # Ethiopian community association in Lebanon, writing in Arabic (simple, Levantine touches)
    when = at("2021-01-29 16:40:09")
    sent = when - dt.timedelta(seconds=40)
    text = """مرحبا
تحية طيبة

نحنا جمعية الجالية الإثيوبية في لبنان، عم نشتغل مع العاملات بالمنازل من سنة ٢٠١٢. وصلتنا الدعوة عن طريق منظمة كاريتاس، وبدنا نشارك بالمراجعة الإقليمية للاتفاق العالمي للهجرة.

بنطلب انو تحكي الأخت بيزا تسفاي بالجلسة العامة (مداخلة من القاعة) عن وضع العاملات الإثيوبيات بعد انفجار المرفأ والأزمة الاقتصادية، كتير منهن صاروا بالشارع بلا أوراق وبلا معاش.

بيزا هي منسّقة برنامج الحماية عنا بالجمعية. بتحكي عربي منيح وأمهري وانكليزي شوي.

اذا في شي لازم نعبّيه او نبعتو خبرونا.
شكرا كتير

عن الجمعية
ميكديس هايلي
أمينة السر
جمعية الجالية الإثيوبية في لبنان
برج حمود - بيروت
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma;font-size:11pt">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", html, "utf-8", "base64")],
                 "_000_VI1PR0802MB2349E7A1C3B2D1F0A9@VI1PR0802MB2349eurprd08")
    rows = std_rows(when, "mail-eopbgr80112.outbound.protection.outlook.example.com", "40.107.8.112", "4DRwq63LKbz9",
                    addr("Mekdes Haile", "ethio.community.lb@outlook.example.com"),
                    hdr("طلب مداخلة - جمعية الجالية الإثيوبية في لبنان"), rfcdate(sent),
                    "<VI1PR0802MB2349E7A1C3B2D1F0A93C7B1D8F4E0@VI1PR0802MB2349.eurprd08.prod.outlook.example.com>",
                    ret="ethio.community.lb@outlook.example.com")
    rows += [("Content-Language", "ar-LB"), ("Thread-Index", "AQHW9kYx3b1Q2m9cQk6H8qZ0YtW2Rw==")]
    add(2, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("بيزا تسفاي", "منسّقة برنامج الحماية", "جمعية الجالية الإثيوبية في لبنان", ["plenary"])],
        notes="Ethiopian community association writing in Levantine-coloured Arabic (نحنا، عم، بدنا، عنا); Latin "
              "display name 'Mekdes Haile' but Arabic body; honorific-like 'الأخت' (sister) is not part of the "
              "name; title given in a later sentence ('هي منسّقة برنامج الحماية عنا بالجمعية'), affiliation only "
              "as 'نحنا جمعية ...' and in the sender's signature; 'بالجلسة العامة (مداخلة من القاعة)' = plenary; "
              "sender (أمينة السر) is not the speaker; base64 text+HTML."))


def m03():
    # West African community in Morocco, French, Thunderbird flowed
    when = at("2021-01-30 12:03:51")
    sent = tz(when - dt.timedelta(seconds=12), 1)
    text = """Bonjour,

Je me permets de vous écrire au nom du Conseil des Communautés Ouest-Africaines au Maroc (CCOAM), qui regroupe des associations ivoiriennes, sénégalaises, guinéennes, maliennes et camerounaises de Rabat, Casablanca, Tanger et Oujda.

Suite à l'invitation pour l'Examen régional du Pacte mondial sur les migrations, nous souhaitons proposer M. Ibrahima Koné comme rapporteur, pour porter les messages clés des parties prenantes. Il est actuellement notre porte-parole et il a participé aux consultations nationales avec le Ministère chargé des MRE et des Affaires de la Migration en 2019 et 2020.

Ses coordonnées :
Ibrahima Koné
Porte-parole, CCOAM
ibrahima.kone@ccoam.example.ma

Nous restons disponibles pour toute information complémentaire. Merci d'avance pour votre retour.

Bien cordialement,

--
Awa Diallo
Chargée de communication
Conseil des Communautés Ouest-Africaines au Maroc (CCOAM)
Quartier Takaddoum, Rabat
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.ccoam.example.ma", "196.200.131.12", "4DSWv14nX9z2",
                    addr("Awa Diallo", "awa.diallo@ccoam.example.ma"),
                    hdr("Proposition de rapporteur - CCOAM (Maroc)", "utf-8", "Q"), rfcdate(sent),
                    "<5b2f8e1c-9a7d-4c3e-b0f6-1d2e3c4a5b6f@ccoam.example.ma>", ret="awa.diallo@ccoam.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
            sp("Ibrahima Koné", "Porte-parole", "Conseil des Communautés Ouest-Africaines au Maroc (CCOAM)", ["rapporteur"])],
        notes="West African umbrella in Morocco; 'M.' is an honorific; contact block gives only 'Porte-parole, CCOAM' "
              "but the full name + acronym is written in the first sentence and the signature (fullest form wins); "
              "role in prose ('comme rapporteur, pour porter les messages clés'); Thunderbird format=flowed 8bit; "
              "Date in +0100 (Morocco); the ministry mentioned is not the affiliation."))


def m04():
    # WhatsApp-style, Nepali, iPhone, no punctuation
    when = at("2021-02-01 20:27:15")
    sent = tz(when - dt.timedelta(seconds=9), 3)
    text = ("namaste sir madam i am ram bahadur gurung chairman of nepali samaj qatar we are 3000 member "
            "mostly construction and security guard worker we want to join the gcm review meeting and speak in "
            "open discussion about wage theft and recruitment fee problem of nepali brothers my english is not "
            "so good but i can speak some and our vice chairman sita thapa magar can also help pls give chance "
            "to our voice thank you sir\n\nSent from my iPhone\n")
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-oi1-f180.google.example.com", "209.85.167.180", "4DTxk52QqRz6",
                    "Ram Gurung <rambgurung1978@gmail.example.com>", "Gcm meeting", rfcdate(sent),
                    "<8E3B2F1A-6C4D-4E9B-A7F0-2D1C5B9E8A63@gmail.example.com>", ret="rambgurung1978@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(4, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
            sp("Ram Bahadur Gurung", "chairman", "nepali samaj qatar", ["open_discussion"])],
        notes="WhatsApp-style single run-on paragraph, all lowercase, no punctuation: name/title/org boundaries "
              "must be inferred ('i am ram bahadur gurung chairman of nepali samaj qatar we are...'); display name "
              "shorter than full name; the vice chairman is mentioned as a helper, not proposed as a speaker; "
              "'speak in open discussion' = open_discussion; iPhone plain 7bit, vague subject."))


def m05():
    # auto reply, French, Comorian community association in UAE
    when = at("2021-02-02 10:01:32")
    sent = tz(when - dt.timedelta(seconds=2), 4)
    text = """Bonjour,

Je suis en congé au pays (Moroni) jusqu'au 14 février 2021 avec un accès limité à ma messagerie.
Pour toute urgence concernant les dossiers des travailleurs, merci de contacter notre permanence : +971 50 xxx xx xx.

Cordialement,
Said Mohamed Abdallah
Union des Comoriens des Émirats (UCE)
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "mail.uce-dubai.example.ae", "94.200.14.66", "4DVb0n3YtRz1",
                    "Said Mohamed Abdallah <s.abdallah@uce-dubai.example.ae>",
                    hdr("Réponse automatique : " + INV_SUBJ, "iso-8859-1", "Q"), rfcdate(sent),
                    "<auto.20210202120130.3f9e@uce-dubai.example.ae>", ret="")
    rows += [("In-Reply-To", INV_ID), ("References", INV_ID), ("Auto-Submitted", "auto-replied"),
             ("X-Autoreply", "yes"), ("Precedence", "bulk")]
    rows[0] = ("Return-Path", "<>")
    m = top(body, rows)
    add(5, when, m, dict(
        category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="out-of-office reply to the invitation, in French, latin-1 quoted-printable; empty Return-Path, "
              "Auto-Submitted; mentions 'dossiers' and a phone number but is not a request."))


def m06():
    # Ate Lorna, Filipino domestic workers in Lebanon, Outlook reply to the invitation
    when = at("2021-02-02 14:55:20")
    sent = when - dt.timedelta(seconds=31)
    text = """Hello GCM team,

Sorry for the late reply, we are just now able to meet with our members (Sunday only is our day off).

We would like to propose our Ate Lorna (Lorna Dizon Cruz) for the floor intervention at the plenary session on 24 or 25 Feb. Ate Lorna is the founder and coordinator of the Kasambahay Mutual Aid Network - Lebanon (KMAN-Lebanon), she helped more than 400 kasambahay get repatriated after the blast last August. She is not so comfortable with writing emails that's why I am the one sending.

Her number is +961 70 xxx xxx (WhatsApp) if you need to reach her directly.

Thanks and God bless po!

Jenny
KMAN-Lebanon volunteer

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, January 26, 2021 11:30 AM
To: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Subject: Invitation: Regional Review of the GCM in the Arab region - 23-25 February 2021

Dear Stakeholders in the Arab region,

IOM, ESCWA and the members of the Regional United Nations Network on Migration for the Arab region are pleased to invite you to the Regional Review of the Global Compact for Safe, Orderly and Regular Migration (GCM), to be held virtually on 23-25 February 2021.

Stakeholders wishing to take a speaking role (open discussion, rapporteur, plenary or one of the four thematic roundtables) are requested to send the name, title and organizational affiliation of the speaker by Friday 5 February 2021. Voluntary GCM review reports can be submitted until 16 February 2021.

Best regards,
Regional UN Network on Migration - Arab States
"""
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html_wrap(text2html(text)), "us-ascii", "quoted-printable")],
                 "_000_DB7PR10MB2187A9C5E3F1B2D0C7@DB7PR10MB2187eurprd10")
    rows = std_rows(when, "mail-db8eur05on2071.outbound.protection.outlook.example.com", "40.107.20.71",
                    "4DVj5c1mPwz4", "Jenny Villanueva <jenny.v.kman@hotmail.example.com>",
                    "RE: " + INV_SUBJ, rfcdate(sent),
                    "<DB7PR10MB2187A9C5E3F1B2D0C7E4A8B61D2F9@DB7PR10MB2187.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret="jenny.v.kman@hotmail.example.com")
    rows += [("In-Reply-To", INV_ID), ("References", INV_ID), ("Thread-Topic", INV_SUBJ),
             ("Thread-Index", "AQHW+Dk2cXo1PqJ3Q0K7sZk9yY8bXw=="), ("Content-Language", "en-US")]
    add(6, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
            sp("Lorna Dizon Cruz", "founder and coordinator", "Kasambahay Mutual Aid Network - Lebanon (KMAN-Lebanon)",
               ["plenary"])],
        notes="speaker proposed by nickname + full name 'Ate Lorna (Lorna Dizon Cruz)' ('Ate' = elder sister, an "
              "honorific; the name is the part in parentheses); title and org in a later sentence; sender signs "
              "only 'Jenny' and is not the speaker; Outlook reply quoting the invitation (which lists every role and "
              "the report deadline) unprefixed under 'From:/Sent:'."))


def m07():
    # Egyptian community in Kuwait, Egyptian colloquial Arabic, HTML table of 2 speakers + PDF report
    when = at("2021-02-03 11:20:47")
    sent = tz(when - dt.timedelta(seconds=15), 3)
    intro = """الأساتذة الكرام في شبكة الأمم المتحدة الإقليمية للهجرة،
سلام عليكم ورحمة الله

احنا رابطة العمال المصريين في الكويت، وعايزين نشارك في المراجعة الإقليمية. بعتنالكم في المرفق تقريرنا الطوعي عن أوضاع العمالة المصرية في الكويت (PDF)، واشتغلنا عليه مع أعضاء الرابطة في الفروانية وحولي والجهراء.

وكمان حابين يكون لنا متحدثين، ودي البيانات:"""
    outro = """لو محتاجين أي حاجة تانية ابعتولنا وإحنا تحت أمركم.

مع خالص الشكر،
محمود عبد الحليم
منسق الرابطة"""
    rows_t = [("الاسم", "الصفة", "الجهة", "نوع المداخلة"),
              ("أ. شريف فوزي النجار", "رئيس مجلس الإدارة", "رابطة العمال المصريين في الكويت", "مداخلة في المائدة المستديرة الثانية"),
              ("م. هبة السيد رمضان", "مسؤولة ملف العمالة المنزلية", "نفس الرابطة", "مداخلة في الجلسة العامة")]
    table = '<table border="1" cellpadding="4" style="border-collapse:collapse">' + "".join(
        "<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
        for i, r in enumerate(rows_t)) + "</table>"
    html = html_wrap('<div dir="rtl">' + text2html(intro) + table + text2html(outro) + "</div>", "rtl")
    pdf = make_pdf(["Rabitat al-Ummal al-Misriyyin fi al-Kuwait",
                    "Voluntary GCM Review Report - Egyptian workers in Kuwait - February 2021",
                    "1. Recruitment costs and visa trading", "2. Wage protection system and delays",
                    "3. Access to justice and labour courts", "4. Recommendations"])
    fname = "تقرير الرابطة - الاتفاق العالمي للهجرة.pdf"
    att = leaf("application/pdf", pdf, cte="base64",
               params=[("name", '"%s"' % b_word(fname))],
               disp="attachment; filename*=%s" % rfc2231(fname))
    body = multi("mixed", [leaf("text/html", html, "utf-8", "base64"), att], "--_NmP-9e3a1c2b7d4f5e60-Part_1")
    rows = std_rows(when, "mail.yahoo.example.com", "98.137.65.148", "4DWK2r6Tgkz8",
                    addr("محمود عبد الحليم", "mahmoud.abdelhalim72@yahoo.example.com"),
                    hdr("تقرير طوعي + متحدثين - رابطة العمال المصريين بالكويت"), rfcdate(sent),
                    "<1612340432.1187420.1612340447812@mail.yahoo.example.com>",
                    ret="mahmoud.abdelhalim72@yahoo.example.com")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    add(7, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("شريف فوزي النجار", "رئيس مجلس الإدارة", "رابطة العمال المصريين في الكويت", ["roundtable"], 2),
            sp("هبة السيد رمضان", "مسؤولة ملف العمالة المنزلية", "رابطة العمال المصريين في الكويت", ["plenary"])],
        report_attachments=[fname],
        notes="Egyptian colloquial (احنا، عايزين، دي، ابعتولنا); HTML-only body with a speaker TABLE; honorifics "
              "'أ.' and 'م.' stripped; second speaker's affiliation written 'نفس الرابطة' (same association) -> "
              "resolve to the association's name; Arabic PDF file name in RFC 2231 + RFC 2047; both parts on time."))


def m08():
    # Malagasy domestic workers in Lebanon: may undocumented members attend? (other)
    when = at("2021-02-03 19:44:02")
    sent = when - dt.timedelta(seconds=5)
    text = """Bonsoir Madame, Monsieur,

Je suis Hanitra Rasoanaivo, présidente de l'association Fikambanana Malagasy eto Libanona (Association des travailleuses malgaches au Liban). Nous avons bien reçu votre lettre d'invitation, merci beaucoup.

J'ai une question importante avant de vous envoyer quelque chose. Beaucoup de nos membres n'ont plus de papiers (leur employeur a gardé le passeport, ou le permis de séjour a expiré pendant la crise). Est ce qu'elles peuvent quand même assister à la réunion en ligne, juste pour écouter ? Est ce qu'il faut donner un nom complet ou un numéro de passeport pour s'inscrire ? Elles ont peur que les informations soient partagées avec la Sûreté Générale.

Si c'est possible de participer sans montrer la caméra et avec un pseudo, ce serait mieux pour elles.

Merci de votre compréhension.
Hanitra
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
                 "000000000000c4f19305ba7e2d11")
    rows = std_rows(when, "mail-ed1-f65.google.example.com", "209.85.208.65", "4DWZ8t0GdKz5",
                    addr("Hanitra Rasoanaivo", "hanitra.fml.liban@gmail.example.com"),
                    hdr("Question : participation des membres sans papiers"), rfcdate(sent),
                    "<CAJb3nK8r2WqT5yU0pLc7M9dVx1Fh4Zs6Ee2Ra0gNi8Bo=Ot5Q@mail.gmail.example.com>",
                    ret="hanitra.fml.liban@gmail.example.com")
    add(8, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None,
        notes="question whether undocumented members may attend (and whether registration needs passport "
              "numbers); the sender introduces herself with name + title + association like a speaker block but "
              "asks for no speaking role and sends no report; 'avant de vous envoyer quelque chose' hints at a "
              "future submission only."))


M09_ID = "<0f3c01d6faf1$8a2b4c10$9e81e430$@sudcom-ksa.example.sa>"


def m09():
    # Sudanese community in Riyadh, MSA, speaker = sender (in signature)
    when = at("2021-02-04 09:30:18")
    sent = tz(when - dt.timedelta(seconds=22), 3)
    text = """السادة / الأمانة الفنية للمراجعة الإقليمية للاتفاق العالمي للهجرة
المحترمين

السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى خطاب الدعوة الكريم، يسعدني إفادتكم برغبتي في المشاركة بمداخلة ضمن المائدة المستديرة المواضيعية الرابعة، وذلك بصفتي ممثلاً للجالية السودانية العاملة في المملكة العربية السعودية، حيث نتابع قضايا العمال غير النظاميين ومرحّلي السجون وقضايا الكفالة.

أرجو التكرم بتأكيد الاستلام.

وتقبلوا وافر التحية والتقدير،

عثمان الطيب عبد الرحمن
رئيس اللجنة الاجتماعية
الجمعية السودانية للعاملين بالمملكة العربية السعودية - الرياض
جوال: 00966 5xxxxxxxx
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic">' + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_0F3D_01D6FAF1.8A2B4C10")
    rows = std_rows(when, "mail.sudcom-ksa.example.sa", "212.102.5.90", "4DX3pK8vRmz2",
                    addr("عثمان الطيب", "osman.altayeb@sudcom-ksa.example.sa", "windows-1256"),
                    hdr("المشاركة في المائدة المستديرة الرابعة", "windows-1256"), rfcdate(sent), M09_ID,
                    ret="osman.altayeb@sudcom-ksa.example.sa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb68Yoqe1K5c6T0RduH0mN3bZ7Qzg=="),
             ("Content-Language", "ar-sa")]
    add(9, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("عثمان الطيب عبد الرحمن", "رئيس اللجنة الاجتماعية",
               "الجمعية السودانية للعاملين بالمملكة العربية السعودية - الرياض", ["roundtable"], 4)],
        notes="the sender proposes himself ('برغبتي'): name/title/affiliation only in the signature, fuller than "
              "the display name; roundtable as ordinal 'الرابعة'; body says 'ممثلاً للجالية السودانية' (a "
              "description, the signature gives the organisation); windows-1256 QP; superseded by h89-10."))


def m10():
    # follow-up to 09: speaker replaced
    when = at("2021-02-05 13:08:55")
    sent = tz(when - dt.timedelta(seconds=17), 3)
    text = """الأخوة الكرام،

إلحاقاً برسالتي أدناه، نعتذر عن التعديل: نظراً لسفري المفاجئ إلى الخرطوم في نفس أسبوع المؤتمر، تقرر أن تشارك بدلاً مني في المائدة المستديرة الرابعة الأستاذة / آمنة إدريس محمد نور، نائبة رئيس الجمعية ومسؤولة ملف العاملات في المنازل.

الجهة: الجمعية السودانية للعاملين بالمملكة العربية السعودية - الرياض.

مع الشكر،
عثمان الطيب

________________________________
من: عثمان الطيب <osman.altayeb@sudcom-ksa.example.sa>
تاريخ: الخميس 4 فبراير 2021 10:29
إلى: gcmrrarabstates@iom.int
الموضوع: المشاركة في المائدة المستديرة الرابعة

السادة / الأمانة الفنية للمراجعة الإقليمية للاتفاق العالمي للهجرة
المحترمين
بالإشارة إلى خطاب الدعوة الكريم، يسعدني إفادتكم برغبتي في المشاركة بمداخلة ضمن المائدة المستديرة المواضيعية الرابعة...
"""
    html = html_wrap('<div dir="rtl" style="font-family:Simplified Arabic">' + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256", "quoted-printable"),
                                 leaf("text/html", html, "windows-1256", "quoted-printable")],
                 "----=_NextPart_000_1A07_01D6FBB5.C3D9E220")
    rows = std_rows(when, "mail.sudcom-ksa.example.sa", "212.102.5.90", "4DXq7F3wNcz6",
                    addr("عثمان الطيب", "osman.altayeb@sudcom-ksa.example.sa", "windows-1256"),
                    re_hdr("RE: ", "المشاركة في المائدة المستديرة الرابعة", "windows-1256"), rfcdate(sent),
                    "<1a0601d6fbb5$c3d9e220$4b8da660$@sudcom-ksa.example.sa>",
                    ret="osman.altayeb@sudcom-ksa.example.sa")
    rows += [("In-Reply-To", M09_ID), ("References", M09_ID), ("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", "Adb68Yoqe1K5c6T0RduH0mN3bZ7QzgAxq2Rw"), ("Content-Language", "ar-sa")]
    add(10, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
            sp("آمنة إدريس محمد نور", "نائبة رئيس الجمعية ومسؤولة ملف العاملات في المنازل",
               "الجمعية السودانية للعاملين بالمملكة العربية السعودية - الرياض", ["roundtable"], 4)],
        thread_of="h89-09.eml",
        notes="replaces the speaker of h89-09 (the sender withdraws himself); the new speaker is introduced "
              "after 'الأستاذة /' (honorific); the quoted original still names the old speaker and his title; "
              "affiliation on a separate 'الجهة:' line; still on time (5 Feb afternoon)."))


def m11():
    # Comorian community in UAE, French, sent from Dubai (+04) just before the speaker deadline
    when = at("2021-02-05 23:51:37")
    sent = tz(when - dt.timedelta(seconds=24), 4)
    text = """Bonsoir,

Désolé pour l'heure tardive, nous sortons de la réunion du bureau (on ne peut se réunir que le vendredi soir après le travail).

L'Union des Comoriens des Émirats (UCE) souhaite proposer deux intervenants :

- Mme Zaharia Ahmed Said, trésorière de l'UCE et aide-soignante à Sharjah -> table ronde n°1 de préférence, sinon la plénière
- Youssouf Mmadi, secrétaire général, UCE -> plénière (intervention depuis la salle)

Pour info notre président M. Said Mohamed Abdallah est en congé aux Comores, c'est pour cela que j'écris à sa place.

Bien à vous,
Youssouf Mmadi
Secrétaire général
Union des Comoriens des Émirats (UCE) - Dubaï
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
                 "00000000000071e2a605baa0c3f2")
    rows = std_rows(when, "mail-wm1-f42.google.example.com", "209.85.128.42", "4DY8Wm2sbHz3",
                    addr("Youssouf Mmadi", "youssouf.mmadi.uce@gmail.example.com"),
                    hdr("Intervenants UCE - Examen régional PMM"), rfcdate(sent),
                    "<CAK7fQw9Hn2pX4rT0yLm1Zc8Vb6Ns3Ej5Ud0Ga9Ko2Iq=Wt4R@mail.gmail.example.com>",
                    ret="youssouf.mmadi.uce@gmail.example.com")
    add(11, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
            sp("Zaharia Ahmed Said", "trésorière de l'UCE et aide-soignante à Sharjah",
               "Union des Comoriens des Émirats (UCE)", ["roundtable", "plenary"], 1),
            sp("Youssouf Mmadi", "secrétaire général", "Union des Comoriens des Émirats (UCE)", ["plenary"])],
        notes="deadline edge: received 23:51 Beirut on 5 Feb (on time) but the Date header reads Sat 6 Feb "
              "01:51 +0400 (Dubai); two speakers in a dash list, the second is the sender himself; 'Mme' "
              "honorific; first speaker's title mixes her association role and her job; roundtable 1 first "
              "choice with plenary as fallback; the president named in the text is not proposed (and his "
              "out-of-office is h89-05)."))


def m12():
    # Senegalese association, sent from Dakar (UTC+0) -> looks on time, is late
    when = at("2021-02-06 00:06:45")
    sent = tz(when - dt.timedelta(seconds=33), 0)
    text = """Bonsoir à toute l'équipe,

J'espère qu'il n'est pas trop tard. Au nom de l'Association des Ressortissants Sénégalais au Liban (ARSL), nous voudrions inscrire notre vice-présidente pour prendre la parole lors de la discussion ouverte du 23 février.

Il s'agit de : Ndèye Fatou Sarr — vice-présidente chargée des femmes et des travailleuses domestiques, ARSL (Beyrouth).

Elle a vécu 9 ans au Liban et elle est actuellement à Dakar avec nous pour le suivi des rapatriées. Elle peut intervenir en français ou en wolof (avec interprète).

Merci, Jërëjëf,
Mamadou Lamine Ndiaye
Trésorier ARSL
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "smtp.orange.example.sn", "41.82.17.203", "4DY8k71XvQz8",
                    "Mamadou Lamine Ndiaye <ml.ndiaye@orange.example.sn>",
                    hdr("Inscription intervenante - discussion ouverte 23 février"), rfcdate(sent),
                    "<20210205220612.4a7b9c2d@webmail.orange.example.sn>", ret="ml.ndiaye@orange.example.sn")
    rows += [("User-Agent", "Roundcube Webmail/1.4.9")]
    add(12, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
            sp("Ndèye Fatou Sarr", "vice-présidente chargée des femmes et des travailleuses domestiques",
               "Association des Ressortissants Sénégalais au Liban (ARSL)", ["open_discussion"])],
        notes="deadline edge: Date header 'Fri, 5 Feb 2021 22:06 +0000' (Dakar) looks on time but the server "
              "received it at 00:06:45 Beirut on 6 Feb: late; speaker line uses an em dash with title, acronym and "
              "city after; '(Beyrouth)' is a location, not part of the name; 'discussion ouverte' = open_discussion."))


def m13():
    # Lebanese NGO (Levantine Arabic), logistics question about interpretation (other)
    when = at("2021-02-08 15:17:26")
    sent = when - dt.timedelta(seconds=8)
    text = """مرحبا شباب،

سؤال سريع: نحنا عم نحضّر مع مجموعات العاملات (الإثيوبيات والكينيات والسريلانكيات والفيليبينيات) إنو يتابعوا المؤتمر الإقليمي أونلاين. في ترجمة فورية غير العربي والانكليزي والفرنسي؟ يعني مثلاً أمهري أو سواحيلي أو سنهالي؟ وإذا لأ، فينا نجيب مترجمين من عنا ويكونوا معهن بنفس الغرفة عالزوم؟

وكمان بدنا نعرف إذا رح يكون في تسجيل للجلسات بعدين، لأن كتير منهن ما بيطلعوا من الشغل قبل الساعة ٨ المسا.

يعطيكن العافية
ريتا خوري
منسّقة برامج - حركة مناهضة العنصرية
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
                 "0000000000002b7c9105bae91d44")
    rows = std_rows(when, "mail-lj1-f169.google.example.com", "209.85.208.169", "4DZ2c04HrTz7",
                    addr("Rita Khoury", "rita.k.arm@gmail.example.com"),
                    hdr("ترجمة للمؤتمر؟"), rfcdate(sent),
                    "<CAM4xJ2bQ9pN7rT1vYk3Lw0Zc5Hd8Fs2Ea6Ug1Oi9Bn=Pt3S@mail.gmail.example.com>",
                    ret="rita.k.arm@gmail.example.com")
    add(13, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Levantine colloquial logistics question (interpretation into Amharic/Swahili/Sinhala, own "
              "interpreters on Zoom, recordings); names community groups and the sender's title but proposes no "
              "speaker and submits nothing; Latin display name, Arabic body in base64."))


def m14():
    # federation of 4 community groups, PDF report + DOCX cover letter (both are the report)
    when = at("2021-02-09 10:42:10")
    sent = tz(when - dt.timedelta(seconds=19), 3)
    text = """Dear Regional Review Secretariat,

Please find attached the collective voluntary GCM review report of the Kuwait Migrant Community Federation (KMCF), on behalf of its four member groups:

1. Bangladesh Probashi Kallyan Samity Kuwait
2. Sri Lanka Workers Welfare Forum - Kuwait
3. Nepali Migrant Workers Solidarity Group
4. United Filipino Household Service Workers (UFHSW)

The report (PDF) covers recruitment fees, wage theft during COVID-19 lockdowns, amnesty and deportation, and access to health care. The cover letter (Word) is signed by the four chairpersons and explains how the consultations with members were done, it should be read as part of the submission.

We will not request a speaking slot this time, but we would be glad to answer any questions on the report.

Best regards,

Md. Shafiqul Islam
General Coordinator
Kuwait Migrant Community Federation (KMCF)
Abbasiya, Kuwait
"""
    pdf = make_pdf(["Kuwait Migrant Community Federation (KMCF)",
                    "Collective Voluntary GCM Review Report - Arab Region 2021",
                    "Member groups: Bangladesh Probashi Kallyan Samity Kuwait; Sri Lanka Workers Welfare Forum;",
                    "Nepali Migrant Workers Solidarity Group; United Filipino Household Service Workers",
                    "1. Recruitment fees (GCM Objective 6)", "2. Wage theft during COVID-19 lockdowns",
                    "3. Amnesty and deportation (Objective 21)", "4. Access to health care (Objective 15)"])
    docx = make_docx(["Kuwait Migrant Community Federation (KMCF)", "Cover letter",
                      "To: Regional UN Network on Migration - Arab States",
                      "We submit the attached collective voluntary GCM review report on behalf of our four member groups.",
                      "Methodology: 11 focus groups in Abbasiya, Mahboula, Fahaheel and Salmiya (Dec 2020 - Jan 2021).",
                      "Signed: the four chairpersons"])
    n1, n2 = "KMCF_Collective_GCM_Review_Report_2021.pdf", "KMCF cover letter - signed by 4 groups.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                              leaf("text/html", html_wrap(text2html(text)), "us-ascii", "quoted-printable")],
              "_000_AM6PR08MB4470D2E1F0C9B8A7@AM6PR08MB4470eurprd08"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % n1)],
             disp='attachment; filename="%s"; size=%d' % (n1, len(pdf))),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % n2)],
             disp='attachment; filename="%s"; size=%d' % (n2, len(docx)))],
        "_004_AM6PR08MB4470D2E1F0C9B8A7@AM6PR08MB4470eurprd08")
    rows = std_rows(when, "mail-am6eur05on2119.outbound.protection.outlook.example.com", "40.107.22.119",
                    "4DZpT61BgLz9", '"Md. Shafiqul Islam" <coordinator@kmcf-kw.example.org>',
                    "KMCF - Collective Voluntary GCM Review Report (4 community groups)", rfcdate(sent),
                    "<AM6PR08MB4470D2E1F0C9B8A76C3E1F0D9A2B4@AM6PR08MB4470.eurprd08.prod.outlook.example.com>",
                    ret="coordinator@kmcf-kw.example.org")
    rows += [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")]
    add(14, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[n1, n2],
        notes="collective report from a federation of four community groups: the PDF report AND the DOCX cover "
              "letter both belong to the submission ('should be read as part of the submission'); numbered list "
              "of member groups and a signature look like a speaker list but the sender explicitly declines a "
              "speaking slot; 'Md.' in the sender name is an abbreviation of Mohammad, not relevant (no speaker)."))


def m15():
    # Lebanese NGO, Levantine French, both, speaker part late
    when = at("2021-02-10 17:25:03")
    sent = when - dt.timedelta(seconds=11)
    text = """Bonjour,

Suite à notre échange téléphonique avec Mme Rima de l'OIM Beyrouth, ci-joint le rapport volontaire du Collectif de soutien aux travailleuses migrantes (CSTM) sur l'application du Pacte au Liban, préparé avec les communautés éthiopienne, kényane, sri-lankaise et bangladaise.

Par ailleurs, on aimerait bien, si c'est encore possible (je sais que la date est passée, pardon !), qu'une de nos animatrices communautaires intervienne dans la table ronde sur le travail décent, je crois que c'est la table ronde 2 :
  Meseret Alemu, animatrice communautaire et ancienne travailleuse domestique, membre du CSTM

Elle parle arabe libanais, amharique et un peu d'anglais.

Merci infiniment et bon courage pour l'organisation,
Nayla

Nayla Abou Jaoudé
Coordinatrice plaidoyer | Collectif de soutien aux travailleuses migrantes (CSTM)
Achrafieh, Beyrouth - Liban
Tél. +961 1 xxx xxx
"""
    docx = make_docx(["Collectif de soutien aux travailleuses migrantes (CSTM)",
                      "Rapport volontaire - Examen regional du PMM 2021 - Liban",
                      "1. Le systeme de kafala et les travailleuses domestiques",
                      "2. Impact de la crise economique et de l'explosion du 4 aout 2020",
                      "3. Recommandations"])
    n1 = "Rapport CSTM - Pacte mondial migrations Liban.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "iso-8859-1", "quoted-printable"),
                              leaf("text/html", html_wrap(text2html(text), charset="iso-8859-1"), "iso-8859-1", "quoted-printable")],
              "Apple-Mail=_5E2B7C1A-0F3D-4C9E-9A6B-2D8E1F4C7B30"),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % n1)],
             disp='attachment;\r\n\tfilename="%s"' % n1)],
        "Apple-Mail=_9C4E1B7D-2A3F-4E6B-8D0C-5F1A2B3C4D5E")
    rows = std_rows(when, "mail.cstm-liban.example.org", "185.86.44.21", "4Df0Lq5yXsz2",
                    hdr("Nayla Abou Jaoudé", "iso-8859-1", "Q").encode() + " <nayla@cstm-liban.example.org>",
                    hdr("Rapport volontaire CSTM + demande d'intervention", "iso-8859-1", "Q"), rfcdate(sent),
                    "<3F2A9B1C-7D4E-4A8B-9C6F-0E1D2C3B4A59@cstm-liban.example.org>", ret="nayla@cstm-liban.example.org")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    add(15, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=False, speakers=[
            sp("Meseret Alemu", "animatrice communautaire et ancienne travailleuse domestique",
               "Collectif de soutien aux travailleuses migrantes (CSTM)", ["roundtable"], 2)],
        report_attachments=[n1],
        notes="Levantine French ('on aimerait bien', 'pardon !'); report on time (10 Feb) but the speaker part is "
              "after 5 Feb, so 'both' is late overall; speaker line gives 'membre du CSTM' (acronym only), the full "
              "name is in the first paragraph/signature; roundtable 2 stated tentatively ('je crois que c'est la "
              "table ronde 2'); 'Mme Rima de l'OIM' is an IOM contact, not a speaker; latin-1 Apple Mail."))


M16_ID = "<b7e24c19-0a3d-4f6e-9c81-5d2a7b3e4f10@somali-uae.example.ae>"
M16_ACK = "<ack.h89-16.20210211@gcmrr.iom.int>"
M16_NAME = "تقرير الجالية الصومالية - الإمارات.pdf"


def m16():
    # Somali community in UAE, Arabic (Gulf touches), PDF with Arabic file name
    when = at("2021-02-11 13:02:40")
    sent = tz(when - dt.timedelta(seconds=14), 4)
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة، الله يعطيكم العافية.

نرفق لكم تقرير الجالية الصومالية في دولة الإمارات حول تنفيذ الاتفاق العالمي للهجرة، وهو تقرير فردي من مجلس أبناء الجالية الصومالية في الشارقة ودبي. ركزنا فيه على أوضاع العمال في قطاع النقل والحراسة، وعلى مشكلة الوثائق للصوماليين المولودين في الدولة.

نتمنى تأكدون لنا الاستلام، وإذا فيه ملاحظات على الصيغة نعدّلها إن شاء الله.

أخوكم
عبدالقادر حسن ورسمي
مجلس أبناء الجالية الصومالية - الشارقة
"""
    pdf = make_pdf(["Somali Community Council - Sharjah and Dubai",
                    "Voluntary GCM review report (individual) - United Arab Emirates",
                    "1. Transport and security sector workers", "2. Documentation of UAE-born Somalis",
                    "3. Recommendations"])
    body = multi("mixed", [
        leaf("text/plain", text, "UTF-8", "8bit"),
        leaf("application/pdf", pdf, cte="base64", params=[("name*", rfc2231(M16_NAME))],
             disp="attachment; filename*=%s" % rfc2231(M16_NAME))],
        "------------A1B2C3D4E5F60718293A4B5C")
    rows = std_rows(when, "smtp.somali-uae.example.ae", "86.96.201.44", "4Dfs8Y2pQnz5",
                    addr("عبدالقادر ورسمي", "a.warsame@somali-uae.example.ae"),
                    hdr("تقرير طوعي - الجالية الصومالية بالإمارات"), rfcdate(sent), M16_ID,
                    ret="a.warsame@somali-uae.example.ae")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
    add(16, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_NAME],
        notes="Somali community writing Gulf-flavoured Arabic ('الله يعطيكم العافية', 'نتمنى تأكدون', 'فيه'); "
              "Arabic PDF name only in RFC 2231 parameters (name* and filename*); 'تقرير فردي' = individual "
              "report; Thunderbird 8bit plain text."))


M17_ID = "<CAF9sL3kT2qY6wN0pRm8Zc1Vb4Hx7Ed5Ug2Ja0Ko9Iq=Sw3B@mail.gmail.example.com>"


def m17():
    # Sri Lankan association in Saudi Arabia, report "attached" but missing
    when = at("2021-02-12 08:15:33")
    sent = tz(when - dt.timedelta(seconds=4), 3)
    text = """Dear Sir / Madam,

Greetings from Sri Lankan Migrant Workers' Welfare Society - Jeddah!

Kindly find the attached our voluntary report for the GCM regional review. This report is prepared by our society after discussing with 60 members (housemaids, drivers, hospital cleaners) in Jeddah and Makkah regions.

Main issues are:
- passport keeping by sponsor
- huroob cases and no exit visa
- salary not paid for many months during corona period

Kindly acknowledge the receipt.

Thanking you,
W.M. Chandrika Kumari Wijesinghe
Welfare Officer
SLMWWS Jeddah
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
                 "000000000000a3f62b05bb20e7c9")
    rows = std_rows(when, "mail-qk1-f171.google.example.com", "209.85.222.171", "4DgWr03nMfz1",
                    "Chandrika Wijesinghe <chandrika.slmwws@gmail.example.com>",
                    "Voluntary report - Sri Lankan Migrant Workers' Welfare Society", rfcdate(sent), M17_ID,
                    ret="chandrika.slmwws@gmail.example.com")
    add(17, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[],
        notes="says 'Kindly find the attached our voluntary report' but there is NO attachment (forgotten); the "
              "bullet list summarises issues, it is not the report; the attachment arrives in the follow-up h89-18."))


def m18():
    # follow-up with the attachment
    when = at("2021-02-12 11:48:09")
    sent = tz(when - dt.timedelta(seconds=6), 3)
    text = """Sorry sorry, I forgot to attach the file. Now attaching. Please consider this one.

Chandrika

On Fri, 12 Feb 2021 at 09:15, Chandrika Wijesinghe <chandrika.slmwws@gmail.example.com> wrote:
> Dear Sir / Madam,
>
> Greetings from Sri Lankan Migrant Workers' Welfare Society - Jeddah!
>
> Kindly find the attached our voluntary report for the GCM regional review. This report is prepared by our society after discussing with 60 members (housemaids, drivers, hospital cleaners) in Jeddah and Makkah regions.
>
> Kindly acknowledge the receipt.
>
> Thanking you,
> W.M. Chandrika Kumari Wijesinghe
> Welfare Officer
> SLMWWS Jeddah
"""
    docx = make_docx(["Sri Lankan Migrant Workers' Welfare Society - Jeddah (SLMWWS)",
                      "Voluntary Report - GCM Regional Review 2021",
                      "Prepared after consultations with 60 members in Jeddah and Makkah.",
                      "1. Passport confiscation", "2. Huroob (absconding) cases and exit visas",
                      "3. Unpaid salaries during COVID-19", "Recommendations"])
    n1 = "SLMWWS GCM report final (1).docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                              leaf("text/html", '<div dir="ltr">' + text2html(text) + "</div>\n", "UTF-8", "quoted-printable")],
              "000000000000d18a4e05bb23b5a1"),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % n1)],
             disp='attachment; filename="%s"' % n1, extra=[("X-Attachment-Id", "f_kl1x8c0m0"),
                                                            ("Content-ID", "<f_kl1x8c0m0>")])],
        "000000000000d18a4f05bb23b5a3")
    rows = std_rows(when, "mail-qk1-f173.google.example.com", "209.85.222.173", "4DgcG65hVwz4",
                    "Chandrika Wijesinghe <chandrika.slmwws@gmail.example.com>",
                    "Re: Voluntary report - Sri Lankan Migrant Workers' Welfare Society", rfcdate(sent),
                    "<CAF9sL3kT2qY6wN0pRm8Zc1Vb4Hx7Ed5Ug2Ja0Ko9Iq=Sw3B+att@mail.gmail.example.com>",
                    ret="chandrika.slmwws@gmail.example.com")
    rows += [("In-Reply-To", M17_ID), ("References", M17_ID)]
    add(18, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[n1],
        thread_of="h89-17.eml",
        notes="follow-up to h89-17 (Gmail reply to her own message, '>' quoting) carrying the missing DOCX; file "
              "name with spaces and '(1)'; short body 'Sorry sorry, I forgot to attach'."))


def m19():
    # Cameroonian community in Lebanon: can we send the report in French / as a video? (other)
    when = at("2021-02-14 21:33:50")
    sent = when - dt.timedelta(seconds=3)
    html = """<div>Bonsoir,</div>
<div><br></div>
<div>je suis Patrice Ngono, de l&#39;Association des Camerounais du Liban (ACL). On a commencé à écrire un rapport volontaire avec nos membres mais on a deux questions :</div>
<div><br></div>
<div>1) est ce que le rapport peut etre en francais ou il doit obligatoirement etre en anglais ?</div>
<div>2) certaines de nos soeurs ne savent pas bien écrire, est ce qu&#39;on peut envoyer des témoignages en vidéo (WhatsApp) à la place ou en plus du rapport ? Les fichiers sont lourds (200 Mo).</div>
<div><br></div>
<div>Et la date limite c&#39;est bien le 16 ? Merci de nous répondre vite svp.</div>
<div><br></div>
<div>Patrice</div>
<div><br></div>
<div>Envoyé de mon iPhone</div>
"""
    body = leaf("text/html", html_wrap(html), "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-pl1-f176.google.example.com", "209.85.214.176", "4Dhy3K1pRbz6",
                    "Patrice Ngono <pngono.acl@gmail.example.com>", "Questions rapport volontaire", rfcdate(sent),
                    "<B2E7C1A9-4D3F-4B8E-9F60-1A2C3D4E5F67@gmail.example.com>", ret="pngono.acl@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(19, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None,
        notes="HTML-only (iPhone) questions about the report (language, video testimonies, deadline); announces "
              "a report in preparation but submits nothing; numbered questions resemble a list; no accents in "
              "parts of the text."))


def m20():
    # Moroccan women workers in Qatar, Maghrebi darija + MSA, both (speaker part late)
    when = at("2021-02-15 12:10:27")
    sent = tz(when - dt.timedelta(seconds=20), 3)
    text = """السلام عليكم

تحية طيبة من جمعية المغربيات العاملات بقطر (AMTQ).

كنصيفطو ليكم التقرير ديالنا فالمرفق على وضعية العاملات المغربيات فقطر (المطاعم، الفنادق، التجميل والخدمة فالمنازل)، خدمنا عليه مع أكثر من 40 عضوة فالدوحة والوكرة.

وبغينا حتى نقترحو الكاتبة العامة ديال الجمعية، الأخت فاطمة الزهراء العلوي، باش تكون مقررة وتقدم الرسائل الرئيسية ديال المجتمع المدني، إلا كان ممكن. عارفين بلي التاريخ ديال المتحدثين فات، ولكن الرسالة وصلاتنا غير هاد السيمانة. ف الرسالة بالعربية مكتوب 23 فبراير.

الله يجازيكم بخير
نادية بنعلي
رئيسة الجمعية
جمعية المغربيات العاملات بقطر (AMTQ) - الدوحة
"""
    pdf = make_pdf(["Association des Marocaines Travailleuses au Qatar (AMTQ)",
                    "Rapport volontaire - Examen regional du PMM 2021",
                    "Travailleuses marocaines au Qatar: restauration, hotellerie, esthetique, travail domestique",
                    "Recommandations"])
    n1 = "AMTQ_rapport_PMM_2021.pdf"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                              leaf("text/html", '<div dir="rtl">' + text2html(text) + "</div>\n", "UTF-8", "base64")],
              "000000000000f2a91c05bb5e6d13"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % n1)],
             disp='attachment; filename="%s"' % n1, extra=[("X-Attachment-Id", "f_kl5q2w8r0")])],
        "000000000000f2a91d05bb5e6d15")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DjM0b7TzXz3",
                    addr("Nadia Benali", "amtq.doha@gmail.example.com"),
                    hdr("التقرير + مقررة - جمعية المغربيات العاملات بقطر"), rfcdate(sent),
                    "<CAN2pZ7rW4kL9xQ1vT5mYc0Hb3Js8Fd6Ea2Ui1Ko7Pn=Rq5D@mail.gmail.example.com>",
                    ret="amtq.doha@gmail.example.com")
    add(20, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=False, speakers=[
            sp("فاطمة الزهراء العلوي", "الكاتبة العامة", "جمعية المغربيات العاملات بقطر (AMTQ)", ["rapporteur"])],
        report_attachments=[n1],
        notes="Maghrebi darija in Arabic script (كنصيفطو، ديالنا، بغينا، باش، السيمانة); the Arabic letter's "
              "misprinted speaker deadline (23 February) is invoked, but the speaker deadline is 5 Feb: speaker "
              "part late, report part on time -> on_time false; title in Moroccan usage 'الكاتبة العامة ديال "
              "الجمعية' (secretary-general); 'الأخت' is an honorific; 'مقررة وتقدم الرسائل الرئيسية' = rapporteur; "
              "PDF name in French."))


def m21():
    # Kenyan association in Saudi Arabia, sender in Nairobi, report DOCX, 3 minutes before the deadline
    when = at("2021-02-16 23:57:12")
    sent = tz(when - dt.timedelta(seconds=14), 3)
    text = """Dear GCM Secretariat,

Please receive our voluntary GCM review report attached. Apologies for sending it at the very last minute, we had power outage in the afternoon here in Nairobi.

The report is an individual submission of the Kenya Diaspora Domestic Workers Association - Saudi Arabia (KEDDWA-SA), with inputs from returnees we are supporting in Nairobi, Mombasa and Kakamega.

Regards,

Esther Wanjiru Mwangi
Programme Lead, Returnee Reintegration
KEDDWA-SA
Sent from Outlook for Android
"""
    docx = make_docx(["Kenya Diaspora Domestic Workers Association - Saudi Arabia (KEDDWA-SA)",
                      "Voluntary GCM Review Report 2021",
                      "Inputs from returnees in Nairobi, Mombasa and Kakamega",
                      "1. Pre-departure orientation and recruitment agencies",
                      "2. Abuse, runaway cases and deportation centres", "3. Reintegration"])
    n1 = "KEDDWA-SA Voluntary GCM Review Report.docx"
    body = multi("mixed", [
        multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                              leaf("text/html", html_wrap(text2html(text)), "us-ascii", "quoted-printable")],
              "_000_PR3P193MB08721C5A7B2E4F9D@PR3P193MB0872EURP193"),
        leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % n1)], disp='attachment; filename="%s"' % n1)],
        "_004_PR3P193MB08721C5A7B2E4F9D@PR3P193MB0872EURP193")
    rows = std_rows(when, "mail-vi1eur04on2098.outbound.protection.outlook.example.com", "40.107.8.98",
                    "4DlB7n2QxRz8", "Esther Mwangi <esther.mwangi@keddwa.example.org>",
                    "GCM Voluntary Report - KEDDWA-SA", rfcdate(sent),
                    "<PR3P193MB08721C5A7B2E4F9D3A1B6C8E0F2D4@PR3P193MB0872.EURP193.PROD.OUTLOOK.example.com>",
                    ret="esther.mwangi@keddwa.example.org")
    add(21, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[n1],
        notes="deadline edge: received 23:57 Beirut on 16 Feb (on time) while the Date header reads Wed 17 Feb "
              "00:56 +0300 (Nairobi); apology for 'the very last minute'; Outlook for Android."))


def m22():
    # Tunisian workers in Qatar, Maghrebi French, sent from Tunis (+01) -> looks on time, is late
    when = at("2021-02-17 00:04:30")
    sent = tz(when - dt.timedelta(seconds=19), 1)
    text = """Bonsoir,

Veuillez trouver ci-joint le rapport volontaire de l'Association des Travailleurs Tunisiens au Qatar (ATTQ) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport a été élaboré en concertation avec nos adhérents à Doha et avec les familles des travailleurs en Tunisie (Sfax, Sousse, Gafsa). Nous restons à votre entière disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hichem Ben Salah
Secrétaire général de l'ATTQ
(actuellement en Tunisie)
"""
    pdf = make_pdf(["Association des Travailleurs Tunisiens au Qatar (ATTQ)",
                    "Rapport volontaire - Examen regional du PMM - Etats arabes 2021",
                    "1. Contrats et changement d'employeur apres la reforme de 2020",
                    "2. Salaire minimum et retards de paiement", "3. Recommandations"])
    n1 = "Rapport_ATTQ_Pacte_Mondial_Février2021.pdf"
    body = multi("mixed", [
        leaf("text/plain", text, "windows-1252", "quoted-printable"),
        leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % b_word(n1, "iso-8859-1"))],
             disp='attachment; filename="%s"' % b_word(n1, "iso-8859-1"))],
        "----=_Part_1173_842077193.1613516651230")
    rows = std_rows(when, "smtp.topnet.example.tn", "197.14.8.33", "4DlBDx6sWkz1",
                    "Hichem Ben Salah <hichem.bensalah@topnet.example.tn>",
                    hdr("Rapport volontaire ATTQ - Pacte mondial sur les migrations", "windows-1252", "Q"),
                    rfcdate(sent), "<1787451203.1174.1613516651230@webmail.topnet.example.tn>",
                    ret="hichem.bensalah@topnet.example.tn")
    rows += [("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev25")]
    add(22, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=False, report_attachments=[n1],
        notes="deadline edge: Date header 'Tue, 16 Feb 2021 23:04 +0100' (Tunis) looks on time, but received "
              "00:04:30 Beirut on 17 Feb: late; formal Maghrebi administrative French; PDF name with 'é' as an "
              "RFC 2047 ISO-8859-1 encoded word inside quotes; windows-1252 body."))


def m23():
    # bounce: our acknowledgement to h89-21 could not be delivered
    when = at("2021-02-17 00:05:58")
    ack_id = "<ack.h89-21.20210217@gcmrr.iom.int>"
    notice = POSTFIX_NOTICE + """
<esther.mwangi@keddwa.example.org>: host mx.keddwa.example.org[102.68.77.10]
    said: 552 5.2.2 <esther.mwangi@keddwa.example.org>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DlBF01ZyPz2
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Wed, 17 Feb 2021 00:05:51 +0200 (EET)

Final-Recipient: rfc822; esther.mwangi@keddwa.example.org
Original-Recipient: rfc822;esther.mwangi@keddwa.example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.keddwa.example.org
Diagnostic-Code: smtp; 552 5.2.2 <esther.mwangi@keddwa.example.org>: Mailbox
    full, quota exceeded
"""
    orig = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Esther Mwangi <esther.mwangi@keddwa.example.org>
Subject: Acknowledgement: voluntary GCM review report received
Date: Wed, 17 Feb 2021 00:05:50 +0200
Message-ID: %s
In-Reply-To: <PR3P193MB08721C5A7B2E4F9D3A1B6C8E0F2D4@PR3P193MB0872.EURP193.PROD.OUTLOOK.example.com>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="us-ascii"

""" % ack_id
    p1 = leaf("text/plain", notice, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", orig, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4DlBF01ZyPz2.1613513158/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DlBF3kLq6z9; " + rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210216220558.4DlBF3kLq6z9@mx1.iom.int>")]
    add(23, when, top(body, rows), dict(
        category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report) for our own acknowledgement of h89-21: mailbox full; carries the "
              "original headers (text/rfc822-headers) naming a report; must not be acknowledged."))


def m24():
    # Arabic thank-you reply to our acknowledgement of h89-16
    when = at("2021-02-18 09:41:05")
    sent = tz(when - dt.timedelta(seconds=12), 4)
    text = """وعليكم السلام
شكراً جزيلاً على التأكيد، بارك الله فيكم. ننتظر المؤتمر إن شاء الله.

أخوكم عبدالقادر

On 11/02/2021 15:05, GCM Regional Review Arab States wrote:
> Dear Sir/Madam, / السيد/السيدة المحترم/ة،
> We acknowledge receipt of your voluntary GCM review report.
> نؤكد استلام تقريركم الطوعي.
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.somali-uae.example.ae", "86.96.201.44", "4DmV3c8pLfz7",
                    addr("عبدالقادر ورسمي", "a.warsame@somali-uae.example.ae"),
                    re_hdr("Re: ", "تأكيد استلام التقرير الطوعي"), rfcdate(sent),
                    "<6e1f3a9b-2c4d-4b7e-8f05-9a1b2c3d4e5f@somali-uae.example.ae>",
                    ret="a.warsame@somali-uae.example.ae")
    rows += [("In-Reply-To", M16_ACK), ("References", "%s %s" % (M16_ID, M16_ACK)),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
    add(24, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=False, on_time=None, thread_of="h89-16.eml",
        notes="a thank-you reply to our acknowledgement of h89-16 that adds nothing new: no acknowledgement; "
              "References carries the original report's Message-ID; quoted bilingual acknowledgement mentions "
              "the report."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    if os.path.isdir(OUT):
        for n in os.listdir(OUT):
            os.remove(os.path.join(OUT, n))
    os.makedirs(OUT, exist_ok=True)
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        assert len(data) < 1024 * 1024, fname
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
