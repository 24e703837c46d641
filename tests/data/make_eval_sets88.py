#!/usr/bin/env python3
"""Write the blind evaluation set holdout88 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets88.py
Theme: everyday mail from NGOs, academics, associations and individuals, written quickly: mostly short.
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, addr, leaf, multi,
                     esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout88")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h88-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ builders
ACK_MID = "<ack.%s@gcmrrarabstates.iom.int>"


def gm_alt(text, b, rtl=False, cte="quoted-printable", charset="UTF-8"):
    """Gmail-style multipart/alternative (plain + div html)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    html = "<div%s>" % d + text2html(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n"
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b)


def ol_alt(text, b, rtl=False, charset="utf-8", cte="base64"):
    """Outlook-style multipart/alternative (plain + MsoNormal html)."""
    paras = []
    for line in text.split("\n"):
        paras.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (' dir="RTL"' if rtl else "",
                                                                  esc(line) if line else "&nbsp;"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=%s"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (charset, "\n".join(paras)))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)], b)


def att(ctype, data, name, aid=None, inline=False, cid=None):
    """Attachment; non-ASCII names in RFC 2047 (name=) and RFC 2231 (filename*=)."""
    try:
        name.encode("ascii")
        params = [("name", '"%s"' % name)]
        disp = '%s; filename="%s"' % ("inline" if inline else "attachment", name)
    except UnicodeEncodeError:
        params = [("name", '"%s"' % b_word(name))]
        disp = "%s; filename*=%s" % ("inline" if inline else "attachment", rfc2231(name))
    extra = []
    if aid:
        extra.append(("X-Attachment-Id", aid))
    if cid:
        extra.append(("Content-ID", "<%s>" % cid))
    return leaf(ctype, data, cte="base64", params=params, disp=disp, extra=extra)


# ================================================================ the 24 messages


def m01():
    when = at("2021-01-26 10:12:40")
    text = ("Hello,\n\nI'd like to request a speaking slot in the open discussion on 23 Feb (the multi-stakeholder "
            "consultation).\n\nRania Aziz\nResearch Fellow, Center for Migration and Refugee Studies (CMRS), "
            "American University in Cairo\n\nThanks a lot,\nRania\n")
    body = gm_alt(text, "0000000000004f1c2e05b9c8a611")
    rows = std_rows(when, "mail-ed1-f51.google.example.com", "209.85.208.51", "4DQ1aB2cD3eF",
                    "Rania Aziz <rania.aziz.cmrs@gmail.example.com>", "speaking slot request",
                    rfcdate(when - dt.timedelta(seconds=21)),
                    "<CAHk7Rb0x1QmZp2yT9vW3uS8rE5nL4kJ6hG2fD0aS9dF8gH7jK6@mail.gmail.example.com>",
                    ret="rania.aziz.cmrs@gmail.example.com")
    add(1, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Rania Aziz", "Research Fellow",
                     "Center for Migration and Refugee Studies (CMRS), American University in Cairo",
                     ["open_discussion"])],
        notes="short; no field labels: name on one line, title and affiliation run together on the next "
              "separated by commas (the affiliation itself contains a comma)."))


def m02():
    when = at("2021-01-28 14:03:11")
    text = ("السلام عليكم\n\nلو سمحتم هل ينفع نبعت التقرير الطوعي بالعربي ولا لازم يكون انجليزي أو فرنساوي؟ "
            "احنا جمعية صغيرة ومعندناش حد يترجم.\n\nشكراً جزيلاً\nمنى عبد الحميد\nجمعية بنات النيل للتنمية - أسيوط\n\n"
            "أُرسلت من الـ iPhone الخاص بي\n")
    body = leaf("text/plain", text, "utf-8", "base64")
    body.replace_header("Content-Type", 'text/plain; charset=utf-8')
    rows = std_rows(when, "mail.banatelnil.example.org", "196.219.33.18", "4DRk0m1Pz2Lq",
                    addr("منى عبد الحميد", "mona.a@banatelnil.example.org"), hdr("استفسار"),
                    rfcdate(when - dt.timedelta(seconds=37)),
                    "<6C1F0A2E-94B7-4E3D-9A55-1D7C3B2E8F40@banatelnil.example.org>",
                    ret="mona.a@banatelnil.example.org",
                    extra=[("X-Mailer", "iPhone Mail (18C66)")])
    add(2, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial question whether the voluntary report may be written in Arabic; mentions "
              "'التقرير الطوعي' but submits nothing (no attachment): other, not voluntary_report."))


def m03():
    when = at("2021-01-29 09:47:55")
    text = ("السادة الكرام في فريق الاستعراض الإقليمي،\nتحية طيبة وبعد،\n\n"
            "نود المشاركة بمداخلة في الجلسة العامة للمؤتمر الإقليمي.\n\n"
            "د. هالة الزعبي، أستاذة مشاركة، مركز دراسات اللاجئين والنازحين والهجرة القسرية - جامعة اليرموك\n\n"
            "مع خالص الشكر والتقدير\n")
    body = ol_alt(text, "_000_AM6PR08MB41205C1E2B7F0D9A3C1D44E5AM6PR08MB4120eurp_", rtl=True)
    rows = std_rows(when, "EUR04-HE1-obe.outbound.protection.outlook.example.com", "40.107.7.91", "4DRs7y0QfLz1",
                    "Hala Al-Zoubi <h.zoubi@yu.example.edu.jo>", hdr("طلب مداخلة - الجلسة العامة"),
                    rfcdate(when - dt.timedelta(seconds=4)),
                    "<AM6PR08MB41205C1E2B7F0D9A3C1D44E5AM6PR08MB4120@AM6PR08MB4120.eurprd08.prod.outlook.example.com>",
                    ret="h.zoubi@yu.example.edu.jo",
                    extra=[("Thread-Topic", hdr("طلب مداخلة - الجلسة العامة")), ("Content-Language", "ar-JO")])
    add(3, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هالة الزعبي", "أستاذة مشاركة",
                     "مركز دراسات اللاجئين والنازحين والهجرة القسرية - جامعة اليرموك", ["plenary"])],
        notes="name, title and organisation on one line separated by Arabic commas, with the honorific 'د.' "
              "glued to the name; 'مداخلة في الجلسة العامة' = plenary floor intervention; no signature."))


def m04():
    when = at("2021-02-01 11:20:02")
    text = ("Bonjour,\n\nSuite à l'invitation du Réseau régional des Nations Unies sur les migrations, "
            "l'Association Marocaine d'Appui aux Migrants (AMAM) a l'honneur de vous proposer notre collègue "
            "M. Youssef Benali, chargé du plaidoyer, pour une intervention lors de la table ronde thématique n°2.\n\n"
            "Nous restons à votre entière disposition.\n\nBien cordialement,\n\nKhadija El Ouardi\nPrésidente\n"
            "Association Marocaine d'Appui aux Migrants – AMAM\nRabat – Maroc\n")
    body = ol_alt(text, "_000_PR3P193MB0860A1B2C3D4E5F6A7B8C9D0PR3P193MB0860EURP_", cte="quoted-printable")
    rows = std_rows(when, "EUR05-VI1-obe.outbound.protection.outlook.example.com", "40.107.21.60", "4DTn2W5cKvz3",
                    "Khadija El Ouardi <presidence@amam-maroc.example.org>",
                    "Demande de prise de parole - AMAM - Table ronde 2", rfcdate(tz(when - dt.timedelta(seconds=6), 1)),
                    "<PR3P193MB0860A1B2C3D4E5F6A7B8C9D0@PR3P193MB0860.EURP193.PROD.OUTLOOK.example.com>",
                    ret="presidence@amam-maroc.example.org", extra=[("Content-Language", "fr-FR")])
    add(4, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Youssef Benali", "chargé du plaidoyer", "Association Marocaine d'Appui aux Migrants (AMAM)",
                     ["roundtable"], 2)],
        notes="the speaker is a colleague of the sender ('notre collègue M. Youssef Benali'); the signature "
              "belongs to the sender (the president), not the speaker; affiliation only via the organisation "
              "that proposes him; 'table ronde thématique n°2'."))


def m05():
    when = at("2021-02-02 08:31:19")
    name = "Sawa_GCM_report_draft2.pdf"
    pdf = make_pdf(["Sawa for Development and Aid", "Voluntary GCM Review Report - Lebanon (draft 2)",
                    "Objectives 6, 7 and 16: decent work, vulnerabilities, social cohesion"])
    body = multi("mixed", [leaf("text/plain", "Please find attached our voluntary GCM review report.\n", "us-ascii", "7bit"),
                           att("application/pdf", pdf, name),
                           leaf("text/plain", "\n\nSent from my iPhone\n", "us-ascii", "7bit")],
                 "Apple-Mail-3E4B1C2A-7D0F-4A8E-9B61-2F5C8D9E0A17")
    rows = std_rows(when, "mail.sawa-dev.example.org", "185.89.12.40", "4DVh6QqTn1z7",
                    "Karim Haddad <karim@sawa-dev.example.org>", "GCM report",
                    rfcdate(when - dt.timedelta(seconds=12)),
                    "<2B9E4F1A-6C3D-4B8E-A017-5D2C9E8F1B36@sawa-dev.example.org>",
                    ret="karim@sawa-dev.example.org", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(5, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
        notes="one-line body and a PDF; no organisation name except in the file name and the address; "
              "'Sent from my iPhone' in a second text part after the attachment; later replaced by h88-16."))


def m06():
    when = at("2021-02-02 16:45:30")
    text = ("Dear colleagues,\n\nIf there is still room, I would be glad to take the floor in thematic "
            "roundtable 3. Happy to send a short bio if useful.\n\nBest wishes,\nTariq\n\n-- \nDr Tariq Mansour\n"
            "Associate Professor\nDepartment of Sociology, The University of Jordan\nAmman 11942, Jordan\n"
            "Tel. +962 6 535 5000 ext. 24117\n")
    body = leaf("text/plain", flowed(text), "utf-8", "7bit")
    body.replace_header("Content-Type", "text/plain; charset=UTF-8; format=flowed")
    rows = std_rows(when, "smtp.ju.example.edu.jo", "87.236.232.15", "4DVw1Gx8Mfz2",
                    "Tariq Mansour <t.mansour@ju.example.edu.jo>", "Roundtable 3",
                    rfcdate(when - dt.timedelta(seconds=3)),
                    "<8f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f@ju.example.edu.jo>",
                    ret="t.mansour@ju.example.edu.jo",
                    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                           ("Content-Language", "en-GB")])
    add(6, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Tariq Mansour", "Associate Professor", "Department of Sociology, The University of Jordan",
                     ["roundtable"], 3)],
        notes="the body names nobody (signed 'Tariq'): full name, title and affiliation only in the '-- ' "
              "signature, with 'Dr' to drop; Thunderbird format=flowed."))


def m07():
    when = at("2021-02-03 12:10:44")
    name = "Rapport_volontaire_PMM_Nour_février2021.docx"
    docx = make_docx(["Association Nour pour les droits des travailleuses migrantes",
                      "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                      "Liban, février 2021"])
    text = ("Bonjour,\n\nVeuillez trouver ci-joint le rapport volontaire de l'Association Nour pour les droits des "
            "travailleuses migrantes dans le cadre de l'examen régional du Pacte mondial.\n\n"
            "De plus, nous aimerions que notre coordinatrice de projets, Mme Rita Khoury (en copie), puisse faire "
            "une intervention en séance plénière le 24 ou 25 février.\n\nMerci d'avance et bonne journée,\n\n"
            "Maya Saadé\nDirectrice exécutive\nAssociation Nour – Beyrouth\n")
    alt = gm_alt(text, "000000000000a7b1c405ba6f2e90")
    body = multi("mixed", [alt, att(DOCX, docx, name, aid="f_kkp3x1a80")], "000000000000a7b1c605ba6f2e92")
    rows = std_rows(when, "mail-wm1-f46.google.example.com", "209.85.128.46", "4DWc5Nf9Pqz4",
                    "=?UTF-8?Q?Maya_Saad=C3=A9?= <maya.saade@nour-lb.example.org>",
                    "Rapport volontaire + demande d'intervention",
                    rfcdate(when - dt.timedelta(seconds=28)),
                    "<CAJx3Lm9QeR7tY2uI8oP0aS4dF6gH1jK5lZ3xC7vB9nM2qW@mail.gmail.example.com>",
                    ret="maya.saade@nour-lb.example.org",
                    extra=[("Cc", "Rita Khoury <rita.khoury@nour-lb.example.org>")])
    add(7, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
        speakers=[sp("Rita Khoury", "coordinatrice de projets",
                     "Association Nour pour les droits des travailleuses migrantes", ["plenary"])],
        notes="report (DOCX, accented file name in RFC 2231) and a speaker who is not the sender (in Cc); "
              "title before the name; affiliation only as 'notre' + the organisation named for the report; "
              "the signature is the sender's."))


ACK07 = ACK_MID % "20210203121402.7"


def m08():
    when = at("2021-02-04 09:05:12")
    sent = when - dt.timedelta(seconds=15)
    text = ("Merci, bien reçu !\nMaya\n\n"
            "Le mer. 3 févr. 2021 à 12:14, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :\n\n"
            "> Madame, Monsieur,\n>\n> Nous accusons réception de votre message du 3 février 2021 : rapport "
            "volontaire\n> (1 pièce jointe) et demande de prise de parole pour Rita Khoury (séance\n> plénière).\n>\n"
            "> Le Secrétariat de l'Examen régional du PMM - États arabes\n")
    body = gm_alt(text, "000000000000e2c3d905ba7d1b44")
    rows = std_rows(when, "mail-wr1-f54.google.example.com", "209.85.221.54", "4DWz8Rk2Lmz6",
                    "=?UTF-8?Q?Maya_Saad=C3=A9?= <maya.saade@nour-lb.example.org>",
                    "Re: Accusé de réception - Rapport volontaire + demande d'intervention", rfcdate(sent),
                    "<CAJx3Lm9Qf0aB8cD2eF4gH6iJ8kL0mN2oP4qR6sT8uV0wX@mail.gmail.example.com>",
                    ret="maya.saade@nour-lb.example.org",
                    extra=[("In-Reply-To", ACK07),
                           ("References", "<CAJx3Lm9QeR7tY2uI8oP0aS4dF6gH1jK5lZ3xC7vB9nM2qW@mail.gmail.example.com> "
                                          + ACK07)])
    add(8, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=False, on_time=None, thread_of="h88-07.eml",
        notes="'Merci, bien reçu !' reply to our acknowledgement of h88-07: nothing new, must not be acknowledged; "
              "the quoted acknowledgement repeats the speaker name and role (decoy)."))


def m09():
    when = at("2021-02-04 13:30:00")
    text = ("مرحبا،\n\nحابين نسجل مشاركة شخصين من عنا:\n"
            "١- رامي النابلسي - منسق ميداني - شبكة حماية العمال المهاجرين بالأردن، بدو يحكي بالنقاش المفتوح يوم ٢٣\n"
            "٢- لينا عوض، محامية ومستشارة قانونية بنفس الشبكة، للطاولة المستديرة الأولى\n\n"
            "يعطيكم العافية\nسلام\n")
    body = gm_alt(text, "000000000000f31d8a05ba8b3c21", rtl=True, cte="base64")
    rows = std_rows(when, "mail-lj1-f181.google.example.com", "209.85.208.181", "4DX84Tq0Wnz9",
                    "Salam Haddad <salam.haddad.jo@gmail.example.com>", hdr("مشاركة"),
                    rfcdate(when - dt.timedelta(seconds=9)),
                    "<CAB8pQ2rS4tU6vW8xY0zA2bC4dE6fG8hI0jK2lM4nO6pQ8r@mail.gmail.example.com>",
                    ret="salam.haddad.jo@gmail.example.com")
    add(9, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("رامي النابلسي", "منسق ميداني", "شبكة حماية العمال المهاجرين بالأردن", ["open_discussion"]),
                  sp("لينا عوض", "محامية ومستشارة قانونية", "شبكة حماية العمال المهاجرين بالأردن", ["roundtable"], 1)],
        notes="Levantine colloquial, two speakers in a numbered list with different separators (dashes / commas); "
              "the second speaker's affiliation is only 'بنفس الشبكة' (the same network); open discussion given as "
              "'بالنقاش المفتوح يوم ٢٣'; 'الطاولة المستديرة الأولى' = roundtable 1; signed 'سلام' (a name, "
              "also a greeting)."))


def m10():
    when = at("2021-02-04 18:22:07")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">\n'
            '<p class="MsoNormal">Dear GCM team,</p><p class="MsoNormal">&nbsp;</p>\n'
            '<p class="MsoNormal">On behalf of our Executive Director, I&#8217;m writing to put her name forward as '
            'rapporteur to deliver the key messages of the stakeholder consultation. Details below:</p>'
            '<p class="MsoNormal">&nbsp;</p>\n'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            '<tr><td><p class="MsoNormal"><b>Organisation</b></p></td><td><p class="MsoNormal"><b>Position</b></p></td>'
            '<td><p class="MsoNormal"><b>Name</b></p></td></tr>\n'
            '<tr><td><p class="MsoNormal">Arab Women Migrants Forum (AWMF)</p></td>'
            '<td><p class="MsoNormal">Executive Director</p></td>'
            '<td><p class="MsoNormal">Ms. Nadia Hamdan</p></td></tr></table>\n'
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Kindly confirm receipt.</p>'
            '<p class="MsoNormal">Regards,</p><p class="MsoNormal">Joseph Azar</p>'
            '<p class="MsoNormal" style="color:#7F7F7F">Programme Assistant | AWMF</p>\n'
            '</div></body></html>\n')
    body = leaf("text/html", html, "utf-8", "quoted-printable")
    rows = std_rows(when, "EUR03-AM5-obe.outbound.protection.outlook.example.com", "40.107.3.112", "4DXJ9bV3Ctz5",
                    "Joseph Azar <programmes@awmf.example.org>", "Rapporteur nomination - AWMF",
                    rfcdate(when - dt.timedelta(seconds=2)),
                    "<DB7PR02MB5210E3F4A5B6C7D8E9F0A1B2DB7PR02MB5210@DB7PR02MB5210.eurprd02.prod.outlook.example.com>",
                    ret="programmes@awmf.example.org", extra=[("Thread-Topic", "Rapporteur nomination - AWMF")])
    add(10, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nadia Hamdan", "Executive Director", "Arab Women Migrants Forum (AWMF)", ["rapporteur"])],
        notes="HTML-only Outlook mail; speaker is the sender's boss; details in a table whose columns run "
              "Organisation / Position / Name; 'Ms.' to drop; the signature is the assistant's."))


def m11():
    when = at("2021-02-05 08:00:03")
    text = ("Bonjour,\n\nJe suis absente du bureau jusqu'au 15 février inclus, avec un accès limité à ma messagerie.\n"
            "Pour toute urgence, merci de contacter secretariat@amdh-mr.example.org.\n\n"
            "Cordialement,\nAminetou Mint Ahmed\n")
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "mail.amdh-mr.example.org", "41.188.77.9", "4DXg0Lp6Vrz1",
                    "Aminetou Mint Ahmed <a.mintahmed@amdh-mr.example.org>",
                    "=?utf-8?Q?R=C3=A9ponse_automatique=C2=A0=3A_Rappel_-_Examen_r=C3=A9gional_du_PMM?=",
                    rfcdate(tz(when - dt.timedelta(seconds=1), 0)),
                    "<20210205060002.A1B2C3D4E5@mail.amdh-mr.example.org>",
                    ret="", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                   ("In-Reply-To", "<reminder.20210205.0758@gcmrrarabstates.iom.int>")])
    rows[0] = ("Return-Path", "<>")
    add(11, when, top(body, rows), dict(
        category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="out-of-office answer to our reminder of 5 Feb; French, Auto-Submitted: auto-replied, empty "
              "Return-Path; contains a name and an address but proposes nothing."))


def m12():
    when = at("2021-02-05 23:54:21")
    text = ("Bonsoir,\nJe souhaite m'inscrire pour une intervention en plénière (24/25 fév).\n"
            "Université de Sfax, Laboratoire de recherche Migrations et Sociétés — doctorant — Sami Trabelsi\n"
            "Désolé pour l'envoi tardif\nS.T.\n")
    body = gm_alt(text, "0000000000003d9e1f05baa0c7e5")
    rows = std_rows(when, "mail-wm1-f68.google.example.com", "209.85.128.68", "4DXz3Hs5Jkz8",
                    "Sami Trabelsi <sami.trabelsi.sfax@gmail.example.com>", "prise de parole",
                    rfcdate(tz(when - dt.timedelta(seconds=19), 1)),
                    "<CAN5rT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9qR1sT3u@mail.gmail.example.com>",
                    ret="sami.trabelsi.sfax@gmail.example.com")
    add(12, when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Sami Trabelsi", "doctorant", "Université de Sfax, Laboratoire de recherche Migrations et Sociétés",
                     ["plenary"])],
        notes="on time by five and a half minutes: received 23:54:21 Beirut on 5 Feb, Date header 22:54:02 +0100 "
              "(Tunis); one line in reverse order organisation — title — name; apologises for sending late."))


def m13():
    when = at("2021-02-05 23:58:47")
    text = ("السلام عليكم\nودي أسجل للمداخلة في الطاولة المستديرة الرابعة\n"
            "عبدالله الشهري، باحث، مركز الخليج لأبحاث العمالة الوافدة\nوشكرا\n\nمرسل من الـ iPhone\n")
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "smtp.gcfwr.example.org.sa", "212.26.44.90", "4DY02Kc7Wbz3",
                    addr("عبدالله الشهري", "a.alshehri@gcfwr.example.org.sa"), hdr("مداخلة"),
                    rfcdate(tz(when - dt.timedelta(seconds=18), 3)),
                    "<A7C3E1F9-2B4D-4F6A-8C0E-1D3F5A7B9C2E@gcfwr.example.org.sa>",
                    ret="a.alshehri@gcfwr.example.org.sa", extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(13, when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("عبدالله الشهري", "باحث", "مركز الخليج لأبحاث العمالة الوافدة", ["roundtable"], 4)],
        notes="on time by 72 seconds although the Date header reads 'Sat, 6 Feb 2021 00:58:29 +0300' (Riyadh); "
              "Gulf colloquial ('ودي أسجل'); name, title, organisation on one line with Arabic commas; "
              "'الطاولة المستديرة الرابعة' = roundtable 4."))


def m14():
    when = at("2021-02-06 00:04:09")
    text = ("Hi there, hope it's not too late - could I request a speaking slot at the plenary?\n"
            "Name: Hassan Idris; Title: PhD candidate / migration researcher; Org: SOAS University of London\n"
            "Many thanks,\nHassan\n")
    body = ol_alt(text, "_000_LO2P265MB3312F1E2D3C4B5A69788LO2P265MB3312GBRP_", cte="quoted-printable")
    rows = std_rows(when, "GBR01-LO2-obe.outbound.protection.outlook.example.com", "40.107.10.131", "4DY07Qm1Rtz0",
                    "Hassan Idris <hi12@soas.example.ac.uk>", "Speaking slot - plenary",
                    rfcdate(tz(when - dt.timedelta(seconds=18), 0)),
                    "<LO2P265MB3312F1E2D3C4B5A69788@LO2P265MB3312.GBRP265.PROD.OUTLOOK.example.com>",
                    ret="hi12@soas.example.ac.uk", extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")])
    add(14, when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=False,
        speakers=[sp("Hassan Idris", "PhD candidate / migration researcher", "SOAS University of London",
                     ["plenary"])],
        notes="late by about four minutes: received 00:04:09 Beirut on Sat 6 Feb while the Date header "
              "says 'Fri, 5 Feb 2021 22:03:51 +0000' (London); labels on one line separated by semicolons."))


def m15():
    when = at("2021-02-09 11:32:16")
    name = "تقرير المراجعة الطوعية - مؤسسة الطريق.pdf"
    pdf = make_pdf(["Al-Tariq Foundation for Migration and Development", "Voluntary GCM review report (Arabic)",
                    "Egypt, February 2021"])
    text = ("السادة المحترمين،\nتحية طيبة وبعد،\n\n"
            "مرفق لسيادتكم التقرير الطوعي لمؤسسة الطريق للهجرة والتنمية عن تنفيذ الاتفاق العالمي من أجل الهجرة "
            "الآمنة والمنظمة والنظامية.\n\n"
            "كما نود ترشيح الأستاذ/ محمود سعيد، مدير وحدة الأبحاث بالمؤسسة، لإلقاء مداخلة في إحدى الموائد المستديرة، "
            "علماً بأن خطاب الدعوة حدد يوم الجمعة ٢٣ فبراير كآخر موعد لطلبات المداخلات.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n\nنهى فتحي\nالمدير التنفيذي\nمؤسسة الطريق للهجرة والتنمية - القاهرة\n")
    alt = ol_alt(text, "_000_VI1PR0602MB3540A9B8C7D6E5F4VI1PR0602MB3540eurp_", rtl=True)
    body = multi("mixed", [alt, att("application/pdf", pdf, name)], "_004_VI1PR0602MB3540A9B8C7D6E5F4VI1PR0602MB3540eurp_")
    rows = std_rows(when, "EUR02-VE1-obe.outbound.protection.outlook.example.com", "40.107.6.54", "4DZm6Fy2Hpz4",
                    addr("نهى فتحي", "noha.fathy@altariq-eg.example.org"),
                    hdr("التقرير الطوعي وترشيح متحدث - مؤسسة الطريق"),
                    rfcdate(when - dt.timedelta(seconds=5)),
                    "<VI1PR0602MB3540A9B8C7D6E5F4@VI1PR0602MB3540.eurprd06.prod.outlook.example.com>",
                    ret="noha.fathy@altariq-eg.example.org", extra=[("Content-Language", "ar-EG")])
    add(15, when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=False, report_attachments=[name],
        speakers=[sp("محمود سعيد", "مدير وحدة الأبحاث", "مؤسسة الطريق للهجرة والتنمية", ["roundtable"])],
        notes="report on time (9 Feb) but the speaker request is late: the sender relies on the Arabic letter's "
              "misprinted 'الجمعة ٢٣ فبراير'; roundtable without a number ('إحدى الموائد المستديرة'); "
              "'الأستاذ/' to drop; affiliation only as 'بالمؤسسة' next to the title; Arabic PDF file name (RFC 2231)."))


def m16():
    when = at("2021-02-12 15:08:33")
    name = "Sawa_GCM_report_FINAL.pdf"
    pdf = make_pdf(["Sawa for Development and Aid", "Voluntary GCM Review Report - Lebanon (final)",
                    "Objectives 6, 7 and 16: decent work, vulnerabilities, social cohesion"])
    text = ("Hi again,\n\nSorry, the file I sent on 2 Feb was an older draft. Please use the attached final "
            "version instead.\n\nBest,\nKarim Haddad\nSawa for Development and Aid\n\n"
            "On Tue, Feb 2, 2021 at 8:31 AM Karim Haddad <karim@sawa-dev.example.org> wrote:\n\n"
            "> Please find attached our voluntary GCM review report.\n>\n> Sent from my iPhone\n")
    alt = gm_alt(text, "000000000000b4e6c805bb2d9f61")
    body = multi("mixed", [alt, att("application/pdf", pdf, name, aid="f_kl1v9c2m0")], "000000000000b4e6ca05bb2d9f63")
    rows = std_rows(when, "mail-pj1-f43.google.example.com", "209.85.216.43", "4DcB1Xn7Gvz2",
                    "Karim Haddad <karim@sawa-dev.example.org>", "Re: GCM report",
                    rfcdate(when - dt.timedelta(seconds=31)),
                    "<CAK2dE4fG6hI8jK0lM2nO4pQ6rS8tU0vW2xY4zA6bC8dE0f@mail.gmail.example.com>",
                    ret="karim@sawa-dev.example.org",
                    extra=[("In-Reply-To", "<2B9E4F1A-6C3D-4B8E-A017-5D2C9E8F1B36@sawa-dev.example.org>"),
                           ("References", "<2B9E4F1A-6C3D-4B8E-A017-5D2C9E8F1B36@sawa-dev.example.org>")])
    add(16, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[name],
        thread_of="h88-05.eml",
        notes="revised report replacing the draft of h88-05 (In-Reply-To the original); only the new PDF is "
              "attached; the quote repeats the one-line body of the first message."))


def m17():
    when = at("2021-02-14 20:10:52")
    n1 = "تقرير_جماعي_الاستعراض_الإقليمي.pdf"
    n2 = "Résumé_rapport_collectif.docx"
    pdf = make_pdf(["Coalition marocaine pour la migration et l'asile (12 associations)",
                    "Rapport collectif - Examen regional du PMM (texte arabe)"])
    docx = make_docx(["Coalition marocaine pour la migration et l'asile", "Résumé du rapport collectif"])
    logo = make_png(16, 6, (180, 30, 40))
    html = ('<div dir="rtl">السلام عليكم،<br><br>نبعثو ليكم التقرير الجماعي ديال الائتلاف المغربي للهجرة واللجوء '
            '(12 جمعية) فإطار الاستعراض الإقليمي للاتفاق العالمي.<br>التقرير بالعربية، والملخص بالفرنسية فالملف '
            'الثاني.<br><br>بالتوفيق<br>عزيز<br><img src="cid:ii_kl5logo01" alt="logo" width="96" height="36"></div>\n')
    rel = multi("related", [leaf("text/html", html, "UTF-8", "base64"),
                            att("image/png", logo, "logo_coalition.png", inline=True, cid="ii_kl5logo01")],
                "000000000000c1d2e305bb5a7f10")
    body = multi("mixed", [rel, att("application/pdf", pdf, n1, aid="f_kl5m1"), att(DOCX, docx, n2, aid="f_kl5m2")],
                 "000000000000c1d2e405bb5a7f12")
    rows = std_rows(when, "mail-wr1-f66.google.example.com", "209.85.221.66", "4Ddz5Yb0Nqz6",
                    "Aziz Benmoussa <coalition.cmma@gmail.example.com>", hdr("التقرير الجماعي - الائتلاف المغربي"),
                    rfcdate(tz(when - dt.timedelta(seconds=14), 1)),
                    "<CAM9fG1hI3jK5lM7nO9pQ1rS3tU5vW7xY9zA1bC3dE5fG7h@mail.gmail.example.com>",
                    ret="coalition.cmma@gmail.example.com")
    add(17, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[n1, n2],
        notes="collective report in Moroccan darija ('نبعثو ليكم ... ديال'); HTML-only body; two attachments "
              "make up the report (Arabic PDF + French summary DOCX, both with non-ASCII names) while the inline "
              "logo PNG is not part of it."))


def m18():
    when = at("2021-02-15 09:58:40")
    name = "CLEM_Rapport_examen_volontaire_PMM.docx"
    docx = make_docx(["Centre libanais pour les études migratoires (CLEM)",
                      "Rapport d'examen volontaire du PMM, 2019-2020"])
    text = ("Chers collègues,\n\nNous avons le plaisir de vous transmettre ci-joint le rapport d'examen volontaire "
            "du Centre libanais pour les études migratoires (CLEM), couvrant la période 2019-2020.\n"
            "Nous restons disponibles pour toute précision.\n\nBien à vous,\n\nGeorges Nassar\n"
            "Chargé de recherche | CLEM\nBeyrouth – Liban\n")
    alt = ol_alt(text, "_000_AS8PR07MB7431C2D3E4F5A6B7AS8PR07MB7431eurp_", charset="windows-1252",
                 cte="quoted-printable")
    body = multi("mixed", [alt, att(DOCX, docx, name)], "_004_AS8PR07MB7431C2D3E4F5A6B7AS8PR07MB7431eurp_")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.98", "4DfN0Rw3Kcz8",
                    "Georges Nassar <g.nassar@clem-lb.example.org>", "Rapport d'examen volontaire - CLEM",
                    rfcdate(when - dt.timedelta(seconds=3)),
                    "<AS8PR07MB7431C2D3E4F5A6B7@AS8PR07MB7431.eurprd07.prod.outlook.example.com>",
                    ret="g.nassar@clem-lb.example.org", extra=[("Content-Language", "fr-FR")])
    add(18, when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[name],
        notes="plain report submission in windows-1252 quoted-printable; the signature (name, title, organisation) "
              "is not a speaker request."))


ACK18 = ACK_MID % "20210215100211.18"


def m19():
    when = at("2021-02-15 10:03:12")
    b = "8C1E2A40F3.1613376190/mx.clem-lb.example.org"
    note = leaf("text/plain", (
        "This is the mail system at host mx.clem-lb.example.org.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
        "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n<g.nassar@clem-lb.example.org>: maildir delivery failed: "
        "Sorry, the user's maildir has\n    overdrawn his diskspace quota, please try again later.\n"), "us-ascii", "7bit",
        extra=[("Content-Description", "Notification")])
    status = Message(policy=POL)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    dsn = ("Reporting-MTA: dns; mx.clem-lb.example.org\nX-Postfix-Queue-ID: 8C1E2A40F3\n"
                       "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
                       "Arrival-Date: Mon, 15 Feb 2021 10:02:14 +0200 (EET)\n\n"
                       "Final-Recipient: rfc822; g.nassar@clem-lb.example.org\n"
                       "Original-Recipient: rfc822;g.nassar@clem-lb.example.org\nAction: failed\nStatus: 5.2.2\n"
                       "Diagnostic-Code: x-unix; maildir delivery failed: Sorry, the user's maildir has\n"
                       "    overdrawn his diskspace quota, please try again later.\n")
    for block in dsn.strip("\n").split("\n\n"):
        status.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    orig = Message(policy=POL)
    for k, v in [("From", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
                 ("To", "Georges Nassar <g.nassar@clem-lb.example.org>"),
                 ("Subject", "=?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_d=27examen_volontaire_-_CLEM?="),
                 ("Date", "Mon, 15 Feb 2021 10:02:11 +0200"), ("Message-ID", ACK18),
                 ("In-Reply-To", "<AS8PR07MB7431C2D3E4F5A6B7@AS8PR07MB7431.eurprd07.prod.outlook.example.com>"),
                 ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                 ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "8bit")]:
        orig[k] = v
    orig.set_payload("Madame, Monsieur,\n\nNous accusons réception de votre rapport volontaire "
                     "(CLEM_Rapport_examen_volontaire_PMM.docx), reçu le 15 février 2021.\n\n"
                     "Le Secrétariat de l'Examen régional du PMM - États arabes\n".encode("utf-8").decode("ascii", "surrogateescape"))
    wrap = Message(policy=POL)
    wrap["Content-Description"] = "Undelivered Message"
    wrap["Content-Type"] = "message/rfc822"
    wrap.attach(orig)
    body = multi("report", [note, status, wrap], b, params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mx.clem-lb.example.org", "185.12.66.21", "4DfN2Tc9Mkz1")),
            ("Date", "Mon, 15 Feb 2021 10:03:10 +0200 (EET)"),
            ("From", "MAILER-DAEMON@mx.clem-lb.example.org (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOX), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20210215080310.8C1E2A40F3@mx.clem-lb.example.org>")]
    add(19, when, top(body, rows), dict(
        category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (quota exceeded) for our French acknowledgement of h88-18; the returned message "
              "names the report file, which must not be taken as a new submission."))


def m20():
    when = at("2021-02-16 23:49:30")
    name = "Contribution_CoMiMed_examen_régional_PMM.pdf"
    pdf = make_pdf(["Collectif Migrations Mediterranee (CoMiMed)", "Contribution a l'examen regional du PMM",
                    "Etats arabes, fevrier 2021"])
    text = ("Bonsoir,\n\nJuste à temps j'espère : vous trouverez ci-joint la contribution du Collectif Migrations "
            "Méditerranée (CoMiMed) à l'examen régional.\n\nSi c'est encore possible, nous souhaiterions aussi "
            "qu'une de nos membres, Dr. Leïla Benjelloun, anthropologue (EHESS), prenne la parole à la table "
            "ronde 4.\n\nBien cordialement,\nAntoine Ferrand\npour le CoMiMed\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + text2html(text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</body></html>\n")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                leaf("text/html", html, "utf-8", "quoted-printable")],
                "Apple-Mail=_5D2E8F41-0C3A-4B7E-9A1D-6F2B8C4E0A93")
    body = multi("mixed", [alt, att("application/pdf", pdf, name)], "Apple-Mail=_1A7C3E59-8B2D-4F60-A4E1-9C3B5D7F1E28")
    rows = std_rows(when, "smtp.comimed.example.fr", "51.91.44.203", "4DgG2Pv6Byz3",
                    "Antoine Ferrand <a.ferrand@comimed.example.fr>",
                    "Contribution CoMiMed - examen =?utf-8?Q?r=C3=A9gional?=",
                    rfcdate(tz(when - dt.timedelta(seconds=22), 1)),
                    "<7E3B1D95-4C2A-4F8E-B0D6-2A9C7E5F3B14@comimed.example.fr>",
                    ret="a.ferrand@comimed.example.fr", extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(20, when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=False, report_attachments=[name],
        speakers=[sp("Leïla Benjelloun", "anthropologue", "EHESS", ["roundtable"], 4)],
        notes="report on time by ten minutes (23:49:30 Beirut, Date 22:49:08 +0100 Paris) but the speaker part "
              "is eleven days late, so on_time is false; speaker is a member, not the sender, with her own "
              "affiliation in brackets (EHESS) rather than the collective; 'Dr.' to drop."))


def m21():
    when = at("2021-02-16 23:57:10")
    name = "تقرير_منظمة_أفق_للحماية.pdf"
    pdf = make_pdf(["Ofoq Organization for Protection (Iraq)", "Voluntary GCM review report 2021"])
    text = ("إلى فريق الاستعراض الإقليمي المحترم\n\nتحية طيبة\n\n"
            "نرسل إليكم طيا تقرير منظمة أفق للحماية والتنمية عن تنفيذ الاتفاق العالمي في العراق، ونعتذر عن "
            "التأخير بسبب انقطاع الكهرباء والانترنت اليوم.\n\nمع التقدير\n"
            "علي الجبوري\nمنسق البرامج - منظمة أفق للحماية والتنمية\nبغداد\n")
    alt = ol_alt(text, "_000_HE1PR0301MB2211B7C6D5E4F3A2HE1PR0301MB2211eurp_", rtl=True, charset="windows-1256")
    body = multi("mixed", [alt, att("application/pdf", pdf, name)], "_004_HE1PR0301MB2211B7C6D5E4F3A2HE1PR0301MB2211eurp_")
    rows = std_rows(when, "EUR01-HE1-obe.outbound.protection.outlook.example.com", "40.107.13.77", "4DgG9Wd1Qsz5",
                    addr("علي الجبوري", "ali.jubouri@ofoq-iq.example.org", "windows-1256"),
                    hdr("تقرير منظمة أفق - الاستعراض الإقليمي", "windows-1256"),
                    rfcdate(tz(when - dt.timedelta(seconds=22), 3)),
                    "<HE1PR0301MB2211B7C6D5E4F3A2@HE1PR0301MB2211.eurprd03.prod.outlook.example.com>",
                    ret="ali.jubouri@ofoq-iq.example.org", extra=[("Content-Language", "ar-IQ")])
    add(21, when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[name],
        notes="on time by under three minutes although the Date header reads 'Wed, 17 Feb 2021 00:56:48 +0300' "
              "(Baghdad) and the sender apologises for the delay; windows-1256 body and headers; Arabic file name."))


def m22():
    when = at("2021-02-17 00:03:02")
    name = "GCM_review_YDMV_2021.docx"
    docx = make_docx(["Yemeni Diaspora Migrant Voices Network (YDMV)", "Voluntary GCM review contribution 2021"])
    text = ("Dear team,\nattached is the voluntary report from the Yemeni Diaspora Migrant Voices Network (YDMV). "
            "Apologies it's at the very last minute!\nBest,\nDr. Amal Qasem\nBoard Chair, YDMV\n")
    alt = gm_alt(text, "000000000000d8f0a105bb77c2e4")
    body = multi("mixed", [alt, att(DOCX, docx, name, aid="f_kl8z0q1r0")], "000000000000d8f0a205bb77c2e6")
    rows = std_rows(when, "mail-qk1-f170.google.example.com", "209.85.222.170", "4DgGH3Jx0Pz7",
                    "Amal Qasem <amal.qasem.ydmv@gmail.example.com>", "YDMV voluntary report",
                    rfcdate(tz(when - dt.timedelta(seconds=22), -5)),
                    "<CAP1qR3sT5uV7wX9yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9s@mail.gmail.example.com>",
                    ret="amal.qasem.ydmv@gmail.example.com")
    add(22, when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=False, report_attachments=[name],
        notes="late by three minutes: received 00:03:02 Beirut on 17 Feb while the Date header reads "
              "'Tue, 16 Feb 2021 17:02:40 -0500' (New York); 'last minute' wording suggests on time."))


def m23():
    when = at("2021-02-17 10:15:27")
    text = ("Bonjour,\n\nPourriez-vous confirmer que vous avez bien reçu le rapport du CLEM envoyé par mon collègue "
            "Georges Nassar le 15 février (message ci-dessous) ? Il n'a reçu aucun accusé de réception, sa boîte "
            "était apparemment pleine.\n\nMerci et bonne journée,\nNadine Abi Rached\nCLEM\n\n"
            "________________________________\nDe : Georges Nassar <g.nassar@clem-lb.example.org>\n"
            "Envoyé : lundi 15 février 2021 09:58\nÀ : gcmrrarabstates@iom.int\n"
            "Objet : Rapport d'examen volontaire - CLEM\n\nChers collègues,\n\nNous avons le plaisir de vous "
            "transmettre ci-joint le rapport d'examen volontaire du Centre libanais pour les études migratoires "
            "(CLEM), couvrant la période 2019-2020.\nNous restons disponibles pour toute précision.\n\n"
            "Bien à vous,\n\nGeorges Nassar\nChargé de recherche | CLEM\nBeyrouth – Liban\n")
    body = ol_alt(text, "_000_DB9PR01MB8123F0E1D2C3B4A5DB9PR01MB8123eurp_", cte="quoted-printable")
    rows = std_rows(when, "EUR05-DB8-obe.outbound.protection.outlook.example.com", "40.107.20.41", "4DgVb8Lm2Tz0",
                    "Nadine Abi Rached <n.abirached@clem-lb.example.org>",
                    "TR: Rapport d'examen volontaire - CLEM", rfcdate(when - dt.timedelta(seconds=4)),
                    "<DB9PR01MB8123F0E1D2C3B4A5@DB9PR01MB8123.eurprd01.prod.outlook.example.com>",
                    ret="n.abirached@clem-lb.example.org",
                    extra=[("References", "<AS8PR07MB7431C2D3E4F5A6B7@AS8PR07MB7431.eurprd07.prod.outlook.example.com>"),
                           ("Thread-Topic", "Rapport d'examen volontaire - CLEM"), ("Content-Language", "fr-FR")])
    add(23, when, top(body, rows), dict(
        category="other", language="fr", acknowledge=True, on_time=None, thread_of="h88-18.eml",
        notes="a colleague forwards h88-18 (without the attachment) to ask whether it arrived, because our "
              "acknowledgement bounced (h88-19); References only, no In-Reply-To; the forwarded text reads like "
              "a report submission but nothing is resubmitted."))


def m24():
    when = at("2021-02-19 13:41:05")
    text = ("مساء الخير\n\nسجلنا بالرابط من أسبوعين بس للحين ما وصلنا رابط الاجتماع حق يوم ٢٣. "
            "وين نلاقيه؟ وهل في ترجمة فورية للعربي؟\n\nمشكورين\n"
            "فاطمة العنزي\nالجمعية الكويتية لحقوق العمالة المنزلية\n")
    body = gm_alt(text, "000000000000e9a1b205bb9e4d37", rtl=True, cte="base64")
    rows = std_rows(when, "mail-ej1-f45.google.example.com", "209.85.218.45", "4Dh2Kq5Xvz8",
                    addr("فاطمة العنزي", "fatma.alenezi.kw@gmail.example.com"), hdr("رابط الاجتماع"),
                    rfcdate(tz(when - dt.timedelta(seconds=11), 3)),
                    "<CAQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS2t@mail.gmail.example.com>",
                    ret="fatma.alenezi.kw@gmail.example.com")
    add(24, when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Gulf (Kuwaiti) colloquial logistics question about the meeting link and interpretation; "
              "name and organisation in the signature but no speaking request."))


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
