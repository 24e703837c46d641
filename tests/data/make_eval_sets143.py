#!/usr/bin/env python3
"""Write the blind evaluation set holdout143 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets143.py
Theme: students and alumni - African and Asian student associations in Maghreb and Gulf universities,
alumni networks of migrants, student unions, scholarship programmes (Morocco, Tunisia, Algeria, Egypt,
Jordan, Qatar, UAE).  MIME helpers adapted from make_eval_sets72.py.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout143")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h143-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def alt_pair(text, html_inner, b1, charset="utf-8", cte="quoted-printable", dir_=None):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html_wrap(html_inner, dir_, charset), charset, cte)], b1)


def pdf_att(name, lines, quoted=True):
    pdf = make_pdf(lines)
    q = '"%s"' % name if quoted else name
    return leaf("application/pdf", pdf, cte="base64", params=[("name", q)], disp='attachment; filename=%s' % q)


def docx_att(name, paras):
    d = make_docx(paras)
    try:
        name.encode("ascii")
        return leaf(DOCX, d, cte="base64", params=[("name", '"%s"' % name)],
                    disp='attachment; filename="%s"' % name)
    except UnicodeEncodeError:
        return leaf(DOCX, d, cte="base64", params=[("name", '"%s"' % b_word(name))],
                    disp="attachment; filename*=%s" % rfc2231(name))


MID = {}


# ---------------------------------------------------------------- 01 en speaker: PhD candidate, herself
def m01():
    when = at("2021-02-01 09:47:21")
    sent = when - dt.timedelta(seconds=14)
    text = """Dear colleagues at the Regional UN Network on Migration,

I hope this email finds you well. I came across the invitation to the Regional Review of the GCM in the Arab region through my supervisor and I would very much like to contribute.

I am a Kenyan doctoral researcher based in Doha. My thesis looks at how international students from East Africa move from study visas into the Gulf labour market after graduation (and what happens to them when they can't), so the themes of the review are very close to my work. I also volunteer with the East African students' community here, which is how most of my interviewees found me.

I would like to request a speaking slot in one of the thematic roundtables on 24-25 February - ideally the one dealing with labour mobility, skills and recognition of qualifications, but I am flexible. I am not sure which number that roundtable is, apologies.

Happy to send a short bio or abstract if useful.

Kind regards,

Grace Wanjiru Mwangi
PhD candidate, Department of Public Policy, Hamad Bin Khalifa University
Doha, Qatar
+974 5512 0934
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "000000000000a41b7c05ba3c1f02")
    rows = std_rows(when, "mail-ed1-f54.google.example.com", "209.85.208.54", "4DTm5q1Zkcz3",
                    "Grace Wanjiru Mwangi <gwmwangi.phd@gmail.example.com>",
                    "Request to speak - GCM Regional Review (roundtable)", rfcdate(tz(sent, 3)),
                    "<CAJx7pQ2vNw8sL4mTq0bKd3RzYcH6uE1fWa9oGi5jXeP2nMkS7A@mail.gmail.example.com>",
                    ret="gwmwangi.phd@gmail.example.com")
    MID[1] = "<CAJx7pQ2vNw8sL4mTq0bKd3RzYcH6uE1fWa9oGi5jXeP2nMkS7A@mail.gmail.example.com>"
    add(1, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Grace Wanjiru Mwangi", "PhD candidate", "Department of Public Policy, Hamad Bin Khalifa University",
                     ["roundtable"], None)],
        notes="PhD candidate writing about herself; title and affiliation only in the signature line 'PhD candidate, "
              "Department of X, University of Y' (department + university = affiliation, 'Doha, Qatar' is not); "
              "roundtable requested by theme, number explicitly unknown: roundtable null. Gmail alternative, Date +0300."))


# ---------------------------------------------------------------- 02 ar speaker: الطالب before the name
def m02():
    when = at("2021-02-01 13:05:40")
    sent = when - dt.timedelta(seconds=9)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:12pt">
<p>السادة الكرام في شبكة الأمم المتحدة الإقليمية المعنية بالهجرة،</p>
<p>السلام عليكم ورحمة الله وبركاته، وبعد،</p>
<p>تهديكم رابطة الطلاب السودانيين بالجامعة الأردنية أطيب التحيات، وبالإشارة إلى خطاب الدعوة الخاص بالاستعراض الإقليمي للميثاق العالمي من أجل الهجرة، يسرّنا أن نرشّح رئيس الرابطة الطالب مصعب عثمان الطيب للمشاركة في المناقشة المفتوحة ضمن المشاورة متعددة أصحاب المصلحة يوم ٢٣ فبراير.</p>
<p>الرابطة بتمثل حوالي ٤٠٠ طالب وطالبة سودانيين في عمّان، وكتير منهم بيواجهوا مشاكل في تجديد الإقامة وتصاريح العمل بعد التخرج، وحابين نوصّل صوتهم.</p>
<p>ولكم جزيل الشكر،</p>
<p>أمينة الشؤون الخارجية<br>
سارة بابكر<br>
رابطة الطلاب السودانيين بالجامعة الأردنية<br>
عمّان - الأردن</p>
</div>"""
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    mid = "<DB8PR06MB6457A2C1F9E04B7D3A55C1E2B9070@DB8PR06MB6457.eurprd06.prod.outlook.example.com>"
    MID[2] = mid
    rows = std_rows(when, "mail-db8eur05on2071.outbound.protection.outlook.example.com", "40.107.20.71", "4DTsJ00q8Vz7",
                    addr("Sara Babiker", "sudanese.students.ju@outlook.example.com"),
                    hdr("ترشيح للمشاركة في المناقشة المفتوحة - رابطة الطلاب السودانيين"), rfcdate(sent), mid,
                    ret="sudanese.students.ju@outlook.example.com")
    rows += [("Content-Language", "ar-JO"), ("X-MS-Has-Attach", ""), ("Thread-Topic", None)]
    add(2, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("مصعب عثمان الطيب", "رئيس الرابطة", "رابطة الطلاب السودانيين بالجامعة الأردنية",
                     ["open_discussion"], None)],
        notes="HTML-only Outlook mail (base64); post before the name and the word 'الطالب' in front of it "
              "('رئيس الرابطة الطالب مصعب ...'): 'الطالب' is neither name nor title; the sender (foreign-affairs "
              "secretary, own title in the signature) is not the speaker; Levantine/Sudanese colloquial middle paragraph."))


# ---------------------------------------------------------------- 03 fr speaker: union president proposes secretary
def m03():
    when = at("2021-02-02 11:20:03")
    sent = when - dt.timedelta(seconds=11)
    text = """Madame, Monsieur,

Au nom du Bureau exécutif de l'Union des Étudiants Africains de l'Université de Sfax, j'ai l'honneur de vous proposer la candidature de notre Secrétaire chargé des relations extérieures, M. KABORÉ Ousmane Wendkouni, pour une prise de parole lors d'une séance plénière de la Conférence régionale (24-25 février 2021).

M. KABORÉ, étudiant burkinabè en master de génie civil, suit depuis deux ans les dossiers de cartes de séjour et de pénalités de dépassement de séjour de nos membres auprès des autorités, et a participé à l'élaboration de notre plaidoyer sur l'accès des étudiants subsahariens aux stages rémunérés.

Vous trouverez ses coordonnées ci-dessous :
kabore.ousmane@uea-sfax.example.org / +216 25 410 388

Restant à votre disposition pour toute information complémentaire, veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

-- 
Aboubacar Sidiki Coulibaly
Président
Union des Étudiants Africains (UEA), Université de Sfax
Route de l'Aéroport km 0.5, 3029 Sfax, Tunisie
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    mid = "<7c1e5b0a-3f2d-4e8a-9b61-2d4f0c8e7a13@uea-sfax.example.org>"
    MID[3] = mid
    rows = std_rows(when, "mail.uea-sfax.example.org", "197.14.52.9", "4DTvq71c2Nz1",
                    addr("Aboubacar Sidiki Coulibaly", "president@uea-sfax.example.org"),
                    hdr("Proposition d'intervenant – Union des Étudiants Africains de Sfax", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), mid, ret="president@uea-sfax.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    add(3, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Ousmane Wendkouni Kaboré", "Secrétaire chargé des relations extérieures",
                     "Union des Étudiants Africains (UEA), Université de Sfax", ["plenary"], None)],
        notes="student union president proposes the union's secretary for external relations; name written SURNAME "
              "first in capitals ('M. KABORÉ Ousmane Wendkouni', then 'M. KABORÉ' alone); affiliation taken from "
              "the signature with the university after the union (parent institution, kept), the street address is not; "
              "Thunderbird format=flowed 8bit, Date +0100."))


# ---------------------------------------------------------------- 04 en speaker: all lower case
def m04():
    when = at("2021-02-02 22:40:55")
    sent = when - dt.timedelta(seconds=6)
    text = """hi there

i'm aminu, president of the nigerian students association in egypt (nisa). we saw the invitation on the iom page and we would like our general secretary fatima yusuf abubakar to speak in the open discussion on the 23rd. she has been handling the cases of our members stuck with expired residence stickers since covid closed the mogamma for months so she knows the issues very well.

her email is fatimayabubakar@yahoo.example.com if you need to reach her directly

thanks and regards
aminu

sent from my iphone
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "sonic314-22.consmr.mail.ir2.yahoo.example.com", "77.238.177.31", "4DV9Lx2WQkz5",
                    "aminu garba <aminu.garba.nisa@yahoo.example.com>", "speaking slot request - nisa egypt",
                    rfcdate(sent), "<A1F4C2E8-5D3B-4B7A-9C0E-6F2D8A1B3C57@yahoo.example.com>",
                    ret="aminu.garba.nisa@yahoo.example.com")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    add(4, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Fatima Yusuf Abubakar", "General Secretary", "Nigerian Students Association in Egypt (NISA)",
                     ["open_discussion"], None)],
        notes="written entirely in lower case (names, organisation and acronym too); the speaker is not the sender; "
              "role given as 'the open discussion on the 23rd'; a personal email of the speaker in the body; "
              "'covid'/'mogamma' and 'iom page' are not roles."))


# ---------------------------------------------------------------- 05 fr other: question from Algeria
def m05():
    when = at("2021-02-03 10:02:17")
    sent = when - dt.timedelta(seconds=8)
    text = """Bonjour,

Je suis étudiante en 2e année de médecine à Oran et membre de l'association des étudiants maliens. On a reçu votre lettre par un ami de l'OIM Alger.

Svp j'ai deux questions :
1) est-ce qu'une association d'étudiants peut envoyer un rapport volontaire ou c'est seulement pour les ONG enregistrées ? Notre association n'a pas d'agrément officiel ici en Algérie.
2) le rapport doit être en anglais obligatoirement ? il y a un modèle à suivre ? combien de pages ?

Merci beaucoup et bonne journée inchallah

Mariam Traoré
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DVQ2b6sY0z9",
                    "Mariam Traore <mariam.traore.oran@gmail.example.com>",
                    hdr("question rapport volontaire association étudiante", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<CAHb3kT9aQ5wD0eN7rL2sV6xF8mJ1cY4pU3iG9oZ5tK0bW2nE6Q@mail.gmail.example.com>",
                    ret="mariam.traore.oran@gmail.example.com")
    add(5, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="question about who may submit a voluntary report and in which language/format: keyword-heavy "
              "('rapport volontaire') but nothing is submitted and no speaker is proposed; Algerian student, Date +0100."))


# ---------------------------------------------------------------- 06 ar both: Egyptian colloquial, Azhar alumni
def m06():
    when = at("2021-02-03 16:30:48")
    sent = when - dt.timedelta(seconds=21)
    name = "تقرير رابطة خريجي الأزهر من غرب أفريقيا.pdf"
    text = """الأخوة الأفاضل في فريق الاستعراض الإقليمي،

تحية طيبة وبعد،

بنبعتلكم مرفق التقرير الطوعي بتاعنا عن تنفيذ الميثاق العالمي للهجرة من منظور الطلبة والخريجين الوافدين من غرب أفريقيا في مصر، واللي اشتغلنا عليه مع الأعضاء في القاهرة والإسكندرية وطنطا خلال الشهرين اللي فاتوا.

وكمان الرابطة بتطلب إن أمين عام الرابطة د. إبراهيم سيسي يكون هو المقرر اللي يعرض الرسائل الرئيسية لأصحاب المصلحة، لأنه هو اللي نسّق كتابة التقرير وعارف تفاصيله كويس.

لو محتاجين أي حاجة تانية إحنا تحت أمركم.

مع خالص التحية،
عثمان كوناتي
مسؤول الإعلام
رابطة خريجي الأزهر من دول غرب أفريقيا
مدينة نصر، القاهرة
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    pdf = leaf("application/pdf", make_pdf(["Association of Al-Azhar Alumni from West African Countries",
                                            "Voluntary GCM Review Report - February 2021"]),
               cte="base64", params=[("name", '"%s"' % b_word(name))], disp="attachment; filename*=%s" % rfc2231(name))
    body = multi("mixed", [t, pdf], "----=_Part_118842_1409632411.1612362627000")
    rows = std_rows(when, "mx.azhar-wa-alumni.example.org", "41.33.120.18", "4DVd0F3ns4z2",
                    addr("عثمان كوناتي", "media@azhar-wa-alumni.example.org"),
                    hdr("التقرير الطوعي + طلب دور المقرر"), rfcdate(sent),
                    "<1388201744.118843.1612362627011@mx.azhar-wa-alumni.example.org>",
                    ret="media@azhar-wa-alumni.example.org")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    add(6, when, top(body, rows), dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("إبراهيم سيسي", "أمين عام الرابطة", "رابطة خريجي الأزهر من دول غرب أفريقيا", ["rapporteur"], None)],
        report_attachments=[name],
        notes="both, on time; Egyptian colloquial; report as a PDF with an Arabic RFC 2231 file name; speaker given "
              "in colloquial prose as 'أمين عام الرابطة د. إبراهيم سيسي' (honorific not in the name, title = post in the association); "
              "affiliation only in the sender's signature; rapporteur described, not named ('يعرض الرسائل الرئيسية')."))


# ---------------------------------------------------------------- 07 ar speaker: Levantine, scholarship programme
def m07():
    when = at("2021-02-04 09:00:26")
    sent = when - dt.timedelta(seconds=5)
    text = """مرحبا،

معكم ريم من برنامج جسور بعمّان، برنامج منح جامعية للطلاب اللاجئين والمهاجرين. شفنا الدعوة تبعكم ومنحب نرشّح وحدة من خريجاتنا تحكي بالطاولة المستديرة التانية.

هي منسّقة شبكة الخريجين عنا، هودان محمد فارح، صومالية، خلصت بكالوريوس تمريض من جامعة الزيتونة الأردنية بمنحة من البرنامج وهلأ بتشتغل معنا. عندها تجربة كتير مهمة عن وضع الطلاب اللي ما عندهم إقامة نظامية وعن الشغل بعد التخرج.

البيانات:
الاسم: هودان محمد فارح
الصفة: منسّقة شبكة الخريجين
الجهة: برنامج جسور للمنح الجامعية – عمّان

يعطيكم العافية
ريم الخطيب
مديرة البرنامج
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>"
    body = alt_pair(text, html, "000000000000e9f1a205ba7d22c4", "UTF-8", "base64", None)
    mid = "<CAGm4Rk8tH2zW0pL6vQ1nX9cB3sY7dF5aJ0eT2uI8oM4kN6wP1R@mail.gmail.example.com>"
    rows = std_rows(when, "mail-lj1-f178.google.example.com", "209.85.208.178", "4DWDm21Zp5z6",
                    addr("Reem Al-Khatib", "reem.jusoor@gmail.example.com"),
                    hdr("ترشيح متحدثة للطاولة المستديرة ٢"), rfcdate(sent), mid, ret="reem.jusoor@gmail.example.com")
    add(7, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هودان محمد فارح", "منسّقة شبكة الخريجين", "برنامج جسور للمنح الجامعية", ["roundtable"], 2)],
        notes="Levantine colloquial; speaker is an alumna proposed by the programme director; labelled lines "
              "(الاسم/الصفة/الجهة) with the city after a dash ('– عمّان', not part of the affiliation); roundtable "
              "number as the colloquial ordinal 'التانية' and in Arabic-Indic digits in the subject; the university "
              "she graduated from is not her affiliation."))


# ---------------------------------------------------------------- 08 en report: alumni network collective, 3 orgs
def m08():
    when = at("2021-02-04 12:15:09")
    sent = when - dt.timedelta(seconds=17)
    name = "GAAN collective GCM voluntary review - final.docx"
    text = """Dear Sir/Madam,

Please find attached the collective voluntary GCM review report prepared by the Gulf Asian Alumni Network (GAAN) together with three partner organisations:

  - the Nepali Students' Forum Qatar,
  - the Filipino Graduates Association of Abu Dhabi (FGAAD), and
  - the Sri Lanka Scholars' Circle, Sharjah.

The report draws on a survey of 212 alumni of Gulf universities from South and South-East Asia and on four focus groups held online in December and January. It covers objectives 5, 6, 7 and 18 of the Compact (regular pathways, fair recruitment, reducing vulnerabilities and skills recognition).

We would be grateful for a confirmation of receipt.

Best regards,

Joseph Dela Cruz
Secretary, Gulf Asian Alumni Network (GAAN)
Office 1204, Al Masaood Tower | Abu Dhabi, UAE

"""
    t = leaf("text/plain", text, "us-ascii", "7bit")
    html = ('<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') + "</div>")
    alt = multi("alternative", [t, leaf("text/html", html_wrap(html), "us-ascii", "quoted-printable")],
                "_000_SG2PR01MB2155F7A9C3D14B6E8A0B9C1D2E3F4SG2PR01MB2155apcp_")
    att = docx_att(name, ["Gulf Asian Alumni Network (GAAN)", "Collective Voluntary GCM Review Report",
                          "With: Nepali Students' Forum Qatar; Filipino Graduates Association of Abu Dhabi (FGAAD); "
                          "Sri Lanka Scholars' Circle, Sharjah", "1. Introduction", "2. Findings", "3. Recommendations"])
    body = multi("mixed", [alt, att], "_004_SG2PR01MB2155F7A9C3D14B6E8A0B9C1D2E3F4SG2PR01MB2155apcp_")
    rows = std_rows(when, "mail-sg2apc01on2101.outbound.protection.outlook.example.com", "40.107.131.101",
                    "4DWKq53nXBz4", "Joseph Dela Cruz <secretary@gaan-gulf.example.org>",
                    "GAAN - Collective Voluntary GCM Review Report", rfcdate(tz(sent, 4)),
                    "<SG2PR01MB2155F7A9C3D14B6E8A0B9C1D2E3F4@SG2PR01MB2155.apcprd01.prod.outlook.example.com>",
                    ret="secretary@gaan-gulf.example.org")
    rows += [("Thread-Topic", "GAAN - Collective Voluntary GCM Review Report"), ("X-MS-Has-Attach", "yes"),
             ("Content-Language", "en-US")]
    add(8, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="alumni network sends a collective report with three partner organisations named in a bulleted list; "
              "no speaker although a 'Secretary' signs; DOCX file name with spaces; Outlook, Date +0400; mentions "
              "GCM objectives by number (not roundtables)."))


# ---------------------------------------------------------------- 09 fr speaker: two speakers in an HTML table
def m09():
    when = at("2021-02-04 19:40:33")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonsoir,

Suite à votre lettre d'invitation, la Fondation Al-Nour pour l'Enseignement Supérieur (Amman) souhaiterait proposer deux intervenants pour la Conférence régionale :

Nom | Fonction | Intervention souhaitée
Rania Chamoun | Responsable du programme de bourses, Fondation Al-Nour pour l'Enseignement Supérieur | Table ronde 2
Jean-Baptiste Mugisha | Président du réseau des anciens boursiers | Plénière

M. Mugisha, rwandais, a obtenu son master à l'Université de Jordanie grâce à notre programme ; il parlera de l'insertion professionnelle des anciens boursiers.

Merci d'avance et bonne soirée,

Rania Chamoun
Fondation Al-Nour pour l'Enseignement Supérieur
Jabal Amman, 3e cercle – Amman, Jordanie
"""
    rowsh = ("<tr><td>Rania Chamoun</td><td>Responsable du programme de bourses, Fondation Al-Nour pour "
             "l'Enseignement Supérieur</td><td>Table ronde 2</td></tr>\n"
             "<tr><td>Jean-Baptiste Mugisha</td><td>Président du réseau des anciens boursiers</td>"
             "<td>Plénière</td></tr>")
    inner = ('<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Bonsoir,</p>\n'
             "<p>Suite à votre lettre d'invitation, la Fondation Al-Nour pour l'Enseignement Supérieur (Amman) "
             "souhaiterait proposer deux intervenants pour la Conférence régionale :</p>\n"
             '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Nom</th><th>Fonction</th>'
             "<th>Intervention souhaitée</th></tr>\n" + rowsh + "</table>\n"
             "<p>M. Mugisha, rwandais, a obtenu son master à l'Université de Jordanie grâce à notre programme ; "
             "il parlera de l'insertion professionnelle des anciens boursiers.</p>\n"
             "<p>Merci d'avance et bonne soirée,</p>\n<p>Rania Chamoun<br>Fondation Al-Nour pour l'Enseignement "
             "Supérieur<br>Jabal Amman, 3e cercle – Amman, Jordanie</p></div>")
    body = alt_pair(text, inner, "_000_AM6PR10MB2934C0D5E1F2A3B4C5D6E7F8A9B0AM6PR10MB2934EURP_",
                    "utf-8", "quoted-printable")
    mid = "<AM6PR10MB2934C0D5E1F2A3B4C5D6E7F8A9B0@AM6PR10MB2934.EURPRD10.PROD.OUTLOOK.example.com>"
    MID[9] = mid
    rows = std_rows(when, "mail-am6eur05on2130.outbound.protection.outlook.example.com", "40.107.22.130",
                    "4DWcZ82kRtz1", "Rania Chamoun <r.chamoun@alnour-foundation.example.org>",
                    hdr("Proposition de deux intervenants – Fondation Al-Nour", "utf-8", "Q"), rfcdate(sent), mid,
                    ret="r.chamoun@alnour-foundation.example.org")
    rows += [("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    add(9, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Rania Chamoun", "Responsable du programme de bourses", "Fondation Al-Nour pour l'Enseignement Supérieur",
                     ["roundtable"], 2),
                  sp("Jean-Baptiste Mugisha", "Président du réseau des anciens boursiers",
                     "Fondation Al-Nour pour l'Enseignement Supérieur", ["plenary"], None)],
        notes="Levantine French (Amman); two speakers in a table (pipe-separated in text, HTML table); the sender is "
              "also the first speaker; the second speaker's affiliation is only implied (alumni network of the "
              "foundation's programme; his university is not his affiliation); '(Amman)' and the address are not part "
              "of the affiliation."))


# ---------------------------------------------------------------- 10 fr both: Comorian students in Algeria
def m10():
    when = at("2021-02-05 15:02:44")
    sent = when - dt.timedelta(seconds=19)
    name = "Rapport_volontaire_AESCA_2021.docx"
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire de notre association sur la mise en oeuvre du Pacte mondial, du point de vue des étudiants comoriens en Algérie (visas d'études, bourses, logement, régularisation après diplôme).

Par la même occasion je souhaite intervenir à la table ronde n°3 le 24 ou 25 février, si c'est possible.

Cordialement,

Nasra Said Ali
Présidente
Association des Étudiants et Stagiaires Comoriens en Algérie (AESCA) - Oran
Tél : +213 5 56 71 20 48
"""
    t = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    att = docx_att(name, ["Association des Etudiants et Stagiaires Comoriens en Algerie (AESCA)",
                          "Rapport volontaire - Examen regional du Pacte mondial pour les migrations",
                          "1. Contexte", "2. Constats", "3. Recommandations"])
    body = multi("mixed", [t, att], "------------0C2A7E41B95D3F68E4A1D0B2")
    rows = std_rows(when, "smtp.aesca-dz.example.org", "105.101.44.212", "4DWyL37bNgz8",
                    "Nasra Said Ali <nasra.saidali@aesca-dz.example.org>",
                    hdr("Rapport volontaire + demande d'intervention (AESCA)", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), "<5f8b2c9e-1a4d-4f07-b3e6-8c0d2a7f5e19@aesca-dz.example.org>",
                    ret="nasra.saidali@aesca-dz.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")]
    add(10, when, top(body, rows), dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Nasra Said Ali", "Présidente", "Association des Étudiants et Stagiaires Comoriens en Algérie (AESCA)",
                     ["roundtable"], 3)],
        report_attachments=[name],
        notes="both, both parts on time (5 Feb afternoon); the sender speaks for herself ('je souhaite intervenir'), "
              "name/title/affiliation only in the signature, city after a dash ('- Oran') not part of the "
              "affiliation; 'table ronde n°3'; ISO-8859-1 quoted-printable."))


# ---------------------------------------------------------------- 11 ar speaker: edge on time, UAE +0400, Gulf
def m11():
    when = at("2021-02-05 23:54:40")
    sent = when - dt.timedelta(seconds=22)
    text = """السلام عليكم

حياكم الله، نبي نشارك في المؤتمر ونرشح نائب رئيس الجمعية يتكلم في الطاولة المستديرة الرابعة عن أوضاع الطلبة اليمنيين اللي انقطعت عنهم المنح بسبب الحرب.

جمعية الطلبة اليمنيين في جامعة الإمارات العربية المتحدة
نائب الرئيس
عبدالرحمن سالم باوزير

وآسفين على التأخير، إن شاء الله يلحق.

أرسلت من جهاز iPhone الخاص بي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pf1-f195.google.example.com", "209.85.210.195", "4DXLs06Qm1z3",
                    addr("Abdulrahman Bawazir", "a.bawazir.uaeu@gmail.example.com"),
                    hdr("طلب مشاركة كمتحدث"), rfcdate(tz(sent, 4)),
                    "<6E3A9D21-7B4C-4F58-A0D1-3C5E7F9B2D46@gmail.example.com>", ret="a.bawazir.uaeu@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add(11, when, top(body, rows), dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبدالرحمن سالم باوزير", "نائب الرئيس", "جمعية الطلبة اليمنيين في جامعة الإمارات العربية المتحدة",
                     ["roundtable"], 4)],
        notes="deadline edge: received 23:54:40 Beirut on Fri 5 Feb (on time) while the Date header reads Sat, 6 Feb "
              "01:54 +0400 and the sender apologises for being late; Gulf colloquial; speaker block in reverse order "
              "(organisation / title / name); the speaker is the sender (From in Latin script); 'الرابعة' = 4."))


# ---------------------------------------------------------------- 12 fr speaker: edge late, Morocco +0100
def m12():
    when = at("2021-02-06 00:06:12")
    sent = when - dt.timedelta(seconds=25)
    text = """Bonsoir Mesdames et Messieurs,

Nous vous écrivons avant minuit pour respecter le délai du 5 février. L'Association des Étudiants Guinéens au Maroc souhaite proposer une intervenante pour présenter les messages clés des parties prenantes (rapporteur) :

- Nom : DIALLO Aïssatou
- Fonction : Chargée de communication
- Organisation : Association des Étudiants Guinéens au Maroc (AEGM) - Rabat

Elle est doctorante à l'Université Mohammed V et suit les questions d'accès aux soins des étudiants étrangers.

Bien à vous,
Le bureau de l'AEGM
"""
    html = text2html(text)
    body = alt_pair(text, html, "0000000000007b3e9f05baa81c60", "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4DXM6w4Jf9z0",
                    addr("AEGM Maroc", "aegm.maroc@gmail.example.com"),
                    hdr("Demande d'intervention - AEGM (délai 5 février)", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<CAKp2Wn7dR4xL9qS0fT3vB6hN8mY1gZ5cE2jU7oI4aK9wQ3sX0V@mail.gmail.example.com>",
                    ret="aegm.maroc@gmail.example.com")
    add(12, when, top(body, rows), dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Aïssatou Diallo", "Chargée de communication", "Association des Étudiants Guinéens au Maroc (AEGM)",
                     ["rapporteur"], None)],
        notes="deadline edge: received 00:06:12 Beirut on Sat 6 Feb (late by six minutes) while the Date header is "
              "Fri, 5 Feb 2021 23:05 +0100 and the body claims 'avant minuit'; name SURNAME first in capitals "
              "('DIALLO Aïssatou'); city after a dash not part of the affiliation; her university is not her affiliation."))


# ---------------------------------------------------------------- 13 en auto_reply: OOO to our acknowledgement
def m13():
    when = at("2021-02-06 00:20:15")
    sent = when - dt.timedelta(seconds=3)
    text = """Thank you for your email.

I am travelling to Beirut for the scholarship selection interviews and will have limited access to email until Sunday 14 February. For urgent matters concerning scholarships please contact scholarships@alnour-foundation.example.org; for alumni matters please write to alumni@alnour-foundation.example.org.

Best regards,
Rania Chamoun
"""
    body = alt_pair(text, text2html(text), "_000_AM6PR10MB2934AUTO0206AM6PR10MB2934EURP_", "us-ascii", "7bit")
    rows = std_rows(when, "mail-am6eur05on2131.outbound.protection.outlook.example.com", "40.107.22.131",
                    "4DXMQ73gk2z6", "Rania Chamoun <r.chamoun@alnour-foundation.example.org>",
                    hdr("Automatic reply: Accusé de réception – votre demande d'intervention (GCM, examen régional)", "utf-8", "Q"),
                    rfcdate(sent), "<AM6PR10MB2934AUTO0206D1E2F3A4B5C6@AM6PR10MB2934.EURPRD10.PROD.OUTLOOK.example.com>",
                    ret=None)
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<ack-20210205-0147.7f3c@gcmrr.iom.int>"), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "r.chamoun@alnour-foundation.example.org"),
             ("Content-Language", "en-US")]
    add(13, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office reply (in English) to the French acknowledgement of h143-09; the quoted subject "
              "mentions a speaking request; From is the same person as a real speaker request; must not be acknowledged."))


# ---------------------------------------------------------------- 14 ar other: follow-up of 02
def m14():
    when = at("2021-02-08 11:00:52")
    sent = when - dt.timedelta(seconds=10)
    inner = """<div dir="rtl" style="font-family:Arial;font-size:12pt">
<p>السلام عليكم،</p>
<p>نرجو التكرم بإفادتنا هل وصلكم طلب الترشيح المرسل بتاريخ ١ فبراير؟ ما وصلنا أي رد لحد الآن، وحابين نعرف إذا في استمارة لازم نعبيها أو متى بتطلع قائمة المتحدثين النهائية.</p>
<p>مع الشكر،<br>سارة بابكر<br>أمينة الشؤون الخارجية</p>
</div>
<hr>
<div dir="rtl"><b>From:</b> Sara Babiker &lt;sudanese.students.ju@outlook.example.com&gt;<br>
<b>Sent:</b> Monday, February 1, 2021 1:05 PM<br>
<b>To:</b> gcmrrarabstates@iom.int<br>
<b>Subject:</b> ترشيح للمشاركة في المناقشة المفتوحة - رابطة الطلاب السودانيين</div>
<div dir="rtl"><p>يسرّنا أن نرشّح رئيس الرابطة الطالب مصعب عثمان الطيب للمشاركة في المناقشة المفتوحة ضمن المشاورة متعددة أصحاب المصلحة يوم ٢٣ فبراير.</p></div>"""
    body = leaf("text/html", html_wrap(inner, "rtl"), "utf-8", "base64")
    rows = std_rows(when, "mail-db8eur05on2072.outbound.protection.outlook.example.com", "40.107.20.72", "4DYxT52cGhz9",
                    addr("Sara Babiker", "sudanese.students.ju@outlook.example.com"),
                    re_hdr("RE: ", "ترشيح للمشاركة في المناقشة المفتوحة - رابطة الطلاب السودانيين"), rfcdate(sent),
                    "<DB8PR06MB64573E9D0A7C41F28B66D4F3A1080@DB8PR06MB6457.eurprd06.prod.outlook.example.com>",
                    ret="sudanese.students.ju@outlook.example.com")
    rows += [("In-Reply-To", MID[2]), ("References", MID[2]), ("Content-Language", "ar-JO")]
    add(14, when, top(body, rows), dict(category="other", language="ar", acknowledge=True, on_time=None,
        thread_of="h143-02.eml",
        notes="follow-up asking whether the earlier nomination (h143-02) arrived and when the speaker list comes out; "
              "the Outlook quote repeats the nomination sentence, but nothing new is proposed: other, not a second "
              "speaker request."))


# ---------------------------------------------------------------- 15 en speaker late: list, title-name-org order
def m15():
    when = at("2021-02-08 14:30:07")
    sent = when - dt.timedelta(seconds=13)
    text = """Dear GCM Regional Review Secretariat,

Greetings from Doha. I am writing on behalf of the South Asian Student Associations Coordination Committee at Qatar University. I know the deadline for speakers was last Friday - we only received the letter on Sunday through the Student Affairs office, so we hope you can still consider the two nominations below for Roundtable 1 (if still possible):

1. Vice President (Academic Affairs) - Nishan Karki - Nepalese Student Society, Qatar University
2. Treasurer - Ayesha Siddiqui - Pakistani Students Association, Qatar University

Both have been active on the issue of students whose sponsorship ended during the blockade period and who lost their residence permits.

Thank you for your understanding,
Tharindu Perera
Coordinator (volunteer)
SASACC - Qatar University
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "smtp.qu-students.example.edu.qa", "37.211.10.45", "4DZ1cQ6Hwkz2",
                    '"Perera, Tharindu" <tp1903211@qu-students.example.edu.qa>',
                    "Late nominations - Roundtable 1 - South Asian students QU", rfcdate(tz(sent, 3)),
                    "<0a9f3c51-6d2b-4e8e-a7f4-91c2b5d8e036@qu-students.example.edu.qa>",
                    ret="tp1903211@qu-students.example.edu.qa")
    rows += [("X-Mailer", "Microsoft Outlook 16.0")]
    add(15, when, top(body, rows), dict(category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Nishan Karki", "Vice President (Academic Affairs)", "Nepalese Student Society, Qatar University",
                     ["roundtable"], 1),
                  sp("Ayesha Siddiqui", "Treasurer", "Pakistani Students Association, Qatar University", ["roundtable"], 1)],
        notes="late (8 Feb) and says so; two speakers in a numbered list in the unusual order title - name - "
              "organisation, dash-separated; the university after each association is the parent institution (kept); "
              "the sender (coordinator) is not a speaker; From 'Last, First'; Date +0300."))


# ---------------------------------------------------------------- 16 fr report: Tunisia, PDF + photo
def m16():
    when = at("2021-02-09 10:10:31")
    sent = when - dt.timedelta(seconds=16)
    name = "AESAT - Rapport examen GCM 2021.pdf"
    text = """Bonjour,

Comme convenu lors de la réunion préparatoire avec l'OIM Tunis, nous vous transmettons en pièce jointe le rapport volontaire de l'AESAT (Association des Étudiants et Stagiaires Africains en Tunisie) dans le cadre de l'examen régional du PMM.

La photo jointe est celle de l'atelier de validation du rapport, tenu le 30 janvier à Tunis avec nos représentants de Sousse, Sfax et Monastir ; vous pouvez l'utiliser si besoin.

Bien cordialement,

Hamidou Sow
Secrétaire général de l'AESAT
"""
    alt = alt_pair(text, text2html(text), "Apple-Mail=_5C9E2A71-0B3D-4F86-A2E4-7D1C9B0F3A68", "utf-8", "quoted-printable")
    pdf = pdf_att(name, ["Association des Etudiants et Stagiaires Africains en Tunisie (AESAT)",
                         "Rapport volontaire - Examen regional du PMM 2021"])
    img = leaf("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8 + b"\xff\xd9",
               cte="base64", params=[("name", '"IMG_4127.jpg"')], disp='inline; filename="IMG_4127.jpg"',
               extra=[("Content-Id", "<C3B7E0D2-9A41-4E6F-8B15-2D7F0A9C4E31>")])
    body = multi("mixed", [alt, pdf, img], "Apple-Mail=_1F6D3B80-7C2A-4E95-B1D4-8E0A2C6F9B57")
    rows = std_rows(when, "smtp.aesat.example.tn", "197.2.18.77", "4DZQw1t8Lrz5",
                    "Hamidou Sow <sg@aesat.example.tn>", hdr("Rapport volontaire AESAT – examen régional PMM", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<2E7B4A90-C1D5-4F38-9E62-A0B3D7F14C85@aesat.example.tn>",
                    ret="sg@aesat.example.tn")
    rows += [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")]
    add(16, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="voluntary report as PDF plus a JPEG photo of the validation workshop (not part of the report); "
              "Apple Mail; the Compact called 'PMM'; no speaker although the signature gives a title."))


# ---------------------------------------------------------------- 17 ar report: Moroccan Darija, DOCX
def m17():
    when = at("2021-02-10 13:45:19")
    sent = when - dt.timedelta(seconds=20)
    name = "تقرير جمعية الطلبة الأفارقة بوجدة.docx"
    text = """السلام عليكم

كنصيفطو ليكم التقرير الطوعي ديال الجمعية على الميثاق العالمي للهجرة، فيه المشاكل اللي كيعانيو منها الطلبة الأفارقة جنوب الصحراء فوجدة: بطاقة الإقامة، السكن، والتمييز فالكرا والخدمة بعد التخرج.

التقرير كاين فالمرفقات (وورد). إلا كان شي خصاص قولو لينا.

بالتوفيق
يوسف المرابط
الكاتب العام
جمعية دعم الطلبة الأفارقة بوجدة
"""
    t = leaf("text/plain", text, "utf-8", "base64")
    att = docx_att(name, ["Association de soutien aux etudiants africains a Oujda",
                          "Rapport volontaire - Pacte mondial pour les migrations", "Carte de sejour; logement; emploi"])
    body = multi("mixed", [t, att], "000000000000c5d2e805bb0a4f71")
    mid = "<CAN8vR2kP5xQ1mT7wL3sF9hB0dY6gZ4cJ2eU8oI1aK5nW7qS3tX@mail.gmail.example.com>"
    MID[17] = mid
    rows = std_rows(when, "mail-wm1-f51.google.example.com", "209.85.128.51", "4DZsK78pVmz1",
                    addr("يوسف المرابط", "y.elmrabet.oujda@gmail.example.com"),
                    hdr("التقرير الطوعي - جمعية الطلبة الأفارقة وجدة"), rfcdate(tz(sent, 1)), mid,
                    ret="y.elmrabet.oujda@gmail.example.com")
    add(17, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Moroccan Darija ('كنصيفطو ليكم', 'كاين فالمرفقات'); DOCX with an Arabic RFC 2231 file name; the report "
              "itself is in French; base64 body; Date +0100."))


# ---------------------------------------------------------------- 18 en both: pipes, speaker late
def m18():
    when = at("2021-02-11 09:30:02")
    sent = when - dt.timedelta(seconds=15)
    name = "AANJ_VNR_GCM_Feb2021.pdf"
    text = """Dear colleagues,

Attached please find our voluntary review report on GCM implementation, focusing on Afghan and other Asian scholarship graduates living in Jordan without a clear residency status after their studies.

I would also like to put myself forward to take the floor in one of the plenary sessions on 24 or 25 February. I realise the speaker deadline has passed; if a plenary slot is no longer possible, the open discussion on the 23rd would also be great. My details are in the signature below.

cc'ing our programme officer Maryam, who will follow up on logistics.

With thanks,
Ahmad Rahimi

--
Ahmad Rahimi | Founder & Chair | Afghan Alumni Network Jordan (AANJ) | Amman
www.aanj.example.org
"""
    alt = alt_pair(text, text2html(text), "00000000000041c8f105bb1d7a30", "UTF-8", "quoted-printable")
    pdf = pdf_att(name, ["Afghan Alumni Network Jordan (AANJ)", "Voluntary GCM Review - February 2021"])
    body = multi("mixed", [alt, pdf], "00000000000041c8f205bb1d7a32")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4Db3vP0qHcz6",
                    "Ahmad Rahimi <ahmad@aanj.example.org>", "AANJ voluntary report + request to speak (plenary)",
                    rfcdate(sent), "<CAOq5Lm2tB8wN4rX1cV7kH0sF3jZ9dY6pE2gU5iA8oT4mR1nQ7W@mail.gmail.example.com>",
                    ret="ahmad@aanj.example.org")
    rows.insert(rows.index(("To", BOX)) + 1, ("Cc", "Maryam Sultani <maryam.s@aanj-mail.example.org>"))
    add(18, when, top(body, rows), dict(category="both", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Ahmad Rahimi", "Founder & Chair", "Afghan Alumni Network Jordan (AANJ)", ["plenary", "open_discussion"], None)],
        report_attachments=[name],
        notes="both, received 11 Feb: report on time, speaker part late, so on_time false; speaker = sender, details "
              "only in a pipe-separated signature (name | title | organisation | city: city not part of the "
              "affiliation); plenary as first choice, open discussion as fallback; 'VNR' in the file name."))


# ---------------------------------------------------------------- 19 bounce: ack to the Cc of 18
def m19():
    when = at("2021-02-11 09:32:40")
    notice = POSTFIX_NOTICE + """
<maryam.s@aanj-mail.example.org>: Host or domain name not found. Name service
    error for name=aanj-mail.example.org type=AAAA: Host not found
"""
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4Db3xZ2mKpz8
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Thu, 11 Feb 2021 09:32:38 +0200 (EET)

Final-Recipient: rfc822; maryam.s@aanj-mail.example.org
Original-Recipient: rfc822;maryam.s@aanj-mail.example.org
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=aanj-mail.example.org type=AAAA: Host not found
"""
    hdrs = """Return-Path: <gcmrrarabstates@iom.int>
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Ahmad Rahimi <ahmad@aanj.example.org>
Cc: Maryam Sultani <maryam.s@aanj-mail.example.org>
Subject: Acknowledgement of receipt - voluntary report and speaking request
Date: Thu, 11 Feb 2021 09:32:37 +0200
Message-ID: <ack-20210211-0930.2b8e@gcmrr.iom.int>
"""
    p1 = leaf("text/plain", notice, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "4Db3xZ4nQrz9.1613028760/mx1.iom.int",
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4Db3xZ4nQrz9; %s" % rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"), ("To", BOX),
            ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate(when, "EET")),
            ("Message-ID", "<20210211073240.4Db3xZ4nQrz9@mx1.iom.int>"), ("Auto-Submitted", "auto-replied")]
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.4.4, domain not found) for the acknowledgement of h143-18 sent to the Cc'd colleague; "
              "returned headers mention the voluntary report and speaking request; must not be acknowledged."))


# ---------------------------------------------------------------- 20 fr other: follow-up of 03 (logistics)
def m20():
    when = at("2021-02-12 17:00:36")
    sent = when - dt.timedelta(seconds=9)
    text = """Bonjour,

Merci pour votre accusé de réception. Deux petites questions pratiques :
- quand est-ce que M. Kaboré recevra le lien de connexion et le programme détaillé de la plénière ?
- est-ce qu'il peut intervenir en français, ou l'interprétation sera seulement arabe/anglais ?

Cordialement,
A. S. Coulibaly
Président, UEA Sfax

Le 05/02/2021 à 14:12, gcmrrarabstates@iom.int a écrit :
> Madame, Monsieur,
>
> Nous accusons réception de votre demande d'intervention pour M. Ousmane
> Wendkouni Kaboré (séance plénière). Vous serez contacté(e) prochainement.
>
> Secrétariat de l'examen régional du PMM
"""
    body = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "mail.uea-sfax.example.org", "197.14.52.9", "4DbkR63tWdz3",
                    addr("Aboubacar Sidiki Coulibaly", "president@uea-sfax.example.org"),
                    hdr("Re: Accusé de réception – demande d'intervention", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<b2d94e61-0c7a-4b3f-8e25-6a1f9d0c4b78@uea-sfax.example.org>", ret="president@uea-sfax.example.org")
    rows += [("In-Reply-To", "<ack-20210205-1412.9c4d@gcmrr.iom.int>"),
             ("References", "%s <ack-20210205-1412.9c4d@gcmrr.iom.int>" % MID[3]),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0")]
    add(20, when, top(body, rows), dict(category="other", language="fr", acknowledge=True, on_time=None,
        thread_of="h143-03.eml",
        notes="reply to the service's acknowledgement of h143-03 (References carry the original Message-ID): a "
              "thank-you plus two logistics questions (link, interpretation), so it needs an answer; the quoted "
              "acknowledgement names the speaker and the plenary but nothing new is proposed."))


# ---------------------------------------------------------------- 21 ar report: Indonesian students in Egypt, MSA
def m21():
    when = at("2021-02-15 20:00:58")
    sent = when - dt.timedelta(seconds=12)
    name = "PPMI_Mesir_Laporan_GCM_2021.pdf"
    text = """بسم الله الرحمن الرحيم

إلى: أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
الموضوع: تقديم تقرير طوعي

تحية طيبة وبعد،

يتشرف اتحاد الطلاب الإندونيسيين في مصر بأن يقدم إليكم تقريره الطوعي حول تنفيذ الاتفاق العالمي، والذي يتناول أوضاع قرابة ثلاثة عشر ألف طالب إندونيسي يدرسون في الأزهر الشريف والجامعات المصرية، ولا سيما ما يتعلق بتجديد الإقامة الدراسية، والحماية القنصلية، وعودة الطلاب خلال جائحة كورونا.

ونأمل أن يسهم هذا التقرير في إثراء المناقشات، علماً بأننا لا نطلب المشاركة كمتحدثين هذه المرة.

وتفضلوا بقبول فائق الاحترام والتقدير،

محمد رفيق الدين
رئيس قسم العلاقات الخارجية
اتحاد الطلاب الإندونيسيين في مصر (PPMI Mesir)
"""
    html = '<div dir="rtl" style="text-align:right">' + text2html(text) + "</div>"
    alt = alt_pair(text, html, "----=_NextPart_001_0017_01D703B2.5A8C4E10", "windows-1256", "quoted-printable")
    pdf = pdf_att(name, ["Persatuan Pelajar dan Mahasiswa Indonesia di Mesir (PPMI Mesir)",
                         "Laporan Sukarela - Global Compact for Migration 2021"])
    body = multi("mixed", [alt, pdf], "----=_NextPart_000_0016_01D703B2.5A8C4E10")
    rows = std_rows(when, "smtp.ppmimesir.example.or.id", "156.205.33.14", "4DfQj92LsTz4",
                    addr("محمد رفيق الدين", "hublu@ppmimesir.example.or.id", "windows-1256"),
                    hdr("تقديم التقرير الطوعي - اتحاد الطلاب الإندونيسيين في مصر", "windows-1256"), rfcdate(sent),
                    "<001801d703a1$9b3c7e20$d1b57a60$@ppmimesir.example.or.id>", ret="hublu@ppmimesir.example.or.id")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcDoZs8fwX1m2qZR6a3n0bJc4kT7w=="),
             ("Content-Language", "ar-eg")]
    add(21, when, top(body, rows), dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="formal MSA from an Asian (Indonesian) student union in Egypt; windows-1256 text and headers; states "
              "explicitly that it does not ask to speak (no speakers although a title and organisation sign); "
              "PDF name in Indonesian."))


# ---------------------------------------------------------------- 22 en report: edge on time, Doha +0300
def m22():
    when = at("2021-02-16 23:52:10")
    sent = when - dt.timedelta(seconds=18)
    name = "KSWA-Q voluntary report GCM.pdf"
    text = """Hello,

So sorry this is coming in so late on the last day!! Our chair only signed off on it tonight. Attached is the voluntary GCM review report from the Kenyan Students Welfare Association - Qatar (KSWA-Q).

Main points: the cost of exit permits / visa transfers for graduates, agents charging students for "internships" that are actually full time jobs, and no access to health insurance for self-funded students.

Please confirm you got it, thank you

Wanjiku Otieno
KSWA-Q
"""
    alt = alt_pair(text, '<div dir="ltr">' + text2html(text) + "</div>", "000000000000f3a6d105bb7e2c90", "UTF-8", "quoted-printable")
    pdf = pdf_att(name, ["Kenyan Students Welfare Association - Qatar (KSWA-Q)", "Voluntary GCM Review Report 2021"])
    body = multi("mixed", [alt, pdf], "000000000000f3a6d205bb7e2c92")
    rows = std_rows(when, "mail-io1-f41.google.example.com", "209.85.166.41", "4Dg6rH0wPqz7",
                    "Wanjiku Otieno <wanjiku.otieno.kswaq@gmail.example.com>", "KSWA-Q GCM report (sorry its late!)",
                    rfcdate(tz(sent, 3)), "<CAPt9Xk1rM6wB3nL8qV0cH5sD2jF7gZ4yE1oU9iA6kT3mR8nW2Q@mail.gmail.example.com>",
                    ret="wanjiku.otieno.kswaq@gmail.example.com")
    add(22, when, top(body, rows), dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:52:10 Beirut on Tue 16 Feb (on time), Date header Wed, 17 Feb 00:51 +0300 "
              "and subject/body say it is late; the organisation name contains a dash ('... - Qatar (KSWA-Q)')."))


# ---------------------------------------------------------------- 23 fr report: edge late, Algiers +0100
def m23():
    when = at("2021-02-17 00:04:30")
    sent = when - dt.timedelta(seconds=27)
    name = "Rapport volontaire CESSA version finale.docx"
    text = """Bonsoir,

Ci-joint la version finale du rapport volontaire du Collectif des Étudiants Subsahariens en Algérie (CESSA), envoyée ce mardi 16 février avant la date limite prolongée.

Le rapport a été rédigé avec nos sections d'Alger, Tlemcen et Constantine. Nous n'avions pas envoyé de version antérieure.

Salutations fraternelles,
Idrissa Ndiaye
Chargé du plaidoyer, CESSA
"""
    t = leaf("text/plain", text, "UTF-8", "quoted-printable")
    att = docx_att(name, ["Collectif des Etudiants Subsahariens en Algerie (CESSA)",
                          "Rapport volontaire - version finale", "Sections d'Alger, Tlemcen et Constantine"])
    body = multi("mixed", [t, att], "------------A3E81F0C6B2D47591E8C0A4F")
    rows = std_rows(when, "smtp.cessa-dz.example.org", "41.111.205.90", "4Dg73c5BnXz2",
                    "Idrissa Ndiaye <plaidoyer@cessa-dz.example.org>",
                    hdr("Rapport volontaire CESSA – version finale", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<e4c07a2b-9d15-4f83-b6a1-0f2e8c5d7a39@cessa-dz.example.org>", ret="plaidoyer@cessa-dz.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")]
    add(23, when, top(body, rows), dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="deadline edge: received 00:04:30 Beirut on Wed 17 Feb (late by about four and a half minutes) while the "
              "Date header is Tue, 16 Feb 23:04 +0100 and the body says 'avant la date limite'; 'version finale' but "
              "no earlier version exists (thread_of null)."))


# ---------------------------------------------------------------- 24 ar other: thank-you to our ack of 17
def m24():
    when = at("2021-02-20 11:00:14")
    sent = when - dt.timedelta(seconds=7)
    text = """شكرا بزاف على التأكيد، الله يعاونكم 🙏

يوسف

في السبت، 13 فبراير 2021 في 10:15 ص كتب gcmrrarabstates@iom.int:
> السيد يوسف المرابط المحترم،
>
> نؤكد لكم استلام التقرير الطوعي لجمعية دعم الطلبة الأفارقة بوجدة.
> مع الشكر، أمانة الاستعراض الإقليمي
"""
    body = alt_pair(text, '<div dir="rtl">' + text2html(text) + "</div>", "000000000000b8e4c305bbcb1d47", "UTF-8", "base64")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DhyP41kTrz0",
                    addr("يوسف المرابط", "y.elmrabet.oujda@gmail.example.com"),
                    re_hdr("Re: ", "تأكيد استلام التقرير الطوعي"), rfcdate(tz(sent, 1)),
                    "<CAN8vR2kQ0yB4mT9wL6sF1hC3dZ8gX5cJ7eU2oI4aK0nW9qS6tY@mail.gmail.example.com>",
                    ret="y.elmrabet.oujda@gmail.example.com")
    rows += [("In-Reply-To", "<ack-20210213-1015.4a7e@gcmrr.iom.int>"),
             ("References", "%s <ack-20210213-1015.4a7e@gcmrr.iom.int>" % MID[17])]
    add(24, when, top(body, rows), dict(category="other", language="ar", acknowledge=False, on_time=None,
        thread_of="h143-17.eml",
        notes="a one-line Darija thank-you ('شكرا بزاف') replying to the service's acknowledgement of h143-17, with "
              "an emoji: adds nothing new, so no acknowledgement (mail loop risk); the quoted acknowledgement "
              "mentions the voluntary report."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        os.remove(os.path.join(OUT, n))
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
