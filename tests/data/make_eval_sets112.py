#!/usr/bin/env python3
"""Write the blind evaluation set holdout112 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets112.py
Theme: follow-ups that change more than one thing (speaker replaced + report added, report withdrawn but
speaker kept, roundtable-only change, affiliation-only correction, resubmissions after bounces), and robots
in unusual forms (Arabic Exchange out-of-office, French Exchange delivery failure).
"""
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231_cont, b_word, received, top, serialize, sp, std_rows)

OUT = os.path.join(HERE, "holdout112")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(key, when, msg, label):
    """Collect one message; file numbers are given in order of arrival, thread_of is a key until then."""
    lab = {"received_at": when.isoformat()}
    lab.update(label)
    MESSAGES.append((when, key, serialize(msg), lab))


# ---------------------------------------------------------------- more helpers
def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


def gmail_html(text, dir_="ltr"):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
    return '<div dir="%s">%s</div>\n' % (dir_, "\n".join(out))


def pdf_part(name, lines, encoded_name=False):
    data = make_pdf(lines)
    if encoded_name:
        w = b_word(name)
        return leaf("application/pdf", data, cte="base64", params=[("name", '"%s"' % w)],
                    disp='attachment; filename="%s"' % w)
    return leaf("application/pdf", data, cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name)


def docx_part(name, paras):
    return leaf(DOCX, make_docx(paras), cte="base64", params=[("name", '"%s"' % name)],
                disp='attachment; filename="%s"' % name)


def rfc822_part(inner, disp=None):
    p = Message(policy=POL)
    p["Content-Type"] = "message/rfc822"
    if disp:
        p["Content-Disposition"] = disp
    p.set_payload([inner])
    return p


def sent_before(when, seconds):
    return when - dt.timedelta(seconds=seconds)


# Message-IDs of the labelled messages and of our (unlabelled) acknowledgements
MID = {
    "mwrf1": "<CAJx7Lq0pT3nV2aK9mD4wF8sR1bZ6yE5uH0cN2oG7iQ3vXe@mail.gmail.example.com>",
    "atdm1": "<5c1e0a7b-3f92-4d61-8a2e-7b90c4e1d2f3@atdm-tn.example.org>",
    "wfd1": "<CAN4hR8vW2xQ0mYp6LtG3kZs9dB1eJ7nF5aU0cO2rI8wTq@mail.gmail.example.com>",
    "cldtm1": "<VI1PR0802MB2287A41C9E3F0B6D55E2A0B4C7B60@VI1PR0802MB2287.eurprd08.prod.outlook.example.com>",
    "ccmrs": "<AM6PR03MB4473D0E2B61A7F3C9D85E1F0B8B60@AM6PR03MB4473.eurprd03.prod.outlook.example.com>",
    "gnmw1": "<001a01d6f94c$7d2e8b10$77aba130$@gnmw-gulf.example.org>",
    "atuc1": "<DB7PR02MB5018F2C4A19E07B3D6E4A9C1D0B70@DB7PR02MB5018.eurprd02.prod.outlook.example.com>",
    "atuc2": "<7F3A2C19-84D6-4B1E-9A05-C2E8D71F4B60@atuc-arab.example.org>",
    "wfd2": "<CAN4hR8vW2xQ0mYp6LtG3kZs9dB1eJ7nF5aU0cO2rI8wTq+4sKp@mail.gmail.example.com>",
    "atdm2": "<9a3d71c2-0b6e-4f58-b1d4-e2c7f05a8b19@atdm-tn.example.org>",
    "cldtm2": "<VI1PR0802MB2287E09B1D4C2A7F80B3C6D1A2B80@VI1PR0802MB2287.eurprd08.prod.outlook.example.com>",
    "mwrf2": "<CAJx7Lq0pT3nV2aK9mD4wF8sR1bZ6yE5uH0cN2oG7iQ3vXe+Yw2@mail.gmail.example.com>",
    "gnmw2": "<003c01d6fbb8$1e4f2a60$5aed7f20$@gnmw-gulf.example.org>",
    "ooo_ar": "<b91d4e07c6a24f8e9a3c51d2e7f08b64@EXCH02.gnmw-gulf.local>",
    "oujda": "<8E1F6A3B-2D47-4C9E-B5A0-71C3D9E2F864@gmail.example.com>",
    "camm": "<DBBPR09MB3124C8E5A07D2F19B6A3E4D7C1BA0@DBBPR09MB3124.eurprd09.prod.outlook.example.com>",
    "helwan": "<CAF2kQ9tX4bW7nM1pR3sZ8vL0cH6dY5eJ2gA9uK4oT7iNb@mail.gmail.example.com>",
    "pmsn1": "<PR3P193MB0764B2E9F51C0A8D73E6F1A2B4C90@PR3P193MB0764.EURP193.PROD.OUTLOOK.example.com>",
    "ndr_fr": "<a7c2e91f4b3d4e6f8a0b1c2d3e4f5a6b@EXCH01.pmsn-maroc.local>",
    "trdo": "<HE1PR07MB3346A9D2F0E41B7C85D3A6E2F9C10@HE1PR07MB3346.eurprd07.prod.outlook.example.com>",
    "pmsn2": "<CAG9mP2rV6yK1xB8nT4wQ0sL3dF7hJ5cZ2aE9uR6oI1kXv@mail.gmail.example.com>",
    "glmo": "<3B7E9C21-F6A4-4D85-92B0-1E8C7A5D3F42@gulfmigrationlab.example.ae>",
    "amcsm": "<e2b4c6d8-1f3a-4b5c-9d7e-8a0b2c4d6e8f@amcsm.example.ca>",
    "atuc3": "<DB7PR02MB50189A0E3C7B1D4F26E8C0A5B3D10@DB7PR02MB5018.eurprd02.prod.outlook.example.com>",
}
ACK = {k: "<ack-%s@gcmrr.iom.int>" % k for k in ("mwrf1", "atuc1", "gnmw1", "gnmw2", "pmsn1")}


# ================================================================ the 24 messages
def m_mwrf1():
    when = at("2021-01-27 10:12:31")
    sent = sent_before(when, 9)
    text = """Dear GCM Regional Review team,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

The Migrant Workers Rights Forum (MWRF) would like to request a speaking slot for our Director of Research, Dr. Hana Qudah, during a plenary session of the conference on 24-25 February. Dr. Qudah led our 2020 study on wage protection for domestic workers in Jordan and would speak mainly to objectives 6 and 22.

We are also preparing a short voluntary review report and will send it separately before the deadline.

Best,
Lina

--
Lina Shadid | Programme Manager
Migrant Workers Rights Forum - MWRF
Jabal Al-Weibdeh, Amman, Jordan
+962 6 555 0147
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", gmail_html(text), "UTF-8")],
                 "000000000000b41f7a05b9d3c2e8")
    rows = std_rows(when, "mail-ed1-f47.google.example.com", "209.85.208.47", "4DQkR81Tz2zB",
                    "Lina Shadid <lina.shadid@mwrf-jo.example.org>",
                    "Speaking role request - GCM Regional Review (MWRF)", rfcdate(sent), MID["mwrf1"],
                    ret="lina.shadid@mwrf-jo.example.org")
    add("mwrf1", when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Hana Qudah", "Director of Research", "Migrant Workers Rights Forum (MWRF)", ["plenary"])],
        notes="opens a thread (later replaced speaker + report in a follow-up); the sender (Programme Manager, "
              "signature) is not the speaker; title before the name in prose with honorific 'Dr.'; announces a "
              "report 'separately' but attaches none, so it is not 'both'."))


def m_atdm1():
    when = at("2021-01-29 16:40:12")
    sent = sent_before(when, 7)
    text = """Bonjour,

Suite à votre lettre d'invitation, l'Association Tunisienne pour les Droits des Migrants (ATDM) a le plaisir de vous transmettre en pièce jointe son rapport volontaire d'examen du Pacte mondial sur les migrations (PMM), élaboré avec nos antennes de Sfax, Médenine et Zarzis.

Par ailleurs nous souhaiterions proposer un intervenant pour la table ronde thématique n°1 :
- Nom : Mohamed Ali Ben Salah
- Fonction : chargé de plaidoyer
- Organisation : ATDM

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

-- 
Sonia Trabelsi
Coordinatrice de projets
Association Tunisienne pour les Droits des Migrants (ATDM)
12, rue d'Angleterre - Tunis
"""
    name = "Rapport_volontaire_PMM_ATDM_janv2021.docx"
    att = docx_part(name, ["Association Tunisienne pour les Droits des Migrants (ATDM)",
                           "Rapport volontaire d'examen du Pacte mondial sur les migrations - janvier 2021",
                           "1. Contexte : migrations de transit et d'installation a Sfax, Medenine et Zarzis",
                           "2. Objectifs 7, 8 et 15 : vulnerabilites, sauvetage en mer, acces aux services"])
    txt = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [txt, att], "------------A3E1F0C27B9D5E864F12C0D9")
    rows = std_rows(when, "smtp.atdm-tn.example.org", "197.14.62.33", "4DS0vY2Lk9z4",
                    "Sonia Trabelsi <s.trabelsi@atdm-tn.example.org>",
                    hdr("Contribution de l'ATDM à la revue régionale du PMM + demande d'intervention", enc="Q"),
                    rfcdate(tz(sent, 1)), MID["atdm1"], ret="s.trabelsi@atdm-tn.example.org",
                    extra=[])
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add("atdm1", when, top(body, rows), dict(
        category="both", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Mohamed Ali Ben Salah", "chargé de plaidoyer",
                     "Association Tunisienne pour les Droits des Migrants (ATDM)", ["roundtable"], 1)],
        report_attachments=[name],
        notes="Thunderbird format=flowed 8bit; report (DOCX) + speaker in one message; speaker list gives only "
              "the acronym 'ATDM', the full name is in the intro and the signature; 'table ronde thématique n°1'; "
              "opens a thread whose follow-up withdraws the report."))


def m_wfd1():
    when = at("2021-01-31 12:05:44")
    sent = sent_before(when, 12)
    text = """مرحبا،

بتمنى تكونوا بخير. نحنا بجمعية نساء من أجل الكرامة (بيروت) حابين نشارك بالمراجعة الإقليمية، وبدنا نرشّح زميلتنا الأستاذة ريم الحلبي، منسّقة برامج الحماية عنا، لتحكي بالطاولة المستديرة التالتة عن أوضاع العاملات المنزليات المهاجرات بلبنان.

ريم عندها خبرة أكتر من عشر سنين بالشغل مع العاملات، وبتحكي عربي وإنكليزي.

إذا بدكن أي معلومات تانية خبّرونا.

شكراً كتير،
مايا الخوري
جمعية نساء من أجل الكرامة
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", gmail_html(text, "rtl"), "UTF-8", "base64")],
                 "0000000000002c9e4105ba2d7f31")
    rows = std_rows(when, "mail-wm1-f66.google.example.com", "209.85.128.66", "4DT5nK0Wq3zC",
                    addr("مايا الخوري", "maya.khoury.wfd@gmail.example.com"),
                    hdr("طلب مداخلة - المراجعة الإقليمية للميثاق العالمي للهجرة"), rfcdate(sent), MID["wfd1"],
                    ret="maya.khoury.wfd@gmail.example.com")
    add("wfd1", when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("ريم الحلبي", "منسّقة برامج الحماية", "جمعية نساء من أجل الكرامة", ["roundtable"], 3)],
        notes="Levantine colloquial from a Gmail address; speaker is a colleague, honorific 'الأستاذة' not part "
              "of the name; title followed by colloquial 'عنا'; roundtable given as colloquial ordinal 'التالتة'; "
              "'(بيروت)' is a place, not part of the affiliation."))


def m_cldtm1():
    when = at("2021-02-01 09:30:20")
    sent = sent_before(when, 15)
    intro = ("Nous vous remercions pour votre aimable invitation. Le Centre libanais des droits des travailleurs "
             "migrants souhaiterait proposer l'intervenante suivante pour la discussion ouverte de la consultation "
             "multipartite du 23 février 2021 :")
    rows_t = [("Nom", "Carla Abi Nader"), ("Fonction", "Responsable du plaidoyer"),
              ("Organisation", "Centre libanais des droits des travailleurs migrants (CLDTM)"),
              ("Courriel", "carla.abinader@cldtm.example.org.lb")]
    text = "Madame, Monsieur,\n\n" + intro + "\n\n" + "".join("%s\t%s\n" % r for r in rows_t) + """
Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Rita Saadé
Assistante de direction
CLDTM - Beyrouth
"""
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             + "".join('<tr><td style="width:120px"><b>%s</b></td><td>%s</td></tr>' % (esc(a), esc(b))
                       for a, b in rows_t) + "</table>")
    html = html_wrap('<div class="WordSection1"><p class="MsoNormal">Madame, Monsieur,</p><p class="MsoNormal">&nbsp;</p>'
                     '<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>%s<p class="MsoNormal">&nbsp;</p>'
                     '<p class="MsoNormal">Veuillez agréer, Madame, Monsieur, l\'expression de nos salutations distinguées.</p>'
                     '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><b>Rita Saadé</b><br>Assistante de direction<br>'
                     'CLDTM - Beyrouth</p></div>' % (esc(intro), table))
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR0802MB2287A41C9E3F0B6D55E2A0B4C7B60VI1PR0802MB2287_")
    rows = std_rows(when, "mail-vi1eur05lp2177.outbound.protection.outlook.example.com", "104.47.17.177",
                    "4DTXp23hG8zF", hdr("Rita Saadé", "utf-8", "Q").encode() + " <rita.saade@cldtm.example.org.lb>",
                    hdr("Demande de prise de parole - Consultation multipartite du 23 février", enc="Q"),
                    rfcdate(tz(sent, 0)), MID["cldtm1"], ret="rita.saade@cldtm.example.org.lb")
    rows += [("Thread-Topic", hdr("Demande de prise de parole - Consultation multipartite du 23 février", enc="Q")),
             ("Thread-Index", "AQHW+HYnZ3k0mRg8aEyN1c2b5Qk7Ww=="), ("Accept-Language", "fr-FR, en-US"),
             ("Content-Language", "fr-FR")]
    add("cldtm1", when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True,
        speakers=[sp("Carla Abi Nader", "Responsable du plaidoyer",
                     "Centre libanais des droits des travailleurs migrants (CLDTM)", ["open_discussion"])],
        notes="Outlook, speaker details in an HTML table (tab-separated in the text part); role = open discussion "
              "of the multi-stakeholder consultation of 23 Feb; the sender (assistant) is not the speaker; "
              "Date header in UTC; opens a thread whose follow-up corrects the organisation."))


def m_ccmrs():
    when = at("2021-02-01 14:22:10")
    sent = sent_before(when, 20)
    # 1) the original submission, sent on 1 Feb at 13:05 Cairo time to a mistyped address
    o_sent = at("2021-02-01 13:05:41")
    o_text = """Dear Regional UN Network on Migration,

On behalf of the Cairo Centre for Migration and Refugee Studies (CCMRS), please find attached our voluntary GCM review report for the Arab region review. The report covers Egypt and focuses on objectives 2, 5 and 16.

With best regards,

Ahmed Fawzy
Senior Research Fellow | CCMRS
Cairo Centre for Migration and Refugee Studies
"""
    rname = "CCMRS_GCM_Voluntary_Review_2021.pdf"
    orig = multi("mixed", [leaf("text/plain", o_text, "us-ascii", "7bit"),
                           pdf_part(rname, ["Cairo Centre for Migration and Refugee Studies (CCMRS)",
                                            "Voluntary GCM Review Report - Egypt - February 2021",
                                            "Objective 2: drivers; Objective 5: regular pathways;",
                                            "Objective 16: inclusion and social cohesion"])],
                 "_004_AM6PR03MB44735B1E9F0D2C7A46B3E8D1F2C40_")
    orig_top = top(orig, [("From", "Ahmed Fawzy <a.fawzy@ccmrs-eg.example.org>"),
                          ("To", '"gcmrrarabstates@iom.org" <gcmrrarabstates@iom.org>'),
                          ("Subject", "GCM voluntary review report - CCMRS"),
                          ("Date", rfcdate(o_sent)),
                          ("Message-ID", "<AM6PR03MB44735B1E9F0D2C7A46B3E8D1F2C40@AM6PR03MB4473.eurprd03.prod.outlook.example.com>")])
    # 2) the NDR the sender got back from his own Exchange Online tenant
    n_text = """Your message to gcmrrarabstates@iom.org couldn't be delivered.

gcmrrarabstates wasn't found at iom.org.

a.fawzy    Office 365    gcmrrarabstates
Action Required            Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
"""
    dsn = """Reporting-MTA: dns;AM6PR03MB4473.eurprd03.prod.outlook.example.com
Received-From-MTA: dns;AM6PR03MB4473.eurprd03.prod.outlook.example.com
Arrival-Date: %s

Final-Recipient: rfc822;gcmrrarabstates@iom.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % rfcdate(tz(o_sent, 0))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    ndr = multi("report", [leaf("text/plain", n_text, "us-ascii", "7bit"), p2, rfc822_part(orig_top)],
                "_b1f7e0c2-5d3a-4e68-9c14-0a7b2d9e3f51_", params=[("report-type", "delivery-status")])
    ndr_top = top(ndr, [("From", "Microsoft Outlook <postmaster@ccmrs-eg.example.org>"),
                        ("To", "Ahmed Fawzy <a.fawzy@ccmrs-eg.example.org>"),
                        ("Subject", "Undeliverable: GCM voluntary review report - CCMRS"),
                        ("Date", rfcdate(tz(o_sent + dt.timedelta(seconds=4), 0))),
                        ("Message-ID", "<4c2d8e1a-7b39-4f05-a6e2-91d0c3b5f7a8@AM6PR03MB4473.eurprd03.prod.outlook.example.com>"),
                        ("Auto-Submitted", "auto-replied")])
    # 3) the forward that reaches the review mailbox
    text = """Dear colleagues,

I am re-sending our submission, which bounced earlier today because I had mistyped your address (iom.org instead of iom.int), apologies. Our voluntary GCM review report is in the original message attached below.

Regards,
Ahmed Fawzy
Senior Research Fellow | CCMRS
Cairo Centre for Migration and Refugee Studies
"""
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                leaf("text/html", html_wrap(text2html(text)), "us-ascii", "quoted-printable")],
                "_000_AM6PR03MB4473D0E2B61A7F3C9D85E1F0B8B60AM6PR03MB4473_")
    body = multi("mixed", [alt, rfc822_part(ndr_top, 'attachment; filename="Undeliverable GCM voluntary review report - CCMRS.eml"')],
                 "_005_AM6PR03MB4473D0E2B61A7F3C9D85E1F0B8B60AM6PR03MB4473_")
    rows = std_rows(when, "mail-am6eur03lp2051.outbound.protection.outlook.example.com", "104.47.18.51",
                    "4DTdQ05m2RzH", "Ahmed Fawzy <a.fawzy@ccmrs-eg.example.org>",
                    "FW: Undeliverable: GCM voluntary review report - CCMRS", rfcdate(tz(sent, 0)), MID["ccmrs"],
                    ret="a.fawzy@ccmrs-eg.example.org")
    rows += [("Thread-Topic", "Undeliverable: GCM voluntary review report - CCMRS"),
             ("Thread-Index", "AQHW+Jx0cBqk3e5P2UmwD6rQ1vR4FA=="), ("X-MS-Has-Attach", "yes")]
    add("ccmrs", when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[rname],
        notes="resubmission after a bounce on the sender's side: a human 'FW: Undeliverable: ...' forward that "
              "carries the NDR as an attached .eml; the report PDF is only inside the original message nested "
              "in the NDR (message/rfc822 > multipart/report > message/rfc822); subject and embedded "
              "delivery-status look like a bounce, but a person wrote it; first arrival in this mailbox."))


def m_gnmw1():
    when = at("2021-02-02 11:00:14")
    sent = sent_before(when, 18)
    text = """السادة/ الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة     المحترمين
السلام عليكم ورحمة الله وبركاته،

يسرّنا أن نرفق لكم التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، والذي أعدّته شبكة الخليج لحماية العمال المهاجرين بالتشاور مع 14 منظمة عضواً في الكويت والبحرين وعُمان وقطر.

علماً بأن النسخة المرفقة أولية، وسنوافيكم بالنسخة النهائية قبل الموعد المحدد إن شاء الله.

وتقبلوا خالص التحية والتقدير،

عبدالله الرشيدي
منسق البرامج
شبكة الخليج لحماية العمال المهاجرين (GNMW)
الكويت
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl", "windows-1256")
    alt = multi("alternative", [leaf("text/plain", text, "windows-1256"), leaf("text/html", html, "windows-1256")],
                "----=_NextPart_001_001B_01D6F94C.7D2E8B10")
    rname = "التقرير الطوعي الجماعي - شبكة الخليج - مسودة.pdf"
    att = pdf_part(rname, ["Gulf Network for the Protection of Migrant Workers (GNMW)",
                           "Collective voluntary GCM review report - DRAFT", "Kuwait, Bahrain, Oman, Qatar"],
                   encoded_name=True)
    body = multi("mixed", [alt, att], "----=_NextPart_000_001A_01D6F94C.7D2E8B10")
    rows = std_rows(when, "mail.gnmw-gulf.example.org", "91.140.77.20", "4DV0cL3fM1zK",
                    addr("عبدالله الرشيدي", "a.alrashidi@gnmw-gulf.example.org", "windows-1256"),
                    hdr("التقرير الطوعي الجماعي لشبكة الخليج لحماية العمال المهاجرين", "windows-1256"),
                    rfcdate(tz(sent, 3)), MID["gnmw1"], ret="a.alrashidi@gnmw-gulf.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbRTH0ui3F3q6EwS0m7nq8dK2Xf9A=="),
             ("Content-Language", "ar-kw")]
    add("gnmw1", when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=True, report_attachments=[rname],
        notes="collective report, Outlook windows-1256, Arabic file name as RFC 2047 encoded-word in filename=; "
              "called a draft ('مسودة', 'أولية') with a final version announced: still a submission; Date in UTC+3."))


def m_atuc1():
    when = at("2021-02-02 17:45:03")
    sent = sent_before(when, 8)
    text = """Dear Sir/Madam,

With reference to the invitation letter of the Regional UN Network on Migration, please find below the nominations of the Arab Trade Union Confederation (ATUC) for speaking roles:

1. Rapporteur (key messages of stakeholders): ATUC Head of Migration Desk, Bro. Samir Haddad
2. Roundtable 4 - floor intervention: Ms. Fatima Zahra El Idrissi, Legal Adviser, Union Marocaine du Travail (UMT), member organisation of ATUC

Kindly confirm receipt.

In solidarity,

Nadia Rahal
International Relations Officer
Arab Trade Union Confederation (ATUC)
Amman - Jordan
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace("<p>1. ", "<p>&nbsp;&nbsp;1. ") + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_DB7PR02MB5018F2C4A19E07B3D6E4A9C1D0B70DB7PR02MB5018eurp_")
    rows = std_rows(when, "mail-db7eur02lp2054.outbound.protection.outlook.example.com", "104.47.12.54",
                    "4DVB7t5kS4zL", "Nadia Rahal <n.rahal@atuc-arab.example.org>",
                    "GCM Regional Review - Speaking role nominations (ATUC)", rfcdate(tz(sent, 0)), MID["atuc1"],
                    ret="n.rahal@atuc-arab.example.org")
    rows += [("Thread-Topic", "GCM Regional Review - Speaking role nominations (ATUC)"),
             ("Thread-Index", "AdbpZ1v2mQ4b8sJTRwK2e0xF5n9lHA=="), ("Content-Language", "en-US")]
    add("atuc1", when, top(body, rows), dict(
        category="speaker_request", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Samir Haddad", "Head of Migration Desk", "Arab Trade Union Confederation (ATUC)", ["rapporteur"]),
                  sp("Fatima Zahra El Idrissi", "Legal Adviser", "Union Marocaine du Travail (UMT)", ["roundtable"], 4)],
        notes="two speakers in a numbered list, each line starting with the role; first speaker written "
              "'ATUC Head of Migration Desk, Bro. Samir Haddad' (organisation and title before the name, "
              "trade-union honorific 'Bro.'); second speaker belongs to a member union, not to the nominating "
              "confederation; Date in UTC; opens a thread (thank-you, later withdrawal)."))


def m_atuc2():
    when = at("2021-02-03 08:50:40")
    sent = sent_before(when, 6)
    ack_sent = at("2021-02-02 18:02:00")
    text = """Well received, many thanks!
Best, Nadia

Sent from my iPhone

> On 2 Feb 2021, at 18:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> 
> Dear Ms Rahal,
> 
> Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region. We confirm that it has been received and recorded.
> 
> GCM Regional Review Secretariat
> 
>> On 2 Feb 2021, at 17:45, Nadia Rahal <n.rahal@atuc-arab.example.org> wrote:
>> 
>> Dear Sir/Madam,
>> 
>> With reference to the invitation letter of the Regional UN Network on Migration, please find below the nominations of the Arab Trade Union Confederation (ATUC) for speaking roles:
>> 
>> 1. Rapporteur (key messages of stakeholders): ATUC Head of Migration Desk, Bro. Samir Haddad
>> 2. Roundtable 4 - floor intervention: Ms. Fatima Zahra El Idrissi, Legal Adviser, Union Marocaine du Travail (UMT), member organisation of ATUC
>> 
>> Kindly confirm receipt.
"""
    body = leaf("text/plain", text, "utf-8")
    rows = std_rows(when, "mail.atuc-arab.example.org", "212.118.21.9", "4DVZ1m0pQ7zN",
                    "Nadia Rahal <n.rahal@atuc-arab.example.org>",
                    "Re: GCM Regional Review - Speaking role nominations (ATUC)", rfcdate(sent), MID["atuc2"],
                    ret="n.rahal@atuc-arab.example.org",
                    extra=[])
    rows += [("In-Reply-To", ACK["atuc1"]), ("References", "%s %s" % (MID["atuc1"], ACK["atuc1"])),
             ("X-Mailer", "iPhone Mail (18D52)")]
    add("atuc2", when, top(body, rows), dict(
        category="other", language="en", acknowledge=False, on_time=None, thread_of="atuc1",
        notes="iPhone thank-you replying to our acknowledgement; adds nothing new, so no acknowledgement; the "
              "quoted original still contains both speaker nominations (must not be re-extracted)."))


def m_wfd2():
    when = at("2021-02-03 13:15:08")
    sent = sent_before(when, 10)
    orig = """مرحبا،

بتمنى تكونوا بخير. نحنا بجمعية نساء من أجل الكرامة (بيروت) حابين نشارك بالمراجعة الإقليمية، وبدنا نرشّح زميلتنا الأستاذة ريم الحلبي، منسّقة برامج الحماية عنا، لتحكي بالطاولة المستديرة التالتة عن أوضاع العاملات المنزليات المهاجرات بلبنان.

ريم عندها خبرة أكتر من عشر سنين بالشغل مع العاملات، وبتحكي عربي وإنكليزي.

إذا بدكن أي معلومات تانية خبّرونا.

شكراً كتير،
مايا الخوري
جمعية نساء من أجل الكرامة
"""
    new = """مرحبا مرة تانية،

تعديل صغير بس: ريم بتفضّل تكون مداخلتها بالطاولة المستديرة الرابعة بدل التالتة، لأنو موضوع الرابعة أقرب لشغلها. كل شي تاني متل ما هو.

ويعطيكن العافية
مايا
"""
    text = new + "\nفي الأحد، ٣١ يناير ٢٠٢١ في ١٢:٠٥ م، كتب مايا الخوري <maya.khoury.wfd@gmail.example.com>:\n\n" + quote(orig)
    html = (gmail_html(new, "rtl") + '<br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">في الأحد، ٣١ يناير ٢٠٢١ في ١٢:٠٥ م، كتب '
            'مايا الخوري &lt;<a href="mailto:maya.khoury.wfd@gmail.example.com">maya.khoury.wfd@gmail.example.com</a>&gt;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-right:1px solid rgb(204,204,204);padding-right:1ex">'
            + gmail_html(orig, "rtl") + "</blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 "000000000000e7a30105ba67c1d2")
    rows = std_rows(when, "mail-wr1-f41.google.example.com", "209.85.221.41", "4DVw2D6rX0zP",
                    addr("مايا الخوري", "maya.khoury.wfd@gmail.example.com"),
                    re_hdr("Re: ", "طلب مداخلة - المراجعة الإقليمية للميثاق العالمي للهجرة"), rfcdate(sent),
                    MID["wfd2"], ret="maya.khoury.wfd@gmail.example.com")
    rows += [("In-Reply-To", MID["wfd1"]), ("References", MID["wfd1"])]
    add("wfd2", when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True, thread_of="wfd1",
        speakers=[sp("ريم الحلبي", "منسّقة برامج الحماية", "جمعية نساء من أجل الكرامة", ["roundtable"], 4)],
        notes="follow-up that changes only the roundtable (third -> fourth, colloquial 'الرابعة بدل التالتة'); "
              "the new text names the speaker by first name only, full name/title/affiliation only in the "
              "Gmail-quoted original (which still says roundtable 3); the record keeps everything else."))


def m_atdm2():
    when = at("2021-02-03 18:30:02")
    sent = sent_before(when, 5)
    orig = """Bonjour,

Suite à votre lettre d'invitation, l'Association Tunisienne pour les Droits des Migrants (ATDM) a le plaisir de vous transmettre en pièce jointe son rapport volontaire d'examen du Pacte mondial sur les migrations (PMM), élaboré avec nos antennes de Sfax, Médenine et Zarzis.

Par ailleurs nous souhaiterions proposer un intervenant pour la table ronde thématique n°1 :
- Nom : Mohamed Ali Ben Salah
- Fonction : chargé de plaidoyer
- Organisation : ATDM

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,
"""
    text = """Bonjour,

Suite à la réunion d'hier avec les membres de la Plateforme tunisienne de la société civile sur les migrations, il a été décidé que notre contribution serait intégrée au rapport collectif que la Plateforme vous fera parvenir directement. Nous vous prions donc de bien vouloir retirer le rapport de l'ATDM envoyé le 29 janvier (merci de ne pas en tenir compte).

En revanche notre demande d'intervention est maintenue : M. Mohamed Ali Ben Salah, chargé de plaidoyer à l'ATDM, pour la table ronde n°1.

Désolée pour le désagrément et merci de votre compréhension.

Cordialement,

-- 
Sonia Trabelsi
Coordinatrice de projets
Association Tunisienne pour les Droits des Migrants (ATDM)
12, rue d'Angleterre - Tunis

Le 29/01/2021 à 15:40, Sonia Trabelsi a écrit :
""" + quote(orig, ">")
    txt = leaf("text/plain", flowed(text), "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.atdm-tn.example.org", "197.14.62.33", "4DW8kF1nV5zR",
                    "Sonia Trabelsi <s.trabelsi@atdm-tn.example.org>",
                    hdr("Re: Contribution de l'ATDM à la revue régionale du PMM + demande d'intervention", enc="Q"),
                    rfcdate(tz(sent, 1)), MID["atdm2"], ret="s.trabelsi@atdm-tn.example.org")
    rows += [("In-Reply-To", MID["atdm1"]), ("References", MID["atdm1"]),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.6.1"),
             ("Content-Language", "fr")]
    add("atdm2", when, top(txt, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of="atdm1",
        speakers=[sp("Mohamed Ali Ben Salah", "chargé de plaidoyer",
                     "Association Tunisienne pour les Droits des Migrants (ATDM)", ["roundtable"], 1)],
        notes="follow-up that WITHDRAWS the report sent in the thread opener (it will be part of a collective "
              "report) but keeps the speaker request, restated with name, title and 'table ronde n°1'; no "
              "attachment; keywords 'rapport' and 'rapport collectif' abound but nothing is submitted; "
              "'M.' is an honorific; Thunderbird '>' quoting of the original."))


def m_cldtm2():
    when = at("2021-02-04 10:05:33")
    sent = sent_before(when, 14)
    new = """Bonjour,

Petite correction concernant notre message ci-dessous : Mme Abi Nader interviendra au nom de la Coalition libanaise contre le système de la kafala (CLSK), dont le CLDTM est membre, et non au nom du CLDTM seul. Le reste est inchangé.

Toutes nos excuses pour ce contretemps.

Rita Saadé
Assistante de direction
CLDTM - Beyrouth
"""
    rows_t = [("Nom", "Carla Abi Nader"), ("Fonction", "Responsable du plaidoyer"),
              ("Organisation", "Centre libanais des droits des travailleurs migrants (CLDTM)"),
              ("Courriel", "carla.abinader@cldtm.example.org.lb")]
    orig_hdr = """-----Message d'origine-----
De : Rita Saadé <rita.saade@cldtm.example.org.lb>
Envoyé : lundi 1 février 2021 09:30
À : gcmrrarabstates@iom.int
Objet : Demande de prise de parole - Consultation multipartite du 23 février
"""
    orig = ("Madame, Monsieur,\n\nNous vous remercions pour votre aimable invitation. Le Centre libanais des droits "
            "des travailleurs migrants souhaiterait proposer l'intervenante suivante pour la discussion ouverte de "
            "la consultation multipartite du 23 février 2021 :\n\n" + "".join("%s\t%s\n" % r for r in rows_t)
            + "\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nRita Saadé\n"
              "Assistante de direction\nCLDTM - Beyrouth\n")
    text = new + "\n" + orig_hdr + "\n" + orig
    table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             + "".join('<tr><td><b>%s</b></td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows_t) + "</table>")
    html = html_wrap('<div class="WordSection1">' + text2html(new)
                     + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     + text2html(orig_hdr) + "</div>" + text2html(orig.split("Nom\t")[0]) + table
                     + text2html("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
                                 "Rita Saadé\nAssistante de direction\nCLDTM - Beyrouth") + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_VI1PR0802MB2287E09B1D4C2A7F80B3C6D1A2B80VI1PR0802MB2287_")
    rows = std_rows(when, "mail-vi1eur05lp2170.outbound.protection.outlook.example.com", "104.47.17.170",
                    "4DWRn52cJ7zT", hdr("Rita Saadé", "utf-8", "Q").encode() + " <rita.saade@cldtm.example.org.lb>",
                    hdr("RE: Demande de prise de parole - Consultation multipartite du 23 février", enc="Q"),
                    rfcdate(tz(sent, 0)), MID["cldtm2"], ret="rita.saade@cldtm.example.org.lb")
    rows += [("In-Reply-To", MID["cldtm1"]), ("References", MID["cldtm1"]),
             ("Thread-Topic", hdr("Demande de prise de parole - Consultation multipartite du 23 février", enc="Q")),
             ("Thread-Index", "AQHW+HYnZ3k0mRg8aEyN1c2b5Qk7W6p0gAABm3A="), ("Content-Language", "fr-FR")]
    add("cldtm2", when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of="cldtm1",
        speakers=[sp("Carla Abi Nader", "Responsable du plaidoyer",
                     "Coalition libanaise contre le système de la kafala (CLSK)", ["open_discussion"])],
        notes="follow-up correcting ONLY the speaker's organisation; Outlook reply with the original below "
              "'-----Message d'origine-----' (not '>'-quoted), whose table still shows the old organisation "
              "(CLDTM); name by honorific + surname only in the new text ('Mme Abi Nader'); title and role "
              "carried over from the quoted original."))


def m_mwrf2():
    when = at("2021-02-04 15:40:27")
    sent = sent_before(when, 11)
    new = """Dear colleagues,

Two updates from our side:

1) Unfortunately Dr. Qudah will be on mission in Geneva during the conference. We would therefore like to propose our Legal Aid Coordinator, Yousef Khatib, in her place. Since his work is mostly on access to justice for migrant workers, a floor intervention in the thematic roundtable on labour migration (roundtable 2 in the concept note) would probably suit him better than the plenary.

2) Please find attached MWRF's voluntary GCM review report (PDF, 14 pages).

Many thanks and apologies for the back and forth,
Lina

--
Lina Shadid | Programme Manager
Migrant Workers Rights Forum - MWRF
Jabal Al-Weibdeh, Amman, Jordan
+962 6 555 0147
"""
    ackq = """Dear Ms Shadid,

Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region. We confirm that it has been received and recorded.

GCM Regional Review Secretariat
"""
    orig = """Dear GCM Regional Review team,

Thank you for the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

The Migrant Workers Rights Forum (MWRF) would like to request a speaking slot for our Director of Research, Dr. Hana Qudah, during a plenary session of the conference on 24-25 February. Dr. Qudah led our 2020 study on wage protection for domestic workers in Jordan and would speak mainly to objectives 6 and 22.

We are also preparing a short voluntary review report and will send it separately before the deadline.

Best,
Lina
"""
    quoted = ("On Wed, Jan 27, 2021 at 10:31 AM GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:\n\n"
              + ackq + "\nOn Wed, 27 Jan 2021 at 10:12, Lina Shadid <lina.shadid@mwrf-jo.example.org> wrote:\n\n"
              + quote(orig))
    text = new + "\n" + quote(quoted)
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", gmail_html(new) +
                '<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + gmail_html(quoted) + "</blockquote></div>",
                "UTF-8")], "000000000000f3d81b05ba8e0a77")
    rname = "MWRF_GCM_Voluntary_Review_Feb2021.pdf"
    body = multi("mixed", [alt, pdf_part(rname, ["Migrant Workers Rights Forum (MWRF)",
                                                 "Voluntary GCM Review - Jordan - February 2021",
                                                 "Wage protection, access to justice, domestic workers"])],
                 "000000000000f3d81d05ba8e0a79")
    rows = std_rows(when, "mail-ed1-f52.google.example.com", "209.85.208.52", "4DWh0T8yB2zV",
                    "Lina Shadid <lina.shadid@mwrf-jo.example.org>",
                    "Re: Speaking role request - GCM Regional Review (MWRF)", rfcdate(sent), MID["mwrf2"],
                    ret="lina.shadid@mwrf-jo.example.org")
    rows += [("In-Reply-To", ACK["mwrf1"]), ("References", "%s %s" % (MID["mwrf1"], ACK["mwrf1"]))]
    add("mwrf2", when, top(body, rows), dict(
        category="both", language="en", acknowledge=True, on_time=True, thread_of="mwrf1",
        speakers=[sp("Yousef Khatib", "Legal Aid Coordinator", "Migrant Workers Rights Forum (MWRF)", ["roundtable"], 2)],
        report_attachments=[rname],
        notes="follow-up that changes two things: replaces the speaker (Dr. Qudah out, Yousef Khatib in, role "
              "moved from plenary to roundtable 2) AND adds the report PDF; the old speaker and 'plenary' "
              "still appear in the new text and in the quote; affiliation of the new speaker by 'our' + "
              "signature ('Migrant Workers Rights Forum - MWRF'); replies to our acknowledgement."))


def m_gnmw2():
    when = at("2021-02-05 12:20:51")
    sent = sent_before(when, 24)
    rows_t = [("د. منى الكعبي", "رئيسة مجلس الإدارة", "شبكة الخليج لحماية العمال المهاجرين",
               "مقررة لعرض الرسائل الرئيسية لأصحاب المصلحة"),
              ("أ. فيصل البلوشي", "باحث قانوني", "مركز مسقط للدراسات العمالية (عضو في الشبكة)",
               "مداخلة في المائدة المستديرة الثانية")]
    table = ('<table dir="rtl" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Arial">'
             '<tr style="background:#DCE6F1"><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>الدور المقترح</th></tr>'
             + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in rows_t) + "</table>")
    html = html_wrap(
        '<div class="WordSection1" dir="rtl" style="font-family:Arial">'
        '<p>الإخوة الكرام في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة،</p><p>تحية طيبة وبعد،</p>'
        '<p>إلحاقاً برسالتنا المؤرخة ٢ فبراير، نرفق لكم <b>النسخة النهائية</b> من التقرير الطوعي الجماعي للشبكة، '
        'وهي تحل محل النسخة الأولية المرسلة سابقاً.</p>'
        '<p>كما يسعدنا ترشيح المتحدثَين التاليين للمؤتمر الإقليمي:</p>' + table +
        '<p>&nbsp;</p><p>نرجو التكرم بالتأكيد، ولكم جزيل الشكر.</p>'
        '<p><b>عبدالله الرشيدي</b><br>منسق البرامج<br>شبكة الخليج لحماية العمال المهاجرين (GNMW)<br>الكويت</p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p><b>من:</b> عبدالله الرشيدي &lt;a.alrashidi@gnmw-gulf.example.org&gt;<br><b>أُرسلت:</b> الثلاثاء، ٢ فبراير ٢٠٢١ ١٢:٠٠ م'
        '<br><b>إلى:</b> gcmrrarabstates@iom.int<br><b>الموضوع:</b> التقرير الطوعي الجماعي لشبكة الخليج لحماية العمال المهاجرين</p></div>'
        '<p>يسرّنا أن نرفق لكم التقرير الطوعي الجماعي لاستعراض تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة '
        'والنظامية، والذي أعدّته شبكة الخليج لحماية العمال المهاجرين بالتشاور مع 14 منظمة عضواً في الكويت والبحرين '
        'وعُمان وقطر.</p><p>علماً بأن النسخة المرفقة أولية، وسنوافيكم بالنسخة النهائية قبل الموعد المحدد إن شاء الله.</p>'
        "</div>", "rtl")
    rname = "التقرير الطوعي الجماعي - شبكة الخليج - النسخة النهائية.pdf"
    att = leaf("application/pdf", make_pdf(["Gulf Network for the Protection of Migrant Workers (GNMW)",
                                            "Collective voluntary GCM review report - FINAL",
                                            "Kuwait, Bahrain, Oman, Qatar - February 2021"]), cte="base64",
               params=[tuple(p.split("=", 1)) for p in rfc2231_cont("name", rname)],
               disp="attachment;\r\n\t" + ";\r\n\t".join(rfc2231_cont("filename", rname)))
    body = multi("mixed", [leaf("text/html", html, "utf-8", "base64"), att], "----=_NextPart_000_003C_01D6FBB8.1E4F2A60")
    rows = std_rows(when, "mail.gnmw-gulf.example.org", "91.140.77.20", "4DXC9q1hN3zW",
                    addr("عبدالله الرشيدي", "a.alrashidi@gnmw-gulf.example.org"),
                    re_hdr("RE: ", "التقرير الطوعي الجماعي لشبكة الخليج لحماية العمال المهاجرين"),
                    rfcdate(tz(sent, 3)), MID["gnmw2"], ret="a.alrashidi@gnmw-gulf.example.org")
    rows += [("In-Reply-To", ACK["gnmw1"]), ("References", "%s %s" % (MID["gnmw1"], ACK["gnmw1"])),
             ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbRTH0ui3F3q6EwS0m7nq8dK2Xf9AB3kLmQ"),
             ("Content-Language", "ar-kw")]
    add("gnmw2", when, top(body, rows), dict(
        category="both", language="ar", acknowledge=True, on_time=True, thread_of="gnmw1",
        speakers=[sp("منى الكعبي", "رئيسة مجلس الإدارة", "شبكة الخليج لحماية العمال المهاجرين (GNMW)", ["rapporteur"]),
                  sp("فيصل البلوشي", "باحث قانوني", "مركز مسقط للدراسات العمالية", ["roundtable"], 2)],
        report_attachments=[rname],
        notes="'both' follow-up: final report replacing the draft of the thread opener + two speakers in an "
              "HTML table (HTML-only message, base64); honorifics 'د.' and 'أ.' inside the name cells; "
              "rapporteur described in words ('مقررة لعرض الرسائل الرئيسية'); 'المائدة المستديرة الثانية'; "
              "'(عضو في الشبكة)' is a remark, not part of the second affiliation; first affiliation with acronym "
              "only in the signature; RFC 2231 continued Arabic file name; received on 5 Feb, on time for both."))


def m_ooo_ar():
    when = at("2021-02-05 12:22:37")
    sent = sent_before(when, 2)
    text = """شكراً لرسالتكم.

أنا خارج المكتب في إجازة سنوية حتى يوم الأحد ١٤ فبراير ٢٠٢١، مع إمكانية محدودة للاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع الأستاذة هند العنزي، مسؤولة الاتصال والإعلام، على البريد: h.alenezi@gnmw-gulf.example.org

مع التحية،
عبدالله الرشيدي
منسق البرامج - شبكة الخليج لحماية العمال المهاجرين

I am out of the office until Sunday 14 February 2021 with limited access to e-mail.
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>", "rtl")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "_000_b91d4e07c6a24f8e9a3c51d2e7f08b64EXCH02gnmwgulflocal_")
    rows = std_rows(when, "mail.gnmw-gulf.example.org", "91.140.77.20", "4DXCBw4mP8zX",
                    addr("عبدالله الرشيدي", "a.alrashidi@gnmw-gulf.example.org"),
                    hdr("رد تلقائي: إشعار استلام - التقرير الطوعي الجماعي لشبكة الخليج لحماية العمال المهاجرين"),
                    rfcdate(tz(sent, 3)), MID["ooo_ar"], ret=None)
    rows[0] = ("Return-Path", "<>")
    rows += [("In-Reply-To", ACK["gnmw2"]), ("References", "%s %s" % (MID["gnmw2"], ACK["gnmw2"])),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "a.alrashidi@gnmw-gulf.example.org"),
             ("Thread-Topic", hdr("إشعار استلام - التقرير الطوعي الجماعي لشبكة الخليج لحماية العمال المهاجرين")),
             ("Content-Language", "ar-kw")]
    add("ooo_ar", when, top(body, rows), dict(
        category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in Arabic ('رد تلقائي:' subject, Auto-Submitted: auto-generated) answering "
              "our acknowledgement of the 'both' follow-up; same sender and thread as real submissions; names an "
              "alternative contact with a title (not a speaker); never acknowledge."))


def m_oujda():
    when = at("2021-02-05 23:56:40")
    sent = sent_before(when, 38)
    text = """السلام عليكم،

سمحو ليا على التأخير. كنت باغي نطلب المشاركة ديالي كمتدخل فالجلسة العامة (plénière) ديال المؤتمر الإقليمي، باش نقدم التجربة ديال الجمعية ديالنا مع المهاجرين من جنوب الصحراء فوجدة والحدود.

شفت فالرسالة بالعربية بلي آخر أجل هو 23 فبراير، ولكن فالنسخة الفرنسية مكتوب 5 فبراير، داكشي علاش صيفطت دابا باش نكون فالوقت.

شكرا بزاف

هشام الوزاني
رئيس جمعية الشرق للتنمية والهجرة - وجدة
0661 23 45 78

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    rows = std_rows(when, "mail-pj1-f43.google.example.com", "209.85.216.43", "4DXYf70kR1zZ",
                    addr("Hicham Ouazzani", "hicham.ouazzani.oujda@gmail.example.com"),
                    hdr("طلب المشاركة كمتدخل"), rfcdate(tz(sent, 1)), MID["oujda"],
                    ret="hicham.ouazzani.oujda@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add("oujda", when, top(body, rows), dict(
        category="speaker_request", language="ar", acknowledge=True, on_time=True,
        speakers=[sp("هشام الوزاني", "رئيس", "جمعية الشرق للتنمية والهجرة", ["plenary"])],
        notes="deadline edge: received 23:56:40 Beirut on 5 Feb (on time); Date header 22:56 +0100 (Morocco); "
              "Moroccan Darija from an iPhone; the sender is the speaker, details only in the signature where "
              "title and organisation run together ('رئيس جمعية ... - وجدة'); Latin-script display name; "
              "'plénière' in French inside Arabic text; mentions the Arabic letter's misprinted 23 February."))


def m_camm():
    when = at("2021-02-06 00:04:12")
    sent = sent_before(when, 35)
    text = """Bonsoir,

Comme indiqué dans la réponse automatique de notre coordinatrice (ci-dessous), je vous transmets directement notre proposition, en espérant qu'il n'est pas trop tard.

Le Collectif algérien Migrations et Mobilités (CAMM) propose Mme Nadia Belkacem, chargée de programmes, pour une intervention dans la 3e table ronde thématique (migration et changements climatiques).

Bien à vous,

Karim Meziane
Chargé de communication - CAMM
Alger

De : Souad Hamidi <s.hamidi@camm-dz.example.org>
Envoyé : vendredi 5 février 2021 22:41
À : Karim Meziane <k.meziane@camm-dz.example.org>
Objet : Réponse automatique : Proposition d'intervenante - Revue régionale PMM

Bonjour,
Je suis absente du bureau jusqu'au lundi 8 février inclus, avec un accès limité à mes courriels. Pour toute urgence, merci de contacter Karim Meziane (k.meziane@camm-dz.example.org).
Les demandes relatives à la revue régionale du PMM doivent être envoyées directement à gcmrrarabstates@iom.int.
Souad Hamidi
Coordinatrice, Collectif algérien Migrations et Mobilités

De : Karim Meziane
Envoyé : vendredi 5 février 2021 22:40
À : Souad Hamidi <s.hamidi@camm-dz.example.org>
Objet : Proposition d'intervenante - Revue régionale PMM

Souad, voici la proposition validée ce soir par le bureau : Nadia pour la 3e table ronde. Tu peux l'envoyer à l'OIM avant minuit ?
K.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "_000_DBBPR09MB3124C8E5A07D2F19B6A3E4D7C1BA0DBBPR09MB3124eurp_")
    rows = std_rows(when, "mail-db8eur05lp2105.outbound.protection.outlook.example.com", "104.47.17.105",
                    "4DXZ2s9pT4zA", "Karim Meziane <k.meziane@camm-dz.example.org>",
                    hdr("RE: Réponse automatique : Proposition d'intervenante - Revue régionale PMM", enc="Q"),
                    rfcdate(tz(sent, 1)), MID["camm"], ret="k.meziane@camm-dz.example.org")
    rows += [("In-Reply-To", "<d04c8a1e5f7b4a3c9e62b0f1a8d7c345@DBBPR09MB3125.eurprd09.prod.outlook.example.com>"),
             ("References", "<DBBPR09MB3124A0B3E2C9D71F4E6A5B8C2D1E0@DBBPR09MB3124.eurprd09.prod.outlook.example.com> "
                            "<d04c8a1e5f7b4a3c9e62b0f1a8d7c345@DBBPR09MB3125.eurprd09.prod.outlook.example.com>"),
             ("Thread-Topic", hdr("Réponse automatique : Proposition d'intervenante - Revue régionale PMM", enc="Q")),
             ("Thread-Index", "AQHW+/8kq3Zr1yX0b0eG6wH2mT8vMarHx1Qw"), ("Content-Language", "fr-FR")]
    add("camm", when, top(body, rows), dict(
        category="speaker_request", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Nadia Belkacem", "chargée de programmes", "Collectif algérien Migrations et Mobilités (CAMM)",
                     ["roundtable"], 3)],
        notes="deadline edge: received 00:04:12 Beirut on 6 Feb (late) while the Date header reads Fri 5 Feb "
              "23:03 +0100 (Algeria); a person's reply to a colleague's out-of-office: subject 'RE: Réponse "
              "automatique : ...' and a quoted French auto-reply, but no auto-response header - a human request; "
              "'3e table ronde'; honorific 'Mme'; the internal forward chain quoted below names the speaker by "
              "first name only."))


def m_helwan():
    when = at("2021-02-08 21:14:05")
    sent = sent_before(when, 16)
    text = """مساء الخير،

لو سمحتم عندي سؤالين:

١- الجواب العربي مكتوب فيه إن آخر معاد لطلب الكلمة هو الجمعة ٢٣ فبراير، بس النسخة الإنجليزي بتقول ٥ فبراير. إحنا كنا ناويين نبعت ترشيح الأسبوع ده، هل لسه ينفع ولا خلاص المعاد فات؟

٢- التقرير الطوعي ينفع يتبعت بالعربي ولا لازم يكون إنجليزي؟ وهل معاده اتمد فعلاً لـ ١٦ فبراير؟

شكراً جزيلاً ومتأسفين على الإزعاج
سامح عبد الحميد
مؤسسة حلوان للتنمية المجتمعية

Sent from my iPhone
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", gmail_html(text, "rtl"), "UTF-8", "base64")],
                 "Apple-Mail-8C3D2E1F-4A5B-4C6D-9E7F-0A1B2C3D4E5F")
    rows = std_rows(when, "mail-ej1-f45.google.example.com", "209.85.218.45", "4DZ3sV1xK6zB",
                    addr("Sameh Abdelhamid", "sameh.abdelhamid@gmail.example.com"),
                    hdr("استفسار بخصوص المواعيد"), rfcdate(sent), MID["helwan"],
                    ret="sameh.abdelhamid@gmail.example.com")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    add("helwan", when, top(body, rows), dict(
        category="other", language="ar", acknowledge=True, on_time=None,
        notes="Egyptian colloquial questions about the deadlines (the Arabic letter's misprinted '23 February' for "
              "speakers, language and extension of the report); mentions an intended nomination but names nobody "
              "and attaches nothing: a question, not a submission."))


def m_pmsn1():
    when = at("2021-02-10 11:45:22")
    sent = sent_before(when, 19)
    text = """Bonjour Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Plateforme Migrations Sud-Nord (PMSN), rapport collectif préparé par nos 23 associations membres à Rabat, Oujda, Tanger et Agadir.

Merci de nous accuser réception.

Cordialement

Khadija BENNANI
Chargée de suivi-évaluation
PMSN - Plateforme Migrations Sud-Nord
Rabat - Maroc
"""
    rname = "Rapport_PMSN_Revue_PMM_2021.pdf"
    pdf = pdf_part(rname, ["Plateforme Migrations Sud-Nord (PMSN)", "Rapport volontaire collectif - Revue regionale du PMM",
                           "23 associations membres - Rabat, Oujda, Tanger, Agadir"])
    alt = multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                leaf("text/html", html_wrap(text2html(text), charset="iso-8859-1"), "iso-8859-1")],
                "_000_PR3P193MB0764B2E9F51C0A8D73E6F1A2B4C90PR3P193MB0764EURP_")
    body = multi("mixed", [alt, pdf], "_004_PR3P193MB0764B2E9F51C0A8D73E6F1A2B4C90PR3P193MB0764EURP_")
    rows = std_rows(when, "mail.pmsn-maroc.example.ma", "41.214.180.6", "4DbC7n2wQ9zD",
                    "Khadija BENNANI <k.bennani@pmsn-maroc.example.ma>",
                    hdr("Rapport volontaire - Plateforme Migrations Sud-Nord (PMSN) - Revue régionale PMM", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 1)), MID["pmsn1"], ret="k.bennani@pmsn-maroc.example.ma")
    rows += [("Thread-Topic", hdr("Rapport volontaire - Plateforme Migrations Sud-Nord (PMSN) - Revue régionale PMM", "iso-8859-1", "Q")),
             ("Thread-Index", "AdcmQ3Nf0bW8rK2nT4q1v5yXe7Lp9g=="), ("Content-Language", "fr-FR")]
    add("pmsn1", when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True, report_attachments=[rname],
        notes="plain collective report submission (Outlook, ISO-8859-1); opens a thread: our acknowledgement to "
              "this address bounces (mailbox full) and the sender resubmits from a personal address."))


def m_ndr_fr():
    when = at("2021-02-10 11:47:05")
    arr = when - dt.timedelta(seconds=9)
    text = """Impossible de remettre le message à ces destinataires ou groupes :

k.bennani@pmsn-maroc.example.ma
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez de renvoyer le message ultérieurement, ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH01.pmsn-maroc.local

k.bennani@pmsn-maroc.example.ma
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox /o=PMSN/ou=Exchange Administrative Group/cn=Recipients/cn=k.bennani.'

En-têtes de message d'origine :

Received: from mx1.iom.int (41.214.180.2) by EXCH01.pmsn-maroc.local
 (10.0.0.12) with Microsoft SMTP Server id 15.1.2176.2; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Khadija BENNANI <k.bennani@pmsn-maroc.example.ma>
Subject: Accusé de réception - Rapport volontaire - Plateforme Migrations
 Sud-Nord (PMSN) - Revue régionale PMM
Message-ID: %s
In-Reply-To: %s
""" % (rfcdate(tz(arr, 1)), ACK["pmsn1"], MID["pmsn1"])
    html = html_wrap('<p><b><font color="#000066" size="3" face="Arial">Impossible de remettre le message à ces '
                     'destinataires ou groupes :</font></b></p><font size="2" face="Tahoma"><p>'
                     '<a href="mailto:k.bennani@pmsn-maroc.example.ma">k.bennani@pmsn-maroc.example.ma</a><br>'
                     'La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour '
                     "l'instant. Réessayez de renvoyer le message ultérieurement, ou contactez directement le "
                     "destinataire.</p></font>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_002_a7c2e91f4b3d4e6f8a0b1c2d3e4f5a6bEXCH01pmsnmarocloc_")
    dsn = """Reporting-MTA: dns;EXCH01.pmsn-maroc.local
Received-From-MTA: dns;mx1.iom.int
Arrival-Date: %s

Final-Recipient: rfc822;k.bennani@pmsn-maroc.example.ma
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Khadija BENNANI
""" % rfcdate(tz(arr, 0))
    p2 = Message(policy=POL)
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    rh = text.split("En-têtes de message d'origine :\n\n", 1)[1]
    p3 = leaf("text/rfc822-headers", rh.encode("utf-8"), cte="8bit")
    p3.replace_header("Content-Type", "text/rfc822-headers; charset=\"utf-8\"")
    body = multi("report", [alt, p2, p3], "_000_a7c2e91f4b3d4e6f8a0b1c2d3e4f5a6bEXCH01pmsnmarocloc_",
                 params=[("report-type", "delivery-status")])
    rows = [("Return-Path", "<>"), ("Delivered-To", BOX),
            ("Received", received(when, "mail.pmsn-maroc.example.ma", "41.214.180.6", "4DbC9k0vR2zE")),
            ("From", "Microsoft Outlook\r\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@pmsn-maroc.example.ma>"),
            ("To", "GCM Regional Review Arab States <gcmrrarabstates@iom.int>"),
            ("Date", rfcdate(tz(when - dt.timedelta(seconds=3), 1))),
            ("Subject", hdr("Non remis : Accusé de réception - Rapport volontaire - Plateforme Migrations Sud-Nord (PMSN) - Revue régionale PMM", enc="Q")),
            ("Message-ID", MID["ndr_fr"]), ("In-Reply-To", ACK["pmsn1"]), ("References", "%s %s" % (MID["pmsn1"], ACK["pmsn1"])),
            ("Content-Language", "fr-FR"), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    add("ndr_fr", when, top(body, rows), dict(
        category="bounce", language="fr", acknowledge=False, on_time=None,
        notes="Exchange NDR written in French ('Non remis :', 'Impossible de remettre le message', 'boîte aux "
              "lettres ... pleine', 5.2.2) for our acknowledgement of the PMSN report; multipart/report with a "
              "text/rfc822-headers part that quotes the report subject; In-Reply-To/References point at the "
              "submission; never acknowledge."))


def m_trdo():
    when = at("2021-02-12 10:10:10")
    sent = sent_before(when, 13)
    text = """Dear Secretariat,

Good morning. A few practical questions ahead of the conference, if I may:

- Will interpretation (Arabic/English/French) be available in the thematic roundtables, or only in plenary?
- Our colleague Dr. Ali Jasim, whose nomination for roundtable 3 we sent on 30 January, asked how many minutes a floor intervention should last, and whether speakers will receive the draft agenda beforehand.
- Is there a separate registration link for observers from our Erbil office?

Thank you in advance, and apologies if this was already covered in the concept note.

Kind regards,

Zainab Al-Saadi
Partnerships and Grants Manager
Tigris Relief and Development Organization (TRDO)
Baghdad | Erbil
"""
    body = leaf("text/plain", text, "us-ascii", "7bit")
    rows = std_rows(when, "mail-he1eur04lp2050.outbound.protection.outlook.example.com", "104.47.13.50",
                    "4Dc8Hq4sW7zF", "Zainab Al-Saadi <z.alsaadi@trdo-iq.example.org>",
                    "Questions on interpretation and speaking time - GCM regional review", rfcdate(tz(sent, 3)),
                    MID["trdo"], ret="z.alsaadi@trdo-iq.example.org")
    rows += [("Thread-Topic", "Questions on interpretation and speaking time - GCM regional review"),
             ("Thread-Index", "AdcBEk1x5Pq3lR0gS7mV2nW8yT4c0A=="), ("Content-Language", "en-US")]
    add("trdo", when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None,
        notes="logistics questions (interpretation, speaking time, observer registration); names a speaker, a "
              "title-like honorific and roundtable 3, but refers to a nomination sent earlier (not in this "
              "set) and proposes nobody new; plain text, Date in UTC+3."))


def m_pmsn2():
    when = at("2021-02-15 19:02:48")
    sent = sent_before(when, 9)
    orig = """Bonjour Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de la Plateforme Migrations Sud-Nord (PMSN), rapport collectif préparé par nos 23 associations membres à Rabat, Oujda, Tanger et Agadir.

Merci de nous accuser réception.

Cordialement

Khadija BENNANI
Chargée de suivi-évaluation
PMSN - Plateforme Migrations Sud-Nord
Rabat - Maroc
"""
    new = """Bonsoir,

N'ayant reçu aucun accusé de réception (notre messagerie professionnelle est saturée depuis une semaine), je me permets de vous renvoyer notre rapport depuis mon adresse personnelle. Merci de répondre à cette adresse svp.

NB : c'est exactement le même document que celui du 10/02, aucune modification.

Khadija
"""
    fwd = """---------- Message transféré ---------
De : Khadija BENNANI <k.bennani@pmsn-maroc.example.ma>
Date: mer. 10 févr. 2021 à 10:45
Subject: Rapport volontaire - Plateforme Migrations Sud-Nord (PMSN) - Revue régionale PMM
To: gcmrrarabstates@iom.int <gcmrrarabstates@iom.int>

"""
    text = new + "\n" + fwd + orig
    html = gmail_html(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + gmail_html(fwd) + "</div>" + gmail_html(orig) + "</div>"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000a1c4e905bb5d3e20")
    rname = "Rapport_PMSN_Revue_PMM_2021.pdf"
    pdf = pdf_part(rname, ["Plateforme Migrations Sud-Nord (PMSN)", "Rapport volontaire collectif - Revue regionale du PMM",
                           "23 associations membres - Rabat, Oujda, Tanger, Agadir"])
    body = multi("mixed", [alt, pdf], "000000000000a1c4eb05bb5d3e22")
    rows = std_rows(when, "mail-wm1-f52.google.example.com", "209.85.128.52", "4DfL1r8nP0zG",
                    "Khadija Bennani <khadija.bennani76@gmail.example.com>",
                    hdr("Fwd: Rapport volontaire - Plateforme Migrations Sud-Nord (PMSN) - Revue régionale PMM", enc="Q"),
                    rfcdate(tz(sent, 1)), MID["pmsn2"], ret="khadija.bennani76@gmail.example.com")
    add("pmsn2", when, top(body, rows), dict(
        category="voluntary_report", language="fr", acknowledge=True, on_time=True, thread_of="pmsn1",
        report_attachments=[rname],
        notes="resubmission after our acknowledgement bounced (mailbox full): same report PDF (identical bytes) "
              "forwarded from a personal Gmail address, without In-Reply-To/References; the link to the first "
              "submission is only the forwarded header block, the sender's name and the identical attachment; "
              "asks for the acknowledgement at the new address."))


def m_glmo():
    when = at("2021-02-16 23:58:20")
    sent = sent_before(when, 31)
    text = """Hi,

Please find attached the voluntary GCM review report of the Gulf Labour Mobility Observatory (GLMO), covering the UAE, Saudi Arabia and Qatar. Hope it's still within the deadline as per Beirut time :)

Best regards
Priya

Priya Menon
Research Associate
Gulf Labour Mobility Observatory (GLMO) | Dubai, UAE
"""
    html = html_wrap('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + text2html(text).replace(
        "<p>Priya Menon", '<p><img width="120" height="40" src="cid:image001.png@01D704B2.6C1E5A30" alt="GLMO"><br>Priya Menon')
        + "</div>")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "_000_3B7E9C21F6A44D8592B01E8C7A5D3F42gulfmigrationlabexam_")
    logo = leaf("image/png", make_png(12, 4, (20, 70, 120)), cte="base64", params=[("name", '"image001.png"')],
                disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D704B2.6C1E5A30>")])
    rel = multi("related", [alt, logo], "_004_3B7E9C21F6A44D8592B01E8C7A5D3F42gulfmigrationlabexam_",
                params=[("type", '"multipart/alternative"')])
    rname = "GLMO_GCM_Review_2021_final.docx"
    body = multi("mixed", [rel, docx_part(rname, ["Gulf Labour Mobility Observatory (GLMO)",
                                                  "Voluntary GCM Review 2021 - UAE, Saudi Arabia, Qatar",
                                                  "Objectives 6, 7 and 22: recruitment, wages, portability"])],
                 "_005_3B7E9C21F6A44D8592B01E8C7A5D3F42gulfmigrationlabexam_")
    rows = std_rows(when, "mail.gulfmigrationlab.example.ae", "94.200.12.77", "4DgQ0x6mZ5zH",
                    "Priya Menon <priya.menon@gulfmigrationlab.example.ae>",
                    "Voluntary GCM review submission - GLMO", rfcdate(tz(sent, 4)), MID["glmo"],
                    ret="priya.menon@gulfmigrationlab.example.ae")
    rows += [("X-Mailer", "Microsoft Outlook for Mac 16.45"), ("Thread-Topic", "Voluntary GCM review submission - GLMO")]
    add("glmo", when, top(body, rows), dict(
        category="voluntary_report", language="en", acknowledge=True, on_time=True, report_attachments=[rname],
        notes="deadline edge: received 23:58:20 Beirut on 16 Feb (on time) but the Date header reads Wed 17 Feb "
              "01:57 +0400 (Dubai); inline logo image001.png in multipart/related is not part of the report."))


def m_amcsm():
    when = at("2021-02-17 00:03:10")
    sent = sent_before(when, 34)
    text = """السلام عليكم ورحمة الله،

نرسلو ليكم فالمرفق التقرير الطوعي ديال جمعيتنا حول تنفيذ الميثاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، من وجهة نظر المغاربة المقيمين بالخارج وعائلاتهم فالمغرب.
سمحو لينا على التأخير، كنا كنساليو الترجمة للعربية اليوم.

مع خالص التحيات،
يوسف العلوي
الكاتب العام
جمعية مغاربة كندا للتضامن والهجرة - مونتريال
"""
    rname = "Rapport GCM AMCSM (version arabe).pdf"
    pdf = pdf_part(rname, ["AMCSM - Association des Marocains du Canada pour la solidarite et la migration",
                           "Rapport volontaire - Pacte mondial sur les migrations - version arabe"])
    txt = leaf("text/plain", flowed(text), "UTF-8", "base64", params=[("format", "flowed")])
    body = multi("mixed", [txt, pdf], "------------0E4B7D2C9A13F6E85B2D7A40")
    rows = std_rows(when, "smtp.amcsm.example.ca", "142.112.53.18", "4DgQ3c1rT8zJ",
                    addr("يوسف العلوي", "secretariat@amcsm.example.ca"),
                    hdr("التقرير الطوعي - جمعية مغاربة كندا للتضامن والهجرة"), rfcdate(tz(sent, -5)), MID["amcsm"],
                    ret="secretariat@amcsm.example.ca")
    rows += [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "ar")]
    add("amcsm", when, top(body, rows), dict(
        category="voluntary_report", language="ar", acknowledge=True, on_time=False, report_attachments=[rname],
        notes="deadline edge: received 00:03:10 Beirut on 17 Feb (late) while the Date header reads Tue 16 Feb "
              "17:02 -0500 (Montreal); Moroccan Darija; attachment named in French with spaces and parentheses."))


def m_atuc3():
    when = at("2021-02-18 11:30:45")
    sent = sent_before(when, 12)
    new = """Dear colleagues,

Unfortunately Bro. Samir Haddad will not be able to take up the rapporteur role, as he has to travel on 23-25 February. Our apologies for the late notice.

Could you kindly let us know whether ATUC may still propose a replacement rapporteur at this stage, or whether the role will be reassigned by the Network? We would also appreciate receiving the connection details for the roundtables as soon as they are available.

In solidarity,

Nadia Rahal
International Relations Officer
Arab Trade Union Confederation (ATUC)
Amman - Jordan
"""
    quoted = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Tuesday, February 2, 2021 4:02 PM
To: Nadia Rahal <n.rahal@atuc-arab.example.org>
Subject: RE: GCM Regional Review - Speaking role nominations (ATUC)

Dear Ms Rahal,

Thank you for your message to the Regional Review of the Global Compact for Migration in the Arab region. We confirm that it has been received and recorded.

GCM Regional Review Secretariat

From: Nadia Rahal <n.rahal@atuc-arab.example.org>
Sent: Tuesday, February 2, 2021 3:44 PM
To: gcmrrarabstates@iom.int
Subject: GCM Regional Review - Speaking role nominations (ATUC)

Dear Sir/Madam,

With reference to the invitation letter of the Regional UN Network on Migration, please find below the nominations of the Arab Trade Union Confederation (ATUC) for speaking roles:

1. Rapporteur (key messages of stakeholders): ATUC Head of Migration Desk, Bro. Samir Haddad
2. Roundtable 4 - floor intervention: Ms. Fatima Zahra El Idrissi, Legal Adviser, Union Marocaine du Travail (UMT), member organisation of ATUC

Kindly confirm receipt.
"""
    text = new + "\n" + quoted
    html = html_wrap('<div class="WordSection1">' + text2html(new)
                     + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                     + text2html(quoted) + "</div></div>")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii"), leaf("text/html", html, "us-ascii")],
                 "_000_DB7PR02MB50189A0E3C7B1D4F26E8C0A5B3D10DB7PR02MB5018eurp_")
    rows = std_rows(when, "mail-db7eur02lp2058.outbound.protection.outlook.example.com", "104.47.12.58",
                    "4Dh97Vb2L3zK", "Nadia Rahal <n.rahal@atuc-arab.example.org>",
                    "RE: GCM Regional Review - Speaking role nominations (ATUC)", rfcdate(tz(sent, 0)), MID["atuc3"],
                    ret="n.rahal@atuc-arab.example.org")
    rows += [("In-Reply-To", ACK["atuc1"]), ("References", "%s %s" % (MID["atuc1"], ACK["atuc1"])),
             ("Thread-Topic", "GCM Regional Review - Speaking role nominations (ATUC)"),
             ("Thread-Index", "AdbpZ1v2mQ4b8sJTRwK2e0xF5n9lHAOc7Ttg"), ("Content-Language", "en-US")]
    add("atuc3", when, top(body, rows), dict(
        category="other", language="en", acknowledge=True, on_time=None, thread_of="atuc1",
        notes="late follow-up that withdraws one speaker (the rapporteur) and asks whether a replacement may still "
              "be proposed: no new speaker is proposed, so it is a question, not a speaker request; the quoted "
              "Outlook chain still contains both nominations and roundtable 4; thread opener is the original "
              "nomination, not our acknowledgement."))


# ================================================================ output
def main():
    for f in (m_mwrf1, m_atdm1, m_wfd1, m_cldtm1, m_ccmrs, m_gnmw1, m_atuc1, m_atuc2, m_wfd2, m_atdm2, m_cldtm2,
              m_mwrf2, m_gnmw2, m_ooo_ar, m_oujda, m_camm, m_helwan, m_pmsn1, m_ndr_fr, m_trdo, m_pmsn2, m_glmo,
              m_amcsm, m_atuc3):
        f()
    MESSAGES.sort(key=lambda x: x[0])
    names = {key: "h112-%02d.eml" % i for i, (_, key, _, _) in enumerate(MESSAGES, 1)}
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if os.path.isfile(p):
            os.remove(p)
    labels = []
    prev = None
    for when, key, data, lab in MESSAGES:
        assert prev is None or when > prev, key
        prev = when
        fname = names[key]
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        full = {"file": fname}
        full.update(lab)
        full.setdefault("speakers", [])
        full.setdefault("report_attachments", [])
        th = full.get("thread_of")
        full["thread_of"] = names[th] if th else None
        labels.append({k: full.get(k) for k in ["file", "received_at", "category", "language", "acknowledge",
                                                 "on_time", "speakers", "report_attachments", "thread_of", "notes"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
