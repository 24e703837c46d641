#!/usr/bin/env python3
"""Write the blind evaluation set holdout110 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets110.py
Theme: Maghreb associations and public bodies writing in French administrative style mixed with Arabic
and Darija (Morocco, Algeria, Tunisia, Mauritania, Libya).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout110")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h110-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
ID01 = "<000b01d6f2f1$6a9c1e20$3fd45a60$@amdm-maroc.example.ma>"
ID03 = "<CAK7pL2wq9Vb3nR8mX1tZ6cY4eH0jD5sF2gA7uQ9kP3rT8vWb@mail.gmail.example.com>"
ID04 = "<DBBPR08MB4721A3F09C2D5E61B7A2C9D4F1A90@DBBPR08MB4721.eurprd08.prod.outlook.example.com>"
ID07 = "<AM6PR02MB5398E1B2C4F7A0D3E9C6B58A2F17@AM6PR02MB5398.eurprd02.prod.outlook.example.com>"
ACK07 = "<ack-20210201-0712.gcmrr@iom.int>"


def m01():
    when = at("2021-01-25 11:02:17")
    sent = when - dt.timedelta(seconds=12)
    text = """Royaume du Maroc
Association Marocaine pour le Développement et la Migration (AMDM)
Siège : Oujda

Réf. : 021/AMDM/SG/2021
Oujda, le 25 janvier 2021

A l'attention de Monsieur le Coordonnateur
du Réseau régional des Nations Unies sur les migrations
gcmrrarabstates@iom.int

Objet : Demande de prise de parole
Examen régional du Pacte Mondial sur les Migrations - Région arabe (23-25 février 2021)

Monsieur,

Faisant suite à votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, nous avons l'honneur de vous faire part de notre souhait de prendre la parole lors de la conférence.

Les coordonnées de l'intervenante proposée sont les suivantes :

- Nom et prénom : BENNANI Karima
- Fonction : Présidente
- Organisme : Association Marocaine pour le Développement et la Migration (AMDM)
- Intervention souhaitée : table ronde thématique n° 3 (intégration et cohésion sociale)
- Tél. : +212 5 36 68 xx xx

Dans l'attente d'une suite favorable, nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le Secrétaire Général
Abdelkader ZIANI


________________________________
AMDM - 14, rue Ibn Khaldoun, Oujda
"""
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">'
                     + text2html(text).replace("<p>", "<p class=\"MsoNormal\">") + "</span></p></div>")
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "----=_NextPart_000_000C_01D6F2F1.6A9D0880")
    rows = std_rows(when, "mail.amdm-maroc.example.ma", "41.250.17.93", "4DPq7m1Zx3z2",
                    '"AMDM Oujda" <contact@amdm-maroc.example.ma>',
                    "Objet : Demande de prise de parole - Examen regional PMM", rfcdate(tz(sent, 1)), ID01,
                    ret="contact@amdm-maroc.example.ma")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbzI0Xk2vQ9r7pLRfC1uX3mYt8Z0w=="),
             ("Content-Language", "fr-ma")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Karima Bennani", "Présidente", "Association Marocaine pour le Développement et la Migration (AMDM)",
           ["roundtable"], 3)],
        notes="administrative letter pasted into the body (Réf., Objet, 'Veuillez agréer'-style closing); speaker "
              "in a dash list as 'Nom et prénom : BENNANI Karima' (surname first in capitals -> Karima Bennani); "
              "the signatory (Secrétaire Général, ZIANI) is not the speaker; generic mailbox sender; Outlook "
              "iso-8859-1 text+HTML; roundtable as 'table ronde thématique n° 3'. Cancelled later by h110-18."))


def m02():
    when = at("2021-01-26 09:40:51")
    sent = when - dt.timedelta(seconds=30)
    text = """بسم الله الرحمن الرحيم

إلى السادة المحترمين في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة

الموضوع: طلب مداخلة في المراجعة الإقليمية للاتفاق العالمي بشأن الهجرة

تحية طيبة وبعد،

يشرف جمعية الأيادي المتضامنة للهجرة والتنمية بتطوان أن تقترح عليكم مشاركة السيد محمد أمين الإدريسي، Chargé de plaidoyer et partenariats بالجمعية، لإلقاء مداخلة خلال إحدى الجلسات العامة للمؤتمر يومي 24 و25 فبراير 2021، وذلك بالنظر إلى تجربته في مواكبة المهاجرين من دول جنوب الصحراء العالقين بشمال المغرب.

ونبقى رهن إشارتكم لأي معلومات إضافية.

وتقبلوا فائق عبارات التقدير والاحترام.

عن المكتب التنفيذي
سعاد العلمي
الكاتبة العامة
جمعية الأيادي المتضامنة – تطوان
"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    rows = std_rows(when, "mail-ej1-f66.google.example.com", "209.85.218.66", "4DQ2Vt5kLmz8",
                    addr("Souad Alami", "souad.alami.mains@gmail.example.com"),
                    hdr("طلب مداخلة - جمعية الأيادي المتضامنة"), rfcdate(tz(sent, 1)),
                    "<CAJx9Lw3pT7nQ2vR5mZ8aK1cE4yH6uB0dF3gS7iN2oW5rX9tA@mail.gmail.example.com>",
                    ret="souad.alami.mains@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("محمد أمين الإدريسي", "Chargé de plaidoyer et partenariats", "جمعية الأيادي المتضامنة للهجرة والتنمية بتطوان",
           ["plenary"])],
        notes="Arabic letter (Moroccan association) with the speaker's title written in French inside the Arabic "
              "sentence (bidi mix); honorific 'السيد' dropped; the signatory (الكاتبة العامة) is not the speaker; "
              "plenary requested as 'إحدى الجلسات العامة'; text/plain base64; Latin display name."))


def m03():
    when = at("2021-01-27 14:15:09")
    sent = when - dt.timedelta(seconds=8)
    name = "GCM voluntary report - Libyan Migrants Rights Organization (LMRO).docx"
    text = """Dear Sir/Madam,

Good day. Kindly find in attachment the voluntary review report of our organization about GCM implementation in Libya, specially the situation of migrants in detention centers in Tripoli and the south (Sabha), and the labour migration.

This is an individual report from LMRO. We hope it will be usefull for the regional review.

Please confirm receiving.

Best regards

Faraj Elmabrouk
Programs Manager
Libyan Migrants Rights Organization (LMRO)
Tripoli - Libya
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a4c1f905b9e3c2d7")
    docx = make_docx(["Libyan Migrants Rights Organization (LMRO)", "Voluntary GCM Review Report - 2021",
                      "1. Introduction", "2. Immigration detention in Tripoli and Sabha (GCM objective 13)",
                      "3. Labour migration and fair recruitment (objective 6)", "4. Recommendations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kkf3a9q10")])
    body = multi("mixed", [alt, att], "000000000000a4c1fa05b9e3c2d9")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DQr2c6YbNz4",
                    "Faraj Elmabrouk <faraj.lmro@gmail.example.com>", "Voluntary report LMRO",
                    rfcdate(sent), ID03, ret="faraj.lmro@gmail.example.com")
    m = top(body, rows)
    add(3, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Gmail, DOCX report with spaces and parentheses in the file name; non-native English with typos "
              "('usefull', 'confirm receiving'); replaced by a revised version in h110-10."))


def m04():
    when = at("2021-01-28 10:30:44")
    sent = when - dt.timedelta(seconds=25)
    name = "Rapport_ONM_Examen_PMM_2021.pdf"
    text = """République Tunisienne
Ministère des Affaires Sociales
Observatoire National de la Migration (ONM)

Tunis, le 28 janvier 2021
N° 47/ONM/2021

Le Directeur Général de l'Observatoire National de la Migration
à
Madame/Monsieur le Secrétariat du Réseau régional des Nations Unies sur les migrations - États arabes

Objet : Contribution de l'ONM à l'Examen régional du Pacte mondial sur les migrations
Réf. : Votre lettre d'invitation du 14 janvier 2021
P.J. : Rapport_ONM_Examen_PMM_2021.pdf

Madame, Monsieur,

J'ai l'honneur de vous transmettre, ci-joint, le rapport volontaire de l'Observatoire National de la Migration sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières en Tunisie, élaboré en concertation avec les départements ministériels concernés.

Par ailleurs, l'ONM souhaiterait intervenir lors de la session plénière du 24 février 2021. L'intervention sera assurée par :
- M. Hichem BEN SALAH, Directeur Général de l'Observatoire National de la Migration (ONM).

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Hichem Ben Salah
Directeur Général

---
Observatoire National de la Migration (ONM)
Tél. : +216 71 xxx xxx
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_DBBPR08MB4721A3F09C2D5E61B7A2C9D4F1A90DBBPR08MB4721eurp_")
    pdf = make_pdf(["Republique Tunisienne - Observatoire National de la Migration (ONM)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations",
                    "Tunisie - janvier 2021", "1. Cadre institutionnel", "2. Mise en oeuvre des objectifs du PMM"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d;\r\n\tcreation-date="Thu, 28 Jan 2021 08:29:00 GMT"' % (name, len(pdf)))
    body = multi("mixed", [alt, att], "_004_DBBPR08MB4721A3F09C2D5E61B7A2C9D4F1A90DBBPR08MB4721eurp_")
    rows = std_rows(when, "EUR05-DB8-obe.outbound.protection.outlook.example.com", "40.107.20.71", "4DR5Lp0Wq2z6",
                    "Direction ONM <direction@onm.example.tn>",
                    hdr("Contribution de l'ONM – Examen régional du PMM (rapport + demande d'intervention)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), ID04, ret="direction@onm.example.tn")
    rows += [("Thread-Topic", "Contribution de l'ONM"), ("Content-Language", "fr-FR"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(4, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Hichem Ben Salah", "Directeur Général", "Observatoire National de la Migration (ONM)", ["plenary"])],
        report_attachments=[name],
        notes="public-body letter in the body: report (named on the 'P.J. :' line) and a plenary speaking request "
              "in the same letter; speaker in a one-item dash list written 'M. Hichem BEN SALAH' (compound surname "
              "in capitals) and he is also the signatory; ministry header line is not the affiliation."))


def m05():
    when = at("2021-01-29 20:12:36")
    sent = when - dt.timedelta(seconds=14)
    text = """السلام عليكم

خويا سمحلي، عندي سؤال برك: المؤتمر نهار 24 و 25 فيفري يكون حضوري ولا عن بعد (zoom) ؟ و كاين ترجمة للعربية ولا لا ؟ احنا جمعية صغيرة في وهران و حابين نتبعو الأشغال بصح ما عندناش ميزانية للسفر.

و زادة، التسجيل كيفاش يصير؟ لازم نبعثو إيمايل ولا كاين رابط؟

صحيتو
رياض
جمعية البحر الأبيض للتضامن - وهران
"""
    body = leaf("text/plain", text, "UTF-8", "quoted-printable")
    rows = std_rows(when, "mail-lf1-f47.google.example.com", "209.85.167.47", "4DRp8Jk1Tvz3",
                    addr("Riad B.", "riad.oran.asso@gmail.example.com"), hdr("سؤال على المؤتمر"),
                    rfcdate(tz(sent, 1)),
                    "<CAM3fQx8rP1nT6vB9zL2aW5kE7yH0jU4dS8gC1iO6mR3tX2qZ@mail.gmail.example.com>",
                    ret="riad.oran.asso@gmail.example.com")
    m = top(body, rows)
    add(5, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="logistics question in Algerian Darija (format of the conference, Arabic interpretation, how to "
              "register); wants to follow the proceedings, no speaking role and no report; 'فيفري' for February."))


def m06():
    when = at("2021-02-01 08:55:03")
    sent = when - dt.timedelta(seconds=41)
    text = """Bonjour,

Suite à votre lettre, l'association Tadamoun pour les Migrants et les Réfugiés en Mauritanie (ATMRM) propose 2 intervenants :

1/ SALL Aminata, coordinatrice des programmes à Nouadhibou -> pour la discussion ouverte de la consultation du 23/02

2/ OULD CHEIKH Ahmed Salem, président de l'ATMRM -> table ronde 2 svp

Merci de nous confirmer.
Cordialement

Envoyé de mon iPhone"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.mauritel.example.mr", "197.231.12.6", "4DTc3Bw9Pnz1",
                    "ATMRM <atmrm.ndb@yahoo.example.fr>", "Intervenants ATMRM", rfcdate(tz(sent, 0)),
                    "<5C2E9A71-3D4B-4F8E-A1C6-7B0D2E9F4A13@yahoo.example.fr>", ret="atmrm.ndb@yahoo.example.fr")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    aff = "association Tadamoun pour les Migrants et les Réfugiés en Mauritanie (ATMRM)"
    add(6, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Aminata Sall", "coordinatrice des programmes", aff, ["open_discussion"]),
        sp("Ahmed Salem Ould Cheikh", "président de l'ATMRM", aff, ["roundtable"], 2)],
        notes="iPhone, two speakers numbered '1/' '2/', both SURNAME Firstname in capitals (Mauritanian compound "
              "surname 'OULD CHEIKH'); roles after arrows; 'à Nouadhibou' is a place, not part of the title; "
              "Date header in UTC+0 (Mauritania)."))


def m07():
    when = at("2021-02-01 17:20:28")
    sent = when - dt.timedelta(seconds=19)
    rows_t = [("Organisation", "Position", "Speaker", "Session"),
              ("Centre d'Études et de Recherches sur les Migrations (CERM), Université Mohammed V - Rabat",
               "Professor of Sociology, Director of CERM", "Pr. Youssef EL ALAOUI", "Thematic roundtable 4"),
              ("CERM, Université Mohammed V - Rabat", "PhD researcher",
               "Ms. Hajar Tazi", "Rapporteur (key messages)")]
    trs = []
    for i, r in enumerate(rows_t):
        tag = "th" if i == 0 else "td"
        trs.append("<tr>" + "".join('<%s style="border:1px solid #999;padding:4px">%s</%s>' % (tag, esc(c), tag) for c in r) + "</tr>")
    html = html_wrap("""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>With reference to the invitation to the Regional Review of the GCM in the Arab region, please find below the speakers proposed by our research centre:</p>
<table style="border-collapse:collapse">%s</table>
<p>Ms. Tazi is ready to act as rapporteur for the stakeholders' key messages if a volunteer is still needed.</p>
<p>Best regards,</p>
<p>Nadia Berrada<br>Administrative Assistant<br>CERM &ndash; Faculty of Letters and Human Sciences<br>Rabat, Morocco</p>
</div>""" % "\n".join(trs))
    text = """Dear colleagues,

With reference to the invitation to the Regional Review of the GCM in the Arab region, please find below the speakers proposed by our research centre:

Organisation\tPosition\tSpeaker\tSession
Centre d'Études et de Recherches sur les Migrations (CERM), Université Mohammed V - Rabat\tProfessor of Sociology, Director of CERM\tPr. Youssef EL ALAOUI\tThematic roundtable 4
CERM, Université Mohammed V - Rabat\tPhD researcher\tMs. Hajar Tazi\tRapporteur (key messages)

Ms. Tazi is ready to act as rapporteur for the stakeholders' key messages if a volunteer is still needed.

Best regards,

Nadia Berrada
Administrative Assistant
CERM - Faculty of Letters and Human Sciences
Rabat, Morocco
"""
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_AM6PR02MB5398E1B2C4F7A0D3E9C6B58A2F17AM6PR02MB5398eurp_")
    rows = std_rows(when, "EUR02-AM5-obe.outbound.protection.outlook.example.com", "40.107.0.118", "4DTq9Ls2Hkz7",
                    "Nadia Berrada <n.berrada@cerm.um5.example.ac.ma>", "GCM Regional Review - speakers from CERM",
                    rfcdate(tz(sent, 1)), ID07, ret="n.berrada@cerm.um5.example.ac.ma")
    rows += [("Thread-Topic", "GCM Regional Review - speakers from CERM"), ("Content-Language", "en-US")]
    m = top(body, rows)
    aff = "Centre d'Études et de Recherches sur les Migrations (CERM), Université Mohammed V - Rabat"
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Youssef El Alaoui", "Professor of Sociology, Director of CERM", aff, ["roundtable"], 4),
        sp("Hajar Tazi", "PhD researcher", aff, ["rapporteur"])],
        notes="Outlook HTML table with columns in the order Organisation / Position / Speaker / Session (name not "
              "first), text part tab-separated; honorifics 'Pr.' and 'Ms.' dropped; 'EL ALAOUI' surname in capitals; "
              "second row gives only the short affiliation 'CERM, ...' (fullest form recorded for both); sender "
              "is an assistant, not a speaker; English written by a French-speaking sender."))


def m08():
    when = at("2021-02-02 12:00:47")
    sent = when - dt.timedelta(seconds=33)
    text = """To: GCM Regional Review Secretariat

Subject: Participation of the National Council for Migration Affairs

Greetings,

The National Council for Migration Affairs of the State of Libya (NCMA) would like to express its interest to contribute to the regional review. For this purpose, we propose that the Head of the Labour Migration Unit at the Council, Mr. Salem Abushagur, takes the floor in the open discussion of the multi-stakeholder consultation on 23 February and, if possible, also during one of the plenary sessions of the conference.

Please address all correspondence to the undersigned.

With our best regards,

Eng. Mabrouka Al-Sanussi
International Cooperation Office
National Council for Migration Affairs - Libya
"""
    body = leaf("text/plain", flowed(text), "windows-1252", "7bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.ncma.example.ly", "41.208.72.14", "4DVb1Hn6Rqz9",
                    '"Int. Cooperation - NCMA" <intl.coop@ncma.example.ly>',
                    "Participation of NCMA in the GCM regional review", rfcdate(sent),
                    "<6f1d0c3e-8b2a-4e7f-9c5d-1a3b7e9f2d40@ncma.example.ly>", ret="intl.coop@ncma.example.ly")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.12.0")]
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Salem Abushagur", "Head of the Labour Migration Unit",
           "National Council for Migration Affairs of the State of Libya (NCMA)", ["open_discussion", "plenary"])],
        notes="speaker named in prose with title before the name ('the Head of the Labour Migration Unit at the "
              "Council, Mr. Salem Abushagur'); affiliation only via 'the Council' -> the NCMA named in the first "
              "sentence; two roles (open discussion + plenary 'if possible'); memo-style 'To:'/'Subject:' lines "
              "pasted in the body; sender (Eng., cooperation office) is not the speaker; Thunderbird format=flowed."))


def m09():
    when = at("2021-02-03 13:05:22")
    sent = when - dt.timedelta(seconds=47)
    name = "التقرير الطوعي الجماعي - ائتلاف الجمعيات التونسية للهجرة.pdf"
    text = """السادة والسيدات أعضاء سكرتارية المراجعة الإقليمية،

تحية طيبة،

يسعدنا أن نوافيكم طيه بالتقرير الطوعي الجماعي الذي أعده ائتلاف الجمعيات التونسية للهجرة (12 جمعية من صفاقس وجرجيس ومدنين وتونس العاصمة) حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في تونس خلال الفترة 2019-2020.

المرفقات: التقرير الطوعي الجماعي (PDF)

مع خالص التحية،

منية الطرابلسي
منسقة الائتلاف
ائتلاف الجمعيات التونسية للهجرة
صفاقس - تونس
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl", "windows-1256")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                "----=_NextPart_001_0031_01D6FA2B.8E4C1D70")
    pdf = make_pdf(["Coalition des associations tunisiennes pour la migration",
                    "Rapport volontaire collectif - Examen regional du PMM 2021",
                    "Sfax, Zarzis, Medenine, Tunis - 2019-2020"])
    att = Message(policy=POL)
    att["Content-Type"] = "application/pdf;\r\n\tname=\"%s\"" % b_word(name, "windows-1256")
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", name))
    att.set_payload(base64.encodebytes(pdf).decode("ascii"))
    body = multi("mixed", [alt, att], "----=_NextPart_000_0030_01D6FA2B.8E4C1D70")
    rows = std_rows(when, "mail.coalition-migration.example.tn", "197.14.55.230", "4DWk6Fy3Mpz5",
                    addr("منية الطرابلسي", "m.trabelsi@coalition-migration.example.tn", "windows-1256"),
                    hdr("التقرير الطوعي الجماعي - تونس", "windows-1256"), rfcdate(tz(sent, 1)),
                    "<003001d6fa2b$8e4c1d70$aae45850$@coalition-migration.example.tn>",
                    ret="m.trabelsi@coalition-migration.example.tn")
    rows += [("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "ar-tn")]
    m = top(body, rows)
    add(9, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="collective report; Arabic PDF file name given as RFC 2231 continuations (utf-8) in filename* and "
              "as a windows-1256 RFC 2047 word in name; windows-1256 text+HTML; 'المرفقات:' line in the body."))


def m10():
    when = at("2021-02-04 09:30:11")
    sent = when - dt.timedelta(seconds=9)
    name = "LMRO_GCM_report_v2_final.docx"
    quoted = """On Wed, Jan 27, 2021 at 2:15 PM Faraj Elmabrouk <faraj.lmro@gmail.example.com> wrote:
> Dear Sir/Madam,
>
> Good day. Kindly find in attachment the voluntary review report of our organization about GCM implementation in Libya, specially the situation of migrants in detention centers in Tripoli and the south (Sabha), and the labour migration.
>
> This is an individual report from LMRO. We hope it will be usefull for the regional review.
>
> Please confirm receiving.
>
> Best regards
>
> Faraj Elmabrouk
> Programs Manager
> Libyan Migrants Rights Organization (LMRO)
> Tripoli - Libya
"""
    text = """Dear all,

Sorry, please disregard the first file. The attached is the final version of our report after the board review (we added a section on disembarkation in Zuwara and corrected some numbers).

Regards
Faraj

""" + quoted
    html = '<div dir="ltr">' + text2html(text.split("On Wed,")[0]) + '</div><br><div class="gmail_quote">' + \
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + \
        text2html("\n".join(l[2:] for l in quoted.split("\n")[1:])) + "</blockquote></div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000e7b20a05ba7f1c43")
    docx = make_docx(["Libyan Migrants Rights Organization (LMRO)", "Voluntary GCM Review Report - 2021 (final)",
                      "1. Introduction", "2. Immigration detention in Tripoli and Sabha",
                      "3. Disembarkation and return in Zuwara", "4. Labour migration", "5. Recommendations"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kkq0b2e70")])
    body = multi("mixed", [alt, att], "000000000000e7b20b05ba7f1c45")
    rows = std_rows(when, "mail-wm1-f43.google.example.com", "209.85.128.43", "4DWx0Qd8Ttz2",
                    "Faraj Elmabrouk <faraj.lmro@gmail.example.com>", "Re: Voluntary report LMRO",
                    rfcdate(sent), "<CAK7pL2xR4mT9wQ1vB6nZ3cY8eH2jD7sF0gA5uQ1kP6rT3vXc@mail.gmail.example.com>",
                    ret="faraj.lmro@gmail.example.com",
                    extra=[("In-Reply-To", ID03), ("References", ID03)])
    m = top(body, rows)
    add(10, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name], thread_of="h110-03.eml",
        notes="revised report replacing h110-03 (Gmail reply to his own mail, whole first message quoted with '>'); "
              "only the new file is the report of this message; quoted text repeats the old wording."))


def m11():
    when = at("2021-02-04 22:10:39")
    sent = when - dt.timedelta(seconds=52)
    name = "rapport_fondation_orient_occident_PMM.pdf"
    text = """السلام عليكم ورحمة الله،

كنصيفطو ليكم التقرير ديال مؤسسة الشرق والغرب - فرع الرباط على تطبيق الميثاق العالمي للهجرة فالمغرب (مرفق PDF).

و بغينا حتى نشاركو فالمائدة المستديرة الثانية، المتدخلة غادي تكون الأستاذة زينب العمراني، مسؤولة قسم الإدماج الاجتماعي والمهني بمؤسسة الشرق والغرب.

شكرا بزاف على الدعوة.

هشام
مؤسسة الشرق والغرب - الرباط
"""
    t = leaf("text/plain", text, "UTF-8", "base64")
    pdf = make_pdf(["Fondation Orient-Occident - Rabat", "Rapport volontaire sur la mise en oeuvre du PMM au Maroc",
                    "Fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)],
               disp="attachment; filename=%s" % name)
    body = multi("mixed", [t, att], "Apple-Mail=_4E1F2A3B-5C6D-4E7F-8091-A2B3C4D5E6F7")
    rows = std_rows(when, "mail.fondation-oo.example.ma", "105.159.20.41", "4DXn5Ry7Gkz3",
                    addr("Hicham", "hicham.foo@fondation-oo.example.ma"), hdr("التقرير + مداخلة"),
                    rfcdate(tz(sent, 1)), "<8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D@fondation-oo.example.ma>",
                    ret="hicham.foo@fondation-oo.example.ma")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    add(11, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("زينب العمراني", "مسؤولة قسم الإدماج الاجتماعي والمهني", "مؤسسة الشرق والغرب - فرع الرباط",
                     ["roundtable"], 2)],
        report_attachments=[name],
        notes="Moroccan Darija ('كنصيفطو', 'بغينا', 'فالمائدة'); report attachment and a speaker in one short mail; "
              "honorific 'الأستاذة' dropped; affiliation fullest form is in the first sentence ('... - فرع الرباط'); "
              "roundtable as 'الثانية'; first name only in the signature."))


def m12():
    when = at("2021-02-05 23:54:26")
    sent = when - dt.timedelta(seconds=21)
    text = """مساء الخير،

أرجو ألا يكون الوقت قد فات. نود ترشيح السيدة فاطمة الزهراء بنعلي للمداخلة في المائدة المستديرة المواضيعية الأولى.

مع الشكر

--
Fatima Zahra BENALI
Responsable des programmes Migration & Genre
Réseau Maghrébin Femmes et Migrations (RMFM)
Bureau de liaison - Dubaï
"""
    html = '<div dir="rtl">' + text2html(text.split("--\n")[0]) + '</div><div dir="ltr">-- <br>' + \
        "<br>".join(esc(x) for x in text.split("--\n")[1].strip().split("\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "00000000000071c3e205baa0d9f2")
    rows = std_rows(when, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DYh2Nc4Wxz6",
                    "Fatima Zahra Benali <fz.benali.rmfm@gmail.example.com>", hdr("ترشيح متحدثة"),
                    rfcdate(tz(sent, 4)), "<CAPq7Tz1mV3wR8nB2xL5aK9cE0yH4uJ6dS1gF7iO3mW2rX5tB@mail.gmail.example.com>",
                    ret="fz.benali.rmfm@gmail.example.com")
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة الزهراء بنعلي", "Responsable des programmes Migration & Genre",
           "Réseau Maghrébin Femmes et Migrations (RMFM)", ["roundtable"], 1)],
        notes="deadline edge: received 23:54:26 Beirut on Fri 5 Feb (on time) while the Date header says "
              "'Sat, 6 Feb 2021 01:54 +0400' (sender in Dubai) and the sender fears it is too late; she nominates "
              "herself in the third person in Arabic, title and affiliation only in a French signature "
              "(name also in Latin script); 'Bureau de liaison - Dubaï' is an office, not the affiliation."))


def m13():
    when = at("2021-02-06 00:07:15")
    sent = when - dt.timedelta(seconds=36)
    text = """Bonsoir,

Je me permets de vous écrire au nom de notre fédération pour proposer une intervention lors de la table ronde n°1 (ou à défaut en plénière).

Secrétaire générale de la Fédération des Associations Algériennes de Solidarité en Méditerranée (FAASM), Mme Nadia HAMIDI souhaiterait présenter le travail de nos associations auprès des harraga et de leurs familles à Annaba et Oran.

Désolée pour l'envoi tardif, on a eu une semaine très chargée.

Bien à vous,
Samia Kaci
Chargée de communication - FAASM
Marseille
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.orange.example.fr", "80.12.242.131", "4DYhJ9Pd0Qz1",
                    "Samia Kaci <samia.kaci@orange.example.fr>", "Proposition d'intervention FAASM",
                    rfcdate(tz(sent, 1)), "<1612566399.81234.samia.kaci@orange.example.fr>",
                    ret="samia.kaci@orange.example.fr")
    rows += [("X-Mailer", "Open-Xchange Mailer v7.10.3-Rev25")]
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Nadia Hamidi", "Secrétaire générale",
           "Fédération des Associations Algériennes de Solidarité en Méditerranée (FAASM)", ["roundtable", "plenary"], 1)],
        notes="deadline edge: received 00:07:15 Beirut on Sat 6 Feb (late) while the Date header says "
              "'Fri, 5 Feb 2021 23:06:39 +0100' (sender in Marseille); title and organisation placed before the "
              "name ('Secrétaire générale de la ... (FAASM), Mme Nadia HAMIDI'); roundtable 1 first, plenary as "
              "fallback; sender is not the speaker."))


def m14():
    when = at("2021-02-07 10:00:58")
    sent = when - dt.timedelta(seconds=17)
    text = """Dear Madam, Sir,

We have received the invitation letter in Arabic and in English. In the Arabic version, the deadline for the speaking roles is "Friday 23 February 2021", but in the English version it is Friday 5 February. Which date is the correct one?

Our Commissioner would like to take part in the conference and we had prepared the request according to the Arabic letter. Can we still send the name of our speaker or is it closed?

Thank you in advance for your clarification.

Mohamed Lemine Ould Ahmedou
Director of Cooperation
Commissariat aux Droits de l'Homme, à l'Action Humanitaire et aux Relations avec la Société Civile (CDHAHRSC)
Nouakchott - Mauritania
"""
    html = html_wrap('<div style="font-family:Arial;font-size:10pt">' + text2html(text) + "</div>")
    body = leaf("text/html", html, "utf-8", "base64")
    rows = std_rows(when, "mail.cdhahrsc.example.mr", "41.188.66.2", "4DZ3sM7Vfqz8",
                    '"Ould Ahmedou, Mohamed Lemine" <ml.ouldahmedou@cdhahrsc.example.mr>',
                    "Deadline for speaking roles - clarification", rfcdate(tz(sent, 0)),
                    "<20210207075941.6D2A1C04E@mail.cdhahrsc.example.mr>", ret="ml.ouldahmedou@cdhahrsc.example.mr")
    m = top(body, rows)
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question about the Arabic letter's misprinted speaker deadline ('23 February'); announces that the "
              "Commissioner would like to speak but names no one and makes no request yet; HTML-only base64; "
              "Display name 'Surname, Firstname'."))


def m15():
    when = at("2021-02-08 11:11:40")
    sent = when - dt.timedelta(seconds=26)
    text = """السادة الكرام،

تحية طيبة،

بناءً على رسالة الدعوة التي حددت يوم الجمعة 23 فبراير 2021 كآخر أجل لطلبات المداخلة، نتشرف بترشيح الأسماء التالية من منظمة بلادي للإغاثة والتنمية – ليبيا:

- الاسم: عبد الحكيم الورفلي / الصفة: رئيس المنظمة / المداخلة: المقرر (عرض الرسائل الرئيسية)
- الاسم: د. نجاة الكوني / الصفة: منسقة برنامج الحماية في سبها / المداخلة: مائدة مستديرة (الرابعة إن أمكن)

راهو عندنا خبرة كبيرة في الجنوب الليبي ونبو نوصلو صوت المهاجرين.

وتقبلوا خالص الشكر والتقدير

مكتب الإعلام
منظمة بلادي للإغاثة والتنمية
طرابلس
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html_wrap('<div dir="rtl">' + text2html(text) + "</div>", "rtl"),
                                      "UTF-8", "base64")],
                 "b1_7a3e5c9d2f4b6a8c0e1d3f5a7b9c2e4d")
    rows = std_rows(when, "mail.biladi-ly.example.org", "41.254.3.19", "4F0bL3Cx5Rz4",
                    addr("منظمة بلادي", "media@biladi-ly.example.org"), hdr("ترشيحات للمداخلة في المؤتمر الإقليمي"),
                    rfcdate(sent), "<7a3e5c9d2f4b6a8c0e1d3f5a7b9c2e4d@biladi-ly.example.org>",
                    ret="media@biladi-ly.example.org")
    rows += [("X-Mailer", "PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)")]
    m = top(body, rows)
    aff = "منظمة بلادي للإغاثة والتنمية – ليبيا"
    add(15, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبد الحكيم الورفلي", "رئيس المنظمة", aff, ["rapporteur"]),
        sp("نجاة الكوني", "منسقة برنامج الحماية في سبها", aff, ["roundtable"], 4)],
        notes="late (8 Feb) because the sender relies on the Arabic letter's misprint 'الجمعة 23 فبراير'; two "
              "speakers in a dash list with 'الاسم / الصفة / المداخلة' fields on one line; honorific 'د.' dropped; "
              "Libyan colloquial line ('راهو', 'نبو نوصلو'); sent by a media office mailbox."))


def m16():
    when = at("2021-02-09 08:00:05")
    text = """Bonjour,

Je suis absente du bureau du 8 au 12 février 2021 inclus, avec un accès limité à mes courriels. Pour toute urgence, merci de contacter M. Karim Jlassi (k.jlassi@ote.example.tn).

أنا خارج المكتب من 8 إلى 12 فيفري 2021. للأمور العاجلة يرجى الاتصال بالسيد كريم الجلاصي.

Cordialement,
Leila Mansouri
Office des Tunisiens à l'Étranger
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail.ote.example.tn", "196.203.74.9", "4F0z1Kd9Ybz2")),
            ("From", "Leila Mansouri <l.mansouri@ote.example.tn>"), ("To", BOX),
            ("Subject", hdr("Réponse automatique : Accusé de réception - Examen régional du PMM", "utf-8", "Q")),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=2), 1))),
            ("Message-ID", "<c3a9e1f0b2d44e8f9a7c6b5d4e3f2a10@ote.example.tn>"),
            ("In-Reply-To", "<ack-20210209-0559.gcmrr@iom.int>"),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    m = top(body, rows)
    add(16, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="bilingual French/Arabic out-of-office reply to one of the service's acknowledgements (loop risk); "
              "names a person and an institution but proposes nothing; Auto-Submitted: auto-replied, null Return-Path."))


def m17():
    when = at("2021-02-09 15:45:20")
    sent = when - dt.timedelta(seconds=11)
    text = """Many thanks for your confirmation, well noted. We look forward to the conference.

Best,
Nadia

________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Monday, February 8, 2021 4:12 PM
To: Nadia Berrada <n.berrada@cerm.um5.example.ac.ma>
Subject: RE: GCM Regional Review - speakers from CERM

Dear Ms. Berrada,

Thank you for your message. We confirm receipt of your speaker request. The Secretariat will revert to you with further details.

Kind regards,
GCM Regional Review Secretariat
"""
    html = html_wrap("<div>" + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_AM6PR02MB53987C1D9E0F2A4B6C8D0E2F4A61AM6PR02MB5398eurp_")
    rows = std_rows(when, "EUR02-AM5-obe.outbound.protection.outlook.example.com", "40.107.0.120", "4F18Wc2Pm7z5",
                    "Nadia Berrada <n.berrada@cerm.um5.example.ac.ma>",
                    "RE: GCM Regional Review - speakers from CERM", rfcdate(tz(sent, 1)),
                    "<AM6PR02MB53987C1D9E0F2A4B6C8D0E2F4A61@AM6PR02MB5398.eurprd02.prod.outlook.example.com>",
                    ret="n.berrada@cerm.um5.example.ac.ma",
                    extra=[("In-Reply-To", ACK07), ("References", "%s %s" % (ID07, ACK07))])
    rows += [("Thread-Topic", "GCM Regional Review - speakers from CERM")]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h110-07.eml",
        notes="thank-you reply to the service's acknowledgement of h110-07 (Outlook, quoted under a separator line): "
              "nothing new, must not be acknowledged (loop risk)."))


def m18():
    when = at("2021-02-10 10:20:33")
    sent = when - dt.timedelta(seconds=15)
    text = """Monsieur,

Nous faisons suite à notre courrier du 25 janvier 2021 (Réf. : 021/AMDM/SG/2021) portant demande de prise de parole de Mme BENNANI Karima.

Pour des raisons indépendantes de sa volonté, Mme BENNANI ne pourra pas participer à la conférence. Nous vous prions donc de bien vouloir annuler notre demande et de nous excuser pour ce désagrément. L'AMDM suivra les travaux en ligne.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le Secrétaire Général
Abdelkader ZIANI

-----Message d'origine-----
De : AMDM Oujda [mailto:contact@amdm-maroc.example.ma]
Envoyé : lundi 25 janvier 2021 10:02
À : gcmrrarabstates@iom.int
Objet : Objet : Demande de prise de parole - Examen regional PMM

Royaume du Maroc
Association Marocaine pour le Développement et la Migration (AMDM)
[...]
- Nom et prénom : BENNANI Karima
- Fonction : Présidente
- Organisme : Association Marocaine pour le Développement et la Migration (AMDM)
- Intervention souhaitée : table ronde thématique n° 3 (intégration et cohésion sociale)
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "----=_NextPart_000_0041_01D6FF9A.2B7C3E10")
    rows = std_rows(when, "mail.amdm-maroc.example.ma", "41.250.17.93", "4F1t6Gv0Hnz8",
                    '"AMDM Oujda" <contact@amdm-maroc.example.ma>',
                    "TR: Objet : Demande de prise de parole - Examen regional PMM - ANNULATION",
                    rfcdate(tz(sent, 1)), "<004101d6ff9a$2b7c3e10$82747530$@amdm-maroc.example.ma>",
                    ret="contact@amdm-maroc.example.ma", extra=[("References", ID01)])
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-ma")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h110-01.eml",
        notes="cancels the speaking request of h110-01: the original dash list (name, title, organisation, "
              "roundtable 3) is quoted again below an Outlook '-----Message d'origine-----' block, but nothing is "
              "requested; 'TR:' (forward) prefix instead of 'RE:', References only (no In-Reply-To)."))


def m19():
    when = at("2021-02-11 12:00:08")
    sent = when - dt.timedelta(seconds=44)
    name = "تقرير المرصد الوطني للمجتمع المدني حول الهجرة 2021.pdf"
    text = """إلى السيدات والسادة المنسقين للمراجعة الإقليمية للاتفاق العالمي للهجرة

الجمهورية الجزائرية الديمقراطية الشعبية
المرصد الوطني للمجتمع المدني

الموضوع: إرسال التقرير الطوعي وطلب مداخلة
المرفقات: تقرير المرصد (ملف PDF)

تحية طيبة وبعد،

يتشرف المرصد الوطني للمجتمع المدني بأن يرسل إليكم رفقته تقريره الطوعي حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، كما يرغب في أن يتدخل ممثله في أشغال المائدة المستديرة الرابعة:

| الاسم واللقب | الوظيفة | الهيئة |
| بلقاسم مراد | مكلف بالدراسات | المرصد الوطني للمجتمع المدني (ONSC) |

تقبلوا منا فائق الاحترام والتقدير.

الأمانة التقنية
"""
    t = leaf("text/plain", text, "UTF-8", "quoted-printable")
    pdf = make_pdf(["Observatoire National de la Societe Civile (ONSC) - Algerie",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Fevrier 2021"])
    att = Message(policy=POL)
    att["Content-Type"] = "application/pdf"
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment; filename=\"%s\"" % b_word(name)
    att.set_payload(base64.encodebytes(pdf).decode("ascii"))
    body = multi("mixed", [t, att], "=_b7f3c1a9e5d2804f6a1c3e5b7d9f0a2c")
    rows = std_rows(when, "mail.onsc.example.dz", "193.194.77.40", "4F2hQ1Ls9Fz3",
                    addr("الأمانة التقنية للمرصد", "secretariat@onsc.example.dz"),
                    hdr("التقرير الطوعي + طلب مداخلة - المرصد الوطني للمجتمع المدني"), rfcdate(tz(sent, 1)),
                    "<b7f3c1a9e5d2804f6a1c3e5b7d9f0a2c@onsc.example.dz>", ret="secretariat@onsc.example.dz")
    rows += [("User-Agent", "Roundcube Webmail/1.4.9")]
    m = top(body, rows)
    add(19, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("بلقاسم مراد", "مكلف بالدراسات", "المرصد الوطني للمجتمع المدني (ONSC)", ["roundtable"], 4)],
        report_attachments=[name],
        notes="Algerian public body: report on time but speaking request after 5 Feb, so 'both' is late; speaker in a "
              "pipe table with 'الاسم واللقب' (name order ambiguous, recorded as written); Arabic file name as an RFC "
              "2047 word inside a quoted filename (not RFC 2231); Roundcube, quoted-printable; no personal signature."))


def m20():
    when = at("2021-02-12 03:14:52")
    qid = "5A1C7E02B9"
    notice = """This is the mail system at host mx1.iom.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<association.assahel@menara.example.ma>: host mx.menara.example.ma[196.217.33.5]
    said: 552 5.2.2 <association.assahel@menara.example.ma>: Mailbox full
    (in reply to RCPT TO command)
"""
    p1 = leaf("text/plain", notice, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds = Message(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    dsn = ("""Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: Fri, 12 Feb 2021 03:10:31 +0200 (EET)

Final-Recipient: rfc822; association.assahel@menara.example.ma
Original-Recipient: rfc822;association.assahel@menara.example.ma
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.menara.example.ma
Diagnostic-Code: smtp; 552 5.2.2 <association.assahel@menara.example.ma>:
    Mailbox full
""" % qid)
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        ds.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", """Received: from gcmrr-app01.iom.int by mx1.iom.int (Postfix) with ESMTPS id %s;
\tFri, 12 Feb 2021 03:10:31 +0200 (EET)
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: association.assahel@menara.example.ma
Subject: %s
Date: Fri, 12 Feb 2021 03:10:30 +0200
Message-ID: <ack-20210212-0110.gcmrr@iom.int>
""" % (qid, b_word("إشعار بالاستلام - المراجعة الإقليمية")), "us-ascii", "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, ds, p3], "%s.1613092492/mx1.iom.int" % qid, params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))),
            ("Date", rfcdate(when, "EET")), ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210212011452.%s@mx1.iom.int>" % qid)]
    m = top(body, rows)
    m.preamble = "This is a MIME-encapsulated message."
    add(20, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (5.2.2 mailbox full) for an Arabic acknowledgement sent to a Moroccan association; only "
              "the returned headers are included; the recipient address looks like a stakeholder."))


def m21():
    when = at("2021-02-15 16:30:02")
    sent = when - dt.timedelta(seconds=38)
    rep = "CNDH_Rapport_volontaire_PMM_2021.pdf"
    annex = "CNDH_Annexe_statistiques_2019-2020.docx"
    logo = "image001.png"
    inner = """<div style="font-family:'Times New Roman';font-size:12pt">
<p>Royaume du Maroc<br>Commission Régionale des Droits de l'Homme de l'Oriental (CRDH-Oriental)<br>Conseil National des Droits de l'Homme</p>
<p><b>Objet :</b> Transmission du rapport volontaire – Examen régional du Pacte mondial sur les migrations<br>
<b>Réf. :</b> Lettre d'invitation du Réseau régional des Nations Unies sur les migrations<br>
<b>P.J. :</b> &ndash; Rapport volontaire (CNDH_Rapport_volontaire_PMM_2021.pdf)<br>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&ndash; Annexe statistique (CNDH_Annexe_statistiques_2019-2020.docx)</p>
<p>Mesdames, Messieurs,</p>
<p>J'ai l'honneur de vous faire parvenir, ci-joint, le rapport volontaire de la Commission, accompagné de son annexe statistique, qui en fait partie intégrante, dans le cadre de l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.</p>
<p>Veuillez agréer, Mesdames, Messieurs, l'assurance de ma considération distinguée.</p>
<p>Le Président de la Commission<br>Mustapha ZERHOUNI</p>
<p><img src="cid:image001.png@01D703B2.7C41A2E0" width="80" height="80" alt="CRDH"></p>
</div>"""
    html = html_wrap(inner)
    h = leaf("text/html", html, "utf-8", "quoted-printable")
    png = make_png(16, 16, (150, 20, 30))
    img = leaf("image/png", png, cte="base64", params=[("name", '"%s"' % logo)],
               disp='inline; filename="%s"' % logo, extra=[("Content-ID", "<image001.png@01D703B2.7C41A2E0>")])
    rel = multi("related", [h, img], "----=_NextPart_001_0052_01D703B2.7C41A2E0", params=[("type", '"text/html"')])
    pdf = make_pdf(["Commission Regionale des Droits de l'Homme de l'Oriental (CRDH)",
                    "Rapport volontaire - Examen regional du PMM 2021", "Migrants en transit a Oujda et Nador"])
    docx = make_docx(["Annexe statistique 2019-2020", "Tableau 1 - Migrants assistes par province",
                      "Tableau 2 - Mineurs non accompagnes"])
    a1 = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % rep)],
              disp='attachment; filename="%s"' % rep)
    a2 = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % annex)], disp='attachment; filename="%s"' % annex)
    body = multi("mixed", [rel, a1, a2], "----=_NextPart_000_0051_01D703B2.7C41A2E0")
    rows = std_rows(when, "mail.crdh-oriental.example.ma", "196.200.180.77", "4F5mB8Tq3Wz6",
                    addr("Secrétariat CRDH Oriental", "secretariat@crdh-oriental.example.ma", "utf-8", "Q"),
                    "Transmission du rapport volontaire - CRDH Oriental", rfcdate(tz(sent, 1)),
                    "<005101d703b2$7c41a2e0$74c5e8a0$@crdh-oriental.example.ma>",
                    ret="secretariat@crdh-oriental.example.ma")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[rep, annex],
        notes="HTML-only Outlook letter (multipart/related with an inline logo image001.png that is not part of the "
              "report); the 'P.J. :' list names two files, both part of the report ('qui en fait partie "
              "intégrante'); signatory's name in capitals; institution header lines (Royaume du Maroc, CNDH) not "
              "the report title."))


def m22():
    when = at("2021-02-16 23:57:41")
    sent = when - dt.timedelta(seconds=29)
    name = "Rapport Rif Migration - GCM 2021.pdf"
    text = """سلام،
ها هو التقرير الطوعي ديال جمعية الريف للهجرة والتنمية، سمحو لينا على التعطال، الانترنيت كان مقطوع عندنا فالناظور هاد العشية.
شكرا

Envoyé de mon iPhone"""
    t = leaf("text/plain", text, "utf-8", "quoted-printable")
    pdf = make_pdf(["Association Rif pour la Migration et le Developpement - Nador",
                    "Rapport volontaire - Examen regional du PMM", "Fevrier 2021"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name), ("x-unix-mode", "0644")],
               disp='inline;\r\n\tfilename="%s"' % name)
    body = multi("mixed", [t, att], "Apple-Mail-2B4D6F80-1A3C-4E5F-9071-B2C3D4E5F6A7")
    rows = std_rows(when, "mail.iam.example.ma", "105.66.128.14", "4F6rW2Jn8Dz0",
                    "Rif Migration <rif.migration.nador@gmail.example.com>", hdr("التقرير"),
                    rfcdate(tz(sent, 1)), "<A3C5E7F9-1B2D-4F6A-8C0E-2D4F6A8C0E1B@gmail.example.com>",
                    ret="rif.migration.nador@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:57:41 Beirut on Tue 16 Feb (on time); Date header 'Tue, 16 Feb 2021 "
              "22:57 +0100' (Morocco); Darija apology for being late; iPhone with French 'Envoyé de mon iPhone', "
              "PDF inline with spaces in the name; one-word subject."))


def m23():
    when = at("2021-02-17 00:04:19")
    sent = when - dt.timedelta(seconds=22)
    name = "SAWA_voluntary_report_GCM_Libya.pdf"
    text = """Hello,

Please find attached the voluntary report of SAWA for Migrants Support (Benghazi). I'm sending it from Tunis airport before my flight, still 16th here so hopefully ok!

Regards,
Khaled Bugaighis
Executive Director, SAWA for Migrants Support
"""
    t = leaf("text/plain", text, "UTF-8", "7bit")
    pdf = make_pdf(["SAWA for Migrants Support - Benghazi, Libya", "Voluntary GCM Review Report 2021",
                    "Migrants in eastern Libya: access to services and protection"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name)], disp="attachment; filename=%s" % name)
    body = multi("mixed", [t, att], "------------5D8E2F0A1B3C4D6E7F809A1B")
    rows = std_rows(when, "smtp.sawa-ly.example.org", "41.208.70.33", "4F6sA5Qb1Mz7",
                    "Khaled Bugaighis <k.bugaighis@sawa-ly.example.org>", "voluntary report - SAWA Libya",
                    rfcdate(tz(sent, 1)), "<f2b7d4e9-0c1a-4b3e-8d6f-7a9c2e4b6d81@sawa-ly.example.org>",
                    ret="k.bugaighis@sawa-ly.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by 4 minutes: received 00:04:19 Beirut on Wed 17 Feb; Date header 'Tue, 16 Feb 2021 23:03:57 "
              "+0100' (sent from Tunis) and the sender says 'still 16th here'."))


def m24():
    when = at("2021-02-18 09:12:30")
    sent = when - dt.timedelta(seconds=16)
    text = """Madame, Monsieur,

En complément de notre courrier n° 47/ONM/2021 du 28 janvier 2021, l'Observatoire souhaiterait également proposer l'intervention de :

- Mme JAZIRI Olfa, Sous-directrice des études et de la prospective, ONM, pour la table ronde thématique 1 (migration de main-d'œuvre).

Vous remerciant par avance.

Pour le Directeur Général,
Le chef de cabinet
Anis Gharbi

-----Original Message-----
From: Direction ONM <direction@onm.example.tn>
Sent: jeudi 28 janvier 2021 09:30
To: gcmrrarabstates@iom.int
Subject: Contribution de l'ONM – Examen régional du PMM (rapport + demande d'intervention)

République Tunisienne
Ministère des Affaires Sociales
Observatoire National de la Migration (ONM)
...
"""
    html = html_wrap(text2html(text))
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_DBBPR08MB47219F0E1D2C3B4A5968778695A4DBBPR08MB4721eurp_")
    rows = std_rows(when, "EUR05-DB8-obe.outbound.protection.outlook.example.com", "40.107.20.75", "4F7bN6Rk2Cz9",
                    "Direction ONM <direction@onm.example.tn>",
                    hdr("RE: Contribution de l'ONM – Examen régional du PMM (rapport + demande d'intervention)", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)),
                    "<DBBPR08MB47219F0E1D2C3B4A5968778695A4@DBBPR08MB4721.eurprd08.prod.outlook.example.com>",
                    ret="direction@onm.example.tn", extra=[("In-Reply-To", ID04), ("References", ID04)])
    rows += [("Thread-Topic", "Contribution de l'ONM"), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(24, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False,
        thread_of="h110-04.eml",
        speakers=[sp("Olfa Jaziri", "Sous-directrice des études et de la prospective",
                     "Observatoire National de la Migration (ONM)", ["roundtable"], 1)],
        notes="follow-up to h110-04 adding a second speaker after the 5 Feb deadline (late); 'Mme JAZIRI Olfa' "
              "surname first in capitals; affiliation given only as 'ONM' in the line, fullest form from the thread "
              "('l'Observatoire' / quoted letter); signed 'Pour le Directeur Général' by the chef de cabinet."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
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
