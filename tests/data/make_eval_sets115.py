#!/usr/bin/env python3
"""Write the blind evaluation set holdout115 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets115.py
Theme: francophone African associations and diaspora groups (Senegalese, Malian, Ivorian, Cameroonian,
Congolese) working on migration in Morocco, Tunisia, Algeria and Lebanon; very formal French.
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, DOCX,
                     rfc2231, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout115")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h115-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


def attach(name, data, ctype, style="2231"):
    """Attachment part; style: '2231' (filename*=), '2047' (encoded word in quotes), 'plain'."""
    a = Message(policy=POL)
    if style == "2231":
        a["Content-Type"] = '%s;\r\n name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = "attachment;\r\n filename*=" + rfc2231(name)
    elif style == "2047":
        a["Content-Type"] = '%s; name="%s"' % (ctype, b_word(name))
        a["Content-Disposition"] = 'attachment; filename="%s"' % b_word(name)
    else:
        a["Content-Type"] = '%s; name="%s"' % (ctype, name)
        a["Content-Disposition"] = 'attachment; filename="%s"' % name
    a["Content-Transfer-Encoding"] = "base64"
    a.set_payload(base64.encodebytes(data).decode("ascii"))
    return a


def alt(text, charset="utf-8", cte="quoted-printable", boundary="b", dir_=None, html_inner=None):
    h = html_wrap(html_inner if html_inner is not None else text2html(text), dir_, charset)
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", h, charset, cte)],
                 boundary)


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-fr")]
GMAIL_HOST = ("mail-wm1-f41.google.example.com", "209.85.128.41")


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-29 10:12:44")
    sent = when - dt.timedelta(seconds=31)
    text = """Objet : Demande de prise de parole en séance plénière

Madame, Monsieur,

Nous avons l'honneur de porter à votre haute connaissance que l'Association des Ressortissants Maliens en Tunisie pour l'Entraide et le Développement (ARMTED) a bien reçu votre lettre d'invitation relative à l'Examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, et vous en remercie vivement.

Conformément aux dispositions de ladite lettre, nous avons l'honneur de solliciter respectueusement qu'un temps de parole soit accordé à notre Président, Monsieur Boubacar Sidiki Traoré, lors d'une séance plénière de la Conférence des 24 et 25 février 2021, afin qu'il puisse porter la voix des travailleurs migrants maliens établis à Tunis, Sfax et Sousse.

Monsieur le Président Traoré, enseignant de formation, dirige l'ARMTED depuis 2016 et siège au comité consultatif de la Maison du Mali à Tunis.

La version signée et revêtue du cachet de l'Association vous parviendra par courrier, le cas échéant.

Dans l'attente d'une suite favorable, nous vous prions d'agréer, Madame, Monsieur, l'expression de notre très haute considération.

Pour le Président et P/O,
Le Secrétaire général
Adama Coulibaly

ARMTED – Siège : Rue d'Irak, Lafayette, Tunis
Tél. : +216 71 000 000
"""
    inner = ("<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             + text2html(text).replace("<p>Objet", "<p><b><u>Objet").replace("plénière</p>", "plénière</u></b></p>", 1)
             + "<p style=\"color:#7f7f7f;font-size:9pt\">[cachet rond de l'ARMTED]</p></div>")
    body = alt(text, "utf-8", "quoted-printable", "----=_NextPart_000_0007_01D6F61A.5C3E8B20", html_inner=inner)
    rows = std_rows(when, "smtp.topnet.example.tn", "197.2.14.61", "4DRm0h4BqTz1",
                    addr("ARMTED Tunisie", "armted.tunisie@topnet.example.tn"),
                    hdr("Demande de prise de parole – Président de l'ARMTED", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<001101d6f61a$5c3e8b20$14bca160$@topnet.example.tn>",
                    ret="armted.tunisie@topnet.example.tn")
    rows += OUTLOOK + [("Thread-Index", "AQHW9hpcPouLIGeF0UqRAs1k8mC3Tw==")]
    m = top(body, rows)
    add(1, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Boubacar Sidiki Traoré", "Président",
           "Association des Ressortissants Maliens en Tunisie pour l'Entraide et le Développement (ARMTED)",
           ["plenary"])],
        notes="letter signed 'Pour le Président et P/O, Le Secrétaire général Adama Coulibaly': the signer is NOT "
              "the speaker; the speaker is the president named in the body ('notre Président, Monsieur Boubacar "
              "Sidiki Traoré'), three-part name with honorifics 'Monsieur' and 'Monsieur le Président'; "
              "generic mailbox display name 'ARMTED Tunisie'; Outlook multipart/alternative QP; stamp mentioned "
              "only; Date header +0100."))


def m02():
    when = at("2021-01-30 15:40:09")
    sent = when - dt.timedelta(seconds=6)
    text = """Good afternoon,

I am writing on behalf of the Cameroonian Community Welfare Association in Lebanon (CAMWAL). We received the invitation letter through the Anti-Racism Movement and we have some questions before we decide what we can do:

1. Many of our members are domestic workers whose papers have expired under the kafala system. If one of them wants to speak, will her name be published anywhere? Can she participate online without showing her face?
2. Is the conference in English or only Arabic/French? Our members are mostly from the anglophone regions (North-West and South-West).
3. Does the report need to be signed and stamped by a registered organisation? We are not registered in Lebanon.

We would be grateful for any guidance.

Best regards,
Esther Ngwa Fon
for CAMWAL, Beirut
"""
    body = alt(text, "UTF-8", "quoted-printable", "000000000000c3f1a805ba0b9e21",
               html_inner='<div dir="ltr">' + text2html(text) + "</div>")
    rows = std_rows(when, *GMAIL_HOST, "4DSQ7n1Hg8z5",
                    "Esther Ngwa <camwal.lebanon@gmail.example.com>",
                    "Questions about participation (CAMWAL)", rfcdate(sent),
                    "<CAK2mZ9vR4tQ8-pL1wX3nB6cY0fH7jD5sG2aE9uV4kN1qT8rM@mail.gmail.example.com>",
                    ret="camwal.lebanon@gmail.example.com")
    m = top(body, rows)
    add(2, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions only (anonymity for undocumented speakers, language, registration) that mention "
              "'speak', 'report' and 'participate online' but neither propose a named speaker nor submit anything; "
              "a hypothetical 'if one of them wants to speak' is not a request."))


def m03():
    when = at("2021-02-01 11:03:27")
    sent = when - dt.timedelta(seconds=44)
    text = """السلام عليكم ورحمة الله

خويا/ختي فالأمانة، تحية طيبة،
حنا جمعية "أيادي التضامن مع المهاجرين" فوجدة، كنخدمو مع المهاجرين من جنوب الصحراء (السينغال، غينيا، الكوت ديفوار، الكاميرون) اللي كيدوزو من الحدود الشرقية. وصلاتنا الرسالة ديالكم وبغينا نشاركو.

كنقترحو الأخ المنسق ديالنا عثمان بنعيسى يدير مداخلة فالمائدة المستديرة الرابعة، حيت هو اللي كيتبع ملف الدفن والبحث على المهاجرين المفقودين مع العائلات.
إلا كانت شي ورقة خاصها تتعمر قولو لينا.

الله يعطيكم الصحة
سعاد الزروالي
أمينة المال - جمعية أيادي التضامن مع المهاجرين، وجدة
"""
    body = alt(text, "UTF-8", "base64", "000000000000e71b0a05ba3c6f90", "rtl",
               html_inner='<div dir="rtl">' + text2html(text) + "</div>")
    rows = std_rows(when, *GMAIL_HOST, "4DTk3Zb9Yjz2",
                    addr("Souad Zerouali", "ayadi.oujda@gmail.example.com"),
                    hdr("مشاركة جمعية أيادي التضامن - وجدة"), rfcdate(tz(sent, 1)),
                    "<CAF5nQ8wP2xL7-rT0mZ4kV9bJ3cH6yD1sA8gE5uR2fN7qW4tX@mail.gmail.example.com>",
                    ret="ayadi.oujda@gmail.example.com")
    m = top(body, rows)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عثمان بنعيسى", "المنسق", "جمعية أيادي التضامن مع المهاجرين", ["roundtable"], 4)],
        notes="Moroccan darija; the speaker is 'الأخ المنسق ديالنا عثمان بنعيسى' (title folded into a colloquial "
              "possessive, 'الأخ' is not part of the name); the signer (treasurer) is not the speaker; "
              "roundtable as 'المائدة المستديرة الرابعة'; affiliation written in quotes in the body and with the "
              "city in the signature; base64 text and HTML; Date +0100."))


M04_NAME = "CCSM - Rapport volontaire PMM 2021 (version finale).pdf"


def m04():
    when = at("2021-02-01 17:25:51")
    sent = when - dt.timedelta(seconds=50)
    text = """Mesdames et Messieurs les Membres du Secrétariat,

Nous avons l'honneur de vous transmettre, en pièce jointe, le rapport volontaire collectif élaboré par le Collectif des Communautés Subsahariennes au Maroc (CCSM) et ses associations membres (Congolais, Ivoiriens, Guinéens, Sénégalais, Camerounais, Maliens), au titre de l'Examen régional du Pacte mondial sur les migrations.

Ce rapport, adopté en Assemblée générale extraordinaire le 23 janvier 2021, porte notamment sur la régularisation, l'accès aux soins et la scolarisation des enfants migrants.

Nous vous en souhaitons bonne réception et vous prions d'agréer l'expression de notre haute considération.

Le Coordinateur national
Patrice Mbemba Loubaki
CCSM – Rabat
"""
    t = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    pdf = make_pdf(["Collectif des Communautes Subsahariennes au Maroc (CCSM)",
                    "Rapport volontaire collectif - Examen regional du PMM, region arabe, 2021",
                    "1. Regularisation exceptionnelle et ses suites", "2. Acces aux soins",
                    "3. Scolarisation des enfants migrants", "4. Recommandations"])
    body = multi("mixed", [t, attach(M04_NAME, pdf, "application/pdf", "2231")],
                 "------------A0C84E1F2B3D5967E8F01A2B")
    rows = std_rows(when, "smtp.menara.example.ma", "41.249.32.17", "4DTv2Pq6Lcz8",
                    addr("Patrice Mbemba", "ccsm.maroc@menara.example.ma"),
                    "Transmission du rapport volontaire du CCSM", rfcdate(tz(sent, 1)),
                    "<3e9a1c7b-4f2d-8a6e-b0c5-91d2e7f4a803@menara.example.ma>",
                    ret="ccsm.maroc@menara.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(4, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M04_NAME],
        notes="collective report as a PDF with spaces and parentheses in the RFC 2231 file name; Thunderbird "
              "format=flowed 8bit; 'Le Coordinateur national' above the name; no speaker although the AG and "
              "member communities are listed."))


def m05():
    when = at("2021-02-02 09:48:15")
    sent = when - dt.timedelta(seconds=12)
    text = """Monsieur le Coordonnateur du Réseau régional des Nations Unies sur les migrations,

Faisant suite à votre correspondance relative à la Revue régionale du Pacte mondial sur les migrations dans les États arabes, j'ai l'honneur de solliciter de votre haute bienveillance l'octroi d'une prise de parole lors de la discussion ouverte de la consultation multipartite du 23 février 2021.

Je souhaiterais y exposer la situation des étudiants et travailleurs camerounais en Algérie, notamment à Oran et Tamanrasset.

Vous trouverez ci-dessous mes coordonnées.

Veuillez agréer, Monsieur le Coordonnateur, l'assurance de ma parfaite considération.

Le Président
Jean-Marie Essomba Ateba
Association des Ressortissants Camerounais d'Algérie - ARCA
(Agrément n° 117/2014 - cachet et signature sur l'original)
Oran, Algérie
"""
    body = leaf("text/plain", text, "iso-8859-1", "quoted-printable")
    rows = std_rows(when, "smtp.djaweb.example.dz", "41.111.5.90", "4DVa6Hr1Wnz4",
                    '"Jean-Marie ESSOMBA" <arca.oran@djaweb.example.dz>',
                    "Demande d'intervention - Discussion ouverte du 23 fevrier", rfcdate(tz(sent, 1)),
                    "<20210202084803.7F3A21C0@djaweb.example.dz>", ret="arca.oran@djaweb.example.dz")
    rows += [("User-Agent", "Roundcube Webmail/1.4.8")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=ISO-8859-1; format=flowed")
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Jean-Marie Essomba Ateba", "Président",
           "Association des Ressortissants Camerounais d'Algérie - ARCA", ["open_discussion"])],
        notes="first-person request, the speaker is the sender; 'Le Président' on the line ABOVE the name in the "
              "signature (title before name); acronym after a dash; role given as 'discussion ouverte de la "
              "consultation multipartite du 23 février'; Latin-1 quoted-printable plain text (Roundcube); "
              "display name has the surname in capitals and omits 'Ateba'."))


def m06():
    when = at("2021-02-02 20:11:38")
    sent = when - dt.timedelta(seconds=15)
    text = """مرحبا،

نحنا من جمعية "بيت الجاليات الأفريقية" ببيروت، منشتغل مع عاملات المنازل من الكاميرون وساحل العاج والسنغال. وصلتنا دعوتكن عن طريق منظمة كاريتاس.

بس حابين نسأل: الاجتماع بـ ٢٣ شباط رح يكون اونلاين ولا حضوري بفندق؟ وإذا حضوري، في إمكانية تأمين مواصلات لعاملات ما معن أوراق؟ لأنو الحواجز مش سهلة هالأيام.
كمان في ترجمة للإنكليزي والفرنسي؟ كتير من البنات ما بيحكو عربي منيح.

شكراً سلفاً
ريتا
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mx.bayt-jaliyat.example.org.lb", "94.187.10.44", "4DVq0Tc3Mhz6",
                    addr("Rita Khoury", "info@bayt-jaliyat.example.org.lb"),
                    hdr("سؤال عن الاجتماع"), rfcdate(sent),
                    "<E4C1B2A9-7D3F-4A60-9E18-2B5C8D0F1A37@bayt-jaliyat.example.org.lb>",
                    ret="info@bayt-jaliyat.example.org.lb")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=utf-8")
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Lebanese colloquial logistics questions (online or in person, transport for undocumented workers, "
              "interpretation) from an iPhone; Latin display name but Arabic text; no speaker, no report."))


def m07():
    when = at("2021-02-03 12:30:05")
    sent = when - dt.timedelta(seconds=27)
    text = """Dear Sir/Madam,

With reference to the invitation of the Regional UN Network on Migration, the Congolese Community in Lebanon (CCL / Communauté Congolaise au Liban) is pleased to request a speaking role. Please find the details below:

Name of speaker | Grace Mbuyi Kabongo
Position        | Executive Secretary
Organisation    | Congolese Community in Lebanon (CCL)
Session         | Open discussion - multi-stakeholder consultation, 23 Feb
Language        | French or English

Ms Mbuyi Kabongo has been assisting Congolese nationals stranded in Lebanon since the port explosion of August 2020.

Yours faithfully,
Dieudonné Ilunga
Chargé des relations extérieures, CCL
"""
    rows_html = "".join("<tr><td style=\"border:1px solid #999;padding:3px\"><b>%s</b></td>"
                        "<td style=\"border:1px solid #999;padding:3px\">%s</td></tr>" % (a, esc(b)) for a, b in [
                            ("Name of speaker", "Grace Mbuyi Kabongo"), ("Position", "Executive Secretary"),
                            ("Organisation", "Congolese Community in Lebanon (CCL)"),
                            ("Session", "Open discussion - multi-stakeholder consultation, 23 Feb"),
                            ("Language", "French or English")])
    inner = ("<div style=\"font-family:Calibri\"><p>Dear Sir/Madam,</p><p>With reference to the invitation of the "
             "Regional UN Network on Migration, the Congolese Community in Lebanon (CCL / Communauté Congolaise au "
             "Liban) is pleased to request a speaking role. Please find the details below:</p>"
             "<table style=\"border-collapse:collapse\">" + rows_html + "</table>"
             "<p>Ms Mbuyi Kabongo has been assisting Congolese nationals stranded in Lebanon since the port "
             "explosion of August 2020.</p><p>Yours faithfully,<br>Dieudonné Ilunga<br>Chargé des relations "
             "extérieures, CCL</p></div>")
    body = alt(text, "utf-8", "quoted-printable", "----=_NextPart_000_0021_01D6FA2B.8E41C7D0", html_inner=inner)
    rows = std_rows(when, "outbound.ccl-liban.example.org", "185.89.80.12", "4DWc7Bf2Kpz3",
                    addr("Dieudonné Ilunga", "d.ilunga@ccl-liban.example.org"),
                    "Request for speaking role - CCL Lebanon", rfcdate(sent),
                    "<002101d6fa2b$8e41c7d0$aac55770$@ccl-liban.example.org>", ret="d.ilunga@ccl-liban.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")]
    m = top(body, rows)
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Mbuyi Kabongo", "Executive Secretary", "Congolese Community in Lebanon (CCL)",
           ["open_discussion"])],
        notes="details in a table (HTML table, pipe table in the text part); the sender (external relations) "
              "is not the speaker; bilingual organisation name 'CCL / Communauté Congolaise au Liban' in the "
              "intro; English mail with French signature title; 'Ms Mbuyi Kabongo' uses a two-part surname."))


M08_ID = "<a7f3c2e1-9b4d-4e8a-b6f0-5d1c3e2a9f74@fase-maroc.example.sn>"


def m08():
    when = at("2021-02-04 10:15:22")
    sent = when - dt.timedelta(seconds=38)
    text = """Madame la Présidente du Réseau régional,
Mesdames et Messieurs,

La Fédération des Associations Sénégalaises de l'Extérieur – Section Maroc (FASE-Maroc) a l'honneur de vous proposer les intervenants ci-après pour la Conférence régionale d'examen des 24 et 25 février 2021 :

1) M. Mamadou Lamine DIALLO NDIAYE, Secrétaire chargé des Affaires sociales et de la Solidarité, pour la table ronde thématique n° 3 ;
2) Mme Aïssatou Sow, Vice-présidente chargée des Femmes, en qualité de rapporteure des messages clés des parties prenantes.

M. DIALLO NDIAYE anime depuis 2012 la cellule d'assistance aux étudiants et commerçants sénégalais de Casablanca et de Fès.

Les curriculum vitae des intéressés peuvent vous être communiqués sur simple demande.

Nous vous prions de croire, Madame la Présidente, Mesdames et Messieurs, à l'assurance de notre considération distinguée.

Pour le Bureau exécutif,
El Hadji Omar Fall
Secrétaire général adjoint
"""
    body = alt(text, "utf-8", "quoted-printable", "Apple-Mail=_5B7E2C19-3A4D-4F8E-B0C1-D2E3F4A5B6C7")
    rows = std_rows(when, "smtp.fase-maroc.example.sn", "154.124.8.77", "4DXM4Yr8Gtz1",
                    addr("El Hadji Omar Fall", "omar.fall@fase-maroc.example.sn"),
                    hdr("Proposition d'intervenants – FASE-Maroc", "utf-8", "Q"), rfcdate(tz(sent, 1)), M08_ID,
                    ret="omar.fall@fase-maroc.example.sn")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    aff = "Fédération des Associations Sénégalaises de l'Extérieur – Section Maroc (FASE-Maroc)"
    add(8, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mamadou Lamine Diallo Ndiaye", "Secrétaire chargé des Affaires sociales et de la Solidarité", aff,
           ["roundtable"], 3),
        sp("Aïssatou Sow", "Vice-présidente chargée des Femmes", aff, ["rapporteur"])],
        notes="four-part name written 'M. Mamadou Lamine DIALLO NDIAYE' (surname in capitals, honorific 'M.'), "
              "later 'M. DIALLO NDIAYE' only; two speakers in a numbered list with long titles; rapporteur as "
              "'en qualité de rapporteure des messages clés'; signer (Secrétaire général adjoint) is not a "
              "speaker; affiliation with a dash and acronym. Followed up by h115-11."))


def m09():
    when = at("2021-02-04 16:02:48")
    sent = when - dt.timedelta(seconds=19)
    text = """بسم الله الرحمن الرحيم

إلى السادة المحترمين في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة

الموضوع: طلب مداخلة بصفة مقرّر

تحية طيبة وبعد،

يشرّف الجمعية الجزائرية للتضامن مع المهاجرين الأفارقة (AASMA) أن تتقدم إليكم بطلب إسناد دور المقرّر الذي يقدّم الرسائل الرئيسية لأصحاب المصلحة إلى السيدة فاطمة الزهراء بن يوسف، رئيسة لجنة الشؤون القانونية بالجمعية، وهي محامية معتمدة لدى مجلس قضاء الجزائر تتابع ملفات المهاجرين من مالي والنيجر وغينيا.

مع العلم أن رسالتكم باللغة العربية تشير إلى يوم الجمعة 23 فبراير كآخر أجل، فإننا نرسل هذا الطلب قبل ذلك احتياطاً.

وتقبلوا فائق عبارات التقدير والاحترام.

عن المكتب الوطني
الأمين العام: رشيد حمّادي
الجزائر العاصمة
"""
    body = alt(text, "windows-1256", "quoted-printable", "----=_NextPart_000_0043_01D6FAF8.1B2C3D40", "rtl",
               html_inner='<div dir="rtl" style="font-family:Traditional Arabic;font-size:14pt">' + text2html(text) + "</div>")
    rows = std_rows(when, "mail.aasma-dz.example.org", "105.96.12.200", "4DXd2Nw5Qrz7",
                    addr("رشيد حمادي", "r.hammadi@aasma-dz.example.org", "windows-1256"),
                    hdr("طلب مداخلة بصفة مقرر - AASMA", "windows-1256"), rfcdate(tz(sent, 1)),
                    "<004301d6faf8$1b2c3d40$51847dc0$@aasma-dz.example.org>", ret="r.hammadi@aasma-dz.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-dz")]
    m = top(body, rows)
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فاطمة الزهراء بن يوسف", "رئيسة لجنة الشؤون القانونية",
           "الجمعية الجزائرية للتضامن مع المهاجرين الأفارقة (AASMA)", ["rapporteur"])],
        notes="formal MSA, windows-1256 Outlook QP; speaker named in the body with honorific 'السيدة'; Latin "
              "acronym inside Arabic text; mentions the Arabic letter's misprinted '23 فبراير' deadline (the real "
              "deadline is 5 Feb; the mail is on time either way); signer (Secretary-General) not the speaker; "
              "second description ('محامية معتمدة...') is not the title."))


M10_NAMES = ["IRCN_GCM_Voluntary_Review_2021.pdf", "Annex - speakers bios.docx"]


def m10():
    when = at("2021-02-05 09:20:14")
    sent = when - dt.timedelta(seconds=25)
    text = """Dear Colleagues of the Secretariat,

We have the honour to submit, on behalf of the Ivorian Residents' Community Network in Tunisia (IRCN-Tunisia), our voluntary GCM review report (attached in PDF), which covers objectives 6, 7 and 15 of the Global Compact with a focus on Ivorian workers recruited for the Tunisian services sector.

In addition, we would kindly request speaking roles for two of our members:

- Mr. Koffi Yao Kouadio Serge, President of IRCN-Tunisia: floor intervention in roundtable 1 (or roundtable 2 as a second choice);
- Ms. Adjoua Marie-Laure N'Guessan, Legal Officer: floor intervention in a plenary session.

Short biographies are in the second attachment.

Respectfully yours,

Serge K. Yao
President
Ivorian Residents' Community Network in Tunisia
"""
    pdf = make_pdf(["Ivorian Residents' Community Network in Tunisia (IRCN-Tunisia)",
                    "Voluntary GCM Review Report - Arab Region 2021",
                    "Objective 6: fair and ethical recruitment", "Objective 7: addressing vulnerabilities",
                    "Objective 15: access to basic services"])
    docx = make_docx(["Speakers - short biographies", "Koffi Yao Kouadio Serge - President",
                      "Adjoua Marie-Laure N'Guessan - Legal Officer"])
    inner = '<div dir="ltr">' + text2html(text) + "</div>"
    body = multi("mixed", [alt(text, "UTF-8", "quoted-printable", "0000000000004d8e2f05ba9c1a72", html_inner=inner),
                           attach(M10_NAMES[0], pdf, "application/pdf", "plain"),
                           attach(M10_NAMES[1], docx, DOCX, "plain")], "0000000000004d8e3005ba9c1a74")
    rows = std_rows(when, *GMAIL_HOST, "4DY1s8Lm3Bz9", "Serge Yao <ircn.tunisia@gmail.example.com>",
                    "Voluntary report + speaker request - IRCN-Tunisia", rfcdate(tz(sent, 1)),
                    "<CAJ8tR3nW5qX0-mK2vL7bP4zY1cF9hD6sG3aE0uT5kN2pQ9rM@mail.gmail.example.com>",
                    ret="ircn.tunisia@gmail.example.com")
    m = top(body, rows)
    aff = "Ivorian Residents' Community Network in Tunisia (IRCN-Tunisia)"
    add(10, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Koffi Yao Kouadio Serge", "President", aff, ["roundtable"], 1),
        sp("Adjoua Marie-Laure N'Guessan", "Legal Officer", aff, ["plenary"])],
        report_attachments=[M10_NAMES[0]],
        notes="report + two speakers in one mail; the sender signs 'Serge K. Yao' but is listed as 'Koffi Yao "
              "Kouadio Serge' (Ivorian order, surname first, then first names): same person; first choice "
              "roundtable 1 with a second choice; the second attachment (bios DOCX) is not part of the report; "
              "the apostrophe name N'Guessan."))


def m11():
    when = at("2021-02-05 11:40:03")
    sent = when - dt.timedelta(seconds=8)
    text = """Madame, Monsieur,

Suite à notre courriel d'hier, nous vous prions de bien vouloir noter une rectification : M. DIALLO NDIAYE a été élu Secrétaire général lors de notre réunion de bureau d'hier soir. Il interviendra donc en cette qualité, toujours à la table ronde thématique n° 3.

La candidature de Mme Sow est maintenue sans changement.

Avec nos excuses pour ce désagrément.

El Hadji Omar Fall
FASE-Maroc

> Le 4 févr. 2021 à 09:14, El Hadji Omar Fall <omar.fall@fase-maroc.example.sn> a écrit :
>
> La Fédération des Associations Sénégalaises de l'Extérieur – Section Maroc (FASE-Maroc) a l'honneur
> de vous proposer les intervenants ci-après [...]
> 1) M. Mamadou Lamine DIALLO NDIAYE, Secrétaire chargé des Affaires sociales et de la Solidarité,
> pour la table ronde thématique n° 3 ;
> 2) Mme Aïssatou Sow, Vice-présidente chargée des Femmes, en qualité de rapporteure [...]
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.fase-maroc.example.sn", "154.124.8.77", "4DYH0Vq2Xjz5",
                    addr("El Hadji Omar Fall", "omar.fall@fase-maroc.example.sn"),
                    hdr("Re: Proposition d'intervenants – FASE-Maroc", "utf-8", "Q"), rfcdate(tz(sent, 1)),
                    "<C0D9E8F7-1A2B-4C3D-8E5F-6A7B8C9D0E1F@fase-maroc.example.sn>",
                    ret="omar.fall@fase-maroc.example.sn",
                    extra=[("In-Reply-To", M08_ID), ("References", M08_ID)])
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=utf-8")
    aff = "Fédération des Associations Sénégalaises de l'Extérieur – Section Maroc (FASE-Maroc)"
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mamadou Lamine Diallo Ndiaye", "Secrétaire général", aff, ["roundtable"], 3),
        sp("Aïssatou Sow", "Vice-présidente chargée des Femmes", aff, ["rapporteur"])],
        thread_of="h115-08.eml",
        notes="follow-up correcting the title of a speaker proposed in h115-08 (new title 'Secrétaire général'); "
              "only the surname 'M. DIALLO NDIAYE' in the new text, full name only in the quoted part; the "
              "second speaker is 'maintenue' (still requested); iPhone reply with quoted original; the Date of "
              "the quote is written in French."))


def m12():
    when = at("2021-02-05 23:52:40")
    sent = when - dt.timedelta(seconds=33)
    text = """Madame, Monsieur,

Nous avons l'honneur de solliciter, au nom de l'Association des Ressortissants Ivoiriens du Maroc, une prise de parole pour notre Chargée de la jeunesse, Mademoiselle Bintou Fofana Kamagaté, dans le cadre de la table ronde thématique consacrée aux migrations de travail et à l'intégration.

Nous vous prions de bien vouloir excuser l'heure tardive de cet envoi, dû à une coupure d'électricité au siège.

Veuillez agréer nos salutations les plus distinguées.

Le Bureau exécutif
"""
    inner = ('<div style="font-family:Arial;font-size:12px">' + text2html(text) +
             '<p><img src="cid:cachet_arim" alt="cachet" width="120"></p></div>')
    body = leaf("text/html", html_wrap(inner), "utf-8", "base64")
    rows = std_rows(when, "smtp.iam.example.ma", "105.155.40.18", "4DYs9Km7Ftz2",
                    "Bureau ARIM <bureau.arim@iam.example.ma>",
                    "Demande de prise de parole - ARIM", rfcdate(tz(sent, 1)),
                    "<1612561927.83412.arim@webmail.iam.example.ma>", ret="bureau.arim@iam.example.ma")
    rows += [("User-Agent", "Horde Application Framework 5")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Bintou Fofana Kamagaté", "Chargée de la jeunesse", "Association des Ressortissants Ivoiriens du Maroc",
           ["roundtable"])],
        notes="sent 22:52 +0100 (Casablanca), received 23:52 Beirut: 7 minutes before the speaker deadline; "
              "HTML-only base64 with a broken cid: stamp image; the acronym ARIM appears only in the subject "
              "and the From display name, never next to the full name; roundtable by theme, no number; "
              "'Mademoiselle' is an honorific; signed only 'Le Bureau exécutif'."))


def m13():
    when = at("2021-02-06 00:04:10")
    sent = when - dt.timedelta(seconds=22)
    text = """Hello

Sorry we are sending this at the last minute. Our network would like to propose a youth speaker:

Ousmane Ba Thiam, youth coordinator at Senegalese Youth Diaspora Network - Lebanon & Jordan (SYDN). He can speak at the open discussion on 23 Feb or as a plenary intervention, whatever is available.

He speaks French, Wolof and English.

Thanks and regards
Khady Mbaye
SYDN
Sent from Dakar
"""
    body = alt(text, "UTF-8", "quoted-printable", "000000000000a91f3c05baa0b7e5",
               html_inner='<div dir="ltr">' + text2html(text) + "</div>")
    rows = std_rows(when, *GMAIL_HOST, "4DYt3Jq0Nrz6", "Khady Mbaye <khady.mbaye.sydn@gmail.example.com>",
                    "speaker - SYDN", rfcdate(tz(sent, 0)),
                    "<CAG3pW7nL1xQ9-tR5mZ0kV2bJ8cH4yD6sA1gE3uN7fK9qT5rX@mail.gmail.example.com>",
                    ret="khady.mbaye.sydn@gmail.example.com")
    m = top(body, rows)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Ousmane Ba Thiam", "youth coordinator", "Senegalese Youth Diaspora Network - Lebanon & Jordan (SYDN)",
           ["open_discussion", "plenary"])],
        notes="Date header 22:04 +0000 on 5 Feb (Dakar) looks on time, but received 00:04 Beirut on 6 Feb: "
              "4 minutes late; two acceptable roles given as alternatives (both recorded, open discussion first); "
              "lower-case title inside a sentence; '&' in the organisation name."))


def m14():
    when = at("2021-02-06 09:00:31")
    text = """شكراً لرسالتكم.
أنا خارج المكتب في مهمة ميدانية في الناظور حتى يوم 15 فبراير 2021 مع إمكانية محدودة للوصول إلى البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الزميلة نادية على الرقم +212 600 000 000.

Merci pour votre message. Je suis en mission à Nador jusqu'au 15 février 2021.

مع التحية،
كريم العلوي
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail.ayadi-tadamoun.example.ma", "196.12.200.5", "4DZ6bFw1Hsz8",
                    addr("كريم العلوي", "k.alaoui@ayadi-tadamoun.example.ma"),
                    re_hdr("Automatic reply: ", "إشعار باستلام طلبكم"), rfcdate(tz(when - dt.timedelta(seconds=1), 1)),
                    "<auto.20210206070030.k.alaoui@ayadi-tadamoun.example.ma>",
                    ret="", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", "<ack-20210201-0311@gcmrr.iom.int>")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=utf-8")
    add(14, when, m, dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="out-of-office reply (Arabic with a French line) to one of our acknowledgements; Auto-Submitted "
              "header, empty Return-Path; not to be acknowledged."))


M15_ID = "<CAB1xR7nM3wQ5-pT9mZ2kL6bV0cJ4hD8sF1gA5uE3yN9qK7tW@mail.gmail.example.com>"
M15_NAME = "تقرير الاستعراض الطوعي - بيت الجاليات الأفريقية.docx"


def m15():
    when = at("2021-02-09 14:22:57")
    sent = when - dt.timedelta(seconds=41)
    text = """حضرة الأمانة الكرام،

مرفق ربطاً تقرير الاستعراض الطوعي الخاص بجمعية بيت الجاليات الأفريقية – بيروت، حول أوضاع العاملات المهاجرات من الكاميرون وساحل العاج والسنغال بعد انفجار المرفأ وأزمة كورونا.

التقرير فردي باسم الجمعية، ومنكمل عليه إذا في ملاحظات.

مع الشكر،
ريتا خوري
منسقة البرامج
جمعية بيت الجاليات الأفريقية
"""
    docx = make_docx(["تقرير الاستعراض الطوعي للاتفاق العالمي من أجل الهجرة", "جمعية بيت الجاليات الأفريقية - بيروت",
                      "أولاً: أوضاع العاملات المهاجرات", "ثانياً: التوصيات"])
    body = multi("mixed", [alt(text, "UTF-8", "base64", "0000000000007b2e4c05bae1d3a8", "rtl",
                               html_inner='<div dir="rtl">' + text2html(text) + "</div>"),
                           attach(M15_NAME, docx, DOCX, "2047")], "0000000000007b2e4d05bae1d3aa")
    rows = std_rows(when, *GMAIL_HOST, "4DbB5Yn2Lqz3",
                    addr("ريتا خوري", "bayt.jaliyat@gmail.example.com"),
                    hdr("تقرير الاستعراض الطوعي - بيت الجاليات"), rfcdate(sent), M15_ID,
                    ret="bayt.jaliyat@gmail.example.com")
    m = top(body, rows)
    add(15, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M15_NAME],
        notes="Levantine-tinged MSA; DOCX with an Arabic file name as an RFC 2047 B word inside quotes in both "
              "name= and filename=; base64 text; revised by h115-21; same association as h115-06 from another "
              "address."))


M16_ID = "<0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0@aci-tunisie.example.tn>"
M16_NAME = "ACI-Tunisie_GCM_report_final.pdf"


def m16():
    when = at("2021-02-10 10:05:19")
    sent = when - dt.timedelta(seconds=14)
    text = """To the GCM Regional Review Secretariat,

Please find attached the voluntary report of the Association of Congolese Intellectuals in Tunisia (ACI-Tunisie) for the Regional Review of the GCM in the Arab region.

The report was prepared jointly with students' unions from Kinshasa and Brazzaville studying in Tunis and Monastir, so it is a collective report.

Regards,

--
Dr. Héritier Lukusa Mwamba
Secretary General, ACI-Tunisie
"""
    pdf = make_pdf(["Association of Congolese Intellectuals in Tunisia (ACI-Tunisie)", "Voluntary GCM report 2021",
                    "Students and young graduates from DRC and Congo-Brazzaville in Tunisia"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "7bit" if False else "quoted-printable"),
                           attach(M16_NAME, pdf, "application/pdf", "plain")],
                 "------------3D2C1B0A9F8E7D6C5B4A3928")
    rows = std_rows(when, "smtp.aci-tunisie.example.tn", "197.14.56.9", "4DbZ8Pc1Rkz0",
                    addr("Heritier Lukusa", "h.lukusa@aci-tunisie.example.tn"),
                    "GCM voluntary report - ACI-Tunisie", rfcdate(tz(sent, 1)), M16_ID,
                    ret="h.lukusa@aci-tunisie.example.tn")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")]
    m = top(body, rows)
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M16_NAME],
        notes="plain collective report in English from a francophone association (acronym 'ACI-Tunisie' is "
              "French); 'Dr.' in the signature but no speaker request; Thunderbird; thanked for in h115-18."))


M17_NAME = "Rapport_volontaire_ATSM_2021.pdf"


def m17():
    when = at("2021-02-11 18:36:42")
    sent = when - dt.timedelta(seconds=29)
    text = """السادة أعضاء أمانة المراجعة الإقليمية،

تحية طيبة وبعد،

يسعدنا أن نوافيكم في المرفق بالتقرير الطوعي للجمعية التونسية للتضامن مع المهاجرين (ATSM) حول تنفيذ الاتفاق العالمي في تونس، وخاصة وضعية المهاجرين من ساحل العاج ومالي في صفاقس.

كما نعلمكم أن رئيس الجمعية، الأستاذ الهادي بن صالح، يرغب في المشاركة بمداخلة في إحدى الجلسات العامة يومي 24 و25 فيفري، إذا كان ذلك ممكناً رغم فوات الأجل، فقد بلغنا أن رسالتكم بالعربية حددت يوم 23 فيفري.

مع فائق الاحترام،
منية الطرابلسي
مكلفة بالاتصال
الجمعية التونسية للتضامن مع المهاجرين
صفاقس – تونس
"""
    pdf = make_pdf(["Association Tunisienne de Solidarite avec les Migrants (ATSM)",
                    "Rapport volontaire - Pacte mondial sur les migrations", "Sfax, fevrier 2021"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "base64"),
                           attach(M17_NAME, pdf, "application/pdf", "plain")],
                 "----=_Part_118204_1930467821.1613061373000")
    rows = std_rows(when, "smtp.gnet.example.tn", "41.226.11.45", "4DcL2Wx7Bnz4",
                    addr("منية الطرابلسي", "atsm.sfax@gnet.example.tn"),
                    hdr("التقرير الطوعي و طلب مداخلة - ATSM"), rfcdate(tz(sent, 1)),
                    "<1401739284.118205.1613061373000@webmail.gnet.example.tn>", ret="atsm.sfax@gnet.example.tn")
    rows += [("X-Mailer", "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_3869)")]
    m = top(body, rows)
    m.replace_header("Content-Type", 'multipart/mixed; boundary="----=_Part_118204_1930467821.1613061373000"')
    add(17, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("الهادي بن صالح", "رئيس الجمعية", "الجمعية التونسية للتضامن مع المهاجرين (ATSM)", ["plenary"])],
        report_attachments=[M17_NAME],
        notes="both: report on time (11 Feb) but the speaker part is after the 5 Feb deadline, so on_time is "
              "false; the sender relies on the Arabic letter's misprinted 23 February; Tunisian 'فيفري'; "
              "'الأستاذ' is an honorific; plenary as 'الجلسات العامة'; speaker is not the sender."))


def m18():
    when = at("2021-02-11 20:14:03")
    sent = when - dt.timedelta(seconds=5)
    ack = "<ack-20210210-0542@gcmrr.iom.int>"
    text = """Dear Secretariat,

Well received, many thanks for your kind acknowledgement. We look forward to the Regional Review.

Best,
Héritier

On 10/02/2021 12:07, gcmrrarabstates@iom.int wrote:
> Dear Héritier Lukusa Mwamba,
> We acknowledge receipt of your voluntary GCM review report ...
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.aci-tunisie.example.tn", "197.14.56.9", "4DcN4Dq9Tmz2",
                    addr("Heritier Lukusa", "h.lukusa@aci-tunisie.example.tn"),
                    "Re: GCM voluntary report - ACI-Tunisie", rfcdate(tz(sent, 1)),
                    "<7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d@aci-tunisie.example.tn>",
                    ret="h.lukusa@aci-tunisie.example.tn",
                    extra=[("In-Reply-To", ack), ("References", M16_ID + " " + ack)])
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1")]
    m = top(body, rows)
    add(18, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h115-16.eml",
        notes="thank-you reply to our acknowledgement of h115-16: adds nothing new, so no acknowledgement; "
              "In-Reply-To is our ack, References also names h115-16; the word 'report' appears only in the quote."))


M19_NAMES = ["Rapport volontaire ASCOMAR.docx", "Fiche intervenants.pdf"]


def m19():
    when = at("2021-02-12 11:48:26")
    sent = when - dt.timedelta(seconds=36)
    text = """Mesdames, Messieurs,

Nous avons l'honneur de vous faire parvenir ci-joint le rapport volontaire de l'Association Solidarité Congolaise au Maroc (ASCOMAR), adopté par notre Conseil d'administration, ainsi que la fiche de nos intervenants.

Intervenants proposés :

   Nom et prénoms :     KALALA MUTOMBO Jean-Pierre
   Fonction :           Président du Conseil d'administration
   Session souhaitée :  Table ronde thématique 2

   Nom et prénoms :     MASENGO Nsimba Chantal
   Fonction :           Chargée des questions de genre
   Session souhaitée :  non précisée

Nous savons que la date du 5 février est passée, mais nous espérons qu'une dérogation pourra nous être accordée compte tenu des difficultés de connexion rencontrées à Tanger.

Veuillez recevoir, Mesdames, Messieurs, nos salutations respectueuses.

P/O Le Président
La Secrétaire administrative
Clarisse Mbuyi
(cachet de l'ASCOMAR)
"""
    pdf = make_pdf(["ASCOMAR - Fiche intervenants", "KALALA MUTOMBO Jean-Pierre - President du CA - Table ronde 2",
                    "MASENGO Nsimba Chantal - Chargee des questions de genre"])
    docx = make_docx(["Association Solidarité Congolaise au Maroc (ASCOMAR)", "Rapport volontaire - Examen régional du PMM",
                      "Tanger, février 2021"])
    body = multi("mixed", [alt(text, "windows-1252", "quoted-printable", "----=_NextPart_001_0062_01D7012C.4A5B6C70",
                               html_inner='<div style="font-family:Calibri"><pre style="font-family:Calibri">' + esc(text) + "</pre></div>"),
                           attach(M19_NAMES[0], docx, DOCX, "2231"),
                           attach(M19_NAMES[1], pdf, "application/pdf", "2231")],
                 "----=_NextPart_000_0061_01D7012C.4A5B6C70")
    rows = std_rows(when, "smtp.menara.example.ma", "41.250.7.133", "4Dcq1Hs5Vgz8",
                    addr("ASCOMAR Tanger", "ascomar.tanger@menara.example.ma"),
                    "Rapport volontaire et intervenants - ASCOMAR", rfcdate(tz(sent, 1)),
                    "<006101d7012c$4a5b6c70$df121250$@menara.example.ma>", ret="ascomar.tanger@menara.example.ma")
    rows += OUTLOOK
    m = top(body, rows)
    aff = "Association Solidarité Congolaise au Maroc (ASCOMAR)"
    add(19, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Jean-Pierre Kalala Mutombo", "Président du Conseil d'administration", aff, ["roundtable"], 2),
        sp("Chantal Masengo Nsimba", "Chargée des questions de genre", aff, [])],
        report_attachments=[M19_NAMES[0]],
        notes="both, received 12 Feb: report on time, speakers late (the sender knows it), so on_time false; "
              "speakers in a form-like block with 'Nom et prénoms' (SURNAME first in capitals, then given names): "
              "recorded given name first; second speaker 'Session souhaitée : non précisée' -> no role; the PDF "
              "'Fiche intervenants' is not the report; signed 'P/O Le Président, La Secrétaire administrative' "
              "(signer is not a speaker); windows-1252 Outlook."))


def m20():
    when = at("2021-02-14 03:12:09")
    bnd = "4DdK7Yp3Xcz1.1613265129/mx1.iom.int"
    text = POSTFIX_NOTICE + """
<president.arca@djaweb.example.dz>: host mx.djaweb.example.dz[41.111.5.12]
    said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: 4DdK7Yp3Xcz1
Arrival-Date: Sun, 14 Feb 2021 03:12:02 +0200 (EET)

Final-Recipient: rfc822; president.arca@djaweb.example.dz
Original-Recipient: rfc822;president.arca@djaweb.example.dz
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.djaweb.example.dz
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
    orig = """Return-Path: <gcmrrarabstates@iom.int>
From: gcmrrarabstates@iom.int
To: president.arca@djaweb.example.dz
Subject: GCM Regional Review - speaker session details
Date: Sun, 14 Feb 2021 03:11:58 +0200
Message-ID: <info-20210214-0007@gcmrr.iom.int>
"""
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    p2.set_payload([Parser(policy=POL).parsestr(blk.strip("\n") + "\n\n") for blk in status.split("\n\n")])
    p3 = Message(policy=POL)
    p3["Content-Description"] = "Undelivered Message Headers"
    p3["Content-Type"] = "text/rfc822-headers"
    p3.set_payload(orig)
    body = multi("report", [p1, p2, p3], bnd, params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DdK8Bc0Qvz2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210214011209.4DdK8Bc0Qvz2@mx1.iom.int>")]
    m = top(body, rows)
    add(20, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report) for a message the secretariat sent to an association address; "
              "mailbox full; no attachment, no human text."))


M21_NAME = "تقرير الاستعراض الطوعي - بيت الجاليات الأفريقية - معدل.docx"


def m21():
    when = at("2021-02-15 16:30:45")
    sent = when - dt.timedelta(seconds=20)
    text = """مرحبا مجدداً،

بعتذر عن الإزعاج، هيدي النسخة المعدّلة من التقرير (زدنا قسم عن الترحيل القسري وصححنا الأرقام بالصفحة ٣). الرجاء اعتماد هالنسخة بدل القديمة.

ريتا

في الثلاثاء، ٩ فبراير ٢٠٢١ في ٢:٢٢ م، كتب ريتا خوري <bayt.jaliyat@gmail.example.com>:
> حضرة الأمانة الكرام،
> مرفق ربطاً تقرير الاستعراض الطوعي الخاص بجمعية بيت الجاليات الأفريقية – بيروت ...
"""
    docx = make_docx(["تقرير الاستعراض الطوعي - نسخة معدلة", "جمعية بيت الجاليات الأفريقية - بيروت",
                      "ثالثاً: الترحيل القسري"])
    body = multi("mixed", [alt(text, "UTF-8", "base64", "000000000000d4a19b05bb5e2c31", "rtl",
                               html_inner='<div dir="rtl">' + text2html(text) + "</div>"),
                           attach(M21_NAME, docx, DOCX, "2231")], "000000000000d4a19c05bb5e2c33")
    rows = std_rows(when, *GMAIL_HOST, "4Ddt6Mb4Whz7",
                    addr("ريتا خوري", "bayt.jaliyat@gmail.example.com"),
                    re_hdr("Re: ", "تقرير الاستعراض الطوعي - بيت الجاليات"), rfcdate(sent),
                    "<CAB1xR7nM3wQ5-zzq4vT8mL1kP6bN0cJ2hD9sF4gA7uE1yR5qW@mail.gmail.example.com>",
                    ret="bayt.jaliyat@gmail.example.com", extra=[("In-Reply-To", M15_ID), ("References", M15_ID)])
    m = top(body, rows)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_NAME], thread_of="h115-15.eml",
        notes="revised report replacing the one in h115-15 (Levantine: 'هيدي النسخة المعدّلة... اعتماد هالنسخة "
              "بدل القديمة'); Arabic RFC 2231 file name differing from the first only by '- معدل'; Gmail Arabic "
              "quote header with Arabic-Indic digits."))


M22_NAME = "Rapport_Volontaire_AMSA-Algerie.docx"


def m22():
    when = at("2021-02-16 23:57:18")
    sent = when - dt.timedelta(seconds=27)
    text = """Madame, Monsieur,

Nous avons l'honneur de vous transmettre ci-joint le rapport volontaire de l'Association des Maliens et Sahéliens d'Algérie (AMSA-Algérie) sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le présent envoi annule et remplace toute version antérieure qui aurait pu vous être adressée par nos membres à titre individuel.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Président
Seydou Ibrahim Maïga

P.J. : 1 (un) rapport
"""
    docx = make_docx(["Association des Maliens et Saheliens d'Algerie (AMSA-Algerie)",
                      "Rapport volontaire - Pacte mondial sur les migrations", "Alger, 16 fevrier 2021"])
    body = multi("mixed", [leaf("text/plain", text, "iso-8859-15", "quoted-printable"),
                           attach(M22_NAME, docx, DOCX, "plain")], "=_a8f2e9c41b7d3056e1f4a2b8c9d0e3f1")
    rows = std_rows(when, "mail.amsa-dz.example.org", "105.235.132.61", "4DfL0Zq8Nkz5",
                    addr("Seydou Maiga", "amsa.algerie@amsa-dz.example.org"),
                    "Rapport volontaire AMSA-Algerie", rfcdate(tz(sent, 1)),
                    "<e3b7c5d19a0f4e6b8c2d1a3f5e7b9c0d@amsa-dz.example.org>", ret="amsa.algerie@amsa-dz.example.org")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M22_NAME],
        notes="sent 22:56:51 +0100 (Algiers), received 23:57 Beirut on 16 Feb: 3 minutes before the report "
              "deadline; 'Le Président' above the name but no speaker request; 'annule et remplace' refers to "
              "hypothetical earlier individual sends, not to a labelled message (thread_of null); ISO-8859-15 "
              "('œ')."))


M23_NAME = "GCM Review - CAMNET Algeria.pdf"


def m23():
    when = at("2021-02-17 00:03:05")
    sent = when - dt.timedelta(seconds=45)
    text = """Good evening,

Pls find attached our voluntary review report. Apologies for the delay, we had internet problems all day in Abidjan where I am travelling.

The report is from CAMNET - Cameroonian Migrants Network, Algeria chapter (anglophone section), covering Objectives 1, 16 and 21.

Regards
Nkwain Divine Tangwa
Coordinator
"""
    pdf = make_pdf(["CAMNET - Cameroonian Migrants Network, Algeria chapter", "GCM Voluntary Review Report 2021",
                    "Objectives 1, 16 and 21"])
    body = multi("mixed", [alt(text, "utf-8", "quoted-printable", "Apple-Mail-2B4C6D8E-0F1A-4B3C-9D5E-7F8A9B0C1D2E"),
                           attach(M23_NAME, pdf, "application/pdf", "plain")],
                 "Apple-Mail-1A3B5C7D-9E0F-4A2B-8C4D-6E8F0A1B2C3D")
    rows = std_rows(when, "smtp.camnet-dz.example.org", "102.67.8.44", "4DfL3Vr6Jmz1",
                    "Divine Nkwain <d.nkwain@camnet-dz.example.org>",
                    "GCM report", rfcdate(tz(sent, 0)),
                    "<5B8E3F1A-2C4D-4E6F-8A0B-1C3D5E7F9A2B@camnet-dz.example.org>",
                    ret="d.nkwain@camnet-dz.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[M23_NAME],
        notes="Date header 22:02 +0000 on 16 Feb (Abidjan) but received 00:03 Beirut on 17 Feb: 3 minutes after "
              "the report deadline; Cameroonian name order (surname first) in the signature; terse subject."))


def m24():
    when = at("2021-02-18 13:20:50")
    sent = when - dt.timedelta(seconds=11)
    text = """صباح الخير يا جماعة،

انا محمود من الجمعية المصرية لدعم اللاجئين الأفارقة، عندي سؤال بسيط: احنا بعتنا التقرير بتاعنا من أسبوع تقريباً على إيميل تاني غلط (gcmrr-arabstates@iom.int)، هل وصلكم ولا لازم نبعته تاني؟ ولو لازم، ينفع بعد ١٦ فبراير ولا كده خلاص فات المعاد؟

وشكراً جداً على مجهودكم
محمود عبد الفتاح
"""
    html = html_wrap('<div dir="rtl" style="font-family:Tahoma">' + text2html(text) + "</div>", "rtl")
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail-oln040092066021.outbound.protection.outlook.example.com", "40.92.66.21", "4Dg9Xk2Rbz4",
                    addr("Mahmoud Abdelfattah", "m.abdelfattah@outlook.example.com"),
                    hdr("سؤال بخصوص التقرير"), rfcdate(sent),
                    "<AM6PR0802MB3941C5E2B1A47F0D8E3C9A41B2D70@AM6PR0802MB3941.eurprd08.prod.outlook.example.com>",
                    ret="m.abdelfattah@outlook.example.com")
    rows += [("Content-Language", "ar-EG")]
    m = top(body, rows)
    add(24, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial question: says a report was sent a week ago to a wrong address and asks "
              "whether to resend, but attaches nothing, so 'other' (no report here); HTML-only; mentions the "
              "16 Feb deadline; Outlook.com."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
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
